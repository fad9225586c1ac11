/// A TIMEX3 value placed on the calendar, for sorting a timeline: where it
/// starts and how coarse it is (a year sorts before its months).
public struct TimePoint: Comparable, Hashable, Sendable {
    /// Days since 0001-01-01 of the first day covered.
    public var start: Int
    /// Minutes into the start day (times of day), else 0.
    public var minute: Int
    /// Coarser values sort first on the same start: 0 century … 9 time of day.
    public var granularity: Int

    public init(start: Int, minute: Int, granularity: Int) {
        self.start = start
        self.minute = minute
        self.granularity = granularity
    }

    public static func < (a: TimePoint, b: TimePoint) -> Bool {
        (a.start, a.granularity, a.minute) < (b.start, b.granularity, b.minute)
    }

    public enum Granularity: Int {
        case century = 0, decade, year, half, quarter, season, month, week, day, time
    }

    public var level: Granularity { Granularity(rawValue: granularity) ?? .day }

    /// Parses a fully specified DATE or TIME value; nil for durations, sets,
    /// references and values with unknown (X) parts.
    public static func parse(_ value: String) -> TimePoint? {
        Timex3Value(value).flatMap(TimePoint.init)
    }

    /// Where a fully specified DATE or TIME value lies; nil for durations,
    /// references, values with unknown (X) parts, millennia, and decades and
    /// centuries before Christ (years before Christ are placed: BC0480 before 2026).
    public init?(_ value: Timex3Value) {
        guard var c = value.calendar else { return nil }
        if c.beforeChrist {
            // (as an astronomical year: 480 BC is -479)
            guard let y = value.astronomicalYear else { return nil }
            c.period = .year(.known(y))
        }
        var minute = 0
        switch c.time {
        case .clock(let h, let m, _)?: minute = h * 60 + (m ?? 0)
        case .part(let p)?: minute = TimePoint.partOfDayMinutes[p] ?? 12 * 60
        case .unknown?: return nil
        case nil: break
        }
        let isTime = c.time != nil
        func point(_ y: Int, _ m: Int, _ d: Int, _ g: Granularity) -> TimePoint? {
            guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return TimePoint(start: date.ordinal, minute: minute, granularity: isTime ? Granularity.time.rawValue : g.rawValue)
        }
        /// Monday of ISO week w, shifted by `days`.
        func week(_ y: Int, _ w: Int, days: Int, _ g: Granularity) -> TimePoint? {
            guard let jan4 = CalendarDate(year: y, month: 1, day: 4),
                  let day = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7 + days) else { return nil }
            return TimePoint(start: day.ordinal, minute: 0, granularity: g.rawValue)
        }
        let found: TimePoint?
        switch (c.period, c.part) {
        case (.century(let n), nil): found = point(max(1, n * 100), 1, 1, .century)
        case (.decade(let n), nil): found = point(max(1, n * 10), 1, 1, .decade)
        case (.year(.known(let y)), nil): found = point(y, 1, 1, .year)
        case (.year(.known(let y)), .month(.known(let m))?): found = point(y, m, 1, .month)
        case (.year(.known(let y)), .quarter(.known(let q))?): found = point(y, (q - 1) * 3 + 1, 1, .quarter)
        case (.year(.known(let y)), .half(let h)?): found = point(y, h == 1 ? 1 : 7, 1, .half)
        // (a winter, Y-WI, is the one whose January and February are in Y: from December Y-1)
        case (.year(.known(let y)), .season(let s)?): found = point(s == .winter ? y - 1 : y, s.startMonth, 1, .season)
        case (.year(.known(let y)), .week(.known(let w))?): found = week(y, w, days: 0, .week)
        case (.year(.known(let y)), .weekDay(.known(let w), let d)?): found = week(y, w, days: d - 1, .day)
        case (.year(.known(let y)), .weekend(.known(let w))?): found = week(y, w, days: 5, .week)
        case (.year(.known(let y)), .monthDay(.known(let m), .known(let d))?): found = point(y, m, d, .day)
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }

    /// Where each part of the day sorts (minutes into the day); others at noon.
    static let partOfDayMinutes: [CalendarValue.PartOfDay: Int] = [.morning: 8 * 60, .afternoon: 14 * 60,
                                                                   .evening: 19 * 60, .night: 22 * 60]
}

/// Human labels for TIMEX3 values: "16 Jan 2026", "January 2026", "2026", "Q1 2026", "fall 2025".
public enum TimeLabel {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let seasonNames = ["SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"]
    static let refNames = ["PRESENT_REF": "now (present)", "PAST_REF": "the past", "FUTURE_REF": "the future"]

    static func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    public static func label(_ value: String) -> String {
        Timex3Value(value).map(label) ?? value
    }

    public static func label(_ value: Timex3Value) -> String {
        let c: CalendarValue
        switch value {
        case .reference(let r): return refNames[r.rawValue] ?? r.rawValue
        case .duration: return "duration " + value.description
        case .calendar(let calendar): c = calendar
        }
        let period = c.beforeChrist ? TimeLabel.beforeChrist(c.period) : c.periodText
        // A year not known is left out: "April", "25 Dec", "Q4" (no "XXXX").
        func of(_ what: String) -> String { c.period == .year(.unknown) ? what : what + " " + period }
        guard let part = c.part else {
            if c.beforeChrist { return period }
            switch c.period {
            case .century(let n): return ordinal(n + 1) + " century"
            case .decade: return period + "0s"
            case .millennium, .year: return period
            }
        }
        // A part not known: "a week in 2026", "a weekend".
        func some(_ what: String) -> String { c.period == .year(.unknown) ? "a " + what : "a \(what) in " + period }
        switch part {
        case .quarter(.unknown): return some("quarter")
        case .week(.unknown): return some("week")
        case .weekend(.unknown): return some("weekend")
        case .month(.known(let m)): return of(monthNames[m - 1])
        case .quarter(let q): return of("Q" + CalendarValue.text(q, 1))
        case .half(let h): return of("H\(h)")
        case .week(let w): return of("week " + CalendarValue.text(w, 2))
        // "winter 1776–77": the winter whose January is in 1777 began in December 1776.
        case .season(.winter) where !c.beforeChrist:
            if case .year(.known(let y)) = c.period, y >= 2 {
                let before = y - 1
                let end = before / 100 == y / 100 ? String(format: "%02d", y % 100) : String(y)
                return (seasonNames["WI"] ?? "WI") + " \(before)\u{2013}\(end)"
            }
            return of(seasonNames["WI"] ?? "WI")
        case .season(let s): return of(seasonNames[s.rawValue] ?? s.rawValue)
        case .monthDay(.known(let m), .known(let d)):
            var timeSuffix = ""
            switch c.time {
            case .part(let p)?: timeSuffix = " " + (partOfDayNames[p] ?? p.rawValue)
            case .some(let t): timeSuffix = " " + String(CalendarValue(period: .year(.unknown), time: t).description.dropFirst(5))
            case nil: break
            }
            return of("\(d) " + String(monthNames[m - 1].prefix(3))) + timeSuffix
        case .weekend(let w): return of("weekend of week " + CalendarValue.text(w, 2))
        case .month(.unknown), .monthDay, .weekDay: return value.description
        }
    }

    /// A period before Christ as English writes it: "480 BC", "480s BC", "5th century BC".
    static func beforeChrist(_ period: CalendarValue.Period) -> String {
        switch period {
        case .year(.known(let n)): return "\(n) BC"
        case .decade(let n): return "\(n * 10)s BC"
        case .century(let n): return ordinal(n + 1) + " century BC"
        case .millennium(let n): return ordinal(n + 1) + " millennium BC"
        case .year(.unknown): return "BC"
        }
    }

    /// A year as a heading: "2026", "480 BC" (astronomical years: 0 is 1 BC).
    public static func year(_ y: Int) -> String { y >= 1 ? String(y) : "\(1 - y) BC" }

    static let partOfDayNames: [CalendarValue.PartOfDay: String] = [.morning: "morning", .afternoon: "afternoon",
                                                                   .evening: "evening", .night: "night"]
}
