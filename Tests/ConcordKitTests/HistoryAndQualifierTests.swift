import XCTest
@testable import ConcordKit

/// A short history published long after its events, clock times qualified by a
/// named zone, and a past "the day" after a day still ahead.
final class HistoryAndQualifierTests: XCTestCase {
    func pairs(_ text: String, published: CalendarDate) -> [String] {
        let s = Array(text.unicodeScalars)
        return TemporalTagger.shared.tag(scalars: s, published: published, corpusAnchor: nil)
            .map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) + "=" + $0.value }
    }

    static let history = """
        The crisis began in July 1956, when the canal was nationalised.
        Talks began in October. On 29 October, the invasion started.
        Two days later, bombing began. The canal reopened in April 1957.
        """

    /// A text that names only old years and never the time of writing is a history,
    /// even when it names fewer than four years: its bare months follow the story.
    func testAShortHistoryWithAPublicationDateFollowsItsStory() {
        XCTAssertEqual(pairs(Self.history, published: CalendarDate(year: 2012, month: 3, day: 5)!),
                       ["July 1956=1956-07", "October=1956-10", "29 October=1956-10-29", "Two days later=1956-10-31",
                        "April 1957=1957-04"])
        // (news that comes back to the time of writing keeps its months on it)
        XCTAssertEqual(pairs("The firm was founded in 1980 and listed in 1995. In September, it announced plans to expand, it said on Monday.",
                             published: CalendarDate(year: 1989, month: 10, day: 30)!),
                       ["1980=1980", "1995=1995", "September=1989-09", "Monday=1989-10-30"])
        // (one old year is background, not a story)
        XCTAssertEqual(pairs("The plant opened in 1956. In October, it closed.", published: CalendarDate(year: 2012, month: 3, day: 5)!),
                       ["1956=1956", "October=2011-10"])
    }

    /// A text that opens with an old day written in full and never counts from the
    /// time of writing (a closing "Today" is "nowadays") is a story too, with one old
    /// year: its bare months and days follow it, across the turn of the year.
    func testAHistoryThatOpensWithAnOldDayFollowsItsStory() {
        let text = """
            The siege of the city began on 3 September 1854. By mid-October the first bombardment had started.

            An attack on the port on 25 October was beaten back. Supplies did not reach the camps until late January.

            In June the allies attacked again. Three months later, on 8 September, the fortress fell. Today the battlefield is a park.
            """
        XCTAssertEqual(pairs(text, published: CalendarDate(year: 2019, month: 5, day: 2)!),
                       ["3 September 1854=1854-09-03", "mid-October=1854-10", "25 October=1854-10-25", "late January=1855-01",
                        "June=1855-06", "Three months later=1855-09", "8 September=1855-09-08", "Today=PRESENT_REF"])
        // (news that opens on an old day but reports from the time of writing stays news)
        XCTAssertEqual(pairs("The siege began on 3 September 1854. In October a new display will open, the museum said on Monday.",
                             published: CalendarDate(year: 2019, month: 5, day: 2)!),
                       ["3 September 1854=1854-09-03", "October=2019-10", "Monday=2019-04-29"])
        // (a history that opens with a span whose first day takes its year from the
        // second is such a history too)
        let siege = "The siege was fought from 14 March to 2 August 1711. The first assault, on the night of 20 March, failed.\n\n"
            + "By mid-April the defenders were short of food. On 3 May a relief column left, but it was ambushed four days later."
        XCTAssertEqual(pairs(siege, published: CalendarDate(year: 2024, month: 5, day: 10)!),
                       ["14 March=1711-03-14", "2 August 1711=1711-08-02", "the night of 20 March=1711-03-20TNI",
                        "mid-April=1711-04", "3 May=1711-05-03", "four days later=1711-05-07"])
        // (news whose first date is yearless stays news: "on March 3 … founded on 2 August 1990")
        XCTAssertEqual(pairs("The firm will meet on March 3. It was founded on 2 August 1990. Results will come out on April 20.",
                             published: CalendarDate(year: 2024, month: 1, day: 10)!),
                       ["March 3=2024-03-03", "2 August 1990=1990-08-02", "April 20=2024-04-20"])
    }

    /// A year named inside a sentence of a story moves no story, but the dates without a
    /// year after it in that sentence are in it. (A year counted from another time, "by
    /// next summer" in a quotation, is not such a year: WikiWars development's Iraq war
    /// article has one, which `scripts/diff-timex.sh` watches.)
    func testAYearNamedInASentenceIsTheYearOfItsLaterDates() {
        let published = CalendarDate(year: 2024, month: 6, day: 1)!
        XCTAssertEqual(pairs("In 1831 he won. Building began in 1836. The last section was finished in 1841, and on 30 June the first train ran.",
                             published: published),
                       ["1831=1831", "1836=1836", "1841=1841", "30 June=1841-06-30"])
        XCTAssertEqual(pairs("He was born in 1806. He was sent to school in 1816 and in the spring he fell ill.", published: published),
                       ["1806=1806", "1816=1816", "the spring=1816-SP"])
    }

    /// A day whose month the text writes names that month for "later that month" and
    /// "three months later", though its year came from the date of writing; a weekday
    /// names none. "June 21 last year" is one date, in the year before.
    func testADayWithItsMonthWrittenIsTheMonthLaterOnesCountFrom() {
        let may = CalendarDate(year: 2025, month: 5, day: 20)!
        XCTAssertEqual(pairs("Unbeaten in February, they won. Training begins on July 7, with a tour later that month.", published: may),
                       ["February=2025-02", "July 7=2025-07-07", "later that month=2025-07"])
        let november = CalendarDate(year: 2006, month: 11, day: 22)!
        XCTAssertEqual(pairs("A member of the public complained on June 21 last year. Three months later, police in three provinces acted.",
                             published: november),
                       ["June 21 last year=2005-06-21", "Three months later=2005-09"])
        XCTAssertEqual(pairs("In March the plan was drafted. It was signed on Monday, and later that month it took effect.", published: may),
                       ["March=2025-03", "Monday=2025-05-19", "later that month=2025-03"])
    }

    /// A day and month before a year of an era is one date ("10 January 49 BC"), and
    /// the story goes on from it.
    func testADayOfAYearBeforeChristIsOneDate() {
        let published = CalendarDate(year: 2024, month: 6, day: 1)!
        XCTAssertEqual(pairs("Crassus died in 53 BC. On 10 January 49 BC Caesar crossed the Rubicon. Four years later he was dead.",
                             published: published),
                       ["53 BC=BC0053", "10 January 49 BC=BC0049-01-10", "Four years later=BC0045"])
    }

    /// "Pacific time", "New York time": a named zone between a clock time and its day.
    func testANamedZoneStandsBetweenAClockTimeAndItsDay() {
        let tuesday = CalendarDate(year: 2019, month: 9, day: 10)!
        XCTAssertEqual(pairs("Pre-orders begin at 5 a.m. Pacific time on Friday.", published: tuesday),
                       ["5 a.m.=2019-09-13T05:00", "Friday=2019-09-13"])
        XCTAssertEqual(pairs("Trading will resume at 9:30 a.m. New York Time Thursday.", published: tuesday),
                       ["9:30 a.m.=2019-09-12T09:30", "Thursday=2019-09-12"])
        // (a lower-case word is no name: the time keeps the day of writing)
        XCTAssertEqual(pairs("Doors open at 5 a.m. sharp time on Friday.", published: tuesday).first, "5 a.m.=2019-09-10T05:00")
    }

    /// A past "the day" is not a day still ahead of the report; a reported quote's
    /// day may be.
    func testAPastTheDayIsNotADayAhead() {
        let tuesday = CalendarDate(year: 2019, month: 9, day: 10)!
        XCTAssertEqual(pairs("The watch goes on sale on Sept. 19.\n\nShares closed up 1.2% for the day.", published: tuesday),
                       ["Sept. 19=2019-09-19", "the day=2019-09-10"])
        XCTAssertEqual(pairs("The final is on Saturday.\n\n\"We can do something on the day,\" said Souness.", published: tuesday),
                       ["Saturday=2019-09-14", "the day=2019-09-14"])
    }

    /// A present "be" before a day or month schedules it: ahead of the time of writing.
    func testAPresentBeBeforeADaySchedulesIt() {
        let tuesday = CalendarDate(year: 2019, month: 9, day: 10)!
        XCTAssertEqual(pairs("The final is on Saturday.", published: tuesday), ["Saturday=2019-09-14"])
        XCTAssertEqual(pairs("The deadline is Friday.", published: tuesday), ["Friday=2019-09-13"])
        XCTAssertEqual(pairs("the party is on saturday", published: tuesday), ["saturday=2019-09-14"])
        // (the past takes "was"; a nearer past verb still decides)
        XCTAssertEqual(pairs("The final was on Saturday.", published: tuesday), ["Saturday=2019-09-07"])
        XCTAssertEqual(pairs("The team is on a high after it won on Saturday.", published: tuesday), ["Saturday=2019-09-07"])
    }

    /// A span's start after a clause takes that clause's tense; a past form after a
    /// preposition is an adjective.
    func testASpanStartTakesTheTenseOfTheClauseBeforeIt() {
        let sunday = CalendarDate(year: 2023, month: 9, day: 10)!
        XCTAssertEqual(pairs("The government declared three days of mourning, starting Saturday.", published: sunday),
                       ["three days=P3D", "Saturday=2023-09-09"])
        XCTAssertEqual(pairs("The government will cut prices starting Saturday.", published: sunday), ["Saturday=2023-09-16"])
        XCTAssertEqual(pairs("Talks were adjourned to allow for a meeting beginning Thursday.", published: CalendarDate(year: 1997, month: 4, day: 9)!),
                       ["Thursday=1997-04-10"])
        // ("exhausted" and "terrorised" describe the refugees: no past tense for the start)
        XCTAssertEqual(pairs("They must fly home thousands of exhausted and terrorised refugees within a deadline starting Thursday.",
                             published: CalendarDate(year: 1997, month: 4, day: 29)!).last, "Thursday=1997-05-01")
    }

    /// Posts: holidays without the apostrophe, an adjective after a degree adverb, a
    /// count of units ahead after a present "be".
    func testPostsHolidaysAdjectivesAndCountsAhead() {
        let wednesday = CalendarDate(year: 2014, month: 3, day: 12)!
        XCTAssertEqual(pairs("happy st patricks day everyone", published: wednesday), ["st patricks day=2014-03-17"])
        XCTAssertEqual(pairs("valentines day was a disaster", published: wednesday), ["valentines day=2014-02-14"])
        XCTAssertEqual(pairs("flight to NYC on the 20th, so excited", published: wednesday), ["the 20th=2014-03-20"],
                       "\"so excited\" is an adjective, no past")
        XCTAssertEqual(pairs("my bday is in 2 weeks", published: wednesday), ["2 weeks=2014-03-26"])
        XCTAssertEqual(pairs("it took 2 weeks", published: wednesday), ["2 weeks=P2W"])
    }
}
