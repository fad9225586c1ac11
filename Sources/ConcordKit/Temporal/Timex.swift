/// TimeML TIMEX3 types.
public enum TimexType: String, Sendable, Codable, CaseIterable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// What a relative expression was resolved against.
public enum TimexAnchor: Hashable, Sendable, CustomStringConvertible {
    /// The article's publication date.
    case published(CalendarDate)
    /// The time the text had reached before the expression (narrative anchoring): the
    /// latest date mentioned, known to the year, month or day.
    case narrative(CalendarDate, offset: Int, precision: DatePrecision = .day)
    /// The corpus `anchor` from concord.yaml.
    case corpus(CalendarDate)

    public var date: CalendarDate {
        switch self {
        case .published(let d), .corpus(let d), .narrative(let d, _, _): return d
        }
    }

    /// Whether the anchor is inferred rather than the article's own date.
    public var isInferred: Bool {
        if case .published = self { return false }
        return true
    }

    public var description: String {
        switch self {
        case .published(let d): return "published \(d)"
        case .narrative(let d, _, let precision): return "narrative \(precision.format(d))"
        case .corpus(let d): return "corpus anchor \(d)"
        }
    }

    /// Short form for JSON: "published", "narrative" or "corpus".
    public var kind: String {
        switch self {
        case .published: return "published"
        case .narrative: return "narrative"
        case .corpus: return "corpus"
        }
    }
}

/// How much of a date is known.
public enum DatePrecision: String, Hashable, Sendable {
    case year, month, day

    /// The date written to that precision: 1940, 1940-06, 1940-06-10.
    public func format(_ d: CalendarDate) -> String {
        switch self {
        case .year: return d.yearText
        case .month: return d.yearText + "-" + pad(d.month, 2)
        case .day: return d.description
        }
    }
}

/// A time expression found in a body, normalized to a TIMEX3 value.
public struct Timex: Hashable, Sendable {
    public var span: Span
    public var type: TimexType
    /// The TIMEX3 value, e.g. `2026-01-16`, `P3Y`, `PRESENT_REF`, `XXXX-WXX-5`.
    public var value: String
    /// TIMEX3 `mod` (START, END, MID, APPROX, LESS_THAN, MORE_THAN, …), if any.
    public var mod: String?
    /// The anchor a relative value was resolved against; nil for absolute values
    /// and for relative ones left unresolved.
    public var anchor: TimexAnchor?
    /// Whether the value depends on an anchor (a relative expression).
    public var isRelative: Bool
    /// The rule that matched, for explanations and tests.
    public var rule: String
    /// For a relative value, the tense read around it and the word that decided it,
    /// e.g. "future (will)"; nil when no cue was found.
    public var tense: String?

    public init(span: Span, type: TimexType, value: String, mod: String? = nil, anchor: TimexAnchor? = nil,
                isRelative: Bool = false, rule: String) {
        self.span = span
        self.type = type
        self.value = value
        self.mod = mod
        self.anchor = anchor
        self.isRelative = isRelative
        self.rule = rule
    }
}
