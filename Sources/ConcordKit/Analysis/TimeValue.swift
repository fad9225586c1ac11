/// A TIMEX3 value placed on the calendar, for sorting a timeline: where it
/// starts and how coarse it is (a year sorts before its months).
public struct TimePoint: Comparable, Hashable, Sendable {
    /// Days since 0001-01-01 of the first day covered.
    public var start: Int
    /// Minutes into the start day (times of day), else 0.
    public var minute: Int
    /// Coarser values sort first on the same start: 0 century … 9 time of day.
    public var granularity: Int

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
        if value.contains("X") || value.hasPrefix("P") || value.hasSuffix("_REF") { return nil }
        var datePart = Substring(value)
        var minute = 0
        var isTime = false
        if let t = value.firstIndex(of: "T") {
            datePart = value[..<t]
            isTime = true
            let timePart = value[value.index(after: t)...]
            let pieces = timePart.split(separator: ":")
            if let h = pieces.first.flatMap({ Int($0) }) {
                minute = h * 60 + (pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0)
            } else {
                let pods = ["MO": 8 * 60, "AF": 14 * 60, "EV": 19 * 60, "NI": 22 * 60]
                minute = pods[String(timePart)] ?? 12 * 60
            }
        }
        let f = datePart.split(separator: "-").map(String.init)
        guard let first = f.first, let number = Int(first) else { return nil }
        func point(_ y: Int, _ m: Int, _ d: Int, _ g: Granularity) -> TimePoint? {
            guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return TimePoint(start: date.ordinal, minute: minute, granularity: isTime ? Granularity.time.rawValue : g.rawValue)
        }
        switch (f.count, first.count) {
        case (1, 2): return point(max(1, number * 100), 1, 1, .century)
        case (1, 3): return point(max(1, number * 10), 1, 1, .decade)
        case (1, 4): return point(number, 1, 1, .year)
        case (2, 4):
            let second = f[1]
            if let m = Int(second) { return point(number, m, 1, .month) }
            if second.hasPrefix("Q"), let q = Int(second.dropFirst()) { return point(number, (q - 1) * 3 + 1, 1, .quarter) }
            if second.hasPrefix("H"), let h = Int(second.dropFirst()) { return point(number, h == 1 ? 1 : 7, 1, .half) }
            if second.hasPrefix("W"), let w = Int(second.dropFirst()) {
                // Monday of ISO week w.
                guard let jan4 = CalendarDate(year: number, month: 1, day: 4),
                      let monday = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7) else { return nil }
                return TimePoint(start: monday.ordinal, minute: 0, granularity: Granularity.week.rawValue)
            }
            let seasons = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
            if let m = seasons[second] { return point(number, m, 1, .season) }
            return nil
        case (3, 4):
            if f[1].hasPrefix("W"), let w = Int(f[1].dropFirst()) {
                guard let jan4 = CalendarDate(year: number, month: 1, day: 4),
                      let monday = jan4.adding(days: 1 - jan4.weekday + (w - 1) * 7) else { return nil }
                let offset = f[2] == "WE" ? 5 : (Int(f[2]) ?? 1) - 1
                return TimePoint(start: monday.ordinal + offset, minute: 0,
                                 granularity: f[2] == "WE" ? Granularity.week.rawValue : Granularity.day.rawValue)
            }
            guard let m = Int(f[1]), let d = Int(f[2]) else { return nil }
            return point(number, m, d, .day)
        default:
            return nil
        }
    }
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
        if let ref = refNames[value] { return ref }
        var datePart = Substring(value)
        var timeSuffix = ""
        if let t = value.firstIndex(of: "T") {
            datePart = value[..<t]
            let time = String(value[value.index(after: t)...])
            let pods = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"]
            timeSuffix = " " + (pods[time] ?? time)
        }
        let f = datePart.split(separator: "-").map(String.init)
        if value.hasPrefix("P") { return "duration " + value }
        guard let first = f.first else { return value }
        switch f.count {
        case 1:
            if first.count == 2, let c = Int(first) { return ordinal(c + 1) + " century" }
            if first.count == 3 { return first + "0s" }
            return first
        case 2:
            let second = f[1]
            if let m = Int(second), (1...12).contains(m) { return monthNames[m - 1] + " " + first }
            if second.hasPrefix("Q") { return second + " " + first }
            if second.hasPrefix("H") { return second + " " + first }
            if second.hasPrefix("W") { return "week " + second.dropFirst() + " " + first }
            if let s = seasonNames[second] { return s + " " + first }
            return value
        case 3:
            if let m = Int(f[1]), let d = Int(f[2]), (1...12).contains(m) {
                return "\(d) " + String(monthNames[m - 1].prefix(3)) + " " + first + timeSuffix
            }
            if f[2] == "WE" { return "weekend of week " + f[1].dropFirst() + " " + first }
            return value
        default:
            return value
        }
    }
}
