/// A TIMEX3 value (TimeML's `value` attribute) as a type: what the resolver
/// builds from an `UnderspecifiedValue` and what the timeline reads. Its
/// `description` is the TIMEX3 string (`2026-01-16`, `1997-W13-WE`, `P1Y6M`,
/// `XXXX-WXX-5TNI`, `BC0481-FA`, `PRESENT_REF`), and `init?(_:)` parses one,
/// checking every number (no month 13, no 30 February).
///
/// `Timex.value` keeps the string form: a value of up to 15 ASCII characters is
/// stored inline in a Swift `String`, so a corpus of millions of expressions pays
/// 16 bytes for each, where this enum would take several times that.
public enum Timex3Value: Hashable, Sendable, CustomStringConvertible {
    /// A point or period of the calendar, known in whole or in part.
    case calendar(CalendarValue)
    /// A length of time.
    case duration(DurationValue)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(Reference)

    public enum Reference: String, Hashable, Sendable, CaseIterable {
        case present = "PRESENT_REF", past = "PAST_REF", future = "FUTURE_REF"
    }

    /// A number in a value that may be left open (`XX`).
    public enum Field: Hashable, Sendable {
        case known(Int)
        case unknown

        public var value: Int? {
            if case .known(let n) = self { return n }
            return nil
        }
    }

    public var description: String {
        switch self {
        case .calendar(let c): return c.description
        case .duration(let d): return d.description
        case .reference(let r): return r.rawValue
        }
    }

    // MARK: Building
    // (Years are astronomical, as `CalendarDate`'s: year 0 and before are written
    // BC, `-479` as `BC0480`.)

    /// A value in an astronomical year.
    static func inYear(_ y: Int, _ part: CalendarValue.Part? = nil, time: CalendarValue.TimeOfDay? = nil) -> Timex3Value {
        .calendar(CalendarValue(beforeChrist: y < 1, period: .year(.known(y < 1 ? 1 - y : y)), part: part, time: time))
    }

    /// A calendar day: `2026-01-16`.
    public static func day(_ d: CalendarDate) -> Timex3Value { inYear(d.year, .monthDay(.known(d.month), .known(d.day))) }

    /// A day with a time of day: `2026-01-16T14:30`, `2026-01-16TNI`.
    public static func day(_ d: CalendarDate, at time: CalendarValue.TimeOfDay) -> Timex3Value {
        inYear(d.year, .monthDay(.known(d.month), .known(d.day)), time: time)
    }

    public static func year(_ y: Int) -> Timex3Value { inYear(y) }
    public static func month(_ y: Int, _ m: Int) -> Timex3Value { inYear(y, .month(.known(m))) }
    public static func quarter(_ y: Int, _ q: Int) -> Timex3Value { inYear(y, .quarter(.known(q))) }
    public static func half(_ y: Int, _ h: Int) -> Timex3Value { inYear(y, .half(h)) }
    public static func season(_ y: Int, _ s: CalendarValue.Season) -> Timex3Value { inYear(y, .season(s)) }
    /// The ISO week holding a day: `2026-W03`.
    public static func week(of d: CalendarDate) -> Timex3Value {
        let w = d.isoWeek
        return inYear(w.year, .week(.known(w.week)))
    }
    /// The weekend of the ISO week holding a day: `2026-W03-WE`.
    public static func weekend(of d: CalendarDate) -> Timex3Value {
        let w = d.isoWeek
        return inYear(w.year, .weekend(.known(w.week)))
    }
    /// A value whose every part is open, shaped like a known one: `XXXX-XX-XX`, `XXXX-WXX-5`.
    public static func open(_ part: CalendarValue.Part? = nil, time: CalendarValue.TimeOfDay? = nil) -> Timex3Value {
        .calendar(CalendarValue(period: .year(.unknown), part: part, time: time))
    }

    // MARK: Reading

    /// The calendar part, if the value is one.
    public var calendar: CalendarValue? {
        if case .calendar(let c) = self { return c }
        return nil
    }

    /// The day, when the value names one fully (a year, month and day), with or
    /// without a time.
    public var calendarDay: CalendarDate? {
        guard let y = astronomicalYear, case .monthDay(.known(let m), .known(let d))? = calendar?.part else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    /// The known year the value falls in, BC ones too, as an astronomical year
    /// (`BC0480` is -479).
    public var astronomicalYear: Int? {
        // (there is no year 0 in either era: 1 BC is followed by AD 1)
        guard let c = calendar, case .year(.known(let y)) = c.period, y >= 1 else { return nil }
        return c.beforeChrist ? 1 - y : y
    }

    /// A day with no time: `2026-01-16`.
    public var isDay: Bool { calendarDay != nil && calendar?.time == nil }

    /// The known year of the common era that the value falls in, when it names one
    /// (`2026`, `2026-01`, `2026-Q1`, `2026-W03`…; not a decade, not BC).
    public var knownYear: Int? {
        guard let c = calendar, !c.beforeChrist, case .year(.known(let y)) = c.period else { return nil }
        return y
    }
}

/// The calendar side of a TIMEX3 value: a period (year, decade, century or
/// millennium, possibly before Christ), a part of a year, and a time of day.
public struct CalendarValue: Hashable, Sendable, CustomStringConvertible {
    public typealias Field = Timex3Value.Field

    public enum Period: Hashable, Sendable {
        /// `2`: the third millennium.
        case millennium(Int)
        /// `20`: the 21st century (the years 2000–2099, as TIMEX3 counts them).
        case century(Int)
        /// `194`: the 1940s.
        case decade(Int)
        /// `2026`, or `XXXX`.
        case year(Field)
    }

    public enum Season: String, Hashable, Sendable, CaseIterable {
        case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

        /// The month the season starts in (winter belongs to the year it starts).
        public var startMonth: Int {
            switch self {
            case .spring: return 3
            case .summer: return 6
            case .fall: return 9
            case .winter: return 12
            }
        }
    }

    public enum Part: Hashable, Sendable {
        /// `-01`, `-XX`
        case month(Field)
        /// `-01-16`, `-XX-XX`
        case monthDay(Field, Field)
        /// `-Q1`, `-QX`
        case quarter(Field)
        /// `-H1`
        case half(Int)
        /// `-SU`
        case season(Season)
        /// `-W03`, `-WXX`
        case week(Field)
        /// `-WXX-5`: a day of a week (1 = Monday)
        case weekDay(Field, Int)
        /// `-W03-WE`
        case weekend(Field)
    }

    public enum PartOfDay: String, Hashable, Sendable, CaseIterable {
        case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"
    }

    public enum TimeOfDay: Hashable, Sendable {
        /// `T14:30`, `T24`, `T10:30:15`
        case clock(hour: Int, minute: Int?, second: Int?)
        /// `TNI`
        case part(PartOfDay)
        /// `TXX`: a time of the day not known.
        case unknown
    }

    public var beforeChrist: Bool
    public var period: Period
    public var part: Part?
    public var time: TimeOfDay?

    public init(beforeChrist: Bool = false, period: Period, part: Part? = nil, time: TimeOfDay? = nil) {
        self.beforeChrist = beforeChrist
        self.period = period
        self.part = part
        self.time = time
    }

    /// The period as written: `2026`, `XXXX`, `194`, `20`.
    public var periodText: String {
        switch period {
        case .millennium(let n): return String(n)
        case .century(let n): return pad(n, 2)
        case .decade(let n): return pad(n, 3)
        case .year(let f): return Self.text(f, 4)
        }
    }

    public var description: String {
        var s = beforeChrist ? "BC" : ""
        s += periodText
        if let part {
            s += "-"
            switch part {
            case .month(let m): s += Self.text(m, 2)
            case .monthDay(let m, let d): s += Self.text(m, 2) + "-" + Self.text(d, 2)
            case .quarter(let q): s += "Q" + Self.text(q, 1)
            case .half(let h): s += "H" + String(h)
            case .season(let season): s += season.rawValue
            case .week(let w): s += "W" + Self.text(w, 2)
            case .weekDay(let w, let d): s += "W" + Self.text(w, 2) + "-" + String(d)
            case .weekend(let w): s += "W" + Self.text(w, 2) + "-WE"
            }
        }
        if let time {
            s += "T"
            switch time {
            case .clock(let h, let m, let sec):
                s += pad(h, 2)
                if let m { s += ":" + pad(m, 2) }
                if let sec { s += ":" + pad(sec, 2) }
            case .part(let p): s += p.rawValue
            case .unknown: s += "XX"
            }
        }
        return s
    }

    static func text(_ f: Field, _ width: Int) -> String {
        switch f {
        case .known(let n): return pad(n, width)
        case .unknown: return String(repeating: "X", count: width)
        }
    }
}

/// The duration side of a TIMEX3 value: `P1Y6M`, `PT2H30M`, `PXD`, `P1DT12H`.
public struct DurationValue: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: Hashable, Sendable, CaseIterable {
        case year, month, week, day, decade, century, millennium, quarter, weekend
        /// `PXX`: a length not known even in its unit ("a while").
        case unknown
        case hour, minute, second

        /// The letters TIMEX3 writes for the unit.
        public var code: String {
            switch self {
            case .year: return "Y"
            case .month, .minute: return "M"
            case .week: return "W"
            case .day: return "D"
            case .decade: return "DE"
            case .century: return "CE"
            case .millennium: return "ML"
            case .quarter: return "Q"
            case .weekend: return "WE"
            case .unknown: return "X"
            case .hour: return "H"
            case .second: return "S"
            }
        }

        /// Units written after the `T`.
        public var isTime: Bool { self == .hour || self == .minute || self == .second }
    }

    public struct Component: Hashable, Sendable {
        /// nil: the number is not known (`PXY`).
        public var amount: Double?
        public var unit: Unit

        public init(_ amount: Double?, _ unit: Unit) {
            self.amount = amount
            self.unit = unit
        }
    }

    /// Date units first, then time units, as TIMEX3 writes them.
    public var components: [Component]

    public init(_ components: [Component]) { self.components = components }

    public var description: String {
        var s = "P"
        var inTime = false
        for c in components {
            if c.unit.isTime && !inTime { s += "T"; inTime = true }
            s += c.amount.map(formatNumber) ?? "X"
            s += c.unit.code
        }
        return s
    }
}

// MARK: Parsing

extension Timex3Value {
    /// Parses a TIMEX3 value; nil for anything that is not one (or names a day,
    /// month, week, quarter or hour that does not exist).
    public init?(_ text: String) {
        if let r = Reference(rawValue: text) { self = .reference(r); return }
        var p = ValueScanner(text)
        if p.eat(UInt8(ascii: "P")) {
            guard let d = p.duration(), p.atEnd else { return nil }
            self = .duration(d)
        } else {
            guard let c = p.calendar(), p.atEnd else { return nil }
            self = .calendar(c)
        }
    }
}

/// A cursor over a value's bytes (all TIMEX3 values are ASCII).
private struct ValueScanner {
    let b: [UInt8]
    var i = 0

    init(_ s: String) { b = Array(s.utf8) }

    var atEnd: Bool { i == b.count }
    func peek(_ k: Int = 0) -> UInt8? { i + k < b.count ? b[i + k] : nil }

    mutating func eat(_ c: UInt8) -> Bool {
        guard peek() == c else { return false }
        i += 1
        return true
    }

    mutating func eat(_ s: String) -> Bool {
        // (byte by byte: no array is made for a word that is usually not there)
        var k = i
        for c in s.utf8 {
            guard k < b.count, b[k] == c else { return false }
            k += 1
        }
        i = k
        return true
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// A run of digits (at most 9) or of X: (value or nil for X, length).
    mutating func field() -> (Timex3Value.Field, Int)? {
        let start = i
        if peek() == UInt8(ascii: "X") {
            while peek() == UInt8(ascii: "X") { i += 1 }
            return (.unknown, i - start)
        }
        var n = 0
        while let c = peek(), Self.isDigit(c) {
            guard i - start < 9 else { return nil }
            n = n * 10 + Int(c - 48)
            i += 1
        }
        return i > start ? (.known(n), i - start) : nil
    }

    /// A field of exactly `width` characters whose number lies in `range`.
    mutating func field(width: Int, in range: ClosedRange<Int>) -> Timex3Value.Field? {
        guard let (f, n) = field(), n == width else { return nil }
        if case .known(let v) = f, !range.contains(v) { return nil }
        return f
    }

    mutating func calendar() -> CalendarValue? {
        let bc = eat("BC")
        guard let (head, width) = field() else { return nil }
        let period: CalendarValue.Period
        switch (head, width) {
        case (.unknown, 4): period = .year(.unknown)
        case (.unknown, _): return nil
        case (.known(let n), 1): period = .millennium(n)
        case (.known(let n), 2): period = .century(n)
        case (.known(let n), 3): period = .decade(n)
        case (.known, _): period = .year(head)
        }
        var value = CalendarValue(beforeChrist: bc, period: period)
        if eat(UInt8(ascii: "-")) {
            guard let part = part(year: head.value) else { return nil }
            value.part = part
        }
        if eat(UInt8(ascii: "T")) {
            guard let t = time() else { return nil }
            value.time = t
        }
        return value
    }

    mutating func part(year: Int?) -> CalendarValue.Part? {
        // (seasons first: winter, `WI`, starts like a week)
        for s in CalendarValue.Season.allCases where eat(s.rawValue) { return .season(s) }
        if eat(UInt8(ascii: "W")) {
            guard let w = field(width: 2, in: 1...53) else { return nil }
            guard eat(UInt8(ascii: "-")) else { return .week(w) }
            if eat("WE") { return .weekend(w) }
            guard let c = peek(), (49...55).contains(c) else { return nil }
            i += 1
            return .weekDay(w, Int(c - 48))
        }
        if eat(UInt8(ascii: "Q")) { return field(width: 1, in: 1...4).map { .quarter($0) } }
        if peek() == UInt8(ascii: "H"), let c = peek(1), c == 49 || c == 50 {
            i += 2
            return .half(Int(c - 48))
        }
        guard let m = field(width: 2, in: 1...12) else { return nil }
        guard eat(UInt8(ascii: "-")) else { return .month(m) }
        let daysInMonth = m.value.map { CalendarDate.daysIn(year: year ?? 2000, month: $0) } ?? 31
        guard let d = field(width: 2, in: 1...daysInMonth) else { return nil }
        return .monthDay(m, d)
    }

    mutating func time() -> CalendarValue.TimeOfDay? {
        if eat("XX") { return .unknown }
        for p in CalendarValue.PartOfDay.allCases where eat(p.rawValue) { return .part(p) }
        guard case .known(let h)? = field(width: 2, in: 0...24) else { return nil }
        guard eat(UInt8(ascii: ":")) else { return .clock(hour: h, minute: nil, second: nil) }
        guard case .known(let m)? = field(width: 2, in: 0...59) else { return nil }
        guard eat(UInt8(ascii: ":")) else { return .clock(hour: h, minute: m, second: nil) }
        guard case .known(let s)? = field(width: 2, in: 0...60) else { return nil }
        return .clock(hour: h, minute: m, second: s)
    }

    /// After the `P`: components up to the end.
    mutating func duration() -> DurationValue? {
        var out: [DurationValue.Component] = []
        var inTime = false
        while !atEnd {
            if !inTime && eat(UInt8(ascii: "T")) { inTime = true; continue }
            let amount: Double?
            if eat(UInt8(ascii: "X")) {
                amount = nil
            } else {
                let start = i
                while let c = peek(), Self.isDigit(c) || c == UInt8(ascii: ".") { i += 1 }
                guard i > start, i - start <= 12, let n = Double(String(decoding: b[start..<i], as: UTF8.self)) else { return nil }
                amount = n
            }
            let units: [DurationValue.Unit] = inTime ? [.hour, .minute, .second]
                : [.decade, .century, .millennium, .weekend, .year, .month, .week, .day, .quarter, .unknown]
            guard let unit = units.first(where: { eat($0.code) }) else { return nil }
            out.append(DurationValue.Component(amount, unit))
        }
        return out.isEmpty ? nil : DurationValue(out)
    }
}

extension Timex3Value {
    /// Whether the value is a length of time.
    public var isDuration: Bool {
        if case .duration = self { return true }
        return false
    }

    /// Whether the value is shaped as one day, known or not, without a time
    /// (`2026-01-16`, `XXXX-XX-XX`, `XXXX-WXX-5`).
    public var namesADay: Bool {
        guard let c = calendar, c.time == nil, !c.beforeChrist, case .year = c.period else { return false }
        switch c.part {
        case .monthDay?, .weekDay?: return true
        default: return false
        }
    }
}
