@testable import ConcordKit
import XCTest

/// Reference time that follows the story: the tagger decides per article whether
/// relative expressions count from the publication date (news) or from the time a
/// narrative has reached.
final class NarrativeAnchoringTests: XCTestCase {
    static let saved = CalendarDate(year: 2009, month: 12, day: 19)!
    static let newsDate = CalendarDate(year: 2026, month: 1, day: 16)!

    func tag(_ text: String, published: CalendarDate?, corpusAnchor: CalendarDate? = nil) -> [Timex] {
        let (article, _) = ArticleParser().parse(fileScalars: Array(text.unicodeScalars), id: "t", path: "t.txt")
        return TemporalTagger.shared.tag(scalars: article.scalars, published: published, corpusAnchor: corpusAnchor,
                                         sentences: article.sentences.map(\.span))
    }

    func value(_ found: [Timex], _ text: String, _ phrase: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        return found.first { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) == phrase }?.value
    }

    /// A day before the story's time told in the past perfect is a look back (a
    /// flashback): the story stays where it was, and a month named next follows it.
    /// Told in the simple past, the same day moves the story back.
    func testThePastPerfectLooksBackWithoutMovingTheStory() {
        let written = CalendarDate(year: 2009, month: 12, day: 19)
        let flashback = "In 1940 the army was in France. In May 1942, the army marched east. The city had fallen in August 1941 after a siege. In June the army reached the river."
        XCTAssertEqual(value(tag(flashback, published: written), flashback, "June"), "1942-06")
        let moved = "In 1940 the army was in France. In May 1942, the army marched east. The city fell in August 1941 after a siege. In June the army reached the river."
        XCTAssertEqual(value(tag(moved, published: written), moved, "June"), "1941-06")
    }

    /// A relative date restated at once by a calendar date after a comma, in brackets
    /// or after "in"/"on" takes that date, at its own precision; a date that goes on as
    /// the next clause's subject restates nothing.
    func testARelativeDateRestatedByACalendarDateIsThatDate() {
        let story = "The war began in September 1939. That summer the Battle of Britain was fought. Two years later, in June 1941, Germany attacked."
        XCTAssertEqual(value(tag(story, published: nil), story, "Two years later"), "1941")
        let bracket = "The war began in 220 BC. Hannibal struck a mere two years later (218 BC) in Italy."
        XCTAssertEqual(value(tag(bracket, published: nil), bracket, "two years later"), "BC0218")
        // (the count from the last date would give 7 October: the date written out wins)
        let day = "The army landed on 1 October 1950. Six days later, on 9 October 1950, it crossed."
        XCTAssertEqual(value(tag(day, published: nil), day, "Six days later"), "1950-10-09")
        let subject = "According to figures released this year, 2004 saw a rise."
        XCTAssertEqual(value(tag(subject, published: CalendarDate(year: 2005, month: 11, day: 18)), subject, "this year"), "2005")
        let listed = "Sales rose last year and 2004."
        XCTAssertEqual(value(tag(listed, published: CalendarDate(year: 2005, month: 11, day: 18)), listed, "last year"), "2004")
    }

    /// A year in apposition to an expression that opens its sentence ("Decades later,
    /// in 1671, …") opens the sentence too: it moves the story, and a month named next
    /// is in that year. Inside a clause it stays a passing year.
    func testAYearApposedToAFrontedExpressionMovesTheStory() {
        let apposed = "The war ended in 1648. Decades later, in 1671, the walls were rebuilt. By mid-March the river had frozen."
        XCTAssertEqual(value(tag(apposed, published: nil), apposed, "mid-March"), "1671-03")
        let alone = "The war ended in 1648. In 1671, the walls were rebuilt. By mid-March the river had frozen."
        XCTAssertEqual(value(tag(alone, published: nil), alone, "mid-March"), "1671-03")
    }

    /// A winter counted forward from the story begins in the December after it: after a
    /// month the story moves on to that December ("In August 1944 … The following winter
    /// … In March" is March 1945); after a bare year it is that year's winter ("In 1943 …
    /// The next winter" is the winter of 1943-44, written with the year of its January).
    /// "That winter" leaves the story where it was.
    func testAWinterCountedForwardMovesTheStoryToItsDecember() {
        let month = "In 1940 she joined a shop. By 1943 it printed leaflets. In August 1944, she returned to Paris. "
            + "The following winter was hard. In March she married a teacher."
        let tagged = tag(month, published: nil)
        XCTAssertEqual(value(tagged, month, "The following winter"), "1945-WI")
        XCTAssertEqual(value(tagged, month, "March"), "1945-03")
        let year = "In 1940 the war began. In 1943 the city fell. The next winter was cold. In February the army returned."
        let yearTagged = tag(year, published: nil)
        XCTAssertEqual(value(yearTagged, year, "The next winter"), "1944-WI")
        XCTAssertEqual(value(yearTagged, year, "February"), "1944-02")
        let that = "In 1940 the war began. In 1941 the city fell. In January 1942 the army attacked. That winter was cold, and the siege lasted until April."
        XCTAssertEqual(value(tag(that, published: nil), that, "April"), "1942-04")
    }

    /// In news, "a week earlier" with no day in its sentence counts from the day its
    /// paragraph named ("beat City on Sunday. … who lost at home a week earlier"), as
    /// "a week later" does; with none, from the time of writing.
    func testAWeekEarlierCountsFromTheParagraphsDay() {
        let monday = CalendarDate(year: 2019, month: 10, day: 14)
        let text = "United beat City 2-1 on Sunday. United, who lost 4-0 at home a week earlier, top the table."
        XCTAssertEqual(value(tag(text, published: monday), text, "a week earlier"), "2019-10-06")
    }

    /// A main clause in the past that dates itself with "in" and a later year moves the
    /// story, whatever its subject ("Production resumed in late 1946"); a relative
    /// clause after a comma does not ("a plant, which closed in 1983"). A look back from
    /// the time of writing later than the story ("last year") brings the paragraph to
    /// the present: a month after it is this year's.
    func testAMainClauseYearMovesTheStoryAndLastYearEndsIt() {
        let written = CalendarDate(year: 2025, month: 9, day: 1)
        let founded = "The company was founded in 1919 by two brothers. By 1927 it employed 400 workers. "
        let depression = "In 1931 sales fell by half, and the following spring the brothers sold a stake to a bank. "
        let history = founded + depression + "Production resumed in late 1946. Output doubled in March. "
            + "In 1955 the firm opened a plant in Naples, which closed in 1983. Its rival went bankrupt in June."
        let found = tag(history, published: written)
        XCTAssertEqual(value(found, history, "March"), "1946-03")
        XCTAssertEqual(value(found, history, "June"), "1955-06")
        let recent = founded + depression
            + "Production resumed in late 1946. In 1955 the firm opened a plant in Naples, which closed in 1983. "
            + "It was acquired by a German group in 2021, and last year it reported record profits. "
            + "Its new chief executive took office in January."
        let now = tag(recent, published: written)
        XCTAssertEqual(value(now, recent, "last year"), "2024")
        XCTAssertEqual(value(now, recent, "January"), "2025-01")
        let acquired = founded + "It was acquired by a German group in 2021. Its new chief executive took office in January."
        XCTAssertEqual(value(tag(acquired, published: written), acquired, "January"), "2021-01")
    }

    /// A perfect-participle clause that opens a sentence ("Having secured New York in
    /// 1776, …") tells what came before the main clause: its year does not set the
    /// story's time, and the main clause's year does. Without it, the first year framed
    /// the paragraph and "late August" was 1776's.
    func testAPerfectParticipleClauseDoesNotSetTheStory() {
        let written = CalendarDate(year: 2009, month: 12, day: 19)
        let history = """
        The war began in 1775. The French joined in 1778.

        Having secured the city in 1776, the general turned south in 1777. He moved slowly, landing troops in late August.
        """
        XCTAssertEqual(value(tag(history, published: written), history, "late August"), "1777-08")
        let plain = """
        The war began in 1775. The French joined in 1778.

        The general secured the city in 1776, and turned south in 1777. He moved slowly, landing troops in late August.
        """
        XCTAssertEqual(value(tag(plain, published: written), plain, "late August"), "1776-08")
    }

    /// A short history that opens with a part of an old day written in full ("On the
    /// morning of June 6, 1944") and goes on through days and months without their
    /// year is a story, as one that opens with the day itself is: its later dates
    /// follow it, not the date of writing.
    func testAStoryThatOpensWithAPartOfAnOldDay() {
        let written = CalendarDate(year: 2026, month: 1, day: 16)
        let text = "On the morning of June 6, 1944, Allied troops landed in Normandy. On 27 June Cherbourg fell. By late August Paris was free. In mid-December the Germans struck in the Ardennes."
        let found = tag(text, published: written)
        XCTAssertEqual(value(found, text, "27 June"), "1944-06-27")
        XCTAssertEqual(value(found, text, "late August"), "1944-08")
        XCTAssertEqual(value(found, text, "mid-December"), "1944-12")
    }

    /// A history written in 2009 that moves from 1939 to 1942.
    static let war = """
    Tension had grown since 1938. On September 1, 1939, Germany attacked Poland. By early October, Poland was divided. The Soviet Union invaded Finland in November 1939.

    On June 10, 1940, Italy declared war. Twelve days later, France signed an armistice. In September, the bombing of London began. In February, German troops arrived in Libya.

    In December 1941, Japan attacked the fleet at anchor. In January, its forces took Manila. A few months later the tide turned. Historians today still debate it.
    """

    /// A life told in the past: "the year" and "the decade" are the ones last named
    /// in the paragraph, and a main clause with a pronoun subject moves the story.
    func testTheYearAndTheDecadeTalkedOfInThePast() {
        let life = """
        She was born in 1931. In the early 1960s she moved into teaching. By the end of the decade she was head of department.

        In 1971 she was appointed professor. She retired in 1996. On 3 November she moved to the coast.
        """
        let found = tag(life, published: Self.newsDate)
        XCTAssertEqual(value(found, life, "the end of the decade"), "196", "the decade last named, not the time of writing's")
        XCTAssertEqual(value(found, life, "3 November"), "1996-11-03", "after 'She retired in 1996' the story is in 1996")
        let married = "In 1957 she married. Later in the year she left for Lagos."
        XCTAssertEqual(value(tag(married, published: Self.newsDate), married, "Later in the year"), "1957")
        let apposition = "The witness was arrested in 1981, the year before the massacre."
        XCTAssertEqual(value(tag(apposition, published: Self.newsDate), apposition, "the year"), "1981")
        // Talk of the future, or a year counted from the time of writing, keeps the year of writing.
        let ahead = "Sales rose in 2024. By the end of the year they will double."
        XCTAssertEqual(value(tag(ahead, published: Self.newsDate), ahead, "the end of the year"), "2026")
        // A year inside a noun's clause is no step of the story.
        let planned = "In 1971 she was appointed professor. A campaign planned in 1976 failed. On 3 November she moved."
        XCTAssertEqual(value(tag(planned, published: Self.newsDate), planned, "3 November"), "1971-11-03")
        // "late in the decade", "later that decade", "the next decade" told in the past:
        // the decade of the year last named, or the one after it.
        let mills = "The mills closed in 1931. Recovery came only with rearmament late in the decade."
        XCTAssertEqual(value(tag(mills, published: Self.newsDate), mills, "late in the decade"), "193")
        let arrived = "He arrived in 1905. Later that decade he married."
        XCTAssertEqual(value(tag(arrived, published: Self.newsDate), arrived, "Later that decade"), "190")
        let founded = "The firm was founded in 1952. Early in the next decade it moved to Ohio."
        XCTAssertEqual(value(tag(founded, published: Self.newsDate), founded, "Early in the next decade"), "196")
        // A year counted from the time of writing names the year talked of, as a year
        // written out does.
        let report = CalendarDate(year: 1997, month: 11, day: 5)!
        let fiscal = "For fiscal 1998, analysts expect gains. So far this year the stock has gained 30 percent, and since the beginning of the year volume has doubled."
        XCTAssertEqual(value(tag(fiscal, published: report), fiscal, "the beginning of the year"), "1997")
        let murders = "He was re-elected in 1995. The state saw 5,193 murders last year, up by 157 over the previous year."
        XCTAssertEqual(value(tag(murders, published: report), murders, "the previous year"), "1995")
        let plans = "The firm was founded in 1952. It will expand in the next decade."
        XCTAssertEqual(value(tag(plans, published: Self.newsDate), plans, "the next decade"), "203", "talk of the future")
    }

    /// An undated history's paragraph in the present counts from the corpus's time of
    /// writing, not from the last day the history named.
    func testAnUndatedHistorysPresentParagraphCountsFromTheTimeOfWriting() {
        let text = """
        The line was proposed in 1846 and opened in 1854. In the 1860s it prospered. It was taken over in 1897.

        Passenger services ended in 1951, and the last coal train ran on 14 March 1964. Later in the year the track was lifted.

        Today the trackbed is a footpath. The old station opens to visitors from Easter until October.
        """
        let (article, _) = ArticleParser().parse(fileScalars: Array(text.unicodeScalars), id: "t", path: "t.txt")
        let found = TemporalTagger.shared.tag(scalars: article.scalars, published: nil, corpusAnchor: CalendarDate(year: 2025, month: 5, day: 1),
                                              sentences: article.sentences.map(\.span))
        XCTAssertEqual(value(found, text, "Later in the year"), "1964")
        XCTAssertEqual(value(found, text, "October"), "2025-10", "the present paragraph's October is the time of writing's, not 1964's")
    }

    func testStoryMovesFrom1939To1942() {
        let found = tag(Self.war, published: Self.saved)
        XCTAssertEqual(value(found, Self.war, "early October"), "1939-10")
        XCTAssertEqual(value(found, Self.war, "Twelve days later"), "1940-06-22")
        XCTAssertEqual(value(found, Self.war, "September"), "1940-09")
        XCTAssertEqual(value(found, Self.war, "February"), "1941-02", "the story moves forward: February after September 1940")
        XCTAssertEqual(value(found, Self.war, "January"), "1942-01", "January after December 1941")
        XCTAssertEqual(value(found, Self.war, "A few months later"), "FUTURE_REF")
        // "today" in a story of another time is the writer's present ("nowadays"),
        // whatever the story has reached: PRESENT_REF, not the day the page was saved.
        XCTAssertEqual(value(found, Self.war, "today"), "PRESENT_REF")
        let october = found.first { $0.value == "1939-10" }
        XCTAssertEqual(october?.anchor?.kind, "narrative")
        XCTAssertEqual(october?.anchor?.date, CalendarDate(year: 1939, month: 9, day: 1))
    }

    /// A day of a month without its year moves forward as a month alone does: up to
    /// six months ahead of the story's day is the story moving on, though the same
    /// day the year before may be a little nearer.
    func testADayOfAMonthMovesForwardAsItsMonthDoes() {
        let text = "In early 1855, Sardinia joined the alliance. The tsar died on 2 March 1855. On 8 September the French stormed the fort. On 28 February the talks began."
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "8 September"), "1855-09-08", "189 days ahead, not 175 back")
        XCTAssertEqual(value(found, text, "28 February"), "1856-02-28", "after September, February is the next one")
    }

    /// The end of a span told in a clause about a noun ("an assault that lasted until
    /// … February 1945") looks ahead, and the story stays where it was; the same end in
    /// the main clause ("He stayed … until March 1921") is where the story goes.
    func testASpanEndInARelativeClauseLooksAhead() {
        let text = """
        The war in the east, begun in 1941, went on through 1943 and into 1944. On October 20, 1944, the capital was freed. A few days later, the army began an assault that lasted until the fall of the city in February 1945.

        By the start of July, the northern front had held. In mid-June, the port was taken.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "February 1945"), "1945-02")
        XCTAssertEqual(value(found, text, "the start of July"), "1944-07", "the story stayed in 1944")
        let main = """
        The painter, born in 1890, left Vienna in 1919 and settled in Paris. On May 2, 1920, he opened a studio. He stayed in Paris until March 1921.

        In June, he moved to Berlin, and in December he married.
        """
        let moved = tag(main, published: Self.saved)
        XCTAssertEqual(value(moved, main, "June"), "1921-06", "the main clause's end moves the story")
        let comma = """
        The painter, born in 1890, left Vienna in 1919 and settled in Paris. On May 2, 1920, he opened a studio, which he ran, with help, until March 1921.

        In June, he moved to Berlin.
        """
        XCTAssertEqual(value(tag(comma, published: Self.saved), comma, "June"), "1921-06", "a clause break between: not read as one clause")
    }

    /// A baseline of a comparison ("as opposed to a peak in January 2007") is looked
    /// back to; the story stays in the year the paragraph is about.
    func testAComparisonBaselineDoesNotMoveTheStory() {
        let text = """
        The war began in 2003, after the crisis of 2002, and the surge came in 2006. In 2008, attacks fell sharply. Deaths were under 100 a month, as opposed to a peak of 300 in January 2007.

        In May, the army launched an offensive in the north.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "May"), "2008-05", "the baseline (January 2007) does not move the story")
        let plain = """
        The war began in 2003, after the crisis of 2002, and the surge came in 2006. In 2008, attacks fell sharply. Deaths were under 100 a month, and a peak of 300 came in January 2007.

        In May, the army launched an offensive in the north.
        """
        XCTAssertEqual(value(tag(plain, published: Self.saved), plain, "May"), "2007-05", "without a comparison the story follows")
    }

    /// A year that ends a sentence's fronted adverbial ("For the first ten months of
    /// 1915, …") frames the sentence, as a year at its very start does; a year inside
    /// the sentence's own clause does not move a story that has its year.
    func testAYearEndingAFrontedPhraseMovesTheStory() {
        let text = """
        The war began in 1914, after the crises of 1908 and 1913, and the first battles were fought in August 1914. A counter attack drove the army out by the end of 1914. For the first ten months of 1915, the empire fought on its southern front. The attack began in October, and the capital fell.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "October"), "1915-10")
        let inside = """
        The war began in 1914, after the crises of 1908 and 1913, and the first battles were fought in August 1914. A counter attack drove the army out by the end of 1914. The empire, which had fought in the south for the first ten months of 1915, rested. The attack began in October, and the capital fell.
        """
        XCTAssertEqual(value(tag(inside, published: Self.saved), inside, "October"), "1914-10", "inside the clause: the story stays")
    }

    /// A time that names its day moves the story as that day would: "the morning of
    /// April 19" after "the night of April 18, 1775" is the next morning, not one in
    /// the year the story had reached before.
    func testATimeWithItsDayMovesTheStory() {
        let text = """
        Unrest grew from 1765 to 1774, and in 1773 the tea was thrown into the harbour. By 1774 the colony was in revolt.

        On the night of April 18, 1775, troops marched out of the town. They entered the village on the morning of April 19, and war followed until 1783.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "the night of April 18, 1775"), "1775-04-18TNI")
        XCTAssertEqual(value(found, text, "the morning of April 19"), "1775-04-19TMO")
    }

    /// A part of a day the story reached ("the morning of the 12th", from the month in
    /// context) moves the story to that day, so that "late afternoon" is the same day's.
    func testAPartOfADayTheStoryReachedMovesIt() {
        let text = """
        The siege began in the autumn of 1683. By mid-September the defenders were starving. On the morning of the 12th, the relief army attacked. The battle lasted until late afternoon.
        """
        let found = tag(text, published: nil)  // (no date of writing: a narrative)
        XCTAssertEqual(value(found, text, "the morning of the 12th"), "1683-09-12TMO")
        XCTAssertEqual(value(found, text, "late afternoon"), "1683-09-12TAF")
    }

    /// In a story, a clause in the past perfect counts back from the story's time (its
    /// reference point), so its "the past year" is the year before the story's; in the
    /// simple past, "last year" still points back from the time of writing.
    func testPastPerfectCountsBackFromTheStory() {
        let text = """
        The border had been tense since 1945, and in 1948 two states were proclaimed. Talks failed in 1949, as they had in 1947 and 1946.

        On 25 June 1950 the northern army crossed the border. In the past decade, both armies had clashed there. Veterans met again last year.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "the past decade"), "194", "the decade before the story's 1950")
        XCTAssertEqual(value(found, text, "last year"), "2008", "simple past: from the time of writing")
    }

    func testNarrativeDecision() {
        func values(_ years: [Int], speech: Int) -> [(TimexType, FilledTemplate?)] {
            (years.map { String($0) } + Array(repeating: "WD:5", count: speech)).map {
                (TimexType.date, FilledTemplate($0, lexicon: .english))
            }
        }
        let saved = Self.saved
        XCTAssertTrue(TemporalTagger.isNarrative([], published: nil), "no date of writing: a story")
        XCTAssertTrue(TemporalTagger.isNarrative(values([1939, 1940, 1941, 1942], speech: 0), published: saved))
        XCTAssertFalse(TemporalTagger.isNarrative(values([1939, 1940, 1941], speech: 1), published: saved),
                       "three years are background, not yet a story, in a text that names the time of writing")
        XCTAssertFalse(TemporalTagger.isNarrative(values([1939, 1940, 1941, saved.year], speech: 0), published: saved),
                       "nor in one that names the year of writing")
        XCTAssertTrue(TemporalTagger.isNarrative(values([1939, 1941], speech: 0), published: saved),
                      "two old years and nothing of the time of writing: a history")
        XCTAssertFalse(TemporalTagger.isNarrative(values([1939, 1939], speech: 0), published: saved),
                       "one old year is background")
        XCTAssertFalse(TemporalTagger.isNarrative(values([1939, 1940, 1941, 1942], speech: 3), published: saved),
                       "a report that keeps saying 'Friday' is news")
        // "the next year" follows a story (it is no mark of news); "next year" is one.
        let story = values([1939, 1940, 1941, 1942], speech: 0)
        let theNext = Array(repeating: (TimexType.date, FilledTemplate("REL:Y:+1:the", lexicon: .english)), count: 3)
        let next = Array(repeating: (TimexType.date, FilledTemplate("REL:Y:+1", lexicon: .english)), count: 3)
        XCTAssertTrue(TemporalTagger.isNarrative(story + theNext, published: saved))
        XCTAssertFalse(TemporalTagger.isNarrative(story + next, published: saved))
        XCTAssertFalse(TemporalTagger.isNarrative(values([2012, 2013, 2014, 2015], speech: 0), published: saved),
                       "forecasts are news")
        // A time that writes its date names its year as a date does.
        let nightOf1942 = (TimexType.time, FilledTemplate("1942-05-14TNI", lexicon: .english))
        XCTAssertTrue(TemporalTagger.isNarrative(values([1939, 1940, 1941], speech: 0) + [nightOf1942], published: saved))
    }

    /// Direct speech in a story has its own present: its "next year" and "today"
    /// count from the story's time; outside the quotation they do not.
    func testQuotedSpeechInAStoryCountsFromTheStory() {
        let text = Self.war + "\n\nIn May 1961 the president said, \u{201C}We will decide next year.\u{201D} Historians argue about it today."
        // (no date of writing: read as a story)
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "next year"), "1962")
        XCTAssertEqual(value(found, text, "today"), "PRESENT_REF")
        let news = "The minister said, \"We will decide next year.\""
        XCTAssertEqual(value(tag(news, published: Self.newsDate), news, "next year"), "2027", "news: from the date of writing")
    }

    func testTodayInNewsIsTheDayOfWriting() {
        let text = "Leaders meet today in Rome, officials said on Friday."
        XCTAssertEqual(value(tag(text, published: Self.newsDate), text, "today"), "2026-01-16")
    }

    func testNewsWithAnOldYearStaysNews() {
        let text = "The company, founded in 1950, said on Friday it would close its plant in March. Last year it lost money."
        let found = tag(text, published: Self.newsDate)
        XCTAssertEqual(value(found, text, "Friday"), "2026-01-16")
        XCTAssertEqual(value(found, text, "March"), "2026-03")
        XCTAssertEqual(value(found, text, "Last year"), "2025")
        XCTAssertEqual(found.first { $0.value == "2026-03" }?.anchor?.kind, "published")
    }

    func testNewsThatTalksOfForecastsStaysNews() {
        // Years after the publication date are forecasts, not a story of another time.
        let text = "Output will rise in 2028, 2029 and 2030, the ministry said on Friday. Exports fell in March."
        let found = tag(text, published: Self.newsDate)
        XCTAssertEqual(value(found, text, "Friday"), "2026-01-16")
        XCTAssertEqual(value(found, text, "March"), "2025-03")
    }

    /// A leap the story does not follow is an aside: a flash-forward or a recollection
    /// leaves the story where it was; a leap that the next years named follow moves it.
    func testAnAsideDoesNotMoveTheStoryButALeapItFollowsDoes() {
        let history = """
        The invasion began on March 20, 2003. Troops reached the capital on April 9, 2003.

        In November 2008, protesters staged a similar scene in another city.

        The capital was secured on April 15. A council was appointed in July 2003.

        A report declassified in 2010 revealed that the order of 4 May had been changed. In 1996, an earlier plan had been drawn up on 2 June. In August, the council met again in 2003.
        """
        // (no date of writing: read as a story)
        let found = tag(history, published: nil)
        XCTAssertEqual(value(found, history, "April 15"), "2003-04-15", "the flash-forward to 2008 is an aside")
        XCTAssertEqual(value(found, history, "4 May"), "2003-05-04", "a year inside a phrase frames only that phrase")
        XCTAssertEqual(value(found, history, "2 June"), "1996-06-02", "a fronted year frames the rest of its sentence")
        XCTAssertEqual(value(found, history, "August"), "2003-08", "and no further")

        // "The following year" counts from the story, not from a year recalled in passing,
        // and an aside is still the year its own sentence refers back to.
        let campaign = """
        The first campaign, in 1492, subdued the coast, which had been part of the empire since 1473. The fleet was wrecked.
        The following year, envoys were sent to every city. A new campaign was ordered for the following year.

        The war resumed in 1496. The capital fell in 1499; the islands were taken that same spring.
        """
        let told = tag(campaign, published: nil)
        XCTAssertEqual(value(told, campaign, "The following year"), "1493")
        XCTAssertEqual(value(told, campaign, "the following year"), "1494", "the story moved to 1493")
        XCTAssertEqual(value(told, campaign, "that same spring"), "1499-SP")
        // "the next year" follows the story; "next year" counts from the writing.
        let king = "The assembly met in May 1776. The next year, the king fled. Next year a museum opens there."
        XCTAssertEqual(value(tag(king, published: nil), king, "The next year"), "1777")
        let news = "Growth will slow in the next year, the bank said on Friday. It grew in 2024."
        XCTAssertEqual(value(tag(news, published: Self.newsDate), news, "the next year"), "2027", "in news, from the date of writing")

        let leap = """
        The war ended on November 11, 1918. The treaty was signed in June 1919. The League first met in January 1920.

        In 1939, Germany invaded Poland. On 3 September, Britain declared war. In May 1940, France was invaded.
        """
        let moved = tag(leap, published: Self.saved)
        XCTAssertEqual(value(moved, leap, "3 September"), "1939-09-03", "the years after 1939 follow it: the story moved")
    }

    /// "Earlier" counts from the time talked of (TimeML's reference time), "ago" from
    /// the time of writing.
    func testAYearEarlierFollowsTheStoryAndAYearAgoDoesNot() {
        let text = """
        The siege began in 1939. In 1940 the city fell. In 1941 the army returned.

        In 1942 the fleet sailed. The harbour had been mined a year earlier. Historians who wrote a year ago disagree. In March the fleet returned.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "a year earlier"), "1941")
        XCTAssertEqual(value(found, text, "a year ago"), "2008")
        XCTAssertEqual(value(found, text, "March"), "1942-03", "a look back is a flashback: the story stays in 1942")
        let news = "Profit rose to $9 million from $5 million a year earlier, the bank said on Friday."
        XCTAssertEqual(value(tag(news, published: Self.newsDate), news, "a year earlier"), "2025", "news counts from its date")
    }

    /// In a story told in the past, "soon" is near the story's time, not after the
    /// time of writing: no FUTURE_REF. A "will soon" said now still is one.
    func testSoonInAPastStoryIsNoFutureReference() {
        let found = tag(Self.war + " Soon the tide turned. The debate will soon end.", published: Self.saved)
        let text = Self.war + " Soon the tide turned. The debate will soon end."
        XCTAssertEqual(found.filter { $0.value == "FUTURE_REF" }.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.span.start..<$0.span.end])) },
                       ["A few months later", "soon"])
        let news = "Prosecutors said they would soon seek an indictment."
        XCTAssertEqual(value(tag(news, published: Self.newsDate), news, "soon"), "FUTURE_REF", "news keeps it")
    }

    func testAPassingYearDoesNotMoveTheStory() {
        let text = """
        The war began in 1972. In 1973 the ceasefire broke. The retreat lasted into 1974.

        On 10 March 1975, the offensive began. The road would be exposed for a campaign planned in 1976. The defence collapsed on 11 March.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "11 March"), "1975-03-11")
    }

    /// A season, quarter or half named with its year is no passing bare year: it moves
    /// the story wherever it stands ("early October" after "the summer of 1939" is in
    /// 1939), and "two years on" counts forward from where the story is.
    func testASeasonWithItsYearMovesTheStory() {
        let life = """
        In 1928 she married the painter; their first child was born two years later. The couple left France in the summer of 1939. By early October they had reached Lisbon, and in January of the next year they sailed for New York.
        """
        var found = tag(life, published: Self.saved)
        XCTAssertEqual(value(found, life, "early October"), "1939-10")
        XCTAssertEqual(value(found, life, "January of the next year"), "1940-01")
        let siege = """
        The siege began on 12 August 1648. The town surrendered on the 14th. That winter the victors fortified the walls; the next spring they marched north. In June they laid siege to Arras.
        """
        found = tag(siege, published: nil)
        XCTAssertEqual(value(found, siege, "June"), "1649-06", "the story follows 'the next spring'")
        let winter = "In mid-1942 the offensive resumed. During the winter of 1942–43 the army was encircled; it surrendered on 2 February."
        found = tag(winter, published: Self.saved)
        XCTAssertEqual(value(found, winter, "the winter of 1942–43"), "1943-WI")
        XCTAssertEqual(value(found, winter, "2 February"), "1943-02-02", "the February of that winter")
        let mills = "The last mill shut in the autumn of 1931. Two years on, a third of the men were out of work. He spent four years on the run."
        found = tag(mills, published: Self.saved)
        XCTAssertEqual(value(found, mills, "Two years on"), "1933")
        XCTAssertNil(value(found, mills, "four years on"), "a span on something, no time")
        // (a second part of a year in its sentence is a comparison's baseline, and a season
        // counted from the time of speaking is a forecast: neither moves the story)
        let surge = """
        In January 2008 the surge ended. Attacks numbered 300 a week in the second half of 2008, as opposed to a peak of 1,600 in summer 2007. He "envisioned the withdrawal of 30,000 troops by next summer." In May the troops left.
        """
        found = tag(surge, published: nil)
        XCTAssertEqual(value(found, surge, "May"), "2008-05")
    }

    /// In news, "later" with no time named to count from does not count from the time
    /// of writing: told in the past or present, it cannot lie after it.
    func testALaterWithNothingToCountFromStaysOpen() {
        let p = CalendarDate(year: 2006, month: 12, day: 14)!
        let feature = "When Soria moved to Qatar, he had no idea where it was. Two years on, the striker has made Doha his home."
        XCTAssertEqual(value(tag(feature, published: p), feature, "Two years on"), "XXXX")
        let report = "The allegations were revealed last month. The government dissolved the federation 10 days later."
        XCTAssertEqual(value(tag(report, published: p), report, "10 days later"), "XXXX-XX-XX")
        let dated = "The vote was held on Monday. Two days later, the results came."
        XCTAssertEqual(value(tag(dated, published: p), dated, "Two days later"), "2006-12-13", "counted from the day named")
        let ahead = "He will start in March and two months later he will lead the team."
        XCTAssertEqual(value(tag(ahead, published: p), ahead, "two months later"), "2007-05", "the future may lie ahead")
    }

    func testAFrontedYearMovesTheStory() {
        let text = """
        On 7 December 1941, Japan attacked. In May 1942, a naval battle was fought. The fleet had sailed in 1941.
        In 1943, the Allies landed. In July they took the island. The campaign of 1940 was over long before.
        """
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "July"), "1943-07")
    }

    /// News whose background names many old years is read as a narrative; when its
    /// lede names a weekday from the time of writing, its bare weekdays stay in the
    /// week of writing (news names older days by their dates).
    func testAWeekdayInNewsWithABackgroundIsOfTheWeekOfWriting() {
        let text = """
        Thousands marched in Moscow on Monday to mark the 1917 revolution.

        Before 1991, Nov. 7 was a major holiday. From 1991 to 1996 it was not celebrated. In 1996 it was renamed the Day of Accord. A new holiday marks the end of Polish rule in 1612.

        On Monday morning, veterans also marched on Red Square to mark a parade of 1941.
        """
        let monday = CalendarDate(year: 2005, month: 11, day: 7)!
        let found = tag(text, published: monday)
        XCTAssertEqual(value(found, text, "Monday morning"), "2005-11-07TMO")
        // (a lede that names a day of the week of writing by its date, as a dateline does)
        let dateline = """
        BEIJING, Nov. 15 (Xinhua) -- Born in 1957, Tie was elected president of the association on Sunday.

        The association, founded in 1949, grew in 1981 and 1996. Its rules date from 1904.
        """
        let found2 = tag(dateline, published: CalendarDate(year: 2006, month: 11, day: 15))
        XCTAssertEqual(value(found2, dateline, "Sunday"), "2006-11-12")
        // (a history with no such lede keeps its weekdays in the story)
        let story = "In 1914 the war began. In 1915 the army moved. In 1916 it attacked. In 1917 it retreated. On Sunday it rested."
        XCTAssertEqual(value(tag(story, published: monday), story, "Sunday"), "XXXX-WXX-7")
        // (nor is a weekday in the second sentence, after an old year, told in the past
        // perfect a mark of news: the story's week)
        let uprising = "The uprising began on a Sunday in March 1848. By Tuesday the army had withdrawn from the city. "
            + "The assembly met on 15 May. The leaders fled in 1849; some returned in 1850, and the last was pardoned in 1857."
        let told = tag(uprising, published: monday)
        XCTAssertEqual(value(told, uprising, "Tuesday"), "XXXX-WXX-2")
        XCTAssertEqual(value(told, uprising, "15 May"), "1848-05-15")
    }

    /// A history that closes on "today" (its "nowadays") is still a history; news that
    /// opens on "today" is news, its old years background.
    func testAClosingTodayKeepsAHistory() {
        let siege = "The siege began in the autumn of 1683. On the morning of 12 September the relief army attacked. "
            + "The war ended with a treaty signed in January 1699. Today the battlefield is a park."
        let written = CalendarDate(year: 2024, month: 5, day: 1)!
        XCTAssertEqual(value(tag(siege, published: written), siege, "the morning of 12 September"), "1683-09-12TMO")
        let news = "Today the company said it would close its plant. The firm was founded in 1950 and merged with a rival in 1988."
        XCTAssertEqual(value(tag(news, published: written), news, "Today"), "2024-05-01")
    }

    /// A year counted forward from the story moves it there, inside a sentence too: "She
    /// died on 4 July 1934; the following year her daughter won. That spring…" is 1935's.
    func testAYearCountedForwardMovesTheStory() {
        let text = "Curie was born in Warsaw on 7 November 1867. In 1891 she moved to Paris. In 1903 she shared the prize. "
            + "She died on 4 July 1934 at a sanatorium; the following year her daughter won the prize. "
            + "That spring, the family returned to Warsaw."
        let found = tag(text, published: CalendarDate(year: 2024, month: 5, day: 1))
        XCTAssertEqual(value(found, text, "the following year"), "1935")
        XCTAssertEqual(value(found, text, "That spring"), "1935-SP")
    }

    /// "The following spring" counts from where the story has moved ("Ten years
    /// later"), not from the last year named; "the same day" after a year names no day.
    func testAnaphoraFollowTheStoryAndKeepItsPrecision() {
        let text = """
        In 490 BC the Persians landed at Marathon. Ten years later Xerxes invaded Greece. The following spring his army crossed the Hellespont. In 479 BC the Greeks won at Plataea; on the same day, they also won at Mycale.
        """
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "Ten years later"), "BC0480")
        XCTAssertEqual(value(found, text, "The following spring"), "BC0480-SP")
        XCTAssertEqual(value(found, text, "the same day"), "BC0479-XX-XX")
        // (and so does a part of such a day; one counted from a named day has its day)
        let parts = "In the spring of 1862 the army marched south. Early the next morning the attack began. "
            + "In June 1863 it marched north. That evening it camped. On 4 July 1863 it withdrew. That evening it rained."
        let partsFound = tag(parts, published: nil)
        XCTAssertEqual(partsFound.map(\.value), ["1862-SP", "1862-XX-XXTMO", "1863-06", "1863-06-XXTEV", "1863-07-04", "1863-07-04TEV"])
        // (and so does the week: "that week" after a year or a month, not its first week;
        // after a named day, that day's week)
        let weeks = "In 1998 he moved to Paris. In 2001 he married. That week, he resigned. "
            + "In May 2003 he moved again. A week later he sold the flat. On 4 July 2005 he left. Later that week he wrote."
        XCTAssertEqual(tag(weeks, published: nil).map(\.value), ["1998", "2001", "2001-WXX", "2003-05", "2003-WXX", "2005-07-04", "2005-W27"])
    }

    /// "the last week of the month" and "the last Friday of the month" in a story known
    /// only to its year name no month, so their week and day stay open; after a month
    /// they are that month's.
    func testAWeekOfTheMonthInAStoryKnownToItsYear() {
        let text = "In 1942 the army advanced. In the last week of the month it stopped. On the last Friday of the month it fell back. "
            + "In May 1943 it advanced. In the last week of the month it stopped. On the last Friday of the month it fell back."
        let found = tag(text, published: nil)
        XCTAssertEqual(found.map(\.value), ["1942", "1942-WXX", "1942-XX-XX", "1943-05", "1943-W21", "1943-05-28"])
    }

    /// In news, a background paragraph that places its events in an old year goes on
    /// in it: a month without its year that places a later sentence's events, told in
    /// the past, is that year's (or the next, after the month named). Not after a
    /// thing's time ("the March 2003 invasion"), a span up to now ("since 2003"), a
    /// present perfect, a month told as ahead, a time between, or a new paragraph.
    func testANewsBackgroundParagraphGoesOnInItsYear() {
        let news = CalendarDate(year: 2025, month: 11, day: 12)
        // (each its own article: many old years together would make a history of it)
        let cases: [(text: String, phrase: String, value: String)] = [
            ("Shares rose on Monday. The company was founded in 2009. In October it opened its first store.", "October", "2009-10"),
            ("Talks resumed on Monday. The wall fell in November 1989. In March, East Germans voted.", "March", "1990-03"),
            ("The campaign began on the night of 23 October 1942. By 4 November the Axis forces retreated.", "4 November", "1942-11-04"),
            ("Deaths since the March 2003 invasion reached 2,900. In August the army withdrew.", "August", "2025-08"),
            ("Prices have risen since 2003. In July they fell.", "July", "2025-07"),
            ("The plant opened in 2010. In June it will close.", "June", "2026-06"),
            ("The mine opened in 2011. Last year it closed. In May it reopened.", "May", "2025-05"),
            ("The port opened in 2012.\n\nIn April it was sold.", "April", "2025-04"),
        ]
        for c in cases {
            XCTAssertEqual(value(tag(c.text, published: news), c.text, c.phrase), c.value, c.text)
        }
    }

    /// A season names its months: "the following autumn" after "the spring of 1912"
    /// is that year's, and "the following summer" after "the winter of 1941" the
    /// next year's; "the following month" after "autumn 1943" is October.
    func testTheSeasonAfterASeasonCountsFromItsMonths() {
        let text = """
        In the spring of 1912 a fire destroyed the works; production resumed the following autumn. In the winter of 1941 the army froze. The following summer it attacked. In autumn 1943 they landed. The following month they took the city.
        """
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "the following autumn"), "1912-FA")
        XCTAssertEqual(value(found, text, "The following summer"), "1942-SU")
        XCTAssertEqual(value(found, text, "The following month"), "1943-10")
    }

    /// A date without a year just after a year, with only a comma and "on" between,
    /// narrows that year, in news as in a story; "in" after a comma may open the next
    /// clause's adverbial and does not.
    func testADateInAppositionToAYearNarrowsIt() {
        let news = CalendarDate(year: 2026, month: 3, day: 10)
        let text = "He retired in 1964 and died five years later, on 3 May. His brother died in 1980, on Christmas Day. The mill opened in 1941 on 22 June."
        let found = tag(text, published: news)
        XCTAssertEqual(value(found, text, "3 May"), "1969-05-03")
        XCTAssertEqual(value(found, text, "Christmas Day"), "1980-12-25")
        XCTAssertEqual(value(found, text, "22 June"), "1941-06-22")
        let clause = "GM, which posted a loss last year, in July extended a credit line. The plant built in 1990 and 3 May was chosen."
        let other = tag(clause, published: news)
        XCTAssertEqual(value(other, clause, "July"), "2025-07")
        XCTAssertNotEqual(value(other, clause, "3 May"), "1990-05-03", "\"and\" joins another time")
    }

    /// A narrative's paragraph in the present that names the present has left the
    /// story; the story's own "now" (in the past tense) has not.
    func testAPresentParagraphLeavesTheStory() {
        let text = """
        In 1944 the army advanced. The men were now exhausted, and in March they rested. By June they had reached the river.

        The river is today a park. In May a fair is held there.
        """
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "March"), "1944-03")
        XCTAssertEqual(value(found, text, "May"), "XXXX-05")
    }

    /// A story's days run forward: a day of the month alone after a date is in that
    /// date's month when it comes later in it, else in the next month; the phrase may
    /// be followed by the subject ("On the 28th the governor…").
    func testADayOfTheMonthInAStoryRunsForward() {
        let text = "The siege began on 4 March 1812. On the 28th the governor asked for terms. On the 2nd the city fell."
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "the 28th"), "1812-03-28")
        XCTAssertEqual(value(found, text, "the 2nd"), "1812-04-02")
    }

    /// A part of a day counted from the day in context ("The next morning") names that
    /// day: "two days later" counts from it.
    func testTheNextMorningNamesItsDay() {
        let text = "They left Cairo on 3 November 1922. The next morning they camped at Giza. Two days later they reached Luxor."
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "The next morning"), "1922-11-04TMO")
        XCTAssertEqual(value(found, text, "Two days later"), "1922-11-06")
    }

    /// "the turn of the century" is the century's first year nearest the story's time.
    func testTheTurnOfTheCenturyFollowsTheStory() {
        let text = "In 1886 cholera struck. In 1887 a water system was built, and by the turn of the century the city was healthy."
        let found = tag(text, published: nil)
        XCTAssertEqual(value(found, text, "the turn of the century"), "1900")
    }

    func testWeekdaysNeedADayInAStory() {
        let text = "In 1914 the war began. In 1915 the army moved. In 1916 it attacked. In 1917 it retreated. On Sunday it rested."
        let found = tag(text, published: Self.saved)
        XCTAssertEqual(value(found, text, "Sunday"), "XXXX-WXX-7", "a story at year precision leaves the weekday open")
    }

    func story(_ value: String) -> StoryTime? { Timex3Value(value).flatMap { StoryTime(value: $0, offset: 0) } }

    func testStoryTimeValues() {
        XCTAssertEqual(story("1939")?.precision, "Y")
        XCTAssertEqual(story("1939-SU")?.precision, "Y")
        XCTAssertEqual(story("1939-10")?.precision, "M")
        XCTAssertEqual(story("1939-10-05")?.date, CalendarDate(year: 1939, month: 10, day: 5))
        XCTAssertEqual(story("1939-10-05T10:00")?.precision, "D")
        XCTAssertNil(story("PAST_REF"))
        XCTAssertNil(story("19391"))
        XCTAssertNil(story("1939-1"))
        XCTAssertNil(story("0000"))
        let year = story("1940")!
        XCTAssertTrue(year.contains(story("1940-06")!))
        XCTAssertFalse(year.contains(story("1941-06")!))
    }

    /// A story that has moved on from the last day it named, to a later year or month,
    /// counts a day from where it is (whose day is open), not from that old day; a look
    /// back to an earlier year leaves the day where it was.
    /// A weekday with no tense, after a week or weekend named in its paragraph, is a day
    /// of that week; with a tense, or with another day named since, it is not.
    func testAWeekdayWithoutATenseIsInTheWeekJustNamed() {
        let tuesday = CalendarDate(year: 2026, month: 11, day: 24)!
        let tag = { (text: String) in self.tag(text, published: tuesday).map(\.value) }
        XCTAssertEqual(tag("Can't wait for the weekend!! Road trip Saturday w/ the crew"), ["2026-W48-WE", "2026-11-28"])
        XCTAssertEqual(tag("Next week is packed. Monday dentist, Tuesday gym."), ["2026-W49", "2026-11-30", "2026-12-01"])
        XCTAssertEqual(tag("Next week is busy. Sunday night we fly out."), ["2026-W49", "2026-12-06TNI"])
        // (without the week, the nearest such day; with a tense, the tense's side)
        XCTAssertEqual(tag("Road trip Saturday w/ the crew"), ["2026-11-21"])
        XCTAssertEqual(tag("The company said last week it would cut jobs. On Monday, shares fell 3%."), ["2026-W47", "2026-11-23"])
        // (a day named after the week is the one to go by; a new paragraph starts afresh)
        XCTAssertEqual(tag("Next week is busy. On November 20 we met. Saturday off."), ["2026-W49", "2026-11-20", "2026-11-21"])
        XCTAssertEqual(tag("Next week is busy.\n\nSaturday off."), ["2026-W49", "2026-11-21"])
    }

    /// A past "the same day" does not take a day still ahead of the time of writing,
    /// whether the article gives that time or the corpus's anchor stands for it.
    func testAPastSameDayIsNotADayStillAhead() {
        let text = "The trade fair will be held on September 12. On the same day, the premier met the delegation."
        let written = CalendarDate(year: 1998, month: 8, day: 8)!
        XCTAssertEqual(tag(text, published: written).map(\.value), ["1998-09-12", "1998-08-08"])
        XCTAssertEqual(tag(text, published: nil, corpusAnchor: written).map(\.value), ["1998-09-12", "1998-08-08"])
        let future = "The trade fair will be held on September 12. On the same day, the premier will meet the delegation."
        XCTAssertEqual(tag(future, published: nil, corpusAnchor: written).map(\.value), ["1998-09-12", "1998-09-12"])
    }

    func testADayCountsFromWhereTheStoryIsNow() {
        let tag = { (text: String) in self.tag(text, published: nil).map(\.value) }
        XCTAssertEqual(tag("Marie Dubois was born on 4 March 1921. In 1940 she moved to Paris. In 1969 she won the prize. The previous day she had refused to speak."),
                       ["1921-03-04", "1940", "1969", "1969-XX-XX"])
        XCTAssertEqual(tag("The siege began on 4 March 1921. In August 1923 the town fell. The next day the garrison left."),
                       ["1921-03-04", "1923-08", "1923-08-XX"])
        // (a weekday with a part of the day, as a weekday alone, in a story known to its year)
        XCTAssertEqual(tag("Marie Dubois was born on 4 March 1921. She moved to Paris in 1940. She died in 2004, aged 83, on a Tuesday morning in early autumn."),
                       ["1921-03-04", "1940", "2004", "XXXX-WXX-2TMO", "2004-FA"])
        // (the day still named last, where the story has not moved past it)
        XCTAssertEqual(tag("The siege began on 4 March 1921. The next day the garrison left."), ["1921-03-04", "1921-03-05"])
        let november = CalendarDate(year: 2005, month: 11, day: 7)!  // a Monday
        XCTAssertEqual(self.tag("Thousands held a rally on Monday to mark the 1917 Revolution. Earlier in the day, they marched.",
                                published: november).map(\.value).filter { $0.hasPrefix("2005") },
                       ["2005-11-07", "2005-11-07"])
    }
}

/// Numbers of any size in any time position are "not a time", never a trap.
final class HugeNumberTests: XCTestCase {
    func testHugeNumbersNeverTrap() {
        let huge = String(repeating: "9", count: 400)
        let texts = [
            "It happened on the \(huge)th of March.", "They left \(huge) days ago.", "In \(huge) years it will end.",
            "It lasted \(huge).5 hours.", "The \(huge)th century began.", "At \(huge):30 pm they met.",
            "Back in \(huge)s it rained.", "It rose \(huge) weeks later.", "From \(huge)-\(huge) January 2026 it rained.",
            "In 2026-\(huge) it grew.", "on \(huge) \(huge) 2026", "It was \(huge) years earlier.",
        ]
        for text in texts {
            let s = Array(text.unicodeScalars)
            for published in [CalendarDate(year: 2026, month: 1, day: 16), nil] {
                let found = TemporalTagger.shared.tag(scalars: s, published: published, corpusAnchor: nil)
                for t in found { XCTAssertLessThanOrEqual(t.span.end, s.count, text) }
            }
        }
        XCTAssertNil(TimexResolver.boundedInt(.infinity))
        XCTAssertNil(TimexResolver.boundedInt(.nan))
        XCTAssertNil(TimexResolver.boundedInt(1e20))
        XCTAssertEqual(TimexResolver.boundedInt(-3.4), -3)
    }
}

/// Colloquial and social-media forms (anchor: Friday 16 January 2026).
final class SocialMediaTimexTests: XCTestCase {
    static let anchor = CalendarDate(year: 2026, month: 1, day: 16)!

    func values(_ text: String, published: CalendarDate? = anchor) -> [String] {
        TemporalTagger.shared.tag(scalars: Array(text.unicodeScalars), published: published, corpusAnchor: nil).map(\.value)
    }

    /// The values found in a text written on Wednesday 12 November 2025.
    func writtenMidNovember(_ text: String) -> [String] {
        values(text, published: CalendarDate(year: 2025, month: 11, day: 12)!)
    }

    func testTextingSpellingsAndGluedClockTimes() {
        XCTAssertEqual(values("cant wait for tmr!!"), ["2026-01-17"])
        XCTAssertEqual(values("ystrday was rough"), ["2026-01-15"])
        XCTAssertEqual(values("party 2nyt at mine"), ["2026-01-16TNI"])
        XCTAssertEqual(values("last nite was crazy"), ["2026-01-15TNI"])
        XCTAssertEqual(values("see ya next wk"), ["2026-W04"])
        XCTAssertEqual(values("the trip lasts 2 wks"), ["P2W"])
        XCTAssertEqual(values("going 2moro at 2pm, who's in?"), ["2026-01-17", "2026-01-17T14:00"], "the time is on the day it is joined to")
        XCTAssertEqual(values("see u at 10am"), ["2026-01-16T10:00"])
        XCTAssertEqual(values("back 2nite"), ["2026-01-16TNI"])
        XCTAssertEqual(values("this mornin was rough"), ["2026-01-16TMO"], "the dropped g")
        XCTAssertEqual(values("the 10am meeting"), ["2026-01-16T10:00"])
        XCTAssertEqual(values("Room 10b is free"), [], "a letter after a number is no clock time")
    }

    func testLowercaseMonthsAndWeekdays() {
        XCTAssertEqual(values("meeting on monday moved to friday lol"), ["2026-01-12", "2026-01-16"])
        XCTAssertEqual(values("back in march we went to paris"), ["2025-03"])
        XCTAssertEqual(values("see you in october"), ["2026-10"])
        XCTAssertEqual(values("you may go, we march on"), [])
        XCTAssertEqual(values("an august institution"), [])
        XCTAssertEqual(values("we met on the 3rd of jan"), ["2026-01-03"], "an ordinal day and 'of' before a lowercase abbreviation")
        XCTAssertEqual(values("lately I can't sleep"), ["PAST_REF"], "as 'recently'")
    }

    /// A month abbreviated without its period after a modifier of a part of the month:
    /// "mid-Jan" (the glued modifier takes it as a preposition does), "late Jan", "the
    /// end of Jan"; but "Jan" and "Mar" are names too ("from Jan", "Mar del Plata").
    func testPeriodlessMonthAbbreviationsAfterAModifier() {
        XCTAssertEqual(values("mid-Jan exams are killing me"), ["2026-01"])
        XCTAssertEqual(values("since mid-Dec it has rained"), ["2025-12"])
        XCTAssertEqual(values("in mid-Sept we left"), ["2025-09"])
        XCTAssertEqual(values("by the end of Jan we leave"), ["2026-01"])
        XCTAssertEqual(values("late Feb we move"), ["2026-02"])
        XCTAssertEqual(values("a gift from Jan came today"), ["2026-01-16"], "'Jan' the name")
        XCTAssertEqual(values("the city of Mar del Plata"), [], "a name")
        XCTAssertEqual(values("the late Jan Morris wrote it"), [], "a name after 'late'")
    }

    /// A bare hour with a part of a named day, or after it: the day's hour, in the half
    /// the part of the day says.
    func testABareHourWithAPartOfANamedDay() {
        XCTAssertEqual(values("at 10 tomorrow night we fly"), ["2026-01-17T22:00"])
        XCTAssertEqual(values("see you tomorrow morning at 9 then"), ["2026-01-17T09:00"])
        XCTAssertEqual(values("Dinner at 7:30 tomorrow night"), ["2026-01-17T19:30"], "not 07:30 with 'night' left over")
        XCTAssertEqual(values("open until 11 tonight"), ["2026-01-16T23:00"])
        XCTAssertEqual(values("the team lost 8 tonight"), ["2026-01-16TNI"], "no hour without a preposition of time")
    }

    /// Weekdays as posts abbreviate them, lowercase and without a period: with a part
    /// of the day after them or a word that takes a day before them.
    func testLowercaseWeekdayAbbreviations() {
        XCTAssertEqual(values("we will do brunch sat morning"), ["2026-01-17TMO"])
        XCTAssertEqual(values("We'll do brunch on Saturday morning"), ["2026-01-17TMO"])
        XCTAssertEqual(values("anyone going to the game on fri night?"), ["2026-01-16TNI"])
        XCTAssertEqual(values("school will be back on mon ugh"), ["2026-01-19"])
        XCTAssertEqual(values("see you next thurs"), ["2026-01-22"])
        XCTAssertEqual(values("the one who last sat on the throne"), [], "'sat' the verb")
        XCTAssertEqual(values("we sat in the sun by the lake"), [], "'sun' the star")
        XCTAssertEqual(values("we sat in the sun all day"), ["P1D"], "'all day', not 'sun'")
        XCTAssertEqual(values("they wed in june"), ["2025-06"], "'wed' the verb")
        XCTAssertEqual(values("the mon river"), [])
        // capitalized, after a strict cue where the phrase ends
        XCTAssertEqual(values("Closed until Mon."), ["2026-01-19"])
        XCTAssertEqual(values("Back on Mon!").count, 1)
        // parting and looking forward look ahead; "see" alone does not
        XCTAssertEqual(values("see you sat night!!"), ["2026-01-17TNI"])
        XCTAssertEqual(values("c u on thurs"), ["2026-01-22"])
        XCTAssertEqual(values("The dike was built, only to see it crack Wednesday."), ["2026-01-14"])
        // no tense cue at all: the nearest such day, within three days either way
        // (the anchor is Friday 16 January 2026)
        XCTAssertEqual(values("concert sunday who's in"), ["2026-01-18"])
        XCTAssertEqual(values("what a game on wednesday"), ["2026-01-14"])
        XCTAssertEqual(values("Argentina are one of the eight seeds for Sunday's draw."), ["2026-01-18"])
        XCTAssertEqual(values("off til Thurs, then home"), ["2026-01-22"])
        XCTAssertEqual(values("Troops fired on Mon villages."), [], "the Mon people")
        XCTAssertEqual(values("The story ran on Sun."), [], "a homonym stays out")
        // capitalized inside a sentence (or an abbreviation no word shares, first) before
        // a clock time or a part of the day, as listings write them; after a cue, before
        // "at" and a clock time
        // (the day and its clock time are one expression)
        XCTAssertEqual(values("New episode drops Fri 9pm ET"), ["2026-01-16T21:00"])
        XCTAssertEqual(values("Tickets Mon 7pm"), ["2026-01-19T19:00"])
        XCTAssertEqual(values("Thu 7pm: doors open"), ["2026-01-15T19:00"])
        XCTAssertEqual(values("The call is Thurs at 3pm"), ["2026-01-22", "2026-01-22T15:00"])
        XCTAssertEqual(values("Updated 3:45 p.m. EST, Tue March 4, 2025"), ["2025-03-04T15:45", "2025-03-04"])
        XCTAssertEqual(values("We sat at 3pm in the park"), ["2026-01-16T15:00"], "a homonym before \"at\" stays a verb")
        XCTAssertEqual(values("Party Sat night"), ["2026-01-17TNI"])
        XCTAssertEqual(values("Brunch this Sun at 11?"), ["2026-01-18"])
        XCTAssertEqual(values("The Sun 9pm edition is out."), ["2026-01-16T21:00"], "the paper")
        XCTAssertEqual(values("Sat night after night by her bed."), [], "the verb")
        // a sentence's first word before a part of the day
        XCTAssertEqual(values("Sat morning run done."), ["2026-01-17TMO"])
        XCTAssertEqual(values("Great gig. Wed night trivia anyone?"), ["2026-01-14TNI"])
        XCTAssertEqual(values("Sat there for hours.").count, 1, "only 'hours'")
        XCTAssertEqual(values("Sun shining, Sun Valley here we come."), [])
        // either end of a range of abbreviations, as opening hours write it (a timetable:
        // the days recur; see testAWeekdayRangeWithClockTimesIsATimetable)
        XCTAssertEqual(values("Shops open Mon-Sat."), ["XXXX-WXX-1", "XXXX-WXX-6"], "a timetable")
        XCTAssertEqual(values("Open Mon to Fri"), ["2026-01-19", "2026-01-23"])
        XCTAssertEqual(values("Sun and Mon are off."), [], "a list word is no range")
        XCTAssertEqual(values("The Sun-Times reported it."), [])
    }

    func testDayOfMonthAlone() {
        XCTAssertEqual(values("the party is on the 19th, be there"), ["2026-01-19"])
        XCTAssertEqual(values("He finished the 3rd lap first."), [])
        // after a day named, the nearest such day, unless the day is said to be ahead
        XCTAssertEqual(values("The truce collapsed on 3 January. Fighting had begun on the 28th."), ["2026-01-03", "2025-12-28"])
        XCTAssertEqual(values("The truce collapsed on 3 January. Talks will resume on the 20th."), ["2026-01-03", "2026-01-20"])
        // after a day named that is still ahead, the nearest such day not already past
        // (written on 16 January: the 28th before 3 February is 28 January, not 28 February)
        XCTAssertEqual(values("The summit opens on 3 February. Delegates arrive on the 28th."), ["2026-02-03", "2026-01-28"])
        XCTAssertEqual(values("My bday is on Feb 20, and the party is on the 19th."), ["2026-02-20", "2026-02-19"])
        // (a day after the one named stays in its month: the 10th is 10 February)
        XCTAssertEqual(values("The summit opens on 3 February. The talks will end on the 10th."), ["2026-02-03", "2026-02-10"])
        // a spoken aside after the day closes the phrase
        XCTAssertEqual(values("see you on the 19th lol"), ["2026-01-19"])
        XCTAssertEqual(values("the party is on the 19th tho"), ["2026-01-19"])
    }

    /// Weekdays joined by a range word name days of one stretch: a span runs forward
    /// ("adjourned Friday until Tuesday"), a list takes the nearer day either way
    /// ("Friday and Saturday", but "made Friday and Thursday").
    func testJoinedWeekdaysNameOneStretch() {
        XCTAssertEqual(values("The goods were to be put on show on Friday and Saturday before being sold."),
                       ["2026-01-16", "2026-01-17"])
        XCTAssertEqual(values("The trial was adjourned Friday until Tuesday, a reporter said."), ["2026-01-16", "2026-01-20"])
        XCTAssertEqual(values("Statements were made Friday and Thursday by the lawyer."), ["2026-01-16", "2026-01-15"])
        XCTAssertEqual(values("The poll was carried out between Saturday and Thursday."), ["2026-01-10", "2026-01-15"])
    }

    /// A reporting verb settles what is next to it, not a reported clause with its own
    /// verb: "said Tuesday it expects to close the deal by the end of June".
    func testAReportedClauseHasItsOwnTense() {
        XCTAssertEqual(values("The company said Tuesday it expects to close the deal by the end of June."),
                       ["2026-01-13", "2026-06"])
        XCTAssertEqual(values("The company said it closed the deal in June."), ["2025-06"])
    }

    /// A month that holds the events of a present perfect's clause lies up to now:
    /// next to the time of writing and ahead of it, it is last year's (the adjacency
    /// rule gives way). A day after the perfect may be a thing's the verb announced,
    /// and a perfect in another clause or before an infinitive says nothing.
    func testAPresentPerfectMonthLiesUpToNow() {
        let tag = writtenMidNovember
        XCTAssertEqual(tag("In December alone, at least 61 soldiers have died."), ["2024-12"])
        XCTAssertEqual(tag("At least 61 soldiers have already died in December."), ["2024-12"])
        XCTAssertEqual(tag("Rivals have called a general shutdown on December 3."), ["2025-12-03"])
        XCTAssertEqual(tag("The company has agreed to meet the union in December."), ["2025-12"])
        XCTAssertEqual(tag("The plant has closed, and will reopen in December."), ["2025-12"])
    }

    /// A month whose clause's verb is right before it (or after it, the month fronted)
    /// takes that verb's side of the time of writing, even next to the month of
    /// writing: a simple past's month is not ahead, a future's is not behind. A verb
    /// with its object before the month, or one that tells an expected event, leaves
    /// the nearest month.
    func testAMonthTakesTheSideOfItsVerb() {
        let tag = writtenMidNovember
        XCTAssertEqual(tag("The vote was held in December."), ["2024-12"])
        XCTAssertEqual(tag("Sales fell sharply in December."), ["2024-12"])
        XCTAssertEqual(tag("In December, 61 soldiers died."), ["2024-12"])
        XCTAssertEqual(tag("The plant will open in October."), ["2026-10"])
        XCTAssertEqual(tag("The summit will be held in October."), ["2026-10"])
        XCTAssertEqual(tag("In October it will open a plant."), ["2026-10"])
        XCTAssertEqual(tag("The vote was expected in December."), ["2025-12"])
        XCTAssertEqual(tag("Leaders announced a summit in December."), ["2025-12"])
        XCTAssertEqual(tag("The minister said the talks in December would focus on trade."), ["2025-12"])
        XCTAssertEqual(tag("The company said it will open the plant in October."), ["2025-10"])
        XCTAssertEqual(tag("The vote was held on December 3."), ["2024-12-03"])
        XCTAssertEqual(tag("The meeting took place in December."), ["2024-12"])
        // (a condition's past is no past; a regular past form before its noun is an adjective)
        XCTAssertEqual(tag("If the government fell on December 8, a vote would follow."), ["2025-12-08"])
        XCTAssertEqual(tag("Germany will chair the group of industrialised nations on January 1."), ["2026-01-01"])
        let december = CalendarDate(year: 2025, month: 12, day: 10)!
        XCTAssertEqual(self.values("Sales rose in January.", published: december), ["2025-01"])
        XCTAssertEqual(self.values("Orders were placed in December for January delivery.", published: december),
                       ["2025-12", "2026-01"])
    }

    /// A weekday after a subject pronoun's simple present ("I have an exam on Monday",
    /// "He signs the contract on Monday") lies ahead, as after a progressive; a negated
    /// auxiliary keeps the tense of its positive ("won't" is a future, "didn't" a past),
    /// and "won" is a past elsewhere.
    func testABarePresentAndANegatedAuxiliaryTellTheirTense() {
        let tag = writtenMidNovember
        XCTAssertEqual(tag("I have an exam on Monday."), ["2025-11-17"])
        XCTAssertEqual(tag("We play them again Saturday."), ["2025-11-15"])
        XCTAssertEqual(tag("They also open Friday."), ["2025-11-14"])
        XCTAssertEqual(tag("I don't work Monday."), ["2025-11-17"])
        // (a perfect, a past, a verb of memory, the time before the verb: no future)
        XCTAssertEqual(tag("We have met on Monday."), ["2025-11-10"])
        XCTAssertEqual(tag("We only found out Monday."), ["2025-11-10"])
        XCTAssertEqual(tag("I remember Monday."), ["2025-11-10"])
        XCTAssertEqual(tag("On Monday I have an exam."), ["2025-11-10"])
        // ("you" is an object as often as a subject)
        XCTAssertEqual(tag("She told you Monday."), ["2025-11-10"])
        XCTAssertEqual(tag("Sales didn't rise in March."), ["2025-03"])
        XCTAssertEqual(tag("Sales weren't up in March."), ["2025-03"])
        XCTAssertEqual(tag("Sales won't rise in March."), ["2026-03"])
        XCTAssertEqual(tag("Sales won’t rise in March."), ["2026-03"])
        XCTAssertEqual(tag("The team won in March."), ["2025-03"])
        XCTAssertEqual(tag("We didn't have the best preparation in the summer."), ["2025-SU"])
        // (after "he", "she", "it" the present takes -s; after a noun it is not read,
        // since "the ministry employees on Tuesday" would be a subject and its verb)
        XCTAssertEqual(tag("He signs the contract on Monday."), ["2025-11-17"])
        XCTAssertEqual(tag("The ministry employees on Monday were freed."), ["2025-11-10"])
        XCTAssertEqual(tag("He says Monday's attack killed five."), ["2025-11-10"])
    }

    /// Hours or minutes counted from a clock time of a known day in the paragraph
    /// are that clock time moved (a TIME), across midnight too, and are not taken for
    /// the clock time's own day; with no clock time they stay the day they were.
    func testHoursLaterCountFromTheLastClockTime() {
        let november = CalendarDate(year: 2025, month: 11, day: 12)!
        let found = { (text: String) in
            TemporalTagger.shared.tag(scalars: Array(text.unicodeScalars), published: november, corpusAnchor: nil)
                .map { $0.type.rawValue + " " + $0.value }
        }
        XCTAssertEqual(found("The first blast came at 9:15 a.m. Two hours later, a second bomb exploded."),
                       ["TIME 2025-11-12T09:15", "TIME 2025-11-12T11:15"])
        XCTAssertEqual(found("On Sunday, police arrived at 11:45 p.m. Thirty minutes later the gunman surrendered."),
                       ["DATE 2025-11-09", "TIME 2025-11-09T23:45", "TIME 2025-11-10T00:15"])
        XCTAssertEqual(found("Police arrived at 3am on Sunday. Two hours earlier the shots were heard."),
                       ["TIME 2025-11-09T03:00", "DATE 2025-11-09", "TIME 2025-11-09T01:00"])
        XCTAssertEqual(found("The gates opened at 9am on Sunday. An hour earlier, crowds had gathered."),
                       ["TIME 2025-11-09T09:00", "DATE 2025-11-09", "TIME 2025-11-09T08:00"])
        XCTAssertEqual(found("The train left at 9am.\n\nTwo hours later it crashed."),
                       ["TIME 2025-11-12T09:00", "DATE 2025-11-12"])
        // (a count too large to move a clock stays a day, and is no clock time's day)
        XCTAssertEqual(found("The blast came at 9:15 a.m. 999999 hours later it ended."),
                       ["TIME 2025-11-12T09:15", "DATE 2139-12-11"])
    }

    /// A reporting clause that closes the sentence after a comma frames what came
    /// before it: its past is the report's time, not the reported event's ("…to sign
    /// the agreement in June, the minister said Wednesday" in April is this June).
    /// A reporting clause that goes on (more than a few words after its verb) and a
    /// past verb in the time's own clause still decide.
    func testAClosingReportingClauseLeavesTheReportedTimeAlone() {
        let november = CalendarDate(year: 2005, month: 11, day: 16)!  // a Wednesday
        let tag = { (text: String) in self.values(text, published: november) }
        XCTAssertEqual(tag("The minister promises aid to help them carry out their January election, the agency reported on Monday."),
                       ["2006-01", "2005-11-14"])
        XCTAssertEqual(tag("The January vote is key, officials said."), ["2006-01"])
        XCTAssertEqual(tag("\"This is a move to stop Saturday's meeting,\" said a party official."), ["2005-11-19"])
        // (the time's own clause in the past; a report that goes on past its verb)
        XCTAssertEqual(tag("Prices rose in January, the bureau said."), ["2005-01"])
        XCTAssertEqual(tag("The January vote was key, officials said."), ["2005-01"])
        XCTAssertEqual(tag("The January vote is key, officials said after a long meeting of the board in the capital."), ["2005-01"])
    }

    /// A day of the month told in the present of "be" is a planned event's (the
    /// futurate present): not the nearest one gone by. The past, and other forms, as before.
    func testTheFuturatePresentLooksAhead() {
        let tuesday = CalendarDate(year: 2026, month: 11, day: 24)!
        let tag = { (text: String) in self.values(text, published: tuesday) }
        XCTAssertEqual(tag("My birthday is on the 14th."), ["2026-12-14"])
        XCTAssertEqual(tag("Payday is the 20th."), ["2026-12-20"])
        XCTAssertEqual(tag("The vote is on the 24th."), ["2026-11-24"])
        XCTAssertEqual(tag("My birthday was on the 14th."), ["2026-11-14"])
        XCTAssertEqual(tag("We met on the 20th."), ["2026-11-20"])
        XCTAssertEqual(tag("The figure is the highest since November 10."), ["2026-11-10"])
        // (a past form after an article or "more" is a noun, no past: "one more cut")
        XCTAssertEqual(tag("Analysts expect one more cut in September."), ["2027-09"])
        XCTAssertEqual(tag("The bank cut rates in September."), ["2026-09"])
    }

    /// Anticipation looks ahead: "can't wait for Friday" (said on a Friday: the next
    /// one), "getting ready for the weekend".
    func testAnticipationIsAFutureCue() {
        XCTAssertEqual(values("cant wait for friday!!"), ["2026-01-16"])
        XCTAssertEqual(values("cant wait for monday"), ["2026-01-19"])
        XCTAssertEqual(values("getting ready for the weekend"), ["2026-W03-WE"])
        XCTAssertEqual(values("Iraq await them in Monday's final."), ["2026-01-19"])
        XCTAssertEqual(values("back home by tues hopefully"), ["2026-01-20"])
        XCTAssertEqual(values("back home by tues"), ["2026-01-13"])
        // (written on a Tuesday: the weekend awaited is the coming one, not the one just gone)
        let tuesday = CalendarDate(year: 2026, month: 1, day: 20)!
        let onTuesday = { (text: String) in self.values(text, published: tuesday) }
        XCTAssertEqual(onTuesday("the weekend cant come soon enough"), ["2026-W04-WE"])
        XCTAssertEqual(onTuesday("The weekend was quiet."), ["2026-W03-WE"])
    }

    /// A holiday before a noun: a thing named after it is no date ("Easter Island", "a
    /// Christmas tree"); a meal of the day is of the day; a season's gathering is of the day
    /// only when its name says the day (office Christmas parties are held all December).
    func testHolidayBeforeANoun() {
        XCTAssertEqual(values("Christmas Eve dinner at grandmas"), ["2025-12-24"])
        XCTAssertEqual(values("We had Christmas dinner with the family."), ["2025-12-25"])
        XCTAssertEqual(values("We went to a New Year's Eve party."), ["2025-12-31"])
        XCTAssertEqual(values("the Thanksgiving Day parade"), ["2025-11-27"])
        XCTAssertEqual(values("the office Christmas party"), [])
        XCTAssertEqual(values("We put up the Christmas tree."), [])
    }

    func testHolidays() {
        XCTAssertEqual(values("merry christmas everyone"), ["2025-12-25"])
        XCTAssertEqual(values("We will meet at Easter."), ["2026-04-05"])
        XCTAssertEqual(values("They met on Good Friday 2024 in Rome."), ["2024-03-29"])
        XCTAssertEqual(values("Thanksgiving 2025 was quiet."), ["2025-11-27"])
        XCTAssertEqual(values("Ramadan 2025 began early."), ["2025-03"])
        XCTAssertEqual(values("They sailed to Easter Island."), [])
        XCTAssertEqual(values("The fixture list was busiest over the festive period."), ["2025-12"])
        XCTAssertEqual(values("The park reopens on Whit Monday."), ["2026-05-25"])
        // "the new year": the year that begins at the turn nearest the time of writing.
        let tagged = { (text: String, date: CalendarDate?) in self.values(text, published: date) }
        XCTAssertEqual(tagged("The library reopens in the new year.", CalendarDate(year: 2025, month: 12, day: 5)), ["2026"])
        XCTAssertEqual(tagged("Sales were slow at the start of the new year.", CalendarDate(year: 2026, month: 2, day: 10)), ["2026"])
        XCTAssertEqual(tagged("They wished us a happy new year.", CalendarDate(year: 2025, month: 12, day: 5)), [])
        // A court lists a hearing: the listed day lies ahead.
        XCTAssertEqual(tagged("A two-day hearing has been listed for 22 April.", CalendarDate(year: 2025, month: 11, day: 20)), ["P2D", "2026-04-22"])
        // A holiday a few days ahead is this year's, though the sentence was said in the
        // past; a year back is beyond the past's reach. In future talk, the next one.
        let december = CalendarDate(year: 2006, month: 12, day: 20)
        let said = TemporalTagger.shared.tag(scalars: Array("Churches are guarded over Christmas, the report said.".unicodeScalars),
                                             published: december, corpusAnchor: nil).map(\.value)
        XCTAssertEqual(said, ["2006-12-25"])
        let past = TemporalTagger.shared.tag(scalars: Array("Bombs hit churches on Christmas Eve, police said.".unicodeScalars),
                                             published: CalendarDate(year: 2006, month: 1, day: 5), corpusAnchor: nil).map(\.value)
        XCTAssertEqual(past, ["2005-12-24"])
        XCTAssertEqual(values("Shops will close for Christmas this time."), ["2026-12-25"])
        XCTAssertEqual(Holidays.easter(2026), CalendarDate(year: 2026, month: 4, day: 5))
        XCTAssertEqual(Holidays.easter(2019), CalendarDate(year: 2019, month: 4, day: 21))
        XCTAssertEqual(Holidays.nthWeekday(year: 2026, month: 11, weekday: 4, n: 4), CalendarDate(year: 2026, month: 11, day: 26))
        XCTAssertEqual(Holidays.nthWeekday(year: 2026, month: 5, weekday: 1, n: -1), CalendarDate(year: 2026, month: 5, day: 25))
        // 1 Ramadan 1447 fell on 18 or 19 February 2026 as observed; the tabular calendar says 18 February.
        let ramadan = Holidays.islamic(year: 1447, month: 9, day: 1)
        XCTAssertNotNil(ramadan)
        XCTAssertLessThanOrEqual(abs((ramadan?.ordinal ?? 0) - CalendarDate(year: 2026, month: 2, day: 18)!.ordinal), 1)
    }
}
