/// A unit of calendar time as the rules write it (`Y`, `M`, `W`, `D`, `H`, `MIN`,
/// `S`, `DE`, `CE`, `ML`, `Q`, `WE`, `FN`) or `X`, not known.
enum TimeUnit: String, Sendable, CaseIterable {
    case year = "Y", month = "M", week = "W", day = "D", hour = "H", minute = "MIN", second = "S"
    case decade = "DE", century = "CE", millennium = "ML", quarter = "Q", weekend = "WE", fortnight = "FN"
    case unknown = "X"

    /// The units a length in two units may join ("an hour and 40 minutes"), largest first.
    static let descending: [TimeUnit] = [.year, .month, .week, .day, .hour, .minute, .second]
}

/// A count in a rule's value: a number, or X ("several years").
enum Amount: Equatable, Sendable {
    case number(Double)
    case unknown

    init?(_ text: String) {
        if text == "X" { self = .unknown; return }
        guard let n = Double(text), n.isFinite else { return nil }
        self = .number(n)
    }
}

/// A rule's value once its captures are filled in, typed: which form it is and
/// its arguments, each read once (numbers as numbers, units as `TimeUnit`, words
/// of the lexicon as the shifts and codes they stand for). The rules (data)
/// write values as short templates (`WD:{weekday}`, `REL:Y:-1`,
/// `{year}-{month}-{day}`); the tagger reads each filled template once into this
/// type, and the resolver has one small function per case (`TimexResolver`),
/// returning a `Timex3Value`.
///
///   `Y?-MM-DD`, `Y?-MM`            monthDay: year chosen from the anchor and tense
///   `WD:n`, `WD:n:shift`           weekday n (1 = Monday)
///   `REL:unit:shift`               relative: this/last/next calendar unit (Y M W D Q DE CE)
///   `AGO:unit:n`                   ago: n units before the anchor
///   `AGOAT:unit:n:ref`             agoOn: n units before today, tomorrow, yesterday, this week or month
///   `ANA:unit:±n`                  anaphoric: relative to the last date mentioned
///   `MON:m:shift`, `MON:m:shift:d`, `MONY:m:shift`  month: last/this/next month m (day d);
///                                  monthOfYear: month m of a year
///   `SEA:s:shift`                  season: last/this/next season
///   `SEAY:s:shift`                 seasonOfYear: season s of last/this/next year
///   `CTURN`                        turnOfCentury: the century's turn nearest the time talked of
///   `NEWY`                         newYear: the year whose start is nearest the time talked of
///   `QTR:n`, `LASTQ`, `LASTQ:-4`   quarter n of the anchor year; the last completed quarter
///   `DAY:n`, `DAYX:dir:base`       days from the anchor
///   `DEC:yyyy`, `CENT:n`           decades and centuries (no anchor needed)
///   `TIME:hhmm:ampm`, `NOON:w`, `POD:p:shift`, `WDPOD:n:p`, `WDPOD:n:p:shift`   times of day
///   `WE:word`                      the weekend
///   `DUR:n:unit`, `SET:n:unit`, `SETADV:word`   durations and sets (no anchor)
/// Anything else is a literal TIMEX3 value.
enum UnderspecifiedValue: Equatable, Sendable {
    typealias PartOfDay = CalendarValue.TimeOfDay
    typealias Season = CalendarValue.Season

    case monthDay(month: Int, day: Int?)
    case duration(Amount, TimeUnit)
    case set(Amount, TimeUnit)
    /// A frequency adverb's value ("daily": P1D).
    case setAdverb(Timex3Value)
    case decade(year: Int)
    case century(Int)
    /// A holiday (its calendar code, `F:12-25`) in a given year.
    case holidayOfYear(code: String, year: Int)
    /// "Monday nights": every week's day at a part of the day.
    case setPartOfDay(weekday: Int, PartOfDay)
    case holiday(code: String)
    /// A day of the month named alone ("the 19th"), with the part of it a phrase
    /// names ("the morning of the 4th").
    case dayOfMonth(Int, PartOfDay?)
    /// A day of the month that is one only in the context of a month or day named before.
    case dayOfMonthInContext(Int)
    /// Weekday n (1 = Monday); shift −1 the one before, +1 the one after, 0 this week's.
    case weekday(Int, shift: Int?)
    case relative(TimeUnit, shift: Int)
    /// A day of last, this or next month ("the 21st of next month").
    case dayOfShiftedMonth(day: Int, shift: Int)
    /// n units before the anchor ("two years ago"); `ahead`: after it ("two weeks
    /// from now").
    case ago(TimeUnit, Amount, ahead: Bool)
    /// n units before a day counted from the anchor (`dayShift`: today 0, tomorrow
    /// +1), at the precision of the word that names it: "two years ago today" (a
    /// day), "ten years ago this month" (a month), "a year ago this week".
    case agoOn(TimeUnit, Amount, dayShift: Int, precision: TimeUnit?)
    /// "in five years": ahead in future talk, else a duration.
    case ahead(TimeUnit, Double)
    /// "this week" said of no day: the anchor's year, week open.
    case yearWeek
    /// The weekday before the day last mentioned.
    case previousWeekday(Int)
    /// One unit back: from the time of writing ("a year ago"), or, when `fromStory`,
    /// from the time talked of ("a year earlier": TimeML counts "earlier" from the
    /// reference time, so a narrative's, not the writer's).
    case yearAgo(TimeUnit, fromStory: Bool)
    /// A quarter of a shifted year; nil: the last completed one.
    case shiftedYearQuarter(shift: Int, quarter: Int?)
    case shiftedYearHalf(shift: Int, half: Int)
    case yearQuarter(year: Int)
    /// A year written with two digits after an apostrophe ("the class of '85"): the
    /// century that puts it at most a few years after the anchor; with a season, that
    /// season of it ("the summer of '69").
    case twoDigitYear(Int, season: CalendarValue.Season?)
    /// Relative to the last date mentioned: "the following year", "two days later".
    case anaphoric(TimeUnit, shift: Int)
    /// Last/this/next month m; with a day ("next June 30"), that day's occurrence
    /// after (before, in the year of) the anchor.
    case month(Int, shift: Int, day: Int?)
    /// "the year", "the end of the month": the unit the talk is in.
    case current(TimeUnit)
    /// "the previous April": month m, a step along the sequence.
    case anaphoricMonth(Int, shift: Int)
    /// "the following spring".
    case anaphoricSeason(Season, shift: Int)
    /// "the morning of April 19".
    case partOfDayOfDate(month: Int, day: Int, PartOfDay)
    case monthOfYear(Int, shift: Int, day: Int?)
    /// "the spring of last year": season s of a shifted year.
    case seasonOfYear(Season, shift: Int)
    /// "the turn of the century": the year that begins a century, nearest the anchor.
    case turnOfCentury
    /// "the new year": the year that begins at the turn of the year nearest the anchor
    /// (the next one from July, the year under way before).
    case newYear
    /// Season s; shift nil: by tense ("in the summer").
    case season(Season, shift: Int?)
    case quarter(Int)
    /// The last completed quarter, moved back by `back` quarters.
    case lastQuarter(back: Int?)
    case days(Int)
    case daysFrom(Int)
    case clock(hour: Int, minute: Int)
    case noon(midnight: Bool)
    /// A part of the day, `dayShift` days from the anchor.
    case partOfDay(PartOfDay, dayShift: Int)
    /// A part of weekday n; shift as for `weekday` ("last Friday night": −1).
    case weekdayPartOfDay(Int, PartOfDay, shift: Int?)
    case overnight
    /// The weekend; shift −1 last, +1 next, 0 by tense.
    case weekend(shift: Int)
    /// The ISO week holding a day, with its year or without.
    case weekOf(month: Int, day: Int, year: Int?)
    /// The n-th (nil: the last) week of a month, with its year or without; with a
    /// weekday (1 Monday … 7 Sunday), that weekday's n-th (or last) day in the month:
    /// "the first Tuesday in March", "the last Friday of June 2025"; weekday 0 is any
    /// day ("the first day of March", "the last day of the month"); month 0 is the
    /// month in context ("the last Friday of the month").
    case nthWeekOfMonth(Int?, month: Int, year: Int?, weekday: Int?)
    /// A part of the day in context, shifted by days: "that afternoon", "the following morning".
    case anaphoricPartOfDay(PartOfDay, shift: Int)
    /// A month (and day) of the year last named, or of one a step from it: "August
    /// of that year", "July 25 of the same year", "April of the following year".
    case ofYear(month: Int, day: Int?, shift: Int)
    /// Already a TIMEX3 value (`2026-01-16`, `PRESENT_REF`).
    case literal(Timex3Value)

    /// The template heads, for reading: one per form.
    enum Form: String, Sendable, CaseIterable {
        case monthDay = "Y?"
        case duration = "DUR", set = "SET", setAdverb = "SETADV", decade = "DEC", century = "CENT"
        case holidayOfYear = "HOLY", setPartOfDay = "SETPOD", holiday = "HOL", dayOfMonth = "DOM"
        case dayOfMonthInContext = "DOMC"
        case weekday = "WD", relative = "REL", ago = "AGO", agoOn = "AGOAT", ahead = "IN", yearWeek = "WXX"
        case previousWeekday = "ANAWD", yearAgo = "YAGO", shiftedYearQuarter = "SYQ", shiftedYearHalf = "SYH"
        case yearQuarter = "YQ", twoDigitYear = "YY", anaphoric = "ANA", month = "MON", current = "THE"
        case anaphoricMonth = "MONA", anaphoricSeason = "SEAA", partOfDayOfDate = "PODMD", monthOfYear = "MONY", seasonOfYear = "SEAY", turnOfCentury = "CTURN"
        case newYear = "NEWY"
        case season = "SEA", quarter = "QTR", lastQuarter = "LASTQ", days = "DAY", daysFrom = "DAYX"
        case clock = "TIME", noon = "NOON", partOfDay = "POD", weekdayPartOfDay = "WDPOD"
        case overnight = "OVERNIGHT", weekend = "WE", weekOf = "WKOF", nthWeekOfMonth = "WKN", anaphoricPartOfDay = "PODA"
        case ofYear = "OFY", dayOfShiftedMonth = "DOMREL"
        case literal = ""

        /// The form a template's head names (the text before its first colon).
        init(head: Substring) {
            if head.hasPrefix("Y?") { self = .monthDay; return }
            self = Form(rawValue: String(head)).flatMap { $0 == .monthDay || $0 == .literal ? nil : $0 } ?? .literal
        }

        /// Whether the form needs an anchor to become a value.
        var needsAnchor: Bool {
            switch self {
            case .duration, .set, .setAdverb, .decade, .century, .holidayOfYear, .setPartOfDay, .literal: return false
            default: return true
            }
        }
    }

    /// The form of this value.
    var form: Form {
        switch self {
        case .monthDay: return .monthDay
        case .duration: return .duration
        case .set: return .set
        case .setAdverb: return .setAdverb
        case .decade: return .decade
        case .century: return .century
        case .holidayOfYear: return .holidayOfYear
        case .setPartOfDay: return .setPartOfDay
        case .holiday: return .holiday
        case .dayOfMonth: return .dayOfMonth
        case .dayOfMonthInContext: return .dayOfMonthInContext
        case .weekday: return .weekday
        case .relative: return .relative
        case .dayOfShiftedMonth: return .dayOfShiftedMonth
        case .ago: return .ago
        case .agoOn: return .agoOn
        case .ahead: return .ahead
        case .yearWeek: return .yearWeek
        case .previousWeekday: return .previousWeekday
        case .yearAgo: return .yearAgo
        case .shiftedYearQuarter: return .shiftedYearQuarter
        case .shiftedYearHalf: return .shiftedYearHalf
        case .yearQuarter: return .yearQuarter
        case .twoDigitYear: return .twoDigitYear
        case .anaphoric: return .anaphoric
        case .month: return .month
        case .current: return .current
        case .anaphoricMonth: return .anaphoricMonth
        case .anaphoricSeason: return .anaphoricSeason
        case .partOfDayOfDate: return .partOfDayOfDate
        case .monthOfYear: return .monthOfYear
        case .seasonOfYear: return .seasonOfYear
        case .turnOfCentury: return .turnOfCentury
        case .newYear: return .newYear
        case .season: return .season
        case .quarter: return .quarter
        case .lastQuarter: return .lastQuarter
        case .days: return .days
        case .daysFrom: return .daysFrom
        case .clock: return .clock
        case .noon: return .noon
        case .partOfDay: return .partOfDay
        case .weekdayPartOfDay: return .weekdayPartOfDay
        case .overnight: return .overnight
        case .weekend: return .weekend
        case .weekOf: return .weekOf
        case .nthWeekOfMonth: return .nthWeekOfMonth
        case .anaphoricPartOfDay: return .anaphoricPartOfDay
        case .ofYear: return .ofYear
        case .literal: return .literal
        }
    }

    /// Forms that count from the time of speaking whatever a story has reached, as
    /// TimeML reads "this", "last", "next", "ago", "today" ("today", "last year",
    /// "next spring", "two years ago", "in five years"); "the following year" and a
    /// bare "October" are anaphoric and follow the story.
    var isDeictic: Bool {
        switch self {
        case .days, .daysFrom, .ahead, .overnight, .relative, .dayOfShiftedMonth, .ago, .agoOn, .month, .monthOfYear, .seasonOfYear, .weekend,
             .shiftedYearQuarter, .shiftedYearHalf, .lastQuarter, .yearWeek:
            return true
        case .yearAgo(_, let fromStory): return !fromStory
        // "last Friday", "next spring"; not a bare "Friday" or "the spring".
        case .weekday(_, let shift): return shift != nil
        case .season(_, let shift): return shift != nil
        default: return false
        }
    }
}

/// How a filled template is read: the typed value and what the words in it implied.
struct FilledTemplate: Sendable {
    let value: UnderspecifiedValue
    /// The template's last part is the definite article ("POD:MO:the": "the
    /// morning"): the expression names the day talked of.
    let definite: Bool

    var form: UnderspecifiedValue.Form { value.form }

    /// Whether it counts from the time of writing even in a narrative ("next year"), not
    /// from the story's time: "the next year" (definite) follows the story.
    var isDeictic: Bool {
        if case .relative = value, definite { return false }
        return value.isDeictic
    }

    /// Forms that count from the time a narrative has reached, when there is one:
    /// "the following day", "the previous Monday", "that night", "the morning"
    /// (a part of day with the definite article), "the 26th" after a day in context,
    /// "the previous April".
    func followsNarrative(dayContext: Bool, reference: Bool = false) -> Bool {
        switch value {
        case .yearAgo(_, let fromStory) where fromStory && reference: return true
        case .current where reference: return true
        case .anaphoric, .previousWeekday, .overnight, .anaphoricMonth, .anaphoricSeason, .anaphoricPartOfDay, .ofYear: return true
        case .partOfDay: return definite
        case .dayOfMonth, .dayOfMonthInContext, .clock, .noon: return dayContext
        default: return false
        }
    }

    /// Reads a filled template (nil when its arguments are not what its form
    /// needs: a month 13, a unit no lexicon names…).
    init?(_ raw: String, lexicon lx: __shared TimeLexicon) {
        // (`__shared`: an initializer owns its arguments by default, which copied the
        // whole lexicon for every match)
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        definite = parts.count > 1 && parts.last == lx.context.definiteArticle
        func arg(_ k: Int) -> String? { k < parts.count ? parts[k] : nil }
        func int(_ k: Int) -> Int? { arg(k).flatMap { Int($0) } }
        func unit(_ k: Int) -> TimeUnit? { arg(k).flatMap { TimeUnit(rawValue: lx.units[$0] ?? $0) } }
        func code(_ k: Int) -> TimeUnit? { arg(k).flatMap { TimeUnit(rawValue: $0) } }
        func month(_ k: Int) -> Int? { int(k).flatMap { (1...12).contains($0) ? $0 : nil } }
        func weekday(_ k: Int) -> Int? { int(k).flatMap { (1...7).contains($0) ? $0 : nil } }
        func partOfDay(_ text: String?) -> CalendarValue.TimeOfDay? { text.flatMap(TimexResolver.timeOfDay) }
        let three = parts.count == 3
        let v: UnderspecifiedValue?
        switch UnderspecifiedValue.Form(head: Substring(parts.first ?? "")) {
        case .monthDay:
            let f = raw.split(separator: "-", omittingEmptySubsequences: false)
            guard f.count == 2 || f.count == 3, let m = Int(f[1]), (1...12).contains(m) else { return nil }
            if f.count == 3 {
                guard let d = Int(f[2]) else { return nil }
                v = .monthDay(month: m, day: d)
            } else {
                v = .monthDay(month: m, day: nil)
            }
        case .duration, .set:
            guard three, let n = arg(1).flatMap(Amount.init), let u = code(2) else { return nil }
            v = parts[0] == "SET" ? .set(n, u) : .duration(n, u)
        case .setAdverb: v = arg(1).flatMap { lx.frequencyAdverbs[$0] }.flatMap(Timex3Value.init).map { .setAdverb($0) }
        case .decade: v = int(1).flatMap { $0 >= 0 ? .decade(year: $0) : nil }
        case .century: v = int(1).flatMap { (1...30).contains($0) ? .century($0) : nil }
        case .holidayOfYear:
            guard parts.count >= 3, let y = Int(parts[parts.count - 1]), (1...9999).contains(y) else { return nil }
            v = .holidayOfYear(code: parts[1..<(parts.count - 1)].joined(separator: ":"), year: y)
        case .setPartOfDay:
            guard three, let wd = weekday(1), let p = partOfDay(lx.partOfDayPlurals[parts[2]] ?? parts[2]) else { return nil }
            v = .setPartOfDay(weekday: wd, p)
        case .holiday: v = .holiday(code: parts.dropFirst().joined(separator: ":"))
        case .dayOfMonth:
            // DOM:day, or DOM:day:pod
            let part = parts.count > 2 ? partOfDay(parts[2]) : nil
            guard parts.count <= 2 || part != nil else { return nil }
            v = int(1).flatMap { (1...31).contains($0) ? .dayOfMonth($0, part) : nil }
        case .dayOfMonthInContext: v = int(1).flatMap { (1...31).contains($0) ? .dayOfMonthInContext($0) : nil }
        case .weekday:
            guard let wd = weekday(1) else { return nil }
            // (a shift that is no number, "T", is the tense's choice; a count of weeks
            // that is a number but no plausible one, "99999 Fridays ago", is no value)
            if let shift = arg(2), shift.first == "-" || shift.first == "+", int(2).map({ abs($0) > 520 }) ?? true { return nil }
            v = .weekday(wd, shift: int(2))
        case .relative:
            guard three || (parts.count == 4 && definite), let u = unit(1), let shift = int(2) else { return nil }
            v = .relative(u, shift: shift)
        case .dayOfShiftedMonth:
            // DOMREL:day:shift
            guard three, let d = int(1), (1...31).contains(d), let shift = int(2) ?? lx.shifts[parts[2]], abs(shift) <= 1 else { return nil }
            v = .dayOfShiftedMonth(day: d, shift: shift)
        case .ago:
            // (AGO:unit:n, and AGO:unit:n:AHEAD counting forward)
            guard three || (parts.count == 4 && parts[3] == "AHEAD"), let u = code(1), let n = arg(2).flatMap(Amount.init) else { return nil }
            v = .ago(u, n, ahead: parts.count == 4)
        case .agoOn:
            // (AGOAT:unit:n:ref, ref a day word of the lexicon's day shifts or a unit's word)
            guard parts.count == 4, let u = code(1), let amount = arg(2).flatMap(Amount.init) else { return nil }
            let (shift, precision): (Int, TimeUnit?) = lx.dayShifts[parts[3]].map { ($0, .day) } ?? (0, unit(3))
            v = .agoOn(u, amount, dayShift: shift, precision: precision)
        case .ahead:
            guard three, let u = code(1), let n = Double(parts[2]), n.isFinite else { return nil }
            v = .ahead(u, n)
        case .yearWeek: v = .yearWeek
        case .previousWeekday: v = weekday(1).map { .previousWeekday($0) }
        case .yearAgo: v = code(1).map { .yearAgo($0, fromStory: parts.count > 2 && parts[2] == "ANA") }
        case .shiftedYearQuarter:
            guard three, let shift = int(1) else { return nil }
            v = .shiftedYearQuarter(shift: shift, quarter: int(2).flatMap { (1...4).contains($0) ? $0 : nil })
        case .shiftedYearHalf:
            guard three, let shift = int(1), let h = int(2), (1...2).contains(h) else { return nil }
            v = .shiftedYearHalf(shift: shift, half: h)
        case .yearQuarter: v = int(1).map { .yearQuarter(year: $0) }
        case .twoDigitYear:
            // YY:yy or YY:yy:season
            let season = parts.count > 2 ? CalendarValue.Season(rawValue: String(parts[2])) : nil
            v = int(1).flatMap { (0...99).contains($0) ? .twoDigitYear($0, season: season) : nil }
        case .anaphoric:
            guard three, let u = unit(1) else { return nil }
            let text = parts[2].replacingOccurrences(of: "+", with: "")
            guard let shift = lx.sequenceShifts[text] ?? TimexResolver.boundedInt(Double(text) ?? 0) else { return nil }
            v = .anaphoric(u, shift: shift)
        case .month:
            guard three || parts.count == 4, let m = month(1), let shift = int(2) ?? arg(2).flatMap({ lx.shifts[$0] }) else { return nil }
            if parts.count == 4 {
                guard let d = int(3), CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }  // (2000: a leap year)
                v = .month(m, shift: shift, day: d)
            } else {
                v = .month(m, shift: shift, day: nil)
            }
        case .current:
            guard parts.count == 2, let u = unit(1) else { return nil }
            v = .current(u)
        case .anaphoricMonth:
            guard three, let m = month(1) else { return nil }
            v = .anaphoricMonth(m, shift: lx.sequenceShifts[parts[2]] ?? 0)
        case .anaphoricSeason:
            guard three, let s = CalendarValue.Season(rawValue: parts[1]) else { return nil }
            v = .anaphoricSeason(s, shift: lx.sequenceShifts[parts[2]] ?? 0)
        case .partOfDayOfDate:
            guard parts.count == 4, let m = month(1), let d = int(2), let p = partOfDay(parts[3]) else { return nil }
            v = .partOfDayOfDate(month: m, day: d, p)
        case .monthOfYear:
            // `MONY:06:-1` or, with a day, `MONY:06:-1:21`
            guard let m = int(1), let shift = int(2) else { return nil }
            if parts.count == 4 {
                guard let d = int(3), CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }  // (2000: a leap year)
                v = .monthOfYear(m, shift: shift, day: d)
            } else {
                v = .monthOfYear(m, shift: shift, day: nil)
            }
        case .turnOfCentury: v = .turnOfCentury
        case .newYear: v = .newYear
        case .seasonOfYear:
            guard three, let se = CalendarValue.Season(rawValue: String(parts[1])), let shift = int(2) else { return nil }
            v = .seasonOfYear(se, shift: shift)
        case .season:
            guard three, let s = CalendarValue.Season(rawValue: parts[1]) else { return nil }
            if parts[2] == "T" {
                v = .season(s, shift: nil)
            } else {
                guard let shift = int(2) else { return nil }
                v = .season(s, shift: shift)
            }
        case .quarter: v = int(1).flatMap { (1...4).contains($0) ? .quarter($0) : nil }
        case .lastQuarter: v = .lastQuarter(back: int(1))
        case .days: v = int(1).map { .days($0) }
        case .daysFrom:
            // "the day after tomorrow" (+2), "the day before yesterday" (-2)
            v = .daysFrom(2 * (parts.count > 2 ? lx.dayShifts[parts[2]] ?? -1 : -1))
        case .clock:
            // hhmm ("0730"; "730" from a spelled hour, "seven o'clock")
            let hhmm = parts.count >= 2 && parts[1].count == 3 ? "0" + parts[1] : parts.count >= 2 ? parts[1] : ""
            guard hhmm.count == 4, var h = Int(hhmm.prefix(2)), let mm = Int(hhmm.suffix(2)) else { return nil }
            // (the half of the day: a.m. or p.m., or a part of the day that says it, as
            // "at 10 tomorrow night" does: the morning's hours are a.m., the afternoon's
            // and the evening's p.m.)
            let half: String
            switch parts.count > 2 ? parts[2] : "" {
            case "MO": half = "am"
            case "AF", "EV": half = "pm"
            case "NI": half = "night"
            case let other: half = other
            }
            if half == "pm" && h < 12 { h += 12 }
            if half == "am" && h == 12 { h = 0 }
            // "at night": the evening's hours are p.m., the small hours a.m. ("11 o'clock at
            // night" is 23:00, "2 o'clock at night" 02:00)
            if half == "night" && h >= 6 && h < 12 { h += 12 }
            // ("12 o'clock at night", "at 12 tonight": midnight, the end of the day)
            if half == "night" && h == 12 && mm == 0 { h = 24 }
            guard h <= 24, mm < 60 else { return nil }
            // minutes from the hour named ("ten to seven": `TIME:0700::-10`)
            if parts.count > 3 {
                guard let off = Int(parts[3]), off != 0, abs(off) <= 30 else { return nil }
                let total = h * 60 + mm + off
                guard total >= 0, total < 24 * 60 else { return nil }
                h = total / 60
                v = .clock(hour: h, minute: total % 60)
            } else {
                v = .clock(hour: h, minute: mm)
            }
        case .noon: v = .noon(midnight: parts.count > 1 && lx.midnightWords.contains(parts[1]))
        case .partOfDay:
            guard parts.count >= 2, let p = partOfDay(parts[1]) else { return nil }
            v = .partOfDay(p, dayShift: lx.dayShifts[parts.count > 2 ? parts[2] : ""] ?? int(2).flatMap { abs($0) <= 2 ? $0 : nil } ?? 0)
        case .weekdayPartOfDay:
            // (WDPOD:n:p, WDPOD:n:p:shift)
            guard let wd = int(1), parts.count > 2, let p = partOfDay(parts[2]) else { return nil }
            if parts.count > 3, int(3).map({ abs($0) > 1 }) ?? true { return nil }
            v = .weekdayPartOfDay(wd, p, shift: int(3))
        case .overnight: v = .overnight
        case .weekend: v = .weekend(shift: parts.count > 1 ? lx.shifts[parts[1]] ?? int(1) ?? 0 : 0)
        case .weekOf:
            // `WKOF:2026-03-09` or `WKOF:Y?-03-09`
            let f = (arg(1) ?? "").split(separator: "-", omittingEmptySubsequences: false)
            guard f.count == 3, let m = Int(f[1]), (1...12).contains(m), let d = Int(f[2]) else { return nil }
            if f[0] == "Y?" {
                v = .weekOf(month: m, day: d, year: nil)
            } else {
                guard let y = Int(f[0]), CalendarDate(year: y, month: m, day: d) != nil else { return nil }
                v = .weekOf(month: m, day: d, year: y)
            }
        case .nthWeekOfMonth:
            // `WKN:2:06:2025`, `WKN:L:08:Y?`; with a weekday `WKN:1:03:Y?:2`, or with `D`,
            // any day: `WKN:1:03:Y?:D` is 1 March, `WKN:L:02:2024:D` 29 February
            // (`THIS` for the month: the month in context, "the last Friday of the month",
            // "the first week of the month";
            // `WE` for the weekend of that Saturday, "the first weekend of March", as 8)
            guard parts.count == 4 || parts.count == 5 else { return nil }
            let wd = parts.count == 5 ? (parts[4] == "D" ? 0 : parts[4] == "WE" ? 8 : int(4).flatMap { (0...7).contains($0) ? $0 : nil }) : nil
            if parts.count == 5 { guard wd != nil else { return nil } }
            guard let m = parts[2] == "THIS" ? 0 : month(2) else { return nil }
            let which = Int(parts[1])
            // (a month holds four weeks, four or five of each weekday, and up to 31 days)
            if let n = which, !(1...(wd == nil ? 4 : wd == 0 ? 31 : 5)).contains(n) { return nil }
            v = .nthWeekOfMonth(which, month: m, year: Int(parts[3]), weekday: wd)
        case .anaphoricPartOfDay:
            // (the part of day as a code, or as the word a rule names: "morning" → MO)
            guard three, let p = partOfDay(lx.partsOfDay[parts[1]] ?? parts[1]) else { return nil }
            v = .anaphoricPartOfDay(p, shift: Int(parts[2]) ?? lx.sequenceShifts[parts[2]] ?? 0)
        case .ofYear:
            // `OFY:03:19:following`, `OFY:03::that`
            guard parts.count == 4, let m = month(1) else { return nil }
            let day = int(2)
            if let d = day, !(1...31).contains(d) { return nil }
            v = .ofYear(month: m, day: day, shift: lx.sequenceShifts[parts[3]] ?? 0)
        case .literal:
            v = Timex3Value(raw).map { .literal($0) }
        }
        guard let v else { return nil }
        value = v
    }
}
