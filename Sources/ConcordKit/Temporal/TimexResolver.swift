/// Turns a rule's underspecified value into a TIMEX3 value, using an anchor
/// date and the sentence's tense. Separate from the matcher, as HeidelTime
/// separates its normalization from its rules.
///
/// Underspecified forms (after {capture} substitution):
///   `Y?-MM-DD`, `Y?-MM`            year chosen from the anchor and tense
///   `WD:n`, `WD:n:shift`           weekday n (1 = Monday)
///   `REL:unit:shift`               this/last/next calendar unit (Y M W D Q DE CE)
///   `AGO:unit:n`                   n units before the anchor
///   `ANA:unit:±n`                  relative to the last date mentioned (narrative)
///   `MON:m:shift`, `MONY:m:shift`  last/this/next month m; month m of last/this/next year
///   `SEA:s:shift`                  last/this/next season
///   `QTR:n`, `LASTQ`, `LASTQ:-4`   quarter n of the anchor year; last completed quarter
///   `DAY:n`, `DAYX:dir:base`       days from the anchor
///   `DEC:yyyy`, `CENT:n`           decades and centuries (no anchor needed)
///   `TIME:hhmm:ampm`, `NOON:w`, `POD:p:shift`, `WDPOD:n:p`   times of day
///   `WE:word`                      the weekend
///   `DUR:n:unit`, `SET:n:unit`, `SETADV:word`   durations and sets (no anchor)
/// Anything else is already a TIMEX3 value.
public enum Tense: Sendable {
    case past, future, unknown
    /// The anchor is the time a narrative has reached, not the time of writing: the
    /// story moves on, so an expression without a year is the nearest occurrence,
    /// leaning forward ("In December 1941 … in January" is January 1942). The
    /// anchor's precision comes in the `@storyPrecision` capture (Y, M or D).
    case story
}

struct TimexResolver {
    /// What every form's function reads: the anchor the value counts from, the
    /// tense around the expression, the match's captures and the lexicon.
    struct Context {
        var anchor: CalendarDate
        var tense: Tense
        var captures: [String: String]
        var lexicon: TimeLexicon
        /// The anchor is the narrative's time, not the time of writing.
        var usedNarrative: Bool
        /// The time of writing, when known (the anchor may be the narrative's time).
        var writing: CalendarDate? = nil
    }
    typealias Resolved = (value: Timex3Value, relative: Bool, usedNarrative: Bool)

    /// Resolves a filled template (read with the lexicon first); nil when it is not
    /// one or its value would be invalid.
    static func resolve(_ raw: String, anchor: CalendarDate?, narrative: CalendarDate?, tense: Tense,
                        captures: [String: String], lexicon lx: TimeLexicon = .english) -> Resolved? {
        guard let filled = FilledTemplate(raw, lexicon: lx) else { return nil }
        return resolve(filled, anchor: anchor, narrative: narrative, tense: tense, captures: captures, lexicon: lx)
    }

    /// Resolves a value. Returns (value, relative, usedNarrative) or nil when the
    /// value would be invalid. `anchor` nil leaves relative values unresolved (X-filled).
    static func resolve(_ filled: FilledTemplate, anchor: CalendarDate?, narrative: CalendarDate?, tense: Tense,
                        captures: [String: String], lexicon lx: TimeLexicon = .english) -> Resolved? {
        let v = filled.value
        // Forms that need no anchor.
        switch v {
        case .duration(let n, let unit):
            var amount = n
            if let frac = captures["frac"], case .number(let whole) = n, let f = Double(frac) { amount = .number(whole + f) }
            // A length in two units ("an hour and 40 minutes"): the second must be smaller.
            if let n2 = captures["num2"].flatMap(Amount.init), let u2 = captures["unit2"].flatMap(TimeUnit.init(rawValue:)) {
                if case .duration(let a)? = duration(amount, unit), case .duration(let b)? = duration(n2, u2),
                   let last = a.components.last.flatMap({ durationRank[$0.unit] }),
                   let first = b.components.first.flatMap({ durationRank[$0.unit] }), first > last {
                    return (.duration(DurationValue(a.components + b.components)), false, false)
                }
            }
            return duration(amount, unit).map { ($0, false, false) }
        case .set(let n, let unit): return duration(n, unit).map { ($0, false, false) }
        case .setAdverb(let value): return (value, false, false)
        case .decade(let year):
            // "the 1800s", "the 1900s" name a century as English uses them; "the 2000s"
            // is the decade (a century since 2000 is not yet spoken of that way).
            if year % 100 == 0 && year > 0 && year < 2000 { return (.calendar(CalendarValue(period: .century(year / 100))), false, false) }
            return (.calendar(CalendarValue(period: .decade(year / 10))), false, false)
        case .century(let n): return (.calendar(CalendarValue(period: .century(n - 1))), false, false)
        case .holidayOfYear(let code, let y):
            guard let found = Holidays.occurrences(code, gregorianYears: y...y).first(where: { $0.date.year == y }) else { return nil }
            return (found.value, false, false)
        case .setPartOfDay(let wd, let time): return (.open(.weekDay(.unknown, wd), time: time), false, false)
        case .literal(let value): return (value, false, false)
        case .nthWeekOfMonth(let which, let m, let year?, let wd):
            return nthWeekOfMonth(which, month: m, year: year, weekday: wd).map { ($0, false, false) }
        case .weekOf(let m, let d, let year?):
            // A full date: its week needs no anchor ("the weekend of": that week's weekend).
            return CalendarDate(year: year, month: m, day: d).map { (captures["weof"] != nil ? .weekend(of: $0) : .week(of: $0), false, false) }
        default: break
        }
        // Anaphoric forms count from the time the narrative has reached.
        var usedNarrative = false
        var base = anchor
        if filled.followsNarrative(dayContext: captures["@dayContext"] != nil, reference: captures["@referencePrecision"] != nil) {
            if let narrative { base = narrative; usedNarrative = true }
        }
        // A clock time with its full date ("2019-11-10 13:28") needs no anchor.
        if base == nil, case .clock(let h, let m) = v, let y = captures["year"].flatMap({ Int($0) }),
           let month = captures["month"].flatMap({ Int($0) }), let day = captures["day"].flatMap({ Int($0) }),
           let date = CalendarDate(year: y, month: month, day: day) {
            return (.day(date, at: .clock(hour: h, minute: m, second: nil)), false, false)
        }
        guard let a = base else { return unresolved(v).map { ($0, true, false) } }
        let c = Context(anchor: a, tense: tense, captures: captures, lexicon: lx, usedNarrative: usedNarrative, writing: anchor)
        // A weekday needs a day to count from: a story that has reached only a year or a
        // month leaves it open (alone or with a part of the day).
        let storyKnowsNoDay = tense == .story && captures["@storyPrecision"] != "D"
        switch v {
        case .monthDay(let m, let d): return monthDay(m, d, c)
        case .holiday(let code):
            guard let r = holiday(code, c) else { return nil }
            // "the Easter weekend", "Memorial Day weekend": the weekend of the holiday's
            // week, the one before a Monday holiday.
            if c.captures["holwe"] != nil, let d = r.value.calendarDay {
                return (.weekend(of: d.weekday == 1 ? d.adding(days: -2) ?? d : d), r.relative, r.usedNarrative)
            }
            // "Christmas night", "Easter Sunday morning": that part of the holiday.
            if let p = c.captures["pod"].flatMap(timeOfDay), var day = r.value.calendar, day.time == nil, r.value.calendarDay != nil {
                day.time = p
                return (.calendar(day), r.relative, r.usedNarrative)
            }
            return r
        case .dayOfMonth(let d, let part):
            guard let r = dayOfMonth(d, c) else { return nil }
            guard let part, var day = r.value.calendar else { return r }
            day.time = part
            return (.calendar(day), r.relative, r.usedNarrative)
        case .dayOfMonthInContext(let d):
            guard captures["@dayContext"] != nil else { return nil }
            return dayOfMonth(d, c)
        case .weekday(let wd, let shift):
            if storyKnowsNoDay { return (.open(.weekDay(.unknown, wd)), true, false) }
            let day = weekday(wd, shift: shift, anchor: a, tense: tense, workingWeekEnd: lx.context.workingWeekEnd)
            // ("the week ended Friday": the week that holds that day)
            if captures["wkof"] != nil { return (.week(of: day), true, false) }
            return (.day(day), true, false)
        case .relative(let unit, var shift):
            // ("the coming weekend", "the weekend ahead" on a weekday: that week's, the
            // nearest one ahead; "next weekend" stays the one after it)
            if unit == .weekend, shift == 1, a.weekday <= 5, captures["nearest"] != nil { shift = 0 }
            return shiftUnit(unit, by: shift, anchor: a).map { ($0, true, false) }
        case .dayOfShiftedMonth(let d, let shift):
            // (no value for a day the month lacks: "the 31st of next month" in January)
            let index = a.year * 12 + (a.month - 1) + shift
            return CalendarDate(year: CalendarDate.floorDiv(index, 12), month: mod(index, 12) + 1, day: d).map { (.day($0), true, false) }
        case .ago(let unit, let n, let ahead): return ago(unit, n, c, ahead: ahead)
        case .agoOn(let unit, let amount, let dayShift, let precision):
            // "two years ago today": the same day that many units back ("a decade ago
            // today": ten years). The unit counted back is coarser than the one the
            // day word names; else the count alone says when ("three weeks ago this
            // month").
            // (in the order of `TimeUnit.descending`, a decade and a century before all)
            func coarser(_ x: TimeUnit, than y: TimeUnit) -> Bool {
                guard let j = TimeUnit.descending.firstIndex(of: y) else { return false }
                return x == .decade || x == .century || TimeUnit.descending.firstIndex(of: x).map { $0 < j } ?? false
            }
            guard case .number(let count) = amount, let n = boundedInt(count), (0...10_000).contains(n), Double(n) == count,
                  let precision, [.day, .week, .month].contains(precision), coarser(unit, than: precision) else {
                return ago(unit, amount, c)
            }
            let (u, k) = unit == .decade ? (TimeUnit.year, 10 * n) : unit == .century ? (.year, 100 * n) : (unit, n)
            guard let day = a.adding(days: dayShift),
                  let v = earlier(u, by: k, than: day, precision: precision == .month ? "M" : "D") else { return nil }
            if precision == .week, let d = v.calendarDay { return (.week(of: d), true, false) }
            return (v, true, false)
        case .ahead(let unit, let n): return ahead(unit, n, c)
        case .yearWeek: return (.calendar(CalendarValue(period: .year(.known(a.year)), part: .week(.unknown))), true, false)
        case .previousWeekday(let wd):
            // The weekday before the day last mentioned.
            return (.day(weekday(wd, shift: -1, anchor: a, tense: tense)), true, usedNarrative)
        case .yearAgo(let unit, _):
            // "a year ago" in an article about quarterly results means the year-ago quarter.
            if unit == .year && captures["@quarterContext"] != nil { return lastQuarter(back: -4, c) }
            // A unit before the day or month the sentence named, at its precision.
            if usedNarrative, let precision = captures["@referencePrecision"], let v = earlier(unit, than: a, precision: precision) {
                return (v, true, true)
            }
            return shiftUnit(unit, by: -1, anchor: a, dayPrecision: true).map { ($0, true, false) }
        case .shiftedYearQuarter(let shift, let q):
            if let q { return (.quarter(a.year + shift, q), true, false) }
            let last = lastCompletedQuarter(a)
            return (.quarter(a.year + shift - (last.year == a.year ? 0 : 1), last.quarter), true, false)
        case .shiftedYearHalf(let shift, let h):
            // A half of a shifted year: "the second half of next year".
            return (.half(a.year + shift, h), true, false)
        case .twoDigitYear(let yy, let season):
            // '25 written in 2026 is 2025, '30 is 1930: at most two years past the anchor.
            let century = CalendarDate.floorDiv(a.year, 100) * 100
            let y = century + yy > a.year + 2 ? century - 100 + yy : century + yy
            return (season.map { .season(y, $0) } ?? .year(y), false, false)
        case .yearQuarter(let y):
            return (.quarter(y, namedQuarter(captures)?.quarter ?? lastCompletedQuarter(a).quarter), true, false)
        case .anaphoric(let unit, let shift):
            // Relative to the last date mentioned: "the following year", "two days later".
            return shiftUnit(unit, by: shift, anchor: a, dayPrecision: true).map { ($0, true, usedNarrative) }
        case .month(let m, let shift, nil): return (month(m, shift: shift, anchor: a), true, false)
        case .month(let m, let shift, let d?):
            return monthDay(m, d, shift: shift, anchor: a).map { (.day($0), true, false) }
        case .current(let unit):
            // "the year", "the end of the month": the unit the talk is in (the anchor's).
            // (in a report of the last year's fourth quarter, "For the full year, profit
            // climbed" told in the past is that year: the results' year, not the writing's)
            if unit == .year, tense == .past, let named = namedQuarter(captures), named.quarter == 4, named.year == a.year - 1 {
                return (.year(named.year), true, usedNarrative)
            }
            return shiftUnit(unit, by: 0, anchor: a).map { ($0, true, usedNarrative) }
        case .anaphoricMonth(let m, let shift):
            // "the previous April": counted from the time talked of (the story's, where
            // the tagger gave one: the anchor says so).
            return (month(m, shift: shift, anchor: a), true, usedNarrative)
        case .anaphoricSeason(let s, let shift): return (season(s, shift: shift, anchor: a, tense: tense), true, usedNarrative)
        case .partOfDayOfDate(let m, let d, let time):
            // "the morning of April 19": a part of a day named without its year.
            guard let r = monthDay(m, d, Context(anchor: a, tense: tense, captures: captures, lexicon: lx, usedNarrative: false)),
                  var day = r.value.calendar else { return nil }
            day.time = time
            return (.calendar(day), true, r.usedNarrative)
        case .monthOfYear(let m, let shift, nil): return (.month(a.year + shift, m), true, false)
        case .monthOfYear(let m, let shift, let d?):
            return CalendarDate(year: a.year + shift, month: m, day: d).map { (.day($0), true, false) }
        case .seasonOfYear(let se, let shift): return (.season(a.year + shift, se), true, false)
        case .turnOfCentury:
            // (1887 → 1900, 2026 → 2000: the nearest year that ends in 00)
            let y = CalendarDate.floorDiv(a.year + 50, 100) * 100
            guard y >= 1 else { return nil }
            return (.year(y), true, usedNarrative)
        case .newYear:
            // (in December "the new year" is the one about to begin; in February the one begun)
            return (.year(a.month >= 7 ? a.year + 1 : a.year), true, usedNarrative)
        case .season(let s, let shift):
            // A story known only to the year: the season of that year (its winter too).
            if shift == nil && tense == .story && captures["@storyPrecision"] == "Y" { return (.season(a.year, s), true, false) }
            // ("the coming winter": the one about to come, this one if it has just begun)
            if captures["imminent"] != nil { return (season(s, shift: nil, anchor: a, tense: .future), true, false) }
            return (season(s, shift: shift, anchor: a, tense: tense), true, false)
        case .quarter(let q): return (.quarter(chooseYear(quarter: q, anchor: a, tense: tense), q), true, false)
        case .lastQuarter(let back): return lastQuarter(back: back, c)
        case .days(let n), .daysFrom(let n): return a.adding(days: n).map { (.day($0), true, false) }
        case .clock(let h, let m):
            // A clock time on the day the sentence talks of.
            let day = dayForTime(captures, anchor: a, tense: tense, lexicon: lx)
            return (.day(day, at: .clock(hour: h, minute: m, second: nil)), true, false)
        case .noon(let midnight):
            var day = dayForTime(captures, anchor: a, tense: tense, lexicon: lx)
            // A midnight told in the past with no day of its own is the one that began the
            // day talked of, the end (T24) of the day before ("The bomb exploded at
            // midnight, police said"); ahead, the one that ends it ("expires at midnight").
            // (not where the tagger gave it a day from its context: "debated on Tuesday night
            // past midnight")
            if midnight, tense == .past, captures["weekday"] == nil, captures["rel"] == nil, captures["day"] == nil,
               captures["@dayContext"] == nil {
                day = a.adding(days: -1) ?? day
            }
            return (.day(day, at: .clock(hour: midnight ? 24 : 12, minute: midnight ? nil : 0, second: nil)), true, false)
        case .partOfDay(let time, let dayShift):
            if captures["weekday"] != nil || captures["rel"] != nil {
                return (.day(dayForTime(captures, anchor: a, tense: tense, lexicon: lx), at: time), true, false)
            }
            return a.adding(days: dayShift).map { (.day($0, at: time), true, false) }
        case .weekdayPartOfDay(let wd, let time, let shift):
            if storyKnowsNoDay { return (.open(.weekDay(.unknown, wd), time: time), true, false) }
            return (.day(weekday(wd, shift: shift, anchor: a, tense: tense), at: time), true, false)
        case .overnight:
            // The night before the anchor, unless the talk is of the future (tonight) or the
            // anchor is a day whose evening was just named (that day's night).
            return a.adding(days: tense == .future || captures["@nightAfter"] != nil ? 0 : -1).map { (.day($0, at: .part(.night)), true, false) }
        case .weekend(let named): return weekend(named, c)
        case .nthWeekOfMonth(let which, 0, _, let wd):
            // "the last week of the month", "the last Friday of the month" in a story known
            // only to its year: the month is not known, so neither is its week or day
            // (1942-WXX, 1942-XX-XX; not a week or day of January).
            if tense == .story && captures["@storyPrecision"] == "Y" {
                return (.inYear(a.year, wd == nil ? .week(.unknown) : wd == 8 ? .weekend(.unknown) : .monthDay(.unknown, .unknown)),
                        true, usedNarrative)
            }
            return nthWeekOfMonth(which, month: a.month, year: a.year, weekday: wd).map { ($0, true, usedNarrative) }
        case .nthWeekOfMonth(let which, let m, _, let wd):
            // The month's year from the anchor and tense, as for "in May".
            guard let r = monthDay(m, nil, Context(anchor: a, tense: tense, captures: captures, lexicon: lx, usedNarrative: false)),
                  let y = r.value.knownYear else { return nil }
            return nthWeekOfMonth(which, month: m, year: y, weekday: wd).map { ($0, true, r.usedNarrative || usedNarrative) }
        case .anaphoricPartOfDay(let time, let shift):
            return a.adding(days: shift).map { (.day($0, at: time), true, usedNarrative) }
        case .ofYear(let m, let d, let shift):
            guard let d else { return (.month(a.year + shift, m), true, usedNarrative) }
            return CalendarDate(year: a.year + shift, month: m, day: d).map { (.day($0), true, usedNarrative) }
        case .weekOf(let m, let d, _):
            // The day's year from the anchor and tense, as for "March 9"; then its week.
            guard let r = monthDay(m, d, Context(anchor: a, tense: tense, captures: captures, lexicon: lx, usedNarrative: false)),
                  let date = r.value.calendarDay else { return nil }
            return (captures["weof"] != nil ? .weekend(of: date) : .week(of: date), true, r.usedNarrative || usedNarrative)
        case .duration, .set, .setAdverb, .decade, .century, .holidayOfYear, .setPartOfDay, .literal:
            return nil
        }
    }

    // MARK: One function per form

    /// The ISO week of the n-th (1-4; nil: the last) seven days of a month: the week
    /// that holds their middle day (the 4th, 11th, 18th, 25th; the last day minus three).
    /// With a weekday: the day that is the n-th (nil: the last) such weekday of the
    /// month, or nil when the month has no fifth one.
    static func nthWeekOfMonth(_ which: Int?, month m: Int, year y: Int, weekday wd: Int? = nil) -> Timex3Value? {
        // (8: the weekend of the month's n-th or last Saturday)
        if wd == 8 {
            guard let d = nthWeekOfMonth(which, month: m, year: y, weekday: 6)?.calendarDay else { return nil }
            return .weekend(of: d)
        }
        if wd == 0 {
            return CalendarDate(year: y, month: m, day: which ?? CalendarDate.daysIn(year: y, month: m)).map { .day($0) }
        }
        if let wd {
            if let n = which {
                guard let first = CalendarDate(year: y, month: m, day: 1) else { return nil }
                let day = 1 + (wd - first.weekday + 7) % 7 + 7 * (n - 1)
                return CalendarDate(year: y, month: m, day: day).map { .day($0) }
            }
            guard let last = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(year: y, month: m)) else { return nil }
            return last.adding(days: -((last.weekday - wd + 7) % 7)).map { .day($0) }
        }
        let day = which.map { 7 * $0 - 3 } ?? CalendarDate.daysIn(year: y, month: m) - 3
        return CalendarDate(year: y, month: m, day: day).map(Timex3Value.week(of:))
    }

    /// Y?-MM-DD or Y?-MM: the year chosen from the anchor and the tense.
    static func monthDay(_ m: Int, _ d: Int?, _ c: Context) -> Resolved? {
        let (a, tense) = (c.anchor, c.tense)
        let yearOnly = tense == .story && c.captures["@storyPrecision"] == "Y"
        if let d {
            if yearOnly {
                guard let date = CalendarDate(year: a.year, month: m, day: d) else { return nil }
                return (.day(date), true, c.usedNarrative)
            }
            guard let date = chooseYear(month: m, day: d, anchor: a, tense: tense, governed: c.captures["@governed"] != nil,
                                        weekday: c.captures["weekday"].flatMap(Int.init))
            else { return nil }
            return (.day(date), true, c.usedNarrative)
        }
        let y = yearOnly ? a.year : chooseYear(month: m, anchor: a, tense: tense, governed: c.captures["@governed"] != nil)
        return (.month(y, m), true, c.usedNarrative)
    }

    /// A holiday without a year: the occurrence the tense points to, as for a month and day.
    static func holiday(_ code: String, _ c: Context) -> Resolved? {
        let (a, tense) = (c.anchor, c.tense)
        let occurrences = Holidays.occurrences(code, gregorianYears: (a.year - 1)...(a.year + 1))
        guard !occurrences.isEmpty else { return nil }
        // "last Christmas", "next Easter", "this Thanksgiving": the word decides.
        if let shift = c.captures["holshift"], let n = c.lexicon.shifts[shift] {
            let sorted = occurrences.sorted { $0.date < $1.date }
            let hit = n < 0 ? sorted.last { $0.date < a } : n > 0 ? sorted.first { $0.date > a }
                : sorted.first { $0.date.year == a.year }
            return hit.map { ($0.value, true, c.usedNarrative) }
        }
        if tense == .story && c.captures["@storyPrecision"] == "Y" {
            guard let same = occurrences.first(where: { $0.date.year == a.year }) else { return nil }
            return (same.value, true, c.usedNarrative)
        }
        // A yearly day in future talk is the next one (what is still to be done can only
        // be ahead); in past talk the last one within the past's reach (about ten
        // months), else the nearest: "over Christmas" in news of 21 December is this
        // Christmas, whatever verb the sentence was said with.
        let dates = occurrences.map(\.date)
        let governed = c.captures["@governed"] != nil
        let picked = tense == .future ? dates.first { $0 >= a } ?? chooseOccurrence(dates, anchor: a, tense: tense)
            : chooseOccurrence(dates, anchor: a, tense: tense, governed: governed)
        guard let chosen = picked, let hit = occurrences.first(where: { $0.date == chosen }) else { return nil }
        return (hit.value, true, c.usedNarrative)
    }

    /// A day of the month named alone: in the month in context, else the month the tense points to.
    static func dayOfMonth(_ d: Int, _ c: Context) -> Resolved? {
        let a = c.anchor
        // With its weekday ("Sunday 16th", "on Tues the 18th"): the month around the
        // anchor in which that day number falls on that weekday (one does within
        // fourteen months), the nearest one as the tense allows.
        if let wd = c.captures["weekday"].flatMap(Int.init), (1...7).contains(wd) {
            var agreeing: [CalendarDate] = []
            for shift in -14...14 {
                let index = a.year * 12 + (a.month - 1) + shift
                if let date = CalendarDate(year: CalendarDate.floorDiv(index, 12), month: mod(index, 12) + 1, day: d),
                   date.weekday == wd { agreeing.append(date) }
            }
            return chooseOccurrence(agreeing, anchor: a, tense: c.tense).map { (.day($0), true, c.usedNarrative) }
        }
        if c.tense == .story && c.captures["@storyPrecision"] == "Y" { return (.open(.monthDay(.unknown, .known(d))), true, false) }
        // After a month named in the paragraph ("In March … on the 19th"): that month.
        if c.captures["@monthContext"] != nil {
            return CalendarDate(year: a.year, month: a.month, day: d).map { (.day($0), true, c.usedNarrative) }
        }
        var candidates: [CalendarDate] = []
        for shift in -1...1 {
            let index = a.year * 12 + (a.month - 1) + shift
            if let date = CalendarDate(year: CalendarDate.floorDiv(index, 12), month: mod(index, 12) + 1, day: d) { candidates.append(date) }
        }
        // (in a story, after a day: that day's month, else the next; stories run forward)
        if c.captures["@storyForward"] != nil, let next = candidates.first(where: { $0 >= a }) {
            return (.day(next), true, c.usedNarrative)
        }
        // (after a day named that is still ahead of the time of writing, the occurrence
        // nearest to it that is not already past: "my bday is on Dec 15 and the party
        // is on the 14th", written on 4 December, is 14 December, not 14 January)
        if c.captures["@dayContext"] != nil, c.tense != .past, let w = c.writing, a > w,
           let chosen = candidates.filter({ $0 >= w }).min(by: { abs($0.ordinal - a.ordinal) < abs($1.ordinal - a.ordinal) }) {
            return (.day(chosen), true, c.usedNarrative)
        }
        // (after a day named, the nearest occurrence to it, unless the day is said to be
        // ahead: "collapsed on 3 May. Talks will resume on the 20th" is 20 May, not the
        // 20 April nearer to the 3rd)
        let nearest = c.captures["@dayContext"] != nil && c.tense != .future ? Tense.story : c.tense
        guard let chosen = chooseOccurrence(candidates, anchor: a, tense: nearest) else { return nil }
        return (.day(chosen), true, c.usedNarrative)
    }

    /// n units before the anchor (after it, `ahead`); an unknown n ("years ago") is
    /// the past (the future).
    static func ago(_ unit: TimeUnit, _ n: Amount, _ c: Context, ahead: Bool = false) -> Resolved? {
        guard case .number(var count) = n else { return (.reference(ahead ? .future : .past), true, false) }
        // ("2 1/2 years ago", "2½ years ago": the fraction written after the number)
        if let frac = c.captures["frac"].flatMap(Double.init) { count += frac }
        // A fraction of a unit counts in the next smaller one: "a year and a half ago" is
        // 18 months back, "half a century ago" 50 years.
        if count != count.rounded() {
            let smaller: (unit: TimeUnit, per: Double)?
            switch unit {
            case .century: smaller = (.year, 100)
            case .decade: smaller = (.year, 10)
            case .year: smaller = (.month, 12)
            case .quarter: smaller = (.month, 3)
            case .month: smaller = (.day, 30)
            case .fortnight: smaller = (.day, 14)
            case .week: smaller = (.day, 7)
            case .day: smaller = (.hour, 24)
            case .hour: smaller = (.minute, 60)
            case .minute: smaller = (.second, 60)
            default: smaller = nil
            }
            guard let smaller, let k = boundedInt((count * smaller.per).rounded()) else { return nil }
            return shiftUnit(smaller.unit, by: ahead ? k : -k, anchor: c.anchor, dayPrecision: true).map { ($0, true, false) }
        }
        guard let k = boundedInt(count) else { return nil }
        return shiftUnit(unit, by: ahead ? k : -k, anchor: c.anchor, dayPrecision: true).map { ($0, true, false) }
    }

    /// "in five years": a date that far ahead in future talk, else a duration.
    static func ahead(_ unit: TimeUnit, _ n: Double, _ c: Context) -> Resolved? {
        if c.tense == .future, n == n.rounded(), let k = boundedInt(n) {
            return shiftUnit(unit, by: k, anchor: c.anchor, dayPrecision: true).map { ($0, true, false) }
        }
        return duration(.number(n), unit).map { ($0, false, false) }
    }

    /// For the current year, month or week named by its edge ("the end of the year",
    /// "the start of the month"): -1 when the tense is past and the anchor is not yet in
    /// the unit's last part (its end is still to come), +1 when it is future and the
    /// anchor is past the unit's first part (its start is gone); nil for other units.
    static func edgeShift(_ unit: TimeUnit, edge: String, tense: Tense, anchor a: CalendarDate) -> Int? {
        // (how far into the unit the anchor is: 1 its first part, 3 its last, 2 between)
        let part: Int
        switch unit {
        case .year: part = a.month <= 2 ? 1 : a.month == 12 ? 3 : 2
        case .month: part = a.day <= 7 ? 1 : a.day >= 24 ? 3 : 2
        case .week: part = a.weekday <= 2 ? 1 : a.weekday >= 5 ? 3 : 2
        default: return nil
        }
        if edge == "END" && tense == .past && part < 3 { return -1 }
        if edge == "START" && tense == .future && part > 1 { return 1 }
        return 0
    }

    /// Last, this or next month m.
    static func month(_ m: Int, shift: Int, anchor a: CalendarDate) -> Timex3Value {
        var y = a.year
        // "last February" said in March means the February before: the one just
        // past would be "last month".
        if shift < 0 { if m >= a.month || a.month - m == 1 { y -= 1 } }
        else if shift > 0 { if m <= a.month { y += 1 } }
        return .month(y, m)
    }

    /// Last, this or next "June 30": the day's latest occurrence before the anchor,
    /// its next one after it, or the one in the anchor's year ("last December 14"
    /// said on 20 December is six days back, not a year and six days).
    static func monthDay(_ m: Int, _ d: Int, shift: Int, anchor a: CalendarDate) -> CalendarDate? {
        let dates = ((a.year - 1)...(a.year + 1)).compactMap { CalendarDate(year: $0, month: m, day: d) }
        if shift < 0 { return dates.last { $0 < a } }
        if shift > 0 { return dates.first { $0 > a } }
        return dates.first { $0.year == a.year }
    }

    /// The quarter the text named last (the tagger's `@lastQuarter`), when its year is known.
    static func namedQuarter(_ captures: [String: String]) -> (year: Int, quarter: Int)? {
        guard let named = captures["@lastQuarter"].flatMap(Timex3Value.init), let y = named.knownYear,
              case .quarter(.known(let q))? = named.calendar?.part else { return nil }
        return (y, q)
    }

    /// The last completed quarter, or the one named before, shifted back.
    static func lastQuarter(back: Int?, _ c: Context) -> Resolved? {
        let a = c.anchor
        var (y, q) = lastCompletedQuarter(a)
        if let end = c.captures["@endMonth"].flatMap(Int.init), (1...12).contains(end) {
            // Three months ending in `end`: the calendar quarter holding most of them
            // (the middle month), in the latest year that month has ended.
            let year = end <= a.month ? a.year : a.year - 1
            let middle = end == 1 ? 12 : end - 1
            (y, q) = (end == 1 ? year - 1 : year, (middle - 1) / 3 + 1)
        } else if let named = namedQuarter(c.captures) {
            (y, q) = (named.year, named.quarter)
        }
        if let back {
            var index = y * 4 + (q - 1) + back
            if index < 0 { index = 0 }
            y = index / 4
            q = index % 4 + 1
        }
        return (.quarter(y, q), true, false)
    }

    /// "last weekend", "next weekend"; "this weekend" and "the weekend" go by the tense.
    static func weekend(_ named: Int, _ c: Context) -> Resolved? {
        let a = c.anchor
        var shift: Int
        switch named {
        // ("the weekend before last": two back)
        case ..<0: shift = max(named, -1000)
        case 1...: shift = min(named, 1000)
        default:
            switch c.tense {
            case .future: shift = a.weekday >= 6 ? 1 : 0
            case .past: shift = a.weekday >= 6 ? 0 : -1
            case .unknown, .story: shift = a.weekday >= 4 ? 0 : -1
            }
        }
        return a.adding(days: 7 * shift).map { (.weekend(of: $0), true, false) }
    }

    /// The remainder of a / b in 0..<b (months and quarters before year 1 count back).
    static func mod(_ a: Int, _ b: Int) -> Int { ((a % b) + b) % b }

    /// A count from text as an Int: nil when it is not finite or too large to be a
    /// shift of calendar units (never a trap).
    static func boundedInt(_ d: Double) -> Int? {
        guard d.isFinite, abs(d) < 1e9 else { return nil }
        return Int(d.rounded())
    }

    /// A time of day from its code: a part of the day (`NI`) or `XX` (not known).
    static func timeOfDay(_ code: String) -> CalendarValue.TimeOfDay? {
        if code == "XX" { return .unknown }
        return CalendarValue.PartOfDay(rawValue: code).map { .part($0) }
    }

    /// The value left open (X-filled) when there is no anchor to count from,
    /// keeping what the expression itself says: its month, day of the month, day of
    /// the week, season, quarter, time of day (`the previous April` XXXX-04, `the
    /// morning of April 19` XXXX-04-19TMO, `Christmas` XXXX-12-25, `that night`
    /// XXXX-XX-XXTNI, `at 2pm` XXXX-XX-XXT14:00), as TIMEX3 writes unknown parts.
    static func unresolved(_ v: UnderspecifiedValue) -> Timex3Value? {
        let someDay = CalendarValue.Part.monthDay(.unknown, .unknown)
        switch v {
        case .anaphoricMonth(let m, _), .ofYear(let m, nil, _): return .open(.month(.known(m)))
        case .ofYear(let m, let d?, _): return .open(.monthDay(.known(m), .known(d)))
        case .anaphoricSeason(let s, _): return .open(.season(s))
        case .partOfDayOfDate(let m, let d, let time): return .open(.monthDay(.known(m), .known(d)), time: time)
        case .partOfDay(let time, _), .anaphoricPartOfDay(let time, _): return .open(someDay, time: time)
        case .overnight: return .open(someDay, time: .part(.night))
        case .clock(let h, let m): return .open(someDay, time: .clock(hour: h, minute: m, second: nil))
        case .noon(let midnight): return .open(someDay, time: .clock(hour: midnight ? 24 : 12, minute: midnight ? nil : 0, second: nil))
        case .weekdayPartOfDay(let wd, let time, _):
            guard (1...7).contains(wd) else { return nil }
            return .open(.weekDay(.unknown, wd), time: time)
        case .previousWeekday(let wd): return .open(.weekDay(.unknown, wd))
        case .dayOfMonth(let d, let part): return .open(.monthDay(.unknown, .known(d)), time: part)
        case .dayOfMonthInContext(let d): return .open(.monthDay(.unknown, .known(d)))
        case .weekend: return .open(.weekend(.unknown))
        case .yearWeek: return .open(.week(.unknown))
        case .shiftedYearQuarter(_, let q): return .open(.quarter(q.map { .known($0) } ?? .unknown))
        case .shiftedYearHalf(_, let h): return .open(.half(h))
        case .holiday(let code):
            // A holiday on a fixed day of the year (`F:12-25`) keeps its month and day.
            let f = code.split(separator: ":")
            guard f.count == 2, f[0] == "F" else { return .open(someDay) }
            let md = f[1].split(separator: "-").compactMap { Int($0) }
            if md.count == 2, (1...12).contains(md[0]), (1...CalendarDate.daysIn(year: 2000, month: md[0])).contains(md[1]) {
                return .open(.monthDay(.known(md[0]), .known(md[1])))
            }
            if md.count == 1, (1...12).contains(md[0]) { return .open(.month(.known(md[0]))) }
            return .open(someDay)
        case .current(let unit), .yearAgo(let unit, _): return unresolved(.relative(unit, shift: 0))
        case .monthDay(let m, let d?):
            guard (1...31).contains(d) else { return nil }
            return .open(.monthDay(.known(m), .known(d)))
        case .monthDay(let m, nil): return .open(.month(.known(m)))
        case .weekday(let wd, _): return .open(.weekDay(.unknown, wd))
        case .relative(let unit, _), .ago(let unit, _, _), .anaphoric(let unit, _):
            switch unit {
            case .year: return .open()
            case .month: return .open(.month(.unknown))
            case .week: return .open(.week(.unknown))
            case .quarter: return .open(.quarter(.unknown))
            case .weekend: return .open(.weekend(.unknown))
            default: return .open(.monthDay(.unknown, .unknown))
            }
        case .month(let m, _, let d?): return .open(.monthDay(.known(m), .known(d)))
        case .monthOfYear(let m, _, let d?): return .open(.monthDay(.known(m), .known(d)))
        case .month(let m, _, nil), .monthOfYear(let m, _, nil):
            guard (1...12).contains(m) else { return nil }
            return .open(.month(.known(m)))
        case .season(let s, _), .seasonOfYear(let s, _): return .open(.season(s))
        case .turnOfCentury, .newYear: return .open()
        case .quarter(let q): return .open(.quarter(.known(q)))
        case .lastQuarter: return .open(.quarter(.unknown))
        case .nthWeekOfMonth(_, 0, _, _?): return .open(.monthDay(.unknown, .unknown))
        case .nthWeekOfMonth(_, let m, _, _?): return .open(.month(.known(m)))
        case .weekOf, .nthWeekOfMonth: return .open(.week(.unknown))
        // Without an anchor "in five years" can only be read as a duration.
        case .ahead(let unit, let n): return duration(.number(n), unit) ?? .open(.monthDay(.unknown, .unknown))
        default: return .open(.monthDay(.unknown, .unknown))
        }
    }

    /// The unit of a duration whose amount is not known ("several weeks" PXW, "a
    /// few fortnights" PXW too).
    static let unknownAmountUnits: [TimeUnit: DurationValue.Unit] = [
        .year: .year, .month: .month, .week: .week, .day: .day, .hour: .hour, .minute: .minute, .second: .second,
        .decade: .decade, .century: .century, .quarter: .quarter, .weekend: .weekend, .fortnight: .week,
        .millennium: .millennium, .unknown: .unknown]

    /// The order of the units a length in two units may join, largest first.
    static let durationRank: [DurationValue.Unit: Int] = [.year: 0, .month: 1, .week: 2, .day: 3, .hour: 4, .minute: 5, .second: 6]

    /// A duration of n units; n may be a fraction ("1.5 years" is a year and six
    /// months) or X (not known).
    static func duration(_ n: Amount, _ unit: TimeUnit) -> Timex3Value? {
        typealias C = DurationValue.Component
        func value(_ components: [C]) -> Timex3Value { .duration(DurationValue(components)) }
        guard case .number(let v) = n else { return value([C(nil, unknownAmountUnits[unit] ?? .unknown)]) }
        guard v >= 0, v < 1e7 else { return nil }
        let whole = Int(v)
        let frac = v - Double(whole)
        /// The whole units and the fraction in smaller units ("1.5 hours": 1 hour 30 minutes).
        func split(_ main: DurationValue.Unit, _ sub: Int, _ subUnit: DurationValue.Unit) -> Timex3Value {
            var components: [C] = []
            if whole > 0 || sub == 0 { components.append(C(Double(whole), main)) }
            if sub > 0 { components.append(C(Double(sub), subUnit)) }
            return value(components)
        }
        func times(_ k: Double, _ u: DurationValue.Unit) -> Timex3Value { value([C((v * k).rounded(), u)]) }
        switch unit {
        case .year: return split(.year, Int((frac * 12).rounded()), .month)
        case .month: return frac == 0 ? value([C(Double(whole), .month)]) : split(.month, Int((frac * 30).rounded()), .day)
        case .week: return frac == 0 ? value([C(Double(whole), .week)]) : times(7, .day)
        case .day: return frac == 0 ? value([C(Double(whole), .day)]) : value([C(Double(whole), .day), C((frac * 24).rounded(), .hour)])
        case .hour: return split(.hour, Int((frac * 60).rounded()), .minute)
        case .minute: return split(.minute, Int((frac * 60).rounded()), .second)
        case .second: return value([C(v, .second)])
        case .decade: return times(10, .year)
        case .century: return times(100, .year)
        case .millennium: return times(1000, .year)
        case .quarter: return frac == 0 ? value([C(Double(whole), .quarter)]) : times(3, .month)
        case .weekend: return times(2, .day)
        case .fortnight: return times(2, .week)
        case .unknown: return nil
        }
    }

    /// The year for a month-day without one: the nearest occurrence, or the next
    /// (future tense) or previous (past tense) one within a year.
    /// In a story, the year its month alone would take: up to six months ahead is the
    /// story moving on ("died on 2 March 1855 … On 8 September the French stormed" is
    /// September 1855, though September 1854 is a little nearer).
    /// `weekday`: a weekday written with the day ("Thursday, January 15") names the year
    /// in which the day falls on it, of the years around the anchor (at most one of three
    /// years running does); when none does, the weekday is not used.
    static func chooseYear(month: Int, day: Int, anchor a: CalendarDate, tense: Tense, governed: Bool = false,
                           weekday: Int? = nil) -> CalendarDate? {
        if let wd = weekday, (1...7).contains(wd) {
            let agreeing = [a.year - 1, a.year, a.year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) }
                .filter { $0.weekday == wd }
            if agreeing.count == 1 { return agreeing[0] }
        }
        if tense == .story, let d = CalendarDate(year: chooseYear(month: month, anchor: a, tense: .story), month: month, day: day) {
            return d
        }
        return chooseOccurrence([a.year - 1, a.year, a.year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) },
                         anchor: a, tense: tense, governed: governed)
    }

    /// Of a day's occurrences around the anchor (sorted), the nearest one, or the next
    /// (future tense) or previous (past tense) one within about half a year; at any
    /// distance when a word before the day fixes the tense (`governed`: "since").
    static func chooseOccurrence(_ candidates: [CalendarDate], anchor a: CalendarDate, tense: Tense, governed: Bool = false) -> CalendarDate? {
        guard !candidates.isEmpty else { return nil }
        if governed, tense == .past, let c = candidates.last(where: { $0 <= a }) { return c }
        if governed, tense == .future, let c = candidates.first(where: { $0 >= a }) { return c }
        let nearest = candidates.min { abs($0.ordinal - a.ordinal) < abs($1.ordinal - a.ordinal) }
        // The tense decides only between nearby candidates (within about half a year).
        switch tense {
        case .future:
            if let c = candidates.first(where: { $0 >= a }), c.ordinal - a.ordinal <= 240 { return c }
            return nearest
        case .past:
            if let c = candidates.last(where: { $0 <= a }), a.ordinal - c.ordinal <= 300 { return c }
            return nearest
        case .story:
            // The nearest occurrence; a tie goes forward, as stories do.
            return candidates.min { (abs($0.ordinal - a.ordinal) * 2 + ($0 < a ? 1 : 0)) < (abs($1.ordinal - a.ordinal) * 2 + ($1 < a ? 1 : 0)) }
        case .unknown:
            // The anchor's year, unless that puts the day more than half a year away.
            let sameYear = candidates.filter { $0.year == a.year && abs($0.ordinal - a.ordinal) <= 183 }
            return sameYear.min { abs($0.ordinal - a.ordinal) < abs($1.ordinal - a.ordinal) } ?? nearest
        }
    }

    /// `governed`: the tense is fixed by the word before the month ("since January"),
    /// not read from the sentence, so it decides even next to the anchor's month.
    static func chooseYear(month: Int, anchor a: CalendarDate, tense: Tense, governed: Bool = false) -> Int {
        let diff = month - a.month
        // A month next to the anchor's is this year's, whatever the tense the sentence
        // seems to have (a past verb near "January delivery" in December says nothing
        // of January).
        if !governed {
            if abs(diff) <= 1 { return a.year }
            if diff == 11 { return a.year - 1 }
            if diff == -11 { return a.year + 1 }
        }
        switch tense {
        case .story:
            // Up to six months ahead is the story moving on; further is a look back.
            let forward = (month - a.month + 12) % 12
            if forward <= 6 { return month >= a.month ? a.year : a.year + 1 }
            return month <= a.month ? a.year : a.year - 1
        case .future:
            return month >= a.month ? a.year : a.year + 1
        case .past:
            return month <= a.month ? a.year : a.year - 1
        case .unknown:
            // The nearest, leaning to the past: news mostly reports what happened, so a
            // month up to seven months back is the past one ("April's election" in November).
            let back = (a.month - month + 12) % 12
            if back <= 7 { return month <= a.month ? a.year : a.year - 1 }
            return month > a.month ? a.year : a.year + 1
        }
    }

    /// The year for a quarter named without one, as for months: this year's, unless
    /// the tense or the distance points to the one before or after ("the fourth
    /// quarter" reported in January is last year's).
    static func chooseYear(quarter q: Int, anchor a: CalendarDate, tense: Tense) -> Int {
        let current = (a.month - 1) / 3 + 1
        let diff = q - current
        switch tense {
        case .past: return diff > 0 ? a.year - 1 : a.year
        // The quarter just ended is still this year's in future talk ("will report
        // third-quarter results" in October).
        case .future: return diff < -1 ? a.year + 1 : a.year
        case .unknown: return diff > 2 ? a.year - 1 : diff < -2 ? a.year + 1 : a.year
        case .story: return a.year
        }
    }

    /// Weekday `wd` near the anchor: shift −1 the one before, +1 the one after,
    /// 0 in the anchor's week; otherwise by tense (same day allowed).
    /// `workingWeekEnd`: for "last" with a weekday, the working week's last day (the
    /// day before a day last mentioned, "the previous Wednesday", passes none).
    static func weekday(_ wd: Int, shift: Int?, anchor a: CalendarDate, tense: Tense, workingWeekEnd: Int? = nil) -> CalendarDate {
        let delta = wd - a.weekday
        var days: Int
        switch shift {
        // ("last Wednesday" in a working week: the Wednesday of the week before, as news
        // writes it: on a Thursday yesterday is "Wednesday" and "last Wednesday" eight days
        // back; on a Monday "last Friday" is three days back. From a weekend the week just
        // ended is the last one: on a Saturday "last Thursday" is two days back.)
        case .some(-1): days = workingWeekEnd.map { a.weekday <= $0 } ?? false ? delta - 7 : (delta < 0 ? delta : delta - 7)
        case .some(1): days = delta > 0 ? delta : delta + 7
        case .some(0): days = delta
        // ("two Fridays ago": the one before the last, and so on)
        case .some(let n) where n < -1 && n > -1000: days = (delta < 0 ? delta : delta - 7) + 7 * (n + 1)
        case .some(let n) where n > 1 && n < 1000: days = (delta > 0 ? delta : delta + 7) + 7 * (n - 1)
        default:
            // With no tense to go by (a story's day, or a sentence with no cue: "concert
            // friday who's in", "Thursday's general elections"), the nearest such day,
            // within three days either way; else the tense's side of the anchor.
            if tense == .story || tense == .unknown { days = delta > 3 ? delta - 7 : delta < -3 ? delta + 7 : delta }
            else if tense == .future { days = delta >= 0 ? delta : delta + 7 }
            else { days = delta <= 0 ? delta : delta - 7 }
        }
        return a.adding(days: days) ?? a
    }

    /// "a year earlier", "a month earlier" than a day ("D") or a month ("M") named
    /// before: that day or month one unit (n units) back (Aug. 12, 1998 → 1997-08-12;
    /// October → September). Nil for a unit this does not cover.
    static func earlier(_ unit: TimeUnit, by n: Int = 1, than a: CalendarDate, precision: String) -> Timex3Value? {
        func day(_ y: Int, _ m: Int) -> CalendarDate? {
            var d = a.day
            while d > 28, CalendarDate(year: y, month: m, day: d) == nil { d -= 1 }
            return CalendarDate(year: y, month: m, day: d)
        }
        let monthIndex: Int
        switch unit {
        case .year, .month:
            guard n <= 100_000 else { return nil }
            monthIndex = a.year * 12 + (a.month - 1) - (unit == .year ? 12 : 1) * n
        case .week, .day:
            guard precision == "D", n <= 1_000_000 else { return nil }
            return a.adding(days: (unit == .week ? -7 : -1) * n).map(Timex3Value.day)
        default: return nil
        }
        let y = CalendarDate.floorDiv(monthIndex, 12), m = mod(monthIndex, 12) + 1
        guard y >= 1 else { return nil }
        if precision == "D" { return day(y, m).map(Timex3Value.day) }
        return .month(y, m)
    }

    static func shiftUnit(_ unit: TimeUnit, by n: Int, anchor a: CalendarDate, dayPrecision: Bool = false) -> Timex3Value? {
        // Counting back past year 1 from the common era gives no value ("2,500 years ago"
        // stays a plain phrase); a story already before Christ counts on (BC0490).
        let shifted = a.year + (unit == .year ? n : unit == .decade ? n * 10 : unit == .century ? n * 100 : 0)
        guard abs(n) < 1_000_000, shifted >= 1 || (a.year < 1 && CalendarDate.years.contains(shifted)) else { return nil }
        switch unit {
        case .year: return .year(a.year + n)
        case .month:
            let index = a.year * 12 + (a.month - 1) + n
            return .month(CalendarDate.floorDiv(index, 12), mod(index, 12) + 1)
        case .week:
            guard let d = a.adding(days: 7 * n) else { return nil }
            if dayPrecision && abs(n) <= 4 && abs(n) > 1 { return .day(d) }
            return .week(of: d)
        case .day, .hour, .minute, .second:
            // (whole days of a count of smaller units: "48 hours ago" is two days back)
            let days = unit == .day ? n : unit == .hour ? n / 24 : unit == .minute ? n / 1440 : n / 86400
            return a.adding(days: days).map(Timex3Value.day)
        case .quarter:
            let index = a.year * 4 + (a.month - 1) / 3 + n
            return .quarter(CalendarDate.floorDiv(index, 4), mod(index, 4) + 1)
        case .decade:
            // (before Christ, decades count down: the 480s BC are BC048)
            if shifted < 1 { return .calendar(CalendarValue(beforeChrist: true, period: .decade((1 - shifted) / 10))) }
            return .calendar(CalendarValue(period: .decade((a.year / 10) + n)))
        case .century:
            if shifted < 1 { return .calendar(CalendarValue(beforeChrist: true, period: .century((1 - shifted) / 100))) }
            return .calendar(CalendarValue(period: .century((a.year - 1) / 100 + n)))
        case .weekend: return a.adding(days: 7 * n).map(Timex3Value.weekend(of:))
        case .fortnight: return a.adding(days: 14 * n).map(Timex3Value.day)
        case .millennium:
            guard a.year >= 1 else { return nil }
            let m = a.year / 1000 + n
            return (0...9).contains(m) ? .calendar(CalendarValue(period: .millennium(m))) : nil
        case .unknown: return nil
        }
    }

    /// Season s near the anchor: shift −1 the last one, +1 the next one, 0 this
    /// year's ("this summer"), nil by tense ("in the summer").
    static func season(_ s: CalendarValue.Season, shift: Int?, anchor a: CalendarDate, tense: Tense) -> Timex3Value {
        let start = s.startMonth
        // The season the anchor is in, as (year, start month); winter belongs to the year it starts.
        let m = a.month
        let current: (Int, Int) = m >= 12 ? (a.year, 12) : m >= 9 ? (a.year, 9) : m >= 6 ? (a.year, 6) : m >= 3 ? (a.year, 3) : (a.year - 1, 12)
        let currentIndex = current.0 * 12 + current.1
        // Occurrences of season s around the anchor.
        let options = [a.year - 2, a.year - 1, a.year, a.year + 1].map { $0 * 12 + start }
        let chosen: Int
        switch shift {
        case -1: chosen = options.last { $0 < currentIndex } ?? options[0]
        case 1: chosen = options.first { $0 > currentIndex } ?? options[3]
        // ("the summer before last", "the winter after next": one further)
        case -2:
            let before = options.filter { $0 < currentIndex }
            chosen = before.count >= 2 ? before[before.count - 2] : options[0]
        case 2:
            let after = options.filter { $0 > currentIndex }
            chosen = after.count >= 2 ? after[1] : options[3]
        case 0:
            // This year's season; a winter in January or February began the year before.
            chosen = (s == .winter && a.month <= 2) ? options[1] : options[2]
        default:
            if tense == .past { chosen = options.last { $0 <= currentIndex } ?? options[2] }
            else if tense == .future { chosen = options.first { $0 >= currentIndex } ?? options[2] }
            else if tense == .story && s == .winter && a.month <= 2 { chosen = options[1] }
            else { chosen = options[2] }
        }
        return .season((chosen - start) / 12, s)
    }

    /// The last quarter that has ended before the anchor's quarter.
    static func lastCompletedQuarter(_ a: CalendarDate) -> (year: Int, quarter: Int) {
        let q = (a.month - 1) / 3
        return q == 0 ? (a.year - 1, 4) : (a.year, q)
    }

    /// The day a clock time refers to: a captured month and day, weekday or day word, else the anchor.
    static func dayForTime(_ captures: [String: String], anchor a: CalendarDate, tense: Tense, lexicon lx: TimeLexicon = .english) -> CalendarDate {
        if let m = captures["month"].flatMap(Int.init), let d = captures["day"].flatMap(Int.init) {
            if let y = captures["year"].flatMap(Int.init), let date = CalendarDate(year: y, month: m, day: d) { return date }
            if let date = chooseYear(month: m, day: d, anchor: a, tense: tense, weekday: captures["weekday"].flatMap(Int.init)) { return date }
        }
        if let wd = captures["weekday"].flatMap(Int.init) { return weekday(wd, shift: nil, anchor: a, tense: tense) }
        guard let rel = captures["rel"], let n = lx.dayShifts[rel] else { return a }
        return a.adding(days: n) ?? a
    }
}

/// The calendar of holidays: the days a holiday code (see `TimeLexicon.holidays`)
/// falls on, as TIMEX3 values.
enum Holidays {
    struct Occurrence { let date: CalendarDate; let value: Timex3Value }

    static func occurrences(_ code: String, gregorianYears years: ClosedRange<Int>) -> [Occurrence] {
        let parts = code.split(separator: ":").map(String.init)
        guard let kind = parts.first else { return [] }
        var out: [Occurrence] = []
        switch kind {
        case "F":
            guard parts.count == 2 else { return [] }
            let md = parts[1].split(separator: "-").compactMap { Int($0) }
            for y in years {
                if md.count == 2, let d = CalendarDate(year: y, month: md[0], day: md[1]) { out.append(Occurrence(date: d, value: .day(d))) }
                if md.count == 1, let d = CalendarDate(year: y, month: md[0], day: 1) { out.append(Occurrence(date: d, value: .month(y, md[0]))) }
            }
        case "E":
            guard parts.count == 2, let shift = Int(parts[1]) else { return [] }
            for y in years { if let d = easter(y)?.adding(days: shift) { out.append(Occurrence(date: d, value: .day(d))) } }
        case "N":
            // (an optional fifth part counts days from it: Black Friday is Thanksgiving + 1)
            guard parts.count == 4 || parts.count == 5, let m = Int(parts[1]), let wd = Int(parts[2]), let n = Int(parts[3]) else { return [] }
            let offset = parts.count == 5 ? Int(parts[4]) : 0
            guard let offset, abs(offset) <= 31 else { return [] }
            for y in years {
                if let d = nthWeekday(year: y, month: m, weekday: wd, n: n)?.adding(days: offset) { out.append(Occurrence(date: d, value: .day(d))) }
            }
        case "I":
            guard parts.count == 3, let m = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(m), (0...30).contains(day) else { return [] }
            // Islamic years that overlap the Gregorian years asked for.
            let first = Int((Double(years.lowerBound) - 622.0) * 33.0 / 32.0)
            let last = Int((Double(years.upperBound) - 622.0) * 33.0 / 32.0) + 2
            guard first <= last, last - first < 100 else { return [] }
            for h in max(1, first)...max(1, last) {
                guard let d = islamic(year: h, month: m, day: max(day, 1)), years.contains(d.year) else { continue }
                out.append(Occurrence(date: d, value: day == 0 ? .month(d.year, d.month) : .day(d)))
            }
        default:
            return []
        }
        return out.sorted { $0.date < $1.date }
    }

    /// Western Easter Sunday (the Gregorian computus).
    static func easter(_ y: Int) -> CalendarDate? {
        guard y >= 1583 else { return nil }
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: y, month: month, day: day)
    }

    /// The n-th weekday (1 = Monday) of a month; n = -1 is the last.
    static func nthWeekday(year: Int, month: Int, weekday: Int, n: Int) -> CalendarDate? {
        guard let first = CalendarDate(year: year, month: month, day: 1) else { return nil }
        if n > 0 {
            let offset = (weekday - first.weekday + 7) % 7 + (n - 1) * 7
            guard let d = first.adding(days: offset), d.month == month else { return nil }
            return d
        }
        let days = CalendarDate.daysIn(year: year, month: month)
        guard let lastDay = CalendarDate(year: year, month: month, day: days) else { return nil }
        return lastDay.adding(days: -((lastDay.weekday - weekday + 7) % 7))
    }

    /// A day of the tabular (arithmetic) Islamic calendar, civil epoch, as a Gregorian
    /// date; the observed calendar may differ by a day or two.
    static func islamic(year: Int, month: Int, day: Int) -> CalendarDate? {
        let monthDays = Int((29.5 * Double(month - 1)).rounded(.up))
        let daysBefore = (year - 1) * 354 + (3 + 11 * year) / 30 + monthDays + day - 1
        // 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
        guard let epoch = CalendarDate(year: 622, month: 7, day: 19) else { return nil }
        return epoch.adding(days: daysBefore)
    }
}
