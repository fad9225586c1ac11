@testable import ConcordKit
import XCTest

/// Time expressions joined to one another: ranges of years, months and seasons
/// sharing a year, seasons joined to seasons.
final class JoinedExpressionTests: XCTestCase {
    static let saved = CalendarDate(year: 2009, month: 12, day: 19)!

    func tag(_ text: String, published: CalendarDate? = saved) -> [(String, String)] {
        let s = Array(text.unicodeScalars)
        return TemporalTagger.shared.tag(scalars: s, published: published, corpusAnchor: nil).map {
            (String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])), $0.value)
        }
    }

    func values(_ text: String) -> [String] { tag(text).map(\.1) }
    func pairs(_ text: String) -> [String] { tag(text).map { "\($0.0) = \($0.1)" } }

    func testOldYearRangesAreYears() {
        XCTAssertEqual(values("War in the north, 1775-1780\n\nBoston was occupied."), ["1775", "1780"])
        XCTAssertEqual(values("The National Constituent Assembly (1789-1791) met in Paris."), ["1789", "1791"])
        XCTAssertEqual(values("The mariner Zheng He (1371\u{2013}1435) sailed west."), ["1371", "1435"])
        XCTAssertEqual(values("It was built in 1775-1780 by the city."), ["1775", "1780"])
    }

    /// A clock time with its date is one expression, and names the day that what
    /// follows counts from ("in the morning", "the next day").
    func testAClockTimeWithItsDateNamesTheDay() {
        let text = "On July 1, 1997 the garrison took over.\n\nThe rotation started at 00:00 Nov. 25 when trucks rolled in. Helicopters landed in the morning."
        XCTAssertEqual(pairs(text), ["July 1, 1997 = 1997-07-01", "00:00 Nov. 25 = 2009-11-25T00:00", "the morning = 2009-11-25TMO"])
        XCTAssertEqual(pairs("The strike began at 9:34 p.m., March 19, 2003, officials said."), ["9:34 p.m., March 19, 2003 = 2003-03-19T21:34"])
    }

    func testAmountRangesAreNot() {
        XCTAssertEqual(values("A meal of 1200-1250 calories is enough."), [])
        XCTAssertEqual(values("Between 1500-1600 troops landed."), [])
        XCTAssertEqual(values("The span 1100-1300 is wide."), [], "more than a century apart")
        XCTAssertEqual(values("The 2001-2005 period saw growth."), ["2001", "2005"], "recent years need no such care")
    }

    func testMonthsAndSeasonsShareTheYearWritten() {
        XCTAssertEqual(values("Allied victory came in June and July 1918."), ["1918-06", "1918-07"])
        XCTAssertEqual(values("He was economy minister from April to August 2005."), ["2005-04", "2005-08"])
        XCTAssertEqual(values("Snow fell from December to February 1918."), ["1917-12", "1918-02"])
        XCTAssertEqual(values("Allied victory: summer and autumn 1918."), ["1918-SU", "1918-FA"])
        XCTAssertEqual(values("They fought between May and August 1917."), ["1917-05", "1917-08"])
        XCTAssertEqual(values("Most were evacuated during the winter-spring of 1920."), ["1920-WI", "1920-SP"])
        XCTAssertEqual(values("The boy king governed Egypt from 1354 to 1345 B.C. in the story."), ["BC1354", "BC1345"],
                       "a year joined to a year before Christ is one too")
        XCTAssertEqual(values("It ran from 1345 to 1354 in the story."), ["1345", "1354"])
    }

    /// "and into", "into": a time carried on into a later one that names its year.
    func testATimeCarriedIntoALaterOneSharesItsYear() {
        XCTAssertEqual(values("The offensive opened on 1 July 1916. Fighting went on throughout the spring and into the summer of 1917."),
                       ["1916-07-01", "1917-SP", "1917-SU"])
        XCTAssertEqual(values("Talks dragged on from March into May 1940."), ["1940-03", "1940-05"])
        XCTAssertEqual(values("Snow lay from December and into February 1918."), ["1917-12", "1918-02"])
        XCTAssertEqual(values("The offensive opened on 1 July 1916. It rained in the autumn and by the summer of 1917 the line had moved."),
                       ["1916-07-01", "1916-FA", "1917-SU"], "only a word that carries a time on joins it")
    }

    /// An era word after a century or decade is part of it (before Christ, it changes
    /// the value).
    func testCenturiesAndDecadesBeforeChrist() {
        XCTAssertEqual(pairs("Athens declined in the 4th century BC after the war."), ["the 4th century BC = BC03"])
        XCTAssertEqual(pairs("Carthage was founded in the middle of the 9th century B.C. by settlers."),
                       ["the middle of the 9th century B.C. = BC08"])
        XCTAssertEqual(pairs("The kingdom fell in the 1340s BC in the south."), ["the 1340s BC = BC134"])
        XCTAssertEqual(pairs("Rome grew in the 2nd century AD under the emperors."), ["the 2nd century AD = 01"],
                       "AD is the common era: part of the expression, the value unchanged")
        XCTAssertEqual(pairs("The 1990s ad boom ended."), ["The 1990s = 199"], "an advertisement, not the era")
        XCTAssertEqual(pairs("Churches of the 11th century stand."), ["the 11th century = 10"])
    }

    /// A day joined to a later day that names its year takes that year; one that
    /// names no month takes the later day's month too.
    func testDaysJoinedToADayWithItsYear() {
        XCTAssertEqual(values("The expo will be held from May 1 to October 31, 2010, in Shanghai."), ["2010-05-01", "2010-10-31"])
        XCTAssertEqual(values("The Battle of Old Baldy (26 June - 4 August 1952) was long."), ["1952-06-26", "1952-08-04"])
        XCTAssertEqual(values("They guarded it from December 30 to January 2, 1991 alone."), ["1990-12-30", "1991-01-02"])
        XCTAssertEqual(values("In September the talks stalled. The launch moved from the 13th to the 19th of October 1950."),
                       ["2009-09", "1950-10-13", "1950-10-19"])
    }

    /// A month, then "in" and a year: two expressions, the month in that year.
    func testAMonthInAYearIsInThatYear() {
        XCTAssertEqual(values("The forum first met in December in 1999 in Berlin."), ["1999-12", "1999"])
        XCTAssertEqual(values("The forum met in December, and in 1999 it grew."), ["2009-12", "1999"])
    }

    /// The ends of a span of months, seasons or dated days run forward: one that no
    /// tense placed follows the other ("between March and May", written in November, is
    /// next March to next May, not next March to last May); a list, a weekday and a
    /// placed pair stand.
    func testTheEndsOfASpanOfMonthsRunForward() {
        let november = CalendarDate(year: 2025, month: 11, day: 12)!
        let v = { (text: String) in self.tag(text, published: november).map(\.1) }
        XCTAssertEqual(v("between March and May"), ["2026-03", "2026-05"])
        XCTAssertEqual(v("from winter to spring"), ["2026-WI", "2026-SP"])
        XCTAssertEqual(v("from Dec. 28 to Jan. 3"), ["2025-12-28", "2026-01-03"])
        XCTAssertEqual(v("It was closed from October to February."), ["2024-10", "2025-02"])
        XCTAssertEqual(v("After a small revision Friday to December's figures"), ["2025-11-14", "2025-12"])
    }

    /// A timestamp's seconds and an ISO zone belong to its clock time (no "01:00" of
    /// its own from "+01:00"); a clock time with its full date needs no anchor and
    /// gives the day to a weekday after it; h:mm:ss alone is a race time, no time.
    func testTimestampsKeepTheirSecondsAndZone() {
        let p = { (text: String) in self.tag(text, published: nil).map { "\($0.0) = \($0.1)" } }
        XCTAssertEqual(p("Updated 2019-11-10 13:28:18 by admin."), ["2019-11-10 13:28:18 = 2019-11-10T13:28"])
        XCTAssertEqual(p("Posted 2025-11-12T10:30:00+01:00 here."), ["2025-11-12T10:30:00+01:00 = 2025-11-12T10:30"])
        XCTAssertEqual(p("Posted 2025-11-12T10:30Z here."), ["2025-11-12T10:30Z = 2025-11-12T10:30"])
        XCTAssertEqual(p("Posted May 10, 2022 01:52:54 PM here."), ["May 10, 2022 01:52:54 PM = 2022-05-10T13:52"])
        XCTAssertEqual(p("Posted December 14, 2019 8:44 pm here."), ["December 14, 2019 8:44 pm = 2019-12-14T20:44"])
        XCTAssertEqual(p("Posted 2023-11-07 15:03:30. It will be colder on Wednesday."),
                       ["2023-11-07 15:03:30 = 2023-11-07T15:03", "Wednesday = 2023-11-08"])
        XCTAssertEqual(p("He won in 2:05:30."), [])
        XCTAssertEqual(tag("Open from 10:30-11:00 daily.").map(\.0), ["10:30", "11:00", "daily"])
    }

    func testSeasonsJoinedToSeasons() {
        // (a history: no date of writing)
        let found = tag("In 1778 the war spread. The standoff continued throughout the fall and winter.", published: nil)
        XCTAssertEqual(found.map(\.0), ["1778", "the fall", "winter"])
        XCTAssertEqual(found.map(\.1), ["1778", "1778-FA", "1779-WI"],
                       "a story known to the year: its winter too, the one that starts in its December (1778-79, written 1779-WI)")
        XCTAssertEqual(tag("Prices rise and fall with the seasons.").count, 0, "a verb joined to a verb is no season")
    }

    func testMayJoinedToAMonthIsTheMonth() {
        XCTAssertEqual(values("Talks ran May and June 2008 in Doha."), ["2008-05", "2008-06"])
        XCTAssertEqual(values("You may and should go."), [])
    }

    func testEarlyInAndLateInModifyWhatFollows() {
        let s = Array("Fighting resumed early in 1914 and again late in the year.".unicodeScalars)
        let found = TemporalTagger.shared.tag(scalars: s, published: Self.saved, corpusAnchor: nil)
        XCTAssertEqual(found.map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) }, ["early in 1914", "late in the year"])
        XCTAssertEqual(found.map(\.mod), ["START", "END"])
    }

    func testMonthsOfTheYearLastNamed() {
        let text = "The war began in 1914. In August of that year it spread; by April of the following year it was stuck. "
            + "On March 3 of the previous year nothing had happened."
        XCTAssertEqual(values(text), ["1914", "1914-08", "1915-04", "1914-03-03"])
        XCTAssertEqual(tag("In August of that year it spread.", published: nil).map(\.1), ["XXXX-08"], "no year named: the month alone")
    }
}

/// Forms posts use (issue 8, item 5): without the apostrophe, abbreviated.
final class PostFormTests: XCTestCase {
    func testHolidaysAndUnitsAsPostsWriteThem() {
        let s = Array("happy new years eve! party on nye. posted an hr ago.".unicodeScalars)
        let found = TemporalTagger.shared.tag(scalars: s, published: CalendarDate(year: 2026, month: 1, day: 16)!, corpusAnchor: nil)
        XCTAssertEqual(found.map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) }, ["new years eve", "nye", "an hr ago"])
        XCTAssertEqual(found.map(\.value), ["2025-12-31", "2025-12-31", "2026-01-16"])
    }

    func testCapitalizedHomonymDaysAfterAWordThatTakesADay() {
        let s = Array("See you all next Sat! I read it in the Sun. We met on Sun.".unicodeScalars)
        let found = TemporalTagger.shared.tag(scalars: s, published: CalendarDate(year: 2012, month: 5, day: 14)!, corpusAnchor: nil)
        XCTAssertEqual(found.map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) }, ["next Sat"])
    }

    /// A first line that is a post holds its sentences: the past of one says nothing
    /// of the day in the next.
    func testAFirstLinePostIsSplitIntoSentences() throws {
        let (a, _) = Fixtures.parse("Just landed in NYC! Back on the 20th\n\nMore later.\n")
        XCTAssertEqual(a.blocks.first?.kind, .heading)
        XCTAssertEqual(a.sentences.count, 3)
    }

    func testLowercaseAbbreviationsBeforeADay() {
        func texts(_ text: String) -> [String] {
            let s = Array(text.unicodeScalars)
            return TemporalTagger.shared.tag(scalars: s, published: CalendarDate(year: 2026, month: 1, day: 16)!, corpusAnchor: nil)
                .map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) + "=" + $0.value }
        }
        XCTAssertEqual(texts("see you jan 5th!"), ["jan 5th=2026-01-05"])
        XCTAssertEqual(texts("party on dec 24 at home"), ["dec 24=2025-12-24"])
        XCTAssertEqual(texts("do not mar 3 games with that."), [], "a number before an amount is no day")
        XCTAssertEqual(texts("since jan 3 no sleep lol"), ["jan 3=2026-01-03"], "'no' after a day is no amount's noun")
        XCTAssertEqual(texts("the jan report was late."), [], "no day after it: a word")
        XCTAssertEqual(texts("The may 5 protesters left."), [])
        // without a day, after a word that takes a month, and without its period
        XCTAssertEqual(texts("been waiting since nov for this package"), ["nov=2025-11"])
        XCTAssertEqual(texts("Prices have risen since Oct, the survey found."), ["Oct=2025-10"])
        XCTAssertEqual(texts("back in jan we went skiing"), ["jan=2026-01"])
        XCTAssertEqual(texts("a painting by Jan van Eyck"), [], "a name")
        XCTAssertEqual(texts("the beach city of Mar del Plata"), [], "a name: capitalised, it needs its period")
        XCTAssertEqual(texts("the cat in Oct's garden"), [], "a possessive")
        XCTAssertEqual(texts("an oct of notes"), [], "no word that takes a month before it")
    }

}

/// What decides a day's week: the clause it stands in, and the day a clock time is on.
final class ClauseAndClockTests: XCTestCase {
    /// A Monday.
    static let saved = CalendarDate(year: 2019, month: 10, day: 14)!

    func pairs(_ text: String, published: CalendarDate = saved) -> [String] {
        let s = Array(text.unicodeScalars)
        return TemporalTagger.shared.tag(scalars: s, published: published, corpusAnchor: nil)
            .map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) + "=" + $0.value }
    }

    /// A subordinator ("after", "before", "until", "because"…) with a finite verb
    /// between it and a time opens that verb's clause: "will" beyond it says nothing of
    /// the time. As a preposition (no verb between) or before a passive "are held"
    /// (English writes the present for a time ahead there), the main verb still decides.
    func testASubordinateClauseHasItsOwnTense() {
        XCTAssertEqual(pairs("Workers will return to work on Tuesday after their union reached a deal late on Sunday."),
                       ["Tuesday=2019-10-15", "Sunday=2019-10-13"])
        XCTAssertEqual(pairs("Fans will get refunds because the club cancelled the match on Saturday."), ["Saturday=2019-10-12"])
        XCTAssertEqual(pairs("The plant will reopen after repairs on Sunday."), ["Sunday=2019-10-20"])
        XCTAssertEqual(pairs("The mission would end after elections are held before the end of June."),
                       ["the end of June=2020-06"])
    }

    /// An adjective of an event still to come ("a possible verdict Thursday", "the
    /// impending strike on Friday") puts the time after it ahead, even after a past
    /// verb; after the time it qualifies another noun and says nothing of it.
    func testAProspectiveAdjectiveLooksAhead() {
        XCTAssertEqual(pairs("The ministry advised against travel because of anxiety over a possible verdict Thursday."),
                       ["Thursday=2019-10-17"])
        XCTAssertEqual(pairs("Commuters stocked up before the impending strike on Friday."), ["Friday=2019-10-18"])
        XCTAssertEqual(pairs("The mint issued gold bars on Friday to commemorate the forthcoming holiday."), ["Friday=2019-10-11"])
    }

    /// A fixture in the present ("United host Rovers on Wednesday night") is ahead; the
    /// same word as a noun ("told his French hosts Tuesday", "the host nation") is no
    /// cue.
    func testAFixtureIsAhead() {
        XCTAssertEqual(pairs("United host Rovers on Wednesday night before travelling to Leeds."), ["Wednesday night=2019-10-16TNI"])
        XCTAssertEqual(pairs("City face Leeds on Saturday."), ["Saturday=2019-10-19"])
        XCTAssertEqual(pairs("Wen told his French hosts Tuesday that more effort was needed."), ["Tuesday=2019-10-08"])
    }

    /// An edge "of" a possessive day is the edge of the thing the day qualifies: "the
    /// start of Sunday's final" is the final's start, on Sunday; "the end of the
    /// week" keeps its edge.
    func testAnEdgeOfAPossessiveDayIsTheNouns() {
        XCTAssertEqual(pairs("Rain delayed the start of Sunday's final by an hour."), ["Sunday=2019-10-13", "an hour=PT1H"])
        XCTAssertEqual(pairs("Fans left before the end of Friday\u{2019}s match."), ["Friday=2019-10-11"])
        XCTAssertEqual(pairs("Shares fell at the end of Friday, traders said."), ["the end of Friday=2019-10-11"])
        XCTAssertEqual(pairs("The talks resume early next week."), ["early next week=2019-W43"])
    }

    /// A day between a determiner and a noun qualifies the noun ("their Thanksgiving
    /// recess"): a clock time told later is on the day the sentence's events are on.
    func testAnAttributiveDayIsNotTheDayOfEvents() {
        let wednesday = CalendarDate(year: 2026, month: 12, day: 2)!
        XCTAssertEqual(pairs("Lawmakers returned from their Thanksgiving recess on Monday.\n\nDebate began shortly after 10 a.m.",
                             published: wednesday),
                       ["Thanksgiving=2026-11-26", "Monday=2026-11-30", "10 a.m.=2026-11-30T10:00"])
        XCTAssertEqual(pairs("Lawmakers returned on Thanksgiving and met on Monday.\n\nDebate began shortly after 10 a.m.",
                             published: wednesday).last, "10 a.m.=2026-11-26T10:00", "a day that frames its clause is")
    }

    /// A clause set off by commas after "which" or "who" has its own tense.
    func testARelativeClauseBetweenCommasDoesNotSetTheMainClausesTense() {
        XCTAssertEqual(pairs("City, which lost at home to Wolves on Sunday, faces Atalanta on Tuesday night."),
                       ["Sunday=2019-10-13", "Tuesday night=2019-10-15TNI"])
        XCTAssertEqual(pairs("City, who were beaten by Wolves, play Atalanta on Tuesday."), ["Tuesday=2019-10-15"])
        // (inside the clause its own verb still counts)
        XCTAssertEqual(pairs("City, which lost on Tuesday, is top."), ["Tuesday=2019-10-08"])
        // (a list's comma closes no clause: "stepped" governs "March")
        XCTAssertEqual(pairs("He succeeds Mr. Taylor, who stepped down as chairman, president and chief executive in March."),
                       ["March=2019-03"])
        XCTAssertEqual(pairs("Ford, whose popularity sank when he pardoned Nixon, died late Tuesday aged 93."),
                       ["late Tuesday=2019-10-08"], "\"died\" is a past form the -ed test is too short for")
    }

    func testAClockTimeTakesTheDayAfterAQualifierOrAZone() {
        XCTAssertEqual(pairs("The match kicks off at 4:30 p.m. local time on Oct. 20."),
                       ["4:30 p.m.=2019-10-20T16:30", "Oct. 20=2019-10-20"])
        XCTAssertEqual(pairs("The vote is at 9 a.m. ET on Thursday."), ["9 a.m. ET=2019-10-17T09:00", "Thursday=2019-10-17"])
        XCTAssertEqual(Array(pairs("Landfall is expected at 2:00 a.m. local time Tuesday.").prefix(2)),
                       ["2:00 a.m.=2019-10-15T02:00", "Tuesday=2019-10-15"])
        XCTAssertEqual(pairs("Shares rose 3.40 pt on the day."), ["the day=2019-10-14"], "\"pt\" after a dotted number makes no clock")
    }

    /// A past "earlier in the day" is not in a day the report has still ahead.
    func testEarlierInTheDayAfterADayAheadIsTheReportsDay() {
        XCTAssertEqual(pairs("Verizon reports on Thursday morning.\n\nEarlier in the day, the index had been up."),
                       ["Thursday morning=2019-10-17TMO", "the day=2019-10-14"])
        XCTAssertEqual(pairs("The index fell on Friday.\n\nEarlier in the day, it had been up."),
                       ["Friday=2019-10-11", "the day=2019-10-11"])
    }

    /// A weekday followed by its date is that date's day, weeks away or not.
    func testAWeekdayBeforeItsDateTakesThatDate() {
        let sunday = CalendarDate(year: 2022, month: 11, day: 20)!
        XCTAssertEqual(pairs("A memorial service will be held at 11 a.m. Saturday, Dec. 3, at the church.", published: sunday),
                       ["11 a.m. Saturday=2022-12-03T11:00", "Dec. 3=2022-12-03"])
        XCTAssertEqual(pairs("The vote is Saturday, Dec. 3, in the hall.", published: sunday), ["Saturday, Dec. 3=2022-12-03"])
        let friday = CalendarDate(year: 2023, month: 9, day: 15)!
        XCTAssertEqual(pairs("Our open house is Sat 9/30 from 10-2.", published: friday), ["Sat 9/30=2023-09-30"])
        XCTAssertEqual(pairs("Open house Friday 9/29 from 10 to 2.", published: friday).first, "Friday 9/29=2023-09-29")
        XCTAssertEqual(pairs("Thursday's fatality was the 14th for the system.", published: friday), ["Thursday=2023-09-14"])
    }

    func testOvernightBeforeAKindOfLoanOrStayIsNoTime() {
        XCTAssertEqual(pairs("The bank raised its overnight interest rate; shares fell overnight."), ["overnight=2019-10-13TNI"])
    }

    /// "overnight into Saturday morning": the night that ends in that day.
    func testOvernightIntoADayIsTheNightBeforeIt() {
        let wednesday = CalendarDate(year: 2025, month: 11, day: 19)!
        XCTAssertEqual(pairs("Heavy rain is expected overnight into Saturday morning.", published: wednesday),
                       ["overnight=2025-11-21TNI", "Saturday morning=2025-11-22TMO"])
        XCTAssertEqual(pairs("Showers will clear overnight, and Saturday will be dry.", published: wednesday),
                       ["overnight=2025-11-19TNI", "Saturday=2025-11-22"])
    }

    /// "overnight" after a day named with an evening's time is that day's night ("at 11
    /// p.m. on Tuesday … evacuated overnight"); after a day named alone, the night before
    /// it ("fell on Friday on overnight losses in New York").
    func testOvernightAfterAnEveningIsThatNight() {
        let wednesday = CalendarDate(year: 2026, month: 10, day: 7)!
        XCTAssertEqual(pairs("A train derailed shortly after 11 p.m. on Tuesday.\n\nAbout 2,000 residents were evacuated overnight.", published: wednesday),
                       ["11 p.m.=2026-10-06T23:00", "Tuesday=2026-10-06", "overnight=2026-10-06TNI"])
        let monday = CalendarDate(year: 1989, month: 10, day: 30)!
        XCTAssertEqual(pairs("London shares closed lower Friday.\n\nThey were depressed initially by overnight losses in New York.", published: monday),
                       ["Friday=1989-10-27", "overnight=1989-10-26TNI"])
    }
}

/// A story's winter, and days that recur each year.
final class StoryWinterAndRecurrenceTests: XCTestCase {
    func pairs(_ text: String, published: CalendarDate? = nil) -> [String] {
        let s = Array(text.unicodeScalars)
        return TemporalTagger.shared.tag(scalars: s, published: published, corpusAnchor: nil)
            .map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) + "=" + $0.value }
    }

    /// A winter counted from the story straddles the new year: the months after it are
    /// in the year of its January, and the story does not go back to its December.
    func testAStoryWinterDoesNotSendTheStoryBackAYear() {
        XCTAssertEqual(pairs("In January 1942 the road began to carry supplies. That winter many died. "
                             + "The road ran until April, and reopened the following winter."),
                       ["January 1942=1942-01", "That winter=1942-WI", "April=1942-04", "the following winter=1943-WI"])
    }

    func testTheDayAfterOrBeforeADay() {
        let saved = CalendarDate(year: 2013, month: 7, day: 8)!
        XCTAssertEqual(pairs("Schools reopen the day after Labor Day.", published: saved), ["the day after Labor Day=2013-09-03"])
        XCTAssertEqual(pairs("Stores were busy the day before Christmas.", published: saved), ["the day before Christmas=2012-12-24"])
    }

    func testADayJoinedToAYearlyRecurrenceRecurs() {
        let saved = CalendarDate(year: 2020, month: 3, day: 1)!
        XCTAssertEqual(pairs("The city marks it every year on 27 January.", published: saved),
                       ["every year=P1Y", "27 January=XXXX-01-27"])
        XCTAssertEqual(pairs("The fair is held in May each year.", published: saved), ["May=XXXX-05", "each year=P1Y"])
        XCTAssertEqual(pairs("It is marked annually on July 4.", published: saved), ["annually=XXXX", "July 4=XXXX-07-04"])
        XCTAssertEqual(pairs("The fair was held in May, as every year.", published: saved).first, "May=2019-05",
                       "a comma between: no recurrence")
    }

    func testWeekdaysListedAfterAWeeklyRecurrenceRecur() {
        let saved = CalendarDate(year: 2026, month: 3, day: 12)!
        XCTAssertEqual(pairs("I work from home every Monday and Friday from now on.", published: saved),
                       ["every Monday=XXXX-WXX-1", "Friday=XXXX-WXX-5", "now=PRESENT_REF"])
        XCTAssertEqual(pairs("The market opens each tuesday, thursday or saturday.", published: saved),
                       ["each tuesday=XXXX-WXX-2", "thursday=XXXX-WXX-4", "saturday=XXXX-WXX-6"])
        // (not a list: another clause, or a date)
        XCTAssertEqual(pairs("It meets every Monday, but on Friday it closed.", published: saved).last, "Friday=2026-03-06")
        XCTAssertEqual(pairs("It meets every Monday and Friday, March 13, too.", published: saved).count, 2)
    }
}

/// "a year earlier" counts from the time its sentence named; "ago" from the time of
/// writing.
final class EarlierThanTheSentencesTimeTests: XCTestCase {
    func pairs(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return TemporalTagger.shared.tag(scalars: s, published: CalendarDate(year: 1998, month: 11, day: 4)!, corpusAnchor: nil)
            .map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) + "=" + $0.value }
    }

    func testAYearEarlierThanTheMonthOrDayTheSentenceNamed() {
        XCTAssertEqual(pairs("Sales in September were up 3 percent from a year earlier."), ["September=1998-09", "a year earlier=1997-09"])
        XCTAssertEqual(pairs("Prices rose in October, matching the gain of a month earlier."), ["October=1998-10", "a month earlier=1998-09"])
        XCTAssertEqual(pairs("For the six months ended Aug. 12, income fell from a year earlier."),
                       ["the six months=P6M", "Aug. 12=1998-08-12", "a year earlier=1997-08-12"])
        // (the time of a report is no such point: "said Friday")
        XCTAssertEqual(pairs("The company said Friday that profit rose from a year earlier."), ["Friday=1998-10-30", "a year earlier=1997"])
        // (the comparison names no time the text goes on from)
        XCTAssertEqual(pairs("Orders in February rose from a year earlier, after growing in the previous month."),
                       ["February=1998-02", "a year earlier=1997-02", "the previous month=1998-01"])
        XCTAssertEqual(pairs("Prices rose from a year ago."), ["a year ago=1997"])
    }
}
