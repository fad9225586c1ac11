/// A rule's value once its captures are filled in, typed: which form it is and
/// its arguments. The rules (data) write values as short templates
/// (`WD:{weekday}`, `REL:Y:-1`, `{year}-{month}-{day}`); the engine reads each
/// template once into this type, and the resolver has one small function per
/// `Form` (`TimexResolver`).
///
///   `Y?-MM-DD`, `Y?-MM`            monthDay: year chosen from the anchor and tense
///   `WD:n`, `WD:n:shift`           weekday n (1 = Monday)
///   `REL:unit:shift`               relative: this/last/next calendar unit (Y M W D Q DE CE)
///   `AGO:unit:n`                   ago: n units before the anchor
///   `ANA:unit:±n`                  anaphoric: relative to the last date mentioned
///   `MON:m:shift`, `MONY:m:shift`  month: last/this/next month m; monthOfYear: month m of a year
///   `SEA:s:shift`                  season: last/this/next season
///   `QTR:n`, `LASTQ`, `LASTQ:-4`   quarter n of the anchor year; the last completed quarter
///   `DAY:n`, `DAYX:dir:base`       days from the anchor
///   `DEC:yyyy`, `CENT:n`           decades and centuries (no anchor needed)
///   `TIME:hhmm:ampm`, `NOON:w`, `POD:p:shift`, `WDPOD:n:p`   times of day
///   `WE:word`                      the weekend
///   `DUR:n:unit`, `SET:n:unit`, `SETADV:word`   durations and sets (no anchor)
/// Anything else is a literal TIMEX3 value.
struct UnderspecifiedValue: Sendable {
    enum Form: String, Sendable, CaseIterable {
        case monthDay = "Y?"
        case duration = "DUR", set = "SET", setAdverb = "SETADV", decade = "DEC", century = "CENT"
        case holidayOfYear = "HOLY", setPartOfDay = "SETPOD", holiday = "HOL", dayOfMonth = "DOM"
        /// A day of the month that is one only in the context of a month or day named before.
        case dayOfMonthInContext = "DOMC"
        case weekday = "WD", relative = "REL", ago = "AGO", ahead = "IN", yearWeek = "WXX"
        case previousWeekday = "ANAWD", yearAgo = "YAGO", shiftedYearQuarter = "SYQ", shiftedYearHalf = "SYH"
        case yearQuarter = "YQ", anaphoric = "ANA", month = "MON", current = "THE"
        case anaphoricMonth = "MONA", anaphoricSeason = "SEAA", partOfDayOfDate = "PODMD", monthOfYear = "MONY"
        case season = "SEA", quarter = "QTR", lastQuarter = "LASTQ", days = "DAY", daysFrom = "DAYX"
        case clock = "TIME", noon = "NOON", partOfDay = "POD", weekdayPartOfDay = "WDPOD"
        case overnight = "OVERNIGHT", weekend = "WE"
        /// The ISO week holding a day: `WKOF:2026-03-09`, `WKOF:Y?-03-09`.
        case weekOf = "WKOF"
        /// The n-th (or the last, `L`) week of a month: `WKN:2:06:2025`, `WKN:L:08:Y?`.
        case nthWeekOfMonth = "WKN"
        /// A part of the day in context, shifted by days: `PODA:AF:0` ("that
        /// afternoon"), `PODA:MO:following` ("the following morning").
        case anaphoricPartOfDay = "PODA"
        /// Already a TIMEX3 value (`2026-01-16`, `PRESENT_REF`).
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

    let form: Form
    /// The filled template as written.
    let raw: String
    /// The template split at colons: the head, then the arguments.
    let parts: [String]

    init(_ raw: String) {
        self.raw = raw
        parts = raw.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        form = Form(head: Substring(parts.first ?? ""))
    }

    /// The k-th part (1 = the first argument), if there is one.
    func arg(_ k: Int) -> String? { k < parts.count ? parts[k] : nil }
    /// The k-th part as a number.
    func int(_ k: Int) -> Int? { arg(k).flatMap { Int($0) } }

    /// Forms that count from the time of speaking whatever a story has reached, as
    /// TimeML reads "this", "last", "next", "ago", "today" ("today", "last year",
    /// "next spring", "two years ago", "in five years"); "the following year" and a
    /// bare "October" are anaphoric and follow the story.
    var isDeictic: Bool {
        switch form {
        case .days, .daysFrom, .ahead, .overnight, .relative, .ago, .yearAgo, .month, .monthOfYear, .weekend,
             .shiftedYearQuarter, .shiftedYearHalf, .lastQuarter, .yearWeek:
            return true
        case .weekday, .season:
            // "last Friday", "next spring"; not a bare "Friday" or "the spring".
            return parts.count >= 3 && parts[2] != "T" && !parts[2].isEmpty
        default:
            return false
        }
    }

    /// Forms that count from the time a narrative has reached, when there is one:
    /// "the following day", "the previous Monday", "that night", "the morning"
    /// (a part of day with the definite article), "the 26th" after a day in context,
    /// "the previous April".
    func followsNarrative(definiteArticle: String, dayContext: Bool) -> Bool {
        switch form {
        case .anaphoric, .previousWeekday, .overnight, .anaphoricMonth, .anaphoricSeason, .anaphoricPartOfDay: return true
        case .partOfDay: return parts.count > 2 && parts[2] == definiteArticle
        case .dayOfMonth, .dayOfMonthInContext: return dayContext
        default: return false
        }
    }
}
