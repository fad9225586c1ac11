/// A proleptic Gregorian calendar day, without time zone. Years are astronomical:
/// year 0 is 1 BC, year -479 is 480 BC, so that histories of antiquity can be
/// counted in (their values are written `BC0480` as TIMEX3 writes them).
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The years a date may have (astronomical numbering).
    public static let years = -9999...9999

    /// Returns nil unless the day exists in the calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard CalendarDate.years.contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeap(year) ? 29 : 28
        default: return 0
        }
    }

    /// Integer division rounding down (years before 1 count back correctly).
    @inline(__always) static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// Days since 0001-01-01 (day 0); negative before it.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + CalendarDate.floorDiv(y, 4) - CalendarDate.floorDiv(y, 100) + CalendarDate.floorDiv(y, 400)
        for m in 1..<month { days += CalendarDate.daysIn(year: year, month: m) }
        return days + day - 1
    }

    public init?(ordinal: Int) {
        // (within the years a date may have: about ±3.65 million days)
        guard abs(ordinal) < 3_650_000 else { return nil }
        // (a first guess at or before the year: years have at most 366 days, at least 365)
        var year = ordinal >= 0 ? ordinal / 366 + 1 : CalendarDate.floorDiv(ordinal, 365) + 1
        while CalendarDate(year: year + 1, month: 1, day: 1).map({ $0.ordinal <= ordinal }) ?? false {
            year += 1
        }
        guard let jan1 = CalendarDate(year: year, month: 1, day: 1) else { return nil }
        var rest = ordinal - jan1.ordinal
        var month = 1
        while month < 12 && rest >= CalendarDate.daysIn(year: year, month: month) {
            rest -= CalendarDate.daysIn(year: year, month: month)
            month += 1
        }
        self.init(year: year, month: month, day: rest + 1)
    }

    public func adding(days: Int) -> CalendarDate? { CalendarDate(ordinal: ordinal + days) }

    /// 1 = Monday ... 7 = Sunday (ISO 8601).
    public var weekday: Int { ((ordinal % 7) + 7) % 7 + 1 }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let wd = weekday
        guard let thursday = adding(days: 4 - wd) else { return (year, 1) }
        guard let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1) else { return (year, 1) }
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// The Monday of ISO 8601 week `week` of week-numbering year `year` (week 1 holds
    /// 4 January), or nil for a week the year does not have.
    public static func monday(ofISOWeek week: Int, year: Int) -> CalendarDate? {
        guard week >= 1, week <= 53, let jan4 = CalendarDate(year: year, month: 1, day: 4),
              let monday = jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7), monday.isoWeek.year == year else { return nil }
        return monday
    }

    /// `2026-01-16`; before year 1 as TIMEX3 writes it, `BC0480-08-15`.
    public var description: String {
        yearText + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// The year as TIMEX3 writes it: `2026`, `BC0480`.
    public var yearText: String { year >= 1 ? pad(year, 4) : "BC" + pad(1 - year, 4) }

    /// Parses `YYYY-MM-DD`, or the date part of an ISO 8601 date-time.
    public static func parseISO(_ text: String) -> CalendarDate? {
        let s = Array(text.utf8)
        guard s.count >= 10 else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r {
                guard s[i] >= 48 && s[i] <= 57 else { return nil }
                v = v * 10 + Int(s[i] - 48)
            }
            return v
        }
        guard s[4] == 45, s[7] == 45, let y = num(0..<4), y >= 1, let m = num(5..<7), let d = num(8..<10) else { return nil }
        if s.count > 10 {
            // Only a time part may follow.
            guard s[10] == 84 || s[10] == 32 || s[10] == 116 else { return nil }
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

@inlinable
func pad(_ value: Int, _ width: Int) -> String {
    // Two-digit fields (months, days, hours: the common case) without String(repeating:).
    if width == 2 && value >= 0 && value < 100 {
        let tens = UInt8(value / 10), ones = UInt8(value % 10)
        return String(unsafeUninitializedCapacity: 2) { b in
            b[0] = 0x30 + tens
            b[1] = 0x30 + ones
            return 2
        }
    }
    let s = String(abs(value))
    let body = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    return value < 0 ? "-" + body : body
}
