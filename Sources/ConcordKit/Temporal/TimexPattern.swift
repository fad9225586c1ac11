/// A compiled pattern element: alternatives (literal words or word classes),
/// optional or not, with an optional capture name for literal alternatives.
struct PatternElement {
    enum Alternative: Equatable {
        case word(String)
        case wordClass(WordClass)
    }

    var alternatives: [Alternative]
    var optional: Bool
    var capture: String?

    /// Parses one pattern item such as `the?`, `last|next:dir`, `@month`, `@num|@a`;
    /// `precededBy` names the previous-word classes the lexicon defines.
    static func parse(_ item: String, precededBy: Set<String>, followedBy: Set<String> = []) -> PatternElement {
        var text = Substring(item)
        var optional = false
        if text.count > 1 && text.hasSuffix("?") {
            optional = true
            text = text.dropLast()
        }
        var capture: String?
        if let colon = text.lastIndex(of: ":"), colon != text.startIndex {
            capture = String(text[text.index(after: colon)...])
            text = text[..<colon]
        }
        let alternatives: [Alternative] = text.split(separator: "|").map { alt in
            alt.hasPrefix("@") ? .wordClass(WordClass(String(alt.dropFirst()), precededBy: precededBy, followedBy: followedBy)) : .word(alt.lowercased())
        }
        return PatternElement(alternatives: alternatives, optional: optional, capture: capture)
    }
}

/// A rule ready to match: the data rule and its parsed elements.
struct CompiledRule {
    var index: Int
    var rule: TimexRule
    var elements: [PatternElement]

    init(index: Int, rule: TimexRule, precededBy: Set<String>, followedBy: Set<String> = []) {
        self.index = index
        self.rule = rule
        elements = rule.pattern.split(separator: " ").map { PatternElement.parse(String($0), precededBy: precededBy, followedBy: followedBy) }
    }

    /// The alternatives that can open a match (leading optional elements expanded).
    var openers: [PatternElement.Alternative] {
        var out: [PatternElement.Alternative] = []
        for e in elements {
            let zeroWidth = e.alternatives.allSatisfy {
                if case .wordClass(let c) = $0 { return c.zeroWidth }
                return false
            }
            if zeroWidth { continue }
            out += e.alternatives
            if !e.optional { break }
        }
        return out
    }

    /// Classes that test context without consuming a token (besides the
    /// previous-word classes the lexicon defines: "afterat", "aftermodal"…).
    static let zeroWidthClasses: Set<String> = Set(["eoc", "domend", "notold", "notof", "afterdur", "yearended", "durend", "nohyphen",
        "afteramount", "notafteramount", "notdiscourse", "clauseend", "afterinonly", "notofdate", "freesoon", "quarterend", "notage", "notcapital", "notbeforecapital", "notnum", "notaward", "sentencestart", "afterlaterin", "notagelist", "unitsdescend"])
}

/// A word class named in a pattern (`@month`), resolved once when the rule is
/// compiled so that matching switches on an enum instead of comparing strings.
struct WordClass: Equatable {
    enum ID: String, CaseIterable {
        case month, monthbare, weekday, weekdays, season, seasonbare, unit, unitcal, unitplural, unitdur, unitsing
        /// A plural unit that measures a length (not "seconds", "quarters", "weekends").
        case unitdurplural
        case shift, pod, twilight, hourspod, a, num, fraction, vague, holiday, dom, refword, ordcentury, qdigit, hdigit
        case ord, day, daynum, mm, dd, year, yearbare, spelledyear, eryear, decade, clock, hhmm, hour, ampm, tz, apyear, yy
        /// The year after the one just captured, in two digits or four ("1941–42"); it
        /// becomes the captured year.
        case yearnext
        // zero-width context tests
        case eoc, domend, notold, notof, afterdur, yearended, durend, nohyphen, afteramount, notafteramount
        case notdiscourse, clauseend, afterinonly, notofdate, freesoon, quarterend, notage, notcapital, notbeforecapital, notnum, notaward, sentencestart
        case afterlaterin, notagelist, unitsdescend
        /// A previous-word test that the lexicon defines (`precededBy`), or its
        /// negation (`@not` + the class name: "@notafterpossessive").
        case precededBy, notPrecededBy
        /// A next-word test that the lexicon defines (`followedBy`), or its negation
        /// ("@notovernightkind").
        case followedBy, notFollowedBy
        case unknown
    }

    let name: String
    let id: ID
    /// Tests context without consuming a token.
    let zeroWidth: Bool
    /// The position of `id` in `ID.allCases` (a table index for `ClassMemo`).
    let index: Int

    init(_ name: String, precededBy: Set<String>, followedBy: Set<String> = []) {
        self.name = name
        if let known = ID(rawValue: name), known != .precededBy, known != .notPrecededBy, known != .followedBy, known != .notFollowedBy, known != .unknown {
            id = known
        } else if precededBy.contains(name) {
            id = .precededBy
        } else if name.hasPrefix("not"), precededBy.contains(String(name.dropFirst(3))) {
            id = .notPrecededBy
        } else if followedBy.contains(name) {
            id = .followedBy
        } else if name.hasPrefix("not"), followedBy.contains(String(name.dropFirst(3))) {
            id = .notFollowedBy
        } else {
            id = .unknown
        }
        zeroWidth = CompiledRule.zeroWidthClasses.contains(name) || id == .precededBy || id == .notPrecededBy || id == .followedBy || id == .notFollowedBy
        index = ID.allCases.firstIndex(of: id) ?? 0
    }
}
