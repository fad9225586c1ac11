@testable import ConcordKit
import XCTest

/// Every rule's examples and negatives (in Lexicon/EnglishTimeRules.swift) are tests.
final class TemporalRuleTests: XCTestCase {
    static let anchor = CalendarDate(year: 2026, month: 1, day: 16)!

    struct Example {
        var text: String
        var span: Span
        var value: String
    }

    /// "sentence with [span] => value"
    static func parse(_ example: String) -> Example? {
        guard let arrow = example.range(of: " => ") else { return nil }
        let sentence = String(example[..<arrow.lowerBound])
        let value = String(example[arrow.upperBound...])
        let scalars = Array(sentence.unicodeScalars)
        guard let open = scalars.firstIndex(of: "["), let close = scalars.firstIndex(of: "]"), open < close else { return nil }
        var clean = scalars
        clean.remove(at: close)
        clean.remove(at: open)
        return Example(text: String(String.UnicodeScalarView(clean)), span: Span(open, close - 1), value: value)
    }

    func tag(_ text: String) -> [Timex] {
        let (article, _) = ArticleParser().parse(fileScalars: Array(text.unicodeScalars), id: "t", path: "t.txt")
        return TemporalTagger.shared.tag(scalars: article.scalars, published: Self.anchor, corpusAnchor: nil,
                                         sentences: article.sentences.map(\.span))
    }

    func testTemplatesAreFilledInOnePass() {
        XCTAssertEqual(TemporalTagger.fill("{year}-{month}-{day}", ["year": "2026", "month": "01", "day": "16"]), "2026-01-16")
        XCTAssertEqual(TemporalTagger.fill("P{n}D", ["n": "3"]), "P3D")
        XCTAssertEqual(TemporalTagger.fill("{d}{dd}", ["d": "1", "dd": "22"]), "122", "names are whole names")
        XCTAssertEqual(TemporalTagger.fill("{y}-{m}", ["y": "{m}", "m": "05"]), "{m}-05", "captured text is never read as a placeholder")
        XCTAssertEqual(TemporalTagger.fill("{x}-{y}", ["x": "é"]), "é-{y}", "a placeholder without a capture stays")
        XCTAssertEqual(TemporalTagger.fill("PRESENT_REF", [:]), "PRESENT_REF")
        XCTAssertEqual(TemporalTagger.fill("{unclosed", ["unclosed": "x"]), "{unclosed")
    }

    /// The matcher works out each (word class, token) once per text; what it finds
    /// must be exactly what trying every class afresh finds: on the seed reports, on
    /// every rule's examples and negatives, and on a run of over 64 tokens (the memo's
    /// window) of dates.
    func testClassMemoChangesNoMatch() throws {
        var texts = try Fixtures.seedCorpus().articles.map { String(String.UnicodeScalarView($0.scalars)) }
        for rule in TimexRule.english { texts += rule.examples.compactMap { Self.parse($0)?.text } + rule.negatives }
        texts.append(String(repeating: "On January 16, 2026 and Friday, the 3rd of May 1999 at 5 p.m. ", count: 40))
        let tagger = TemporalTagger.shared
        var matched = 0
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            var tokens = TemporalTokenizer.tokenize(scalars, 0..<scalars.count, suffixWords: tagger.lexicon.numberSuffixWords)
            tagger.matcher.assignTypes(&tokens)
            let fresh = tagger.matcher.matches(tokens, memoize: false)
            let memo = tagger.matcher.matches(tokens)
            XCTAssertEqual(memo.map { [$0.start, $0.end, $0.rule] }, fresh.map { [$0.start, $0.end, $0.rule] }, String(text.prefix(80)))
            XCTAssertEqual(memo.map(\.captures), fresh.map(\.captures), String(text.prefix(80)))
            matched += fresh.count
        }
        XCTAssertGreaterThan(matched, 400)
    }

    /// Typed tokens compare a rule's words by number (`TToken.wordID`), not by text:
    /// every word a rule names has a number of its own, the same one its tokens get.
    func testRuleWordsAreComparedByTheirOwnNumbers() throws {
        let matcher = TemporalTagger.shared.matcher
        var wordOf: [Int32: String] = [:]
        var words = 0
        for alt in matcher.flat.alternatives where alt.word >= 0 {
            let w = matcher.flat.strings[alt.word]
            XCTAssertGreaterThanOrEqual(alt.wordID, 0, w)
            XCTAssertEqual(matcher.wordTypes[w]?.id, alt.wordID, w)
            if let known = wordOf[alt.wordID] { XCTAssertEqual(known, w, "two words share a number") }
            wordOf[alt.wordID] = w
            words += 1
        }
        XCTAssertGreaterThan(words, 100)
        let text = "The first phase ends in five years - on 3/4, the 21st - or at 5 p.m. tmr, he said."
        let scalars = Array(text.unicodeScalars)
        var tokens = TemporalTokenizer.tokenize(scalars, 0..<scalars.count)
        matcher.assignTypes(&tokens, standardSpellings: true)
        for t in tokens where t.kind == .word || t.kind == .punct {
            XCTAssertEqual(t.wordID, matcher.wordTypes[t.lower]?.id ?? -1, t.lower)
        }
        XCTAssertTrue(tokens.contains { $0.lower == "tomorrow" }, "a texting spelling reads as its word")
    }

    /// The token table answers as the dictionary it was built from: for every word
    /// in it, and for words that are not (near misses, other scripts, the empty word).
    func testWordTableAnswersAsItsDictionary() {
        let matcher = TemporalTagger.shared.matcher
        XCTAssertEqual(matcher.wordTable.count, matcher.wordTypes.count)
        for (w, entry) in matcher.wordTypes {
            let found = matcher.wordTable[w]
            XCTAssertEqual(found?.types, entry.types, w)
            XCTAssertEqual(found?.openers, entry.openers, w)
            XCTAssertEqual(found?.id, entry.id, w)
            XCTAssertEqual(found?.standard, entry.standard, w)
            XCTAssertEqual(matcher.wordTable[w + "x"] == nil, matcher.wordTypes[w + "x"] == nil, w + "x")
        }
        var small = WordTable(["mai": 1, "май": 2, "": 3, "jan.": 4])
        XCTAssertEqual(small["май"], 2)
        XCTAssertEqual(small[""], 3)
        XCTAssertEqual(small["jan."], 4)
        XCTAssertNil(small["jan"])
        XCTAssertNil(small["Май"])
        small = WordTable(Dictionary(uniqueKeysWithValues: (0..<1000).map { ("w\($0)", $0) }))
        XCTAssertEqual((0..<1000).map { small["w\($0)"] ?? -1 }, Array(0..<1000))
        XCTAssertNil(small["w1000"])
    }

    /// Captures are a stack: a later write wins, rolling back forgets the writes
    /// after the mark (and storage kept for reuse never shows through), removing a
    /// name removes all its writes.
    func testCapturesStack() {
        var c = Captures()
        c["year"] = "2026"
        c["month"] = "01"
        let mark = c.count
        c["month"] = "02"
        c["day"] = "16"
        XCTAssertEqual(c["month"], "02")
        var since: [(key: String, value: String)] = []
        c.copyWrites(since: mark, to: &since)
        XCTAssertEqual(since.map(\.key), ["month", "day"])
        c.rollBack(to: mark)
        XCTAssertEqual(c["month"], "01")
        XCTAssertNil(c["day"], "a rolled-back write is gone")
        XCTAssertEqual(c.dictionary, ["year": "2026", "month": "01"])
        c["hour"] = "05"
        XCTAssertEqual(c.dictionary, ["year": "2026", "month": "01", "hour": "05"], "reused storage holds only the new write")
        let copy = c
        c.rollBack(to: 0)
        c["x"] = "1"
        XCTAssertEqual(copy.dictionary, ["year": "2026", "month": "01", "hour": "05"], "a copy keeps its writes")
        var all: [(key: String, value: String)] = []
        copy.copyWrites(since: 0, to: &all)
        c.append(all[...])
        c["month"] = nil
        XCTAssertEqual(c.dictionary, ["x": "1", "year": "2026", "hour": "05"])
    }

    /// A class whose capture a rule renames is worked out again under that name:
    /// two rules that read the same month under different names each get their own.
    func testClassMemoKeepsRenamedCaptures() {
        let rules = [TimexRule("a", "@month:first from", .date, "XXXX-{first}"),
                     TimexRule("b", "@month:second to", .date, "XXXX-{second}")]
        let matcher = TimexMatcher(lexicon: .english, rules: rules)
        let scalars = Array("January to".unicodeScalars)
        var tokens = TemporalTokenizer.tokenize(scalars, 0..<scalars.count)
        matcher.assignTypes(&tokens)
        XCTAssertEqual(matcher.matches(tokens).map(\.captures), [["second": "01"]])
        XCTAssertEqual(matcher.matches(tokens, memoize: false).map(\.captures), [["second": "01"]])
    }

    /// The index of rules by the token after their first word ("the", "this",
    /// "every") only skips rules that cannot match: on every rule's examples and
    /// negatives, the seed articles and those texts with their words shuffled,
    /// the matches are the same as when every rule that may open at a word is tried.
    func testSecondTokenIndexChangesNoMatch() throws {
        let indexed = TimexMatcher(lexicon: .english, rules: TimexRule.english)
        let plain = TimexMatcher(lexicon: .english, rules: TimexRule.english, indexSecondToken: false)
        XCTAssertTrue(indexed.openerNext.contains { $0 != nil }, "some opener lists are split by the next token")
        XCTAssertFalse(plain.openerNext.contains { $0 != nil })
        var texts: [String] = []
        for rule in TimexRule.english {
            texts += rule.examples.compactMap { Self.parse($0)?.text }
            texts += rule.negatives
        }
        let corpus = try Fixtures.seedCorpus()
        texts += corpus.articles.map(\.body)
        // (words shuffled: "the" and "this" before every kind of token)
        var generator = ScalarTextTests.SplitMix(seed: 20261130)
        var seeded = texts
        for _ in 0..<3 {
            for text in seeded.prefix(400) {
                var words = text.split(separator: " ")
                words.shuffle(using: &generator)
                texts.append(words.joined(separator: " "))
            }
            seeded.shuffle(using: &generator)
        }
        func describe(_ m: TimexMatcher, _ text: String) -> [String] {
            let scalars = Array(text.unicodeScalars)
            var tokens = TemporalTokenizer.tokenize(scalars, 0..<scalars.count)
            m.assignTypes(&tokens)
            return m.matches(tokens).map { "\($0.start)-\($0.end) \($0.rule) \($0.captures.sorted { $0.key < $1.key })" }
        }
        var compared = 0
        for text in texts {
            let a = describe(indexed, text), b = describe(plain, text)
            XCTAssertEqual(a, b, "'\(text.prefix(200))'")
            compared += a.count
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    func testEveryRuleHasAnExample() {
        for rule in TimexRule.english {
            XCTAssertFalse(rule.examples.isEmpty, "rule \(rule.id) has no example")
        }
    }

    func testRuleIdsAreUnique() {
        let ids = TimexRule.english.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count)
    }

    func testRuleExamples() {
        for rule in TimexRule.english {
            for text in rule.examples {
                guard let ex = Self.parse(text) else { XCTFail("\(rule.id): malformed example '\(text)'"); continue }
                let found = tag(ex.text)
                let hit = found.first { $0.span == ex.span }
                XCTAssertNotNil(hit, "\(rule.id): no timex at \(ex.span) in '\(ex.text)'; got \(found.map { "\($0.span.start)-\($0.span.end) \($0.value) [\($0.rule)]" })")
                if let hit { XCTAssertEqual(hit.value, ex.value, "\(rule.id): '\(ex.text)'") }
            }
        }
    }

    func testRuleNegatives() {
        for rule in TimexRule.english {
            for text in rule.negatives {
                let found = tag(text).filter { $0.rule == rule.id }
                XCTAssertTrue(found.isEmpty, "\(rule.id) fired on negative '\(text)': \(found.map(\.value))")
            }
        }
    }
}

final class TemporalTaggerTests: XCTestCase {
    /// The values of a text segmented into paragraphs and sentences, as an article is.
    func segmentedValues(_ text: String, published: CalendarDate? = TemporalRuleTests.anchor) -> [String] {
        segmented(text, published: published).map(\.value)
    }

    func segmented(_ text: String, published: CalendarDate? = TemporalRuleTests.anchor, corpus: CalendarDate? = nil) -> [Timex] {
        let (article, _) = ArticleParser().parse(fileScalars: Array(text.unicodeScalars), id: "t", path: "t.txt")
        return TemporalTagger.shared.tag(scalars: article.scalars, published: published, corpusAnchor: corpus,
                                         sentences: article.sentences.map(\.span))
    }

    func values(_ text: String, published: CalendarDate? = TemporalRuleTests.anchor, corpus: CalendarDate? = nil) -> [String] {
        let s = Array(text.unicodeScalars)
        return TemporalTagger.shared.tag(scalars: s, published: published, corpusAnchor: corpus).map(\.value)
    }

    /// "The week beginning 22 June", "the week ending Nov. 23": the calendar week of that
    /// day, one expression.
    func testTheWeekBeginningOrEndingADayIsThatWeek() {
        XCTAssertEqual(values("Peers will debate it in the week beginning 22 June."), ["2026-W26"])
        XCTAssertEqual(values("In the week ending Nov. 23, mortgage rates fell."), ["2025-W47"])
        XCTAssertEqual(values("Peers are expected to debate it in the week beginning 22 June at last."), ["2026-W26"],
                       "\"at last\" (finally) says no past")
    }

    /// A number that counts people is no year ("About 1500 people came"), but after the
    /// edge of a period it is one, whatever noun follows ("by early 1916 women drove").
    func testAYearAfterAPeriodsEdgeIsAYearBeforeANoun() {
        XCTAssertEqual(values("By early 1916 women drove most of the trams."), ["1916"])
        XCTAssertEqual(values("In mid-1943 workers walked out."), ["1943"])
        XCTAssertEqual(values("About 1500 women drove the trams."), [])
    }

    func testFalseFriends() {
        XCTAssertEqual(values("Prices may rise and they may march on."), [])
        XCTAssertEqual(values("It had a second opinion and 550 billion yen."), [])
        XCTAssertEqual(values("The 2010s were calm."), ["201"])
        XCTAssertEqual(values("Friday's talks ended."), ["2026-01-16"])
        XCTAssertEqual(values("Shares fall when rates rise. Water springs up."), [])
        XCTAssertEqual(values("Rates rise in spring."), ["2026-SP"])
    }

    func testQuotedTitlesAreNotTimes() {
        XCTAssertEqual(values("Baker, speaking on ABC's \"This Week,\" said the talks failed."), [])
        XCTAssertEqual(values("\"This week was hard,\" he said."), ["2026-W03"])
    }

    func testAppositiveDatesMerge() {
        let text = "They vote this coming Sunday, January 18, in Rome."
        let found = TemporalTagger.shared.tag(scalars: Array(text.unicodeScalars), published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(found.map(\.value), ["2026-01-18"])
        XCTAssertEqual(found.first.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.span.start..<$0.span.end])) },
                       "this coming Sunday, January 18")
        XCTAssertEqual(values("They met Friday, and on January 18, they left."), ["2026-01-16", "2026-01-18"])
    }

    /// "around" approximates a point ("around 5 p.m.", "around this time"), not a
    /// vague past or future: in "turn things around soon" it is a particle.
    func testApproximatorNeedsAPoint() {
        func texts(_ text: String) -> [String] {
            let s = Array(text.unicodeScalars)
            return TemporalTagger.shared.tag(scalars: s, published: TemporalRuleTests.anchor, corpusAnchor: nil)
                .map { String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])) }
        }
        XCTAssertEqual(texts("The club needs to turn things around soon to stay up."), ["soon"])
        XCTAssertEqual(texts("The talks ended around 5 p.m. in Rome."), ["around 5 p.m."])
        XCTAssertEqual(texts("Around this time the army left."), ["Around this time"])
    }

    /// A clock time with no day of its own takes the day expression it is joined to
    /// (anchor: Friday 16 January 2026); a sentence break or other words keep them apart.
    func testClockTimesTakeTheDayTheyAreJoinedTo() {
        XCTAssertEqual(values("We meet tomorrow at 2pm."), ["2026-01-17", "2026-01-17T14:00"])
        XCTAssertEqual(values("see u tmr at 10am!!"), ["2026-01-17", "2026-01-17T10:00"])
        XCTAssertEqual(values("The blast took place at around 9:00 a.m. on Wednesday, police said."),
                       ["2026-01-14T09:00", "2026-01-14"])
        XCTAssertEqual(values("They had until midnight on January 20 to reach a deal."), ["2026-01-20T24", "2026-01-20"])
        // a midnight with no day of its own: told in the past the one that began the day
        // of writing (the end of the day before), ahead the one that ends it
        XCTAssertEqual(values("The mudflow struck shortly after midnight, officials said."), ["2026-01-15T24"])
        XCTAssertEqual(values("The offer expires at midnight."), ["2026-01-16T24"])
        // a bracketed equivalent between ("3 p.m. (2000 GMT) Tuesday"); a possessive day
        XCTAssertEqual(values("The raid started just after 3 p.m. (2000 GMT) Tuesday, with soldiers."),
                       ["2026-01-13T15:00", "2026-01-13T20:00", "2026-01-13"])
        XCTAssertEqual(values("The dollar rose, compared with Thursday's 5 p.m. quotes in New York."),
                       ["2026-01-15", "2026-01-15T17:00"])
        // a part of a named day is that day; a morning hour of a night is after its midnight
        XCTAssertEqual(values("He was arrested at around 11.30pm last night."), ["2026-01-15T23:30", "2026-01-15TNI"])
        XCTAssertEqual(values("Shots rang out at 2am last night."), ["2026-01-16T02:00", "2026-01-15TNI"])
        XCTAssertEqual(values("They met on January 10, 2026, and at seven o'clock that evening they signed."),
                       ["2026-01-10", "2026-01-10T19:00", "2026-01-10TEV"])
        XCTAssertEqual(values("They met on January 10, 2026, and at three o'clock that night the talks ended."),
                       ["2026-01-10", "2026-01-11T03:00", "2026-01-10TNI"])
        // "6 p.m. of last Sunday": "of" joins a time to its day as "on" does
        XCTAssertEqual(values("The water was shut off until 6 p.m. of last Sunday."), ["2026-01-11T18:00", "2026-01-11"])
        // (negatives: the time belongs to the day of writing)
        XCTAssertEqual(values("It rained on Monday. At 3 p.m. the talks begin."), ["2026-01-12", "2026-01-16T15:00"])
    }

    /// A clock time that names no day, in a sentence that named a day before it in the
    /// same clause or at its start, is on that day; a day that is a span's start or a
    /// point of comparison ("from Monday"), the day of a report ("said on Tuesday") or
    /// a day in another clause does not lend it.
    func testClockTimesTakeTheDayTheirSentenceNamed() {
        XCTAssertEqual(values("The vote on Monday will close at 10pm."), ["2026-01-19", "2026-01-19T22:00"])
        XCTAssertEqual(values("Monday's count begins at 9am."), ["2026-01-19", "2026-01-19T09:00"])
        XCTAssertEqual(values("On Wednesday, the count began at 9am."), ["2026-01-14", "2026-01-14T09:00"])
        XCTAssertEqual(values("On Monday the minister spoke, and at 3 p.m. the talks began."), ["2026-01-12", "2026-01-12T15:00"],
                       "a fronted day frames the whole sentence")
        XCTAssertEqual(values("The euro was up from Thursday's quotes of 140.05 yen at 4 p.m. in London."),
                       ["2026-01-15", "2026-01-15T16:00"], "a possessive day names its thing's day")
        XCTAssertEqual(values("Shares gained from Monday in the first hour to stand at 18,978 at 10 a.m."),
                       ["2026-01-12", "2026-01-16T10:00"], "a span's start")
        XCTAssertEqual(values("Police barred the road on January 14 and the cortege will pass at 10 a.m."),
                       ["2026-01-14", "2026-01-16T10:00"], "another clause")
    }

    /// A part of a named day ("Tuesday night", "Friday morning") lends its day to a clock
    /// time later in its clause, as a day does; to one in another clause or sentence a
    /// morning's or an afternoon's day, and a night's or an evening's for its own hours
    /// (its small hours are the next day's; a daytime hour is not its).
    func testClockTimesTakeTheDayOfAPartOfADayInTheirClause() {
        XCTAssertEqual(values("MPs debated on Tuesday night past midnight."), ["2026-01-13TNI", "2026-01-13T24"])
        XCTAssertEqual(values("On Tuesday night, the Commons voted at 11.45pm."), ["2026-01-13TNI", "2026-01-13T23:45"])
        XCTAssertEqual(values("On Tuesday night, shots were fired at 2am."), ["2026-01-13TNI", "2026-01-14T02:00"],
                       "the small hours of a night are after its midnight")
        XCTAssertEqual(values("On Tuesday evening, the band played at seven o'clock."), ["2026-01-13TEV", "2026-01-13T19:00"],
                       "an hour without a.m. or p.m. is in the part's half")
        XCTAssertEqual(values("On Wednesday morning, police arrived at 9am."), ["2026-01-14TMO", "2026-01-14T09:00"])
        XCTAssertEqual(values("Police closed the road on Wednesday morning and the cortege passed at 10 a.m."),
                       ["2026-01-14TMO", "2026-01-14T10:00"], "another clause in the past: as after a whole day")
        XCTAssertEqual(values("Police will close the road on Wednesday morning and the cortege will pass at 10 a.m."),
                       ["2026-01-21TMO", "2026-01-21T10:00"], "another clause ahead, as after a whole day")
        XCTAssertEqual(values("The bill cleared the Commons on Tuesday night. The Lords sat at 11am."),
                       ["2026-01-13TNI", "2026-01-16T11:00"], "another sentence")
    }

    /// "And" with a subject of its own after a time opens another clause, whose verb
    /// tells its own time and says nothing of this one.
    func testAClauseWithItsOwnSubjectAfterATimeSaysNothingOfIt() {
        XCTAssertEqual(values("The meeting is on Tuesday and we have not prepared."), ["2026-01-20"])
        XCTAssertEqual(values("My exam is on the 24th and I have not started revising."), ["2026-01-24"])
        XCTAssertEqual(values("He left on Tuesday and we stayed."), ["2026-01-13"], "the clause's own verb")
        XCTAssertEqual(values("The talks will resume on Tuesday and ended without a deal."), ["2026-01-20"])
    }

    /// A clock time with no day of its own, in a past sentence that named a day (no
    /// report's) before it, is on that day even in another clause, as it would be a
    /// sentence later; a time to come after a day to come named in its paragraph is on
    /// that day, but after a past day it stays the reader's.
    func testAPastClockTimeInAnotherClauseTakesTheDayItsSentenceNamed() {
        func values(_ text: String) -> [String] { segmentedValues(text) }
        XCTAssertEqual(values("The storm hit on Saturday, and power returned at 4pm."), ["2026-01-10", "2026-01-10T16:00"])
        XCTAssertEqual(values("The storm hit on Saturday. Power returned at 4pm."), ["2026-01-10", "2026-01-10T16:00"])
        XCTAssertEqual(values("Police will close the road on Saturday and the cortege will pass at 10am."),
                       ["2026-01-17", "2026-01-17T10:00"], "future talk: a day to come")
        XCTAssertEqual(values("The road was closed on Wednesday. The cortege will pass at 10am."),
                       ["2026-01-14", "2026-01-16T10:00"], "future talk after a past day")
        XCTAssertEqual(values("Officials said on Thursday that the blast came at 2am."), ["2026-01-15", "2026-01-16T02:00"],
                       "a report's day is not the event's")
        XCTAssertEqual(values("Shares gained from Monday in the first hour, and stood at 18,978 at 10 a.m."),
                       ["2026-01-12", "2026-01-16T10:00"], "a span's start")
        // the same ahead, in the day's paragraph: a time to come is on the day to come
        XCTAssertEqual(values("The concert is on Saturday. Doors open at 8pm."), ["2026-01-17", "2026-01-17T20:00"])
        XCTAssertEqual(values("The summit opens on Monday. Leaders will arrive at 9am."), ["2026-01-19", "2026-01-19T09:00"])
        XCTAssertEqual(values("The vote is on Monday. The minister said at 10am that she would stand."),
                       ["2026-01-19", "2026-01-16T10:00"], "a past time is the reader's day")
        XCTAssertEqual(values("The concert is on Saturday.\n\nDoors at the museum open at 8pm."), ["2026-01-17", "2026-01-16T20:00"],
                       "another paragraph")
        // a day named by a part of it, a paragraph before; a night's or an evening's small
        // hours are the next day's, its other hours that evening's
        XCTAssertEqual(values("A man was charged after a crash in the early hours of Sunday.\n\nPolice were called at about 2.15am."),
                       ["2026-01-11TMO", "2026-01-11T02:15"])
        XCTAssertEqual(values("Crowds gathered on Saturday morning.\n\nOne man left his home at 5:00 a.m. to queue."),
                       ["2026-01-10TMO", "2026-01-10T05:00"])
        XCTAssertEqual(values("The party began on Saturday night.\n\nPolice were called at 2.15am."),
                       ["2026-01-10TNI", "2026-01-11T02:15"])
        XCTAssertEqual(values("Fans partied on Tuesday evening. Police arrived at 1am."), ["2026-01-13TEV", "2026-01-14T01:00"])
        XCTAssertEqual(values("Saturday night's derby is the big one. Kickoff is at 8pm."), ["2026-01-17TNI", "2026-01-17T20:00"],
                       "a night still to come, and a clock time in its half of the day")
    }

    /// A past form after a manner adverb that follows a preposition or a determiner is an
    /// adjective, no past tense ("at newly promoted Harbour City").
    func testAPastFormAfterAnAdverbInANounPhraseIsAnAdjective() {
        let friday = CalendarDate(year: 2026, month: 8, day: 7)
        XCTAssertEqual(values("The season kicks off on Saturday with the champions away at newly promoted Harbour City.",
                              published: friday), ["2026-08-08"])
        XCTAssertEqual(values("The newly built bridge will close on Saturday.", published: friday), ["2026-08-08"])
        XCTAssertEqual(values("The season kicked off on Saturday at newly promoted Harbour City.", published: friday),
                       ["2026-08-01"])
        XCTAssertEqual(values("The champions were newly promoted on Saturday.", published: friday), ["2026-08-01"])
    }

    /// A past participle after a present "be" or a present linking verb is a passive or
    /// an adjective, no past tense ("is to be held on Tuesday", "schools stay closed on
    /// Friday"); after the verbs' past forms, or "'s" as "has", it stays past.
    func testAParticipleAfterAPresentBeOrLinkingVerbIsNoPast() {
        let tuesday = CalendarDate(year: 2026, month: 3, day: 10)
        XCTAssertEqual(values("The summit is to be held on Thursday in Kiev.", published: tuesday), ["2026-03-12"])
        XCTAssertEqual(values("The bridge is closed on Thursday.", published: tuesday), ["2026-03-12"])
        XCTAssertEqual(values("Schools stay closed on Friday.", published: tuesday), ["2026-03-13"])
        XCTAssertEqual(values("Thursday looks settled.", published: tuesday), ["2026-03-12"])
        XCTAssertEqual(values("Schools stayed closed on Friday.", published: tuesday), ["2026-03-06"])
        XCTAssertEqual(values("The summit was held on Thursday.", published: tuesday), ["2026-03-05"])
        XCTAssertEqual(values("She's left on Thursday.", published: tuesday), ["2026-03-05"])
    }

    /// Outside a story, a month or a season without its year after a year named in its
    /// clause is in that year; not across a clause, nor after a thing's year.
    func testAMonthAfterAYearInItsClauseIsInThatYear() {
        let may = CalendarDate(year: 2026, month: 5, day: 2)
        XCTAssertEqual(values("Next year, the summit will be held in June in Rome.", published: may), ["2027", "2027-06"])
        XCTAssertEqual(values("In 2027 we want to go back in the autumn.", published: may), ["2027", "2027-FA"])
        XCTAssertEqual(values("Last year we went there in the spring.", published: may), ["2025", "2025-SP"])
        XCTAssertEqual(values("The bank raised rates three times last year and cut them in March.", published: may),
                       ["2025", "2026-03"], "another clause")
        XCTAssertEqual(values("So far this year we have imported coal, which is set to reach 14 million tons by March.",
                              published: may), ["2026", "2027-03"], "a relative clause")
        XCTAssertEqual(values("Following the 1994 peace accords, the government had been scheduled for January 25.",
                              published: may), ["1994", "2026-01-25"], "a thing's year")
    }

    /// A forecast's "likely" puts a time after it ahead; a past verb nearer the time
    /// still decides.
    func testLikelyIsAForecast() {
        let tuesday = CalendarDate(year: 2026, month: 3, day: 10)
        XCTAssertEqual(values("Frost is likely early on Sunday.", published: tuesday), ["2026-03-15"])
        XCTAssertEqual(values("The attack likely happened on Sunday.", published: tuesday), ["2026-03-08"])
    }

    /// "The coming weekend", "the weekend ahead" are the nearest weekend ahead (that
    /// week's on a weekday, the next on a weekend); "next weekend" is the one after.
    func testTheComingWeekendIsTheNearestAhead() {
        let tuesday = CalendarDate(year: 2026, month: 3, day: 10)
        let saturday = CalendarDate(year: 2026, month: 3, day: 14)
        XCTAssertEqual(values("See you this coming weekend.", published: tuesday), ["2026-W11-WE"])
        XCTAssertEqual(values("The weekend ahead looks wet.", published: tuesday), ["2026-W11-WE"])
        XCTAssertEqual(values("See you next weekend.", published: tuesday), ["2026-W12-WE"])
        XCTAssertEqual(values("The coming weekend is busy.", published: saturday), ["2026-W12-WE"])
        XCTAssertEqual(values("Forecast for the week ahead.", published: tuesday), ["2026-W12"])
    }

    /// A part of a day named in the paragraph ("tomorrow morning", "Monday morning")
    /// names the day of a later "the afternoon" or "later in the day"; a paragraph later
    /// it does not, where a day named whole still would.
    func testAPartOfADayNamesTheDayOfTheAfternoonInItsParagraph() {
        let tuesday = CalendarDate(year: 2026, month: 3, day: 10)
        XCTAssertEqual(values("Tomorrow morning starts bright, but rain returns by the afternoon.", published: tuesday),
                       ["2026-03-11TMO", "2026-03-11TAF"])
        XCTAssertEqual(values("Counting began Monday morning and final results will be published later in the day.",
                              published: tuesday), ["2026-03-09TMO", "2026-03-09"])
        XCTAssertEqual(values("Talabani arrived on Monday afternoon.\n\nIn a speech earlier in the day, he spoke of trade.",
                              published: tuesday), ["2026-03-09TAF", "2026-03-10"], "a paragraph later")
    }

    /// A small-hours time right after a late-evening one of the same day, neither with
    /// a day of its own, is past midnight (a live blog, a night's events told in order).
    func testTheSmallHoursAfterALateEveningArePastMidnight() {
        XCTAssertEqual(values("11.30pm: Turnout is down on the election in 2024.\n\n12.15am: First declaration."),
                       ["2026-01-16T23:30", "2024", "2026-01-17T00:15"], "a year between names no day")
        XCTAssertEqual(values("Polls closed at 10 p.m. and the first result came at 1:30 a.m."), ["2026-01-16T22:00", "2026-01-17T01:30"])
        // (the other way round, or a day named between: no change)
        XCTAssertEqual(values("The storm hit at 11pm on Saturday and power returned at 4am."),
                       ["2026-01-10T23:00", "2026-01-10", "2026-01-11T04:00"], "the evening time's own day is no new day")
        XCTAssertEqual(values("It began at 3am and ended at 11pm."), ["2026-01-16T03:00", "2026-01-16T23:00"])
        // (a date after "on" is an expression of its own, as TIMEX3 leaves the preposition out)
        XCTAssertEqual(values("Polls closed at 10 p.m. on January 14.\n\nOn January 14, a fire broke out at 2am."),
                       ["2026-01-14T22:00", "2026-01-14", "2026-01-14", "2026-01-14T02:00"])
    }

    /// A clock time that does not say its half of the day is read in the half nearer
    /// the clock time of the same sentence that does; the ends of a stretch run forward;
    /// a text on a 24-hour clock, a leading zero or a part of the day keeps it as written.
    func testAClockTimeTakesTheHalfOfTheDayNearestItsNeighbour() {
        XCTAssertEqual(values("The flight was meant to land at 14:05, now it says quarter past four."),
                       ["2026-01-16T14:05", "PRESENT_REF", "2026-01-16T16:15"])
        XCTAssertEqual(values("The meeting began at 10 a.m. and ended at 2:30 with a statement."), ["2026-01-16T10:00", "2026-01-16T14:30"])
        XCTAssertEqual(values("Staff work from 8 a.m. to 5:30 on weekdays."), ["2026-01-16T08:00", "2026-01-16T17:30"])
        XCTAssertEqual(values("Rescuers arrived at 4:20 in the afternoon and left at 6:10."),
                       ["2026-01-16T16:20", "2026-01-16TAF", "2026-01-16T18:10"])
        // (kept: a 24-hour text, a leading zero, a stretch that already runs forward,
        // another sentence, a part of the day)
        XCTAssertEqual(values("The centre is open from 8:00 to 21:00."), ["2026-01-16T08:00", "2026-01-16T21:00"])
        XCTAssertEqual(values("It opened at 07:45 and shut at 6 p.m."), ["2026-01-16T07:45", "2026-01-16T18:00"])
        XCTAssertEqual(values("Talks ran from 9:30 to 11 a.m."), ["2026-01-16T09:30", "2026-01-16T11:00"])
        XCTAssertEqual(values("The 9:15 train was cancelled. Fans gathered at 6 p.m."), ["2026-01-16T09:15", "2026-01-16T18:00"])
        XCTAssertEqual(values("The vote closed at 9 p.m. and counting began at 7:30 that morning."),
                       ["2026-01-16T21:00", "2026-01-16T07:30", "2026-01-16TMO"])
    }

    /// With no clock time beside it, an hour from one to five in figures with its
    /// minutes is in the afternoon (the hours people keep); not in a 24-hour text,
    /// nor near a part of the day or a.m., nor written in words or with "o'clock".
    func testABareAfternoonHourIsInTheAfternoon() {
        XCTAssertEqual(values("Meeting pushed to 4:30, sorry all."), ["2026-01-16T16:30"])
        XCTAssertEqual(values("The library closes at 5:15 on Friday."), ["2026-01-16T17:15", "2026-01-16"])
        XCTAssertEqual(values("Trains leave at 07:45. Another leaves at 3:15."), ["2026-01-16T07:45", "2026-01-16T03:15"])
        XCTAssertEqual(values("The shelling began at 2:30 at night."), ["2026-01-16T02:30"])
        XCTAssertEqual(values("Dawn broke at 5:10 over the hills."), ["2026-01-16T05:10"])
        XCTAssertEqual(values("The last bus left at 6:40."), ["2026-01-16T06:40"], "six is either half")
        // a game's clock and a race time are no time of day
        XCTAssertEqual(values("He scored with 3:57 left in the game."), [])
        XCTAssertEqual(values("She won her heat in 2:02.75sec."), [])
    }

    /// Lunchtime is the midday part of a day (TIMEX3 `MI`).
    func testLunchtimeIsMidday() {
        XCTAssertEqual(values("The streets were quiet on Thursday lunchtime."), ["2026-01-15TMI"])
        XCTAssertEqual(values("Every lunchtime the square fills up."), ["XXXX-XX-XXTMI"])
    }

    /// British "half seven": half past the hour, found though no time word is near it.
    func testHalfAndAnHourIsHalfPastIt() {
        XCTAssertEqual(values("See you at half 7, yeah?"), ["2026-01-16T07:30"])
        XCTAssertEqual(values("meeting the gang at half 7 tonight, who's in?"), ["2026-01-16T19:30"])
        XCTAssertEqual(values("Shares were offered at half 3 percent."), [])
        XCTAssertEqual(values("Turnout fell by half 2 years running."), ["P2Y"])
        XCTAssertEqual(values("We'll be there at half seven, she said."), ["2026-01-16T07:30"])
    }

    /// A verb of commitment before "to" puts what follows it ahead ("promised to rebuild
    /// the schools before September"), not a time before it ("On Thursday, he promised
    /// to…" is when he promised); "and" before another verb opens another phrase.
    func testACommitmentLooksAheadOnlyForWhatFollowsIt() {
        let april = CalendarDate(year: 2026, month: 4, day: 8)
        XCTAssertEqual(values("The minister promised to rebuild every destroyed school before September and pledged aid.", published: april),
                       ["2026-09"])
        XCTAssertEqual(values("He pledged to rebuild all damaged schools before September.", published: april), ["2026-09"])
        let sunday = CalendarDate(year: 2026, month: 4, day: 12)
        XCTAssertEqual(values("On Thursday, the opposition leader promised to support the bill.", published: sunday), ["2026-04-09"])
    }

    /// A past clock time with no day in its sentence is on the day the sentence or
    /// paragraph before named as its own (not a report's, nor one in a later clause).
    func testAPastClockTimeIsOnTheDayTheLedeNamed() {
        let wednesday = CalendarDate(year: 2026, month: 4, day: 8)
        XCTAssertEqual(values("A quake struck early on Tuesday, killing 12, officials said on Wednesday.\n\nThe quake hit at 3:42 a.m. local time.",
                              published: wednesday),
                       ["2026-04-07", "2026-04-08", "2026-04-07T03:42"])
        XCTAssertEqual(values("Voting went on Wednesday after problems on Sunday and Monday.\n\nThe station was open from 10 a.m. to 2 p.m.",
                              published: wednesday),
                       ["2026-04-08", "2026-04-05", "2026-04-06", "2026-04-08T10:00", "2026-04-08T14:00"])
    }

    /// "by spring next year": that season of the year named, one expression.
    func testASeasonOfTheYearNamedAfterIt() {
        XCTAssertEqual(values("Bulgaria hopes to reach a deal by spring next year, the minister said."), ["2027-SP"])
    }

    /// A modal of possibility or obligation before a time in its clause looks ahead; its
    /// perfect looks back; after the time, in another clause, or as a name it says nothing.
    func testAModalLooksAheadForATimeAfterItInItsClause() {
        let thursday = CalendarDate(year: 2026, month: 10, day: 29)
        XCTAssertEqual(values("Rain may fall on Monday.", published: thursday), ["2026-11-02"])
        XCTAssertEqual(values("The warning may be extended into Monday.", published: thursday), ["2026-11-02"])
        XCTAssertEqual(values("The offer could be unveiled as early as Monday.", published: thursday), ["2026-11-02"])
        XCTAssertEqual(values("The man may have died on Monday.", published: thursday), ["2026-10-26"])
        XCTAssertEqual(values("Police could not say on Monday how many had died.", published: thursday), ["2026-10-26"])
        XCTAssertEqual(values("Theresa May said Monday she would go.", published: thursday), ["2026-10-26"])
        XCTAssertEqual(values("Police closed the road on Monday and workers could be seen there.", published: thursday),
                       ["2026-10-26"])
        // (an ability's "in" a number of units is how long, not when)
        XCTAssertEqual(values("It can be done in 30 seconds.", published: thursday), ["PT30S"])
        XCTAssertEqual(values("A decision may come in two weeks.", published: thursday), ["2026-11-12"])
    }

    /// After an amount of a measure, "in" a number of units is the span of a rate, not a
    /// time ahead; a time ahead, or back, in hours moves the day by their whole days.
    func testARatesSpanAndHoursCountedInDays() {
        let thursday = CalendarDate(year: 2026, month: 3, day: 12)
        XCTAssertEqual(values("Forecasters expect up to 40mm in 24 hours.", published: thursday), ["PT24H"])
        XCTAssertEqual(values("Forecasters expect up to 40 mm in 24 hours.", published: thursday), ["PT24H"])
        XCTAssertEqual(values("Prices will climb 5 percent in two years.", published: thursday), ["P2Y"])
        XCTAssertEqual(values("Up to 60mm could fall in 12 hours on high ground.", published: thursday), ["PT12H"])
        XCTAssertEqual(values("Some 40 mm of rain fell in six hours.", published: thursday), ["PT6H"])
        XCTAssertEqual(values("The 40 workers, the union said, will return in two weeks.", published: thursday), ["2026-03-26"])
        XCTAssertEqual(values("The plant will open in two years.", published: thursday), ["2028"])
        XCTAssertEqual(values("The talks will resume in 48 hours.", published: thursday), ["2026-03-14"])
        XCTAssertEqual(values("The talks will resume in three hours.", published: thursday), ["2026-03-12"])
        XCTAssertEqual(values("He was last seen 48 hours ago.", published: thursday), ["2026-03-10"])
    }

    /// A time right after a verb's past form is when that verb happened, whatever the
    /// reported clause after it says; not a participle after "be" or a modal.
    func testATimeRightAfterAPastVerbIsThatVerbsTime() {
        let tuesday = CalendarDate(year: 1997, month: 4, day: 8)
        XCTAssertEqual(values("Denmark announced Saturday it would put forward a motion.", published: tuesday), ["1997-04-05"])
        XCTAssertEqual(values("The minister warned Monday they would take action.", published: tuesday), ["1997-04-07"])
        XCTAssertEqual(values("The stock market will be closed Monday, a public holiday.", published: tuesday), ["1997-04-14"])
    }

    /// A day of the month told in the past does not follow a day still to come.
    func testAPastDayOfTheMonthDoesNotFollowADayAhead() {
        let friday = CalendarDate(year: 2026, month: 3, day: 20)
        // (one paragraph of sentences, as an article is segmented)
        func values(_ text: String, published: CalendarDate?) -> [String] { segmentedValues(text, published: published) }
        XCTAssertEqual(values("Exams finish on the 27th. The rent was paid on the 3rd.", published: friday),
                       ["2026-03-27", "2026-03-03"])
        XCTAssertEqual(values("Exams finish on the 27th. Results come out on the 3rd.", published: friday),
                       ["2026-03-27", "2026-04-03"])
        XCTAssertEqual(values("The strike began on the 12th. It ended on the 15th.", published: friday),
                       ["2026-03-12", "2026-03-15"])
    }

    /// An obituary is a life's story, but its first sentence, in the present perfect
    /// ("who has died"), tells news of the week of writing: a bare weekday is a day of
    /// that week, not a day of the story's last year. A history that begins by stating
    /// what was leaves such a weekday open.
    func testALedeInThePresentPerfectMakesAWeekdayOneOfTheWeekOfWriting() {
        let thursday = CalendarDate(year: 2026, month: 2, day: 12)
        func values(_ text: String) -> [String] { segmentedValues(text, published: thursday) }
        let life = "She was born in Dundee in 1921. She graduated in 1942 and married in 1951.\n\n"
            + "They moved to Nairobi in 1956 and came home in 1966. She retired in 1986.\n\nDonald died in 2004. She died on Sunday."
        XCTAssertEqual(values("Mary Hart, who has died aged 104, was an engineer.\n\n" + life).last, "2026-02-08")
        XCTAssertEqual(values("Mary Hart was an engineer.\n\n" + life).last, "XXXX-WXX-7")
    }

    /// The end of a unit still to come is not told in the past, nor a start already gone
    /// in the future: it is the one before or after. A deadline is set ahead.
    func testAnEdgeOfTheCurrentUnitOnTheWrongSideOfTheTenseIsTheNextOne() {
        let july = CalendarDate(year: 2026, month: 7, day: 2)
        XCTAssertEqual(values("Sales fell at the end of the year.", published: july), ["2025"])
        XCTAssertEqual(values("Sales fell at the start of the year.", published: july), ["2026"])
        XCTAssertEqual(values("The law takes effect at the start of the year.", published: july), ["2027"])
        XCTAssertEqual(values("Prices fell sharply at the end of the week.", published: july), ["2026-W26"])
        XCTAssertEqual(values("The plant will close at the end of the year.", published: july), ["2026"])
        XCTAssertEqual(values("Parliament approved a plan to withdraw the troops by the end of the year.", published: july), ["2026"])
        XCTAssertEqual(values("The opposition has called a vote for the end of the month.", published: july), ["2026-07"],
                       "a time set for")
        XCTAssertEqual(values("The opposition held a vote at the end of the month.", published: july), ["2026-06"])
        let lateDecember = CalendarDate(year: 2026, month: 12, day: 30)
        XCTAssertEqual(values("Sales fell at the end of the year.", published: lateDecember), ["2026"])
    }

    /// "the first Tuesday in March", "the last Friday of the month": that weekday's n-th
    /// or last day in the month, in the year the month's tense gives.
    func testTheNthWeekdayOfAMonthIsOneDay() {
        let monday = CalendarDate(year: 2026, month: 2, day: 16)
        XCTAssertEqual(values("Our next community call is on the first Tuesday of March at 17:00 UTC.", published: monday),
                       ["2026-03-03", "2026-03-03T17:00"])
        XCTAssertEqual(values("The vote is on the last Friday of the month.", published: monday), ["2026-02-27"])
        XCTAssertEqual(values("The club met on the second Saturday in January.", published: monday), ["2026-01-10"])
        XCTAssertEqual(values("Payday is the fifth Monday of February.", published: monday), [])
    }

    /// "the weekend of August 16": that week's weekend, one expression.
    func testTheWeekendOfADayIsItsWeeksWeekend() {
        XCTAssertEqual(values("The new season starts on the weekend of August 16."), ["2026-W33-WE"])
        XCTAssertEqual(values("The fair was held on the weekend of 16 August 2025 in Leeds."), ["2025-W33-WE"])
    }

    /// A day a clock time names with its own preposition comes before a day it follows.
    func testAClockTimeIsOnTheDayItsPrepositionNames() {
        XCTAssertEqual(values("Heavy rain is expected from 6pm on Wednesday until midday on Thursday."),
                       ["2026-01-21T18:00", "2026-01-21", "2026-01-22T12:00", "2026-01-22"])
        XCTAssertEqual(values("On Monday at 10 a.m., the court will hear the case."), ["2026-01-19", "2026-01-19T10:00"])
    }

    func testOddInputNeverProducesInvalidValues() {
        XCTAssertEqual(values("It was February 30, 2026."), [])
        XCTAssertEqual(values("On the 99th of March, nothing."), ["2026-03"])
        XCTAssertEqual(values("Call 123456789 now please."), ["PRESENT_REF"])
        XCTAssertEqual(values(""), [])
        let noise = (0..<2000).map { i in ["Jan.", "16", "-", "May", "2026", "'s", "1/2", "a.m.", "\n", "the", "last", "of"][i % 12] }.joined(separator: " ")
        for v in values(noise) {
            XCTAssertFalse(v.contains("{"), "unfilled template in \(v)")
            if let d = CalendarDate.parseISO(v) { XCTAssertEqual(d.description, String(v.prefix(10))) }
        }
    }

    /// "through" names a span's end and no tense: a past verb in its clause ends the
    /// span in the past, anything else ahead; after "to" a past form is an infinitive
    /// ("to last", "to cut"). Anchor: Friday 16 January 2026.
    func testSpanEndsAndInfinitives() {
        XCTAssertEqual(values("The measure, which passed easily, funds the government through March 31."), ["2026-03-31"])
        XCTAssertEqual(values("The festival ran through March 31."), ["2025-03-31"])
        XCTAssertEqual(values("The campaign, which opened strongly, is set to last into September."), ["2026-09"])
        XCTAssertEqual(values("The party, which won easily, plans to cut taxes in March."), ["2026-03"])
        // (a prediction's passive or adjective before "to" tells a future as "set to" does)
        XCTAssertEqual(values("The storm is forecast to hit on Tuesday."), ["2026-01-20"])
        XCTAssertEqual(values("Prices are likely to rise on Wednesday."), ["2026-01-21"])
        XCTAssertEqual(values("Prices rose on Wednesday."), ["2026-01-14"])
    }

    /// "a week later" counts from the day last named in its paragraph, even one that
    /// the date of writing placed; with none, from the time of writing.
    func testAWeekLaterCountsFromTheLastDay() {
        XCTAssertEqual(values("Elections are set for April 14, and the runoff will be held a week later."),
                       ["2026-04-14", "2026-W17"])
        XCTAssertEqual(values("The runoff will be held a week later."), ["2026-W04"])
    }

    /// "a decade later" counts from the decade last named, not from the time of writing.
    func testADecadeLaterCountsFromTheDecade() {
        XCTAssertEqual(values("They married in the 1970s and divorced a decade later."), ["197", "198"])
        XCTAssertEqual(values("They married in the 1970s, moved in 1985 and left a decade later."), ["197", "1985", "199"])
    }

    /// "the weekend" with no tense cue is the nearer one: from Thursday on, the coming one.
    func testTheWeekendWithNoTenseIsTheNearerOne() {
        func value(_ text: String, _ published: String) -> [String] {
            TemporalTagger.shared.tag(scalars: Array(text.unicodeScalars), published: CalendarDate.parseISO(published), corpusAnchor: nil).map(\.value)
        }
        XCTAssertEqual(value("A meeting over the weekend in Helsinki.", "2026-01-15"), ["2026-W03-WE"])
        XCTAssertEqual(value("A meeting over the weekend in Helsinki.", "2026-01-13"), ["2026-W02-WE"])
        // ("possible" is a cue: the meeting is ahead)
        XCTAssertEqual(value("A possible meeting over the weekend in Helsinki.", "2026-01-13"), ["2026-W03-WE"])
    }

    /// Numeric dates that read either way follow the document's other numeric dates,
    /// else the reading near the date of writing, else month first.
    func testAmbiguousNumericDatesFollowTheDocument() {
        XCTAssertEqual(values("The memo of 25/12/2024 and the one of 03/04/2025 were found."), ["2024-12-25", "2025-04-03"])
        XCTAssertEqual(values("The memo of 12/31/2024 and the one of 03/04/2025 were found."), ["2024-12-31", "2025-03-04"])
        XCTAssertEqual(values("It was filed on 03/04/2025 in court."), ["2025-03-04"])
        let text = "Updated: 10/03/2026 14:05"
        let found = TemporalTagger.shared.tag(scalars: Array(text.unicodeScalars), published: CalendarDate(year: 2026, month: 3, day: 12),
                                              corpusAnchor: nil)
        XCTAssertEqual(found.map(\.value), ["2026-03-10", "2026-03-10T14:05"])
        // (both readings within a month of writing: the one that is the date of writing)
        let stamp = "Last updated: 04/03/2026 16:02"
        let march4 = CalendarDate(year: 2026, month: 3, day: 4)
        XCTAssertEqual(TemporalTagger.shared.tag(scalars: Array(stamp.unicodeScalars), published: march4, corpusAnchor: nil).map(\.value),
                       ["2026-03-04", "2026-03-04T16:02"])
        let april3 = CalendarDate(year: 2026, month: 4, day: 3)
        XCTAssertEqual(TemporalTagger.shared.tag(scalars: Array(stamp.unicodeScalars), published: april3, corpusAnchor: nil).map(\.value),
                       ["2026-04-03", "2026-04-03T16:02"])
    }

    func testRangesAndLists() {
        XCTAssertEqual(values("Vessels will call between August and September."), ["2026-08", "2026-09"])
        XCTAssertEqual(values("Talks on April 24 and 25 will be held."), ["2026-04-24", "2026-04-25"])
        XCTAssertEqual(values("Talks on April 24 and 25 went well."), ["2025-04-24", "2025-04-25"], "past tense")
        // TimeML marks each end of a range as its own expression.
        XCTAssertEqual(values("The plan covers 2024-2026 fully."), ["2024", "2026"])
        XCTAssertEqual(values("Throughout 1915-17 the armies dug in."), ["1915", "1917"])
        // a season or fiscal year written with a slash names both years, and a bare month
        // after it falls in the later one when the season is ahead
        XCTAssertEqual(values("The 2025/26 season starts in August."), ["2025", "2026", "2026-08"])
        // (the later year of a range lends no year to the month: that season starts this September)
        XCTAssertEqual(values("The 2026/27 season starts in September."), ["2026", "2027", "2026-09"])
        XCTAssertEqual(values("The 2026-27 season starts in September."), ["2026", "2027", "2026-09"])
        // a quarter joined to a whole year is a quarter of it
        XCTAssertEqual(values("The firm will publish Q4 and full-year 2024 results."), ["2024-Q4", "2024"])
        XCTAssertEqual(values("Life improved in 1999-01 and after."), ["1999", "2001"], "a century rolls over")
        XCTAssertEqual(values("The Battle of Mojkovac on 6-7 January 1916 was won."), ["1916-01-06", "1916-01-07"])
        XCTAssertEqual(values("From 15 to 22 February 1984 they attacked."), ["1984-02-15", "1984-02-22"])
        XCTAssertEqual(values("They breached the line on the 28 and 29 August 1918."), ["1918-08-28", "1918-08-29"])
        XCTAssertEqual(values("Room 1998-7 was booked."), [], "a later year must follow")
        XCTAssertEqual(values("Ticket 2025-14 is valid."), [], "a range into the next century is short")
        XCTAssertEqual(values("Life improved in 1995-05 and after."), ["1995", "2005"])
        XCTAssertEqual(values("Call 555-2026 or file case 14-2019."), [], "a code's or a phone number's tail")
        XCTAssertEqual(values("See No. 2019 and vol. 2019."), [], "an abbreviation's period")
    }

    /// The tense that picks the year of a bare month or the week of a weekday is read
    /// per expression, from its own clause first (anchor: Friday 16 January 2026).
    func testTenseIsReadPerExpressionAndClause() {
        let january = TemporalRuleTests.anchor
        let november = CalendarDate(year: 2026, month: 11, day: 19)!
        let october = CalendarDate(year: 2026, month: 10, day: 20)!
        // (text, publication date, expected values, why)
        let cases: [(String, CalendarDate?, [String], String)] = [
            ("The deal, agreed in March, will close in May.", january, ["2025-03", "2026-05"],
             "each expression gets its own tense, even in one sentence"),
            ("Output has risen since March and will keep rising.", january, ["2025-03"],
             "'since' fixes the past whatever the verbs say"),
            ("He has been ill since January, and since Jan. 5 he has not worked.", CalendarDate(year: 2026, month: 12, day: 3),
             ["2026-01", "2026-01-05"], "'since' fixes the past also next to the anchor across the turn of the year"),
            ("Nobody has heard from him since December 28, nor since Christmas.", CalendarDate(year: 2026, month: 12, day: 3),
             ["2025-12-28", "2025-12-25"], "'since' a day later in the year than the anchor is last year's"),
            ("Crude for January delivery rose 47 cents.", CalendarDate(year: 2026, month: 12, day: 3), ["2027-01"],
             "a past verb near the next month's name does not move it back a year"),
            ("In March, the company opened a plant, and it will expand.", january, ["2025-03"],
             "the expression's own clause first; the comma after a fronted date ends no clause"),
            ("The talks, which were delayed, are set to resume Monday.", january, ["2026-01-19"],
             "a cue beyond a clause break loses to one in the clause"),
            ("The talks are supposed to end by November.", january, ["2026-11"], "'supposed to' is future"),
            ("The figures for November showed a rise.", january, ["2025-11"], "an -ed verb is past"),
            ("The shares are being traded in March.", january, ["2026-03"], "a present passive is no past tense"),
            ("The shares were traded in March.", january, ["2025-03"], "'were' is past"),
            ("Figures for December showed a rise.", january, ["2025-12"], "with no cue the nearest month"),
            ("Prodi narrowly beat Berlusconi in April's election.", november, ["2026-04"],
             "with no cue a month up to seven months back is the past one"),
            ("British-controlled Maysan could pass to Iraqi control in January.", november, ["2027-01"],
             "the adjective end of a compound is no past tense"),
            ("The council re-elected Bashir on Friday, before talks planned for later.", november, ["2026-11-13"],
             "a prefixed verb is one"),
            ("The talks resume Monday in Geneva, officials said.", january, ["2026-01-19"],
             "news states what is arranged in the present: a scheduling verb is future"),
            ("The trial of the former minister opens Tuesday.", january, ["2026-01-20"], "a scheduling verb's present"),
            ("The law takes effect in October.", january, ["2026-10"], "'takes effect' is arranged, not past"),
            ("The trial opened Tuesday.", january, ["2026-01-13"], "its past form is past"),
            ("The tournament starts on June 9.", november, ["2027-06-09"], "'starts' is arranged"),
            ("The flight leaves at 6am on Wednesday.", january, ["2026-01-21T06:00", "2026-01-21"], "'leaves' is arranged"),
            ("Its starts in June cost points.", november, ["2026-06"], "after a determiner 'starts' is a noun, no cue"),
            ("The game was postponed to Saturday.", january, ["2026-01-17"], "a moved event's new time lies ahead"),
            ("The hearing was pushed back to Monday, the court said.", january, ["2026-01-19"], "a particle may stand between"),
            ("Talks were adjourned until Tuesday.", january, ["2026-01-20"], "'adjourned until'"),
            ("The game was postponed on Saturday.", january, ["2026-01-10"], "'on' names when it was moved: past"),
            ("The minister is due in Nairobi on Tuesday.", january, ["2026-01-20"], "'due' is awaited"),
            ("The report was due in March.", november, ["2026-03"], "'was due' is past"),
            ("The fire that raged through the market on Monday killed 18.", january, ["2026-01-12"],
             "'through' is no tense cue: mostly a particle (raged through, ripped through) or a range"),
            ("Profits fell in the fourth quarter.", january, ["2025-Q4"], "quarters follow the tense"),
            ("Sales in the first quarter will rise.", january, ["2026-Q1"], "the current quarter in future talk"),
            ("It will report third-quarter results.", october, ["2026-Q3"], "the quarter just ended, in future talk"),
            ("The deal will close in the first quarter.", october, ["2027-Q1"], "a gone quarter in future talk is next year's"),
            ("The bonds will be redeemed in five years.", nil, ["P5Y"], "'in five years' without an anchor is a duration"),
            ("Who's watching the final on Tuesday?", january, ["2026-01-20"], "a present progressive states an arrangement ahead"),
            ("The envoy is traveling to Somalia on Tuesday.", january, ["2026-01-20"], "'is traveling'"),
            ("Smith's funding of the school on Tuesday", january, ["2026-01-13"], "a possessive's -ing word is no progressive"),
            ("The low on Tuesday is the level we're seeing again", january, ["2026-01-13"],
             "a progressive after the time says nothing of it (the nearest Tuesday)"),
            ("She is heading to Russia after winning the trophy Tuesday.", january, ["2026-01-13"],
             "'after winning' opens a clause of its own: the progressive before it does not reach the time"),
            ("I booked flights for Dec. 20.", november, ["2026-12-20"], "an arranged time lies ahead of the arranging"),
            ("The visit had been scheduled for Sunday.", january, ["2026-01-18"], "'scheduled for', whatever the tense"),
            ("in 2 wks ill be 30 lol", january, ["2026-01-30"], "'ill be' is 'I'll be' in a post"),
            ("im gonna see her tuesday", january, ["2026-01-20"], "'gonna'"),
            ("She fell ill in March.", november, ["2026-03"], "'ill' alone is no future"),
        ]
        for (text, published, expected, why) in cases {
            XCTAssertEqual(values(text, published: published), expected, why)
        }
        // The deciding word is recorded for explanations.
        let found = TemporalTagger.shared.tag(scalars: Array("The plant will open in March.".unicodeScalars),
                                              published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(found.first?.tense, "future (will)")
    }

    /// A winter is written with the year that holds its January and February: said in
    /// November 2026, "this winter" is 2027-WI and "last winter" 2026-WI; "the winter
    /// of 1914" keeps the year it names.
    func testAWinterIsWrittenWithTheYearOfItsJanuary() {
        let november = CalendarDate(year: 2026, month: 11, day: 19)!
        XCTAssertEqual(values("Heating costs will rise this winter.", published: november), ["2027-WI"])
        XCTAssertEqual(values("Last winter was mild.", published: november), ["2026-WI"])
        XCTAssertEqual(values("Prices rose this summer.", published: november), ["2026-SU"], "other seasons keep their year")
        XCTAssertEqual(values("It froze in the winter of 1914.", published: november), ["1914-WI"])
    }

    /// "last" with a weekday in a working week is the week before's (on a Thursday,
    /// "last Wednesday" is eight days back, yesterday being "Wednesday"); from a
    /// weekend, the week just ended's.
    func testLastWeekdayCountsFromTheWeekBeforeInAWorkingWeek() {
        let thursday = CalendarDate(year: 2005, month: 11, day: 17)
        XCTAssertEqual(values("Voting began last Wednesday in Cairo.", published: thursday), ["2005-11-09"])
        XCTAssertEqual(values("The cabinet met last Friday.", published: thursday), ["2005-11-11"])
        let monday = CalendarDate(year: 1989, month: 10, day: 30)
        XCTAssertEqual(values("Stocks fell last Friday.", published: monday), ["1989-10-27"])
        let saturday = CalendarDate(year: 2005, month: 12, day: 17)
        XCTAssertEqual(values("Attacks went on during last Thursday's elections.", published: saturday), ["2005-12-15"])
        // (the day before a day named is the nearest before it: "the previous Wednesday")
        XCTAssertEqual(values("On Friday, Dec. 16, he spoke; he had arrived the previous Wednesday.", published: saturday), ["2005-12-16", "2005-12-14"])
    }

    /// A clock time after a weekday that recurs recurs with it ("every Monday at 9
    /// p.m.": a SET of that weekday at that time), not once today.
    func testAClockTimeAfterARecurringWeekdayRecurs() {
        let text = "The show airs every Monday at 9 p.m. and on Sundays at noon, and once today at 5 p.m."
        let found = TemporalTagger.shared.tag(scalars: Array(text.unicodeScalars), published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(found.map(\.value), ["XXXX-WXX-1", "XXXX-WXX-1T21:00", "XXXX-WXX-7", "XXXX-WXX-7T12:00", "2026-01-16", "2026-01-16T17:00"])
        XCTAssertEqual(found.map(\.type), [.set, .set, .set, .set, .date, .time])
        // ... and so does one before the days it recurs on.
        let before = "Late opening until 9pm on Thursdays; we open at noon on Sundays and at 9am on Friday."
        let times = TemporalTagger.shared.tag(scalars: Array(before.unicodeScalars), published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(times.map(\.value), ["XXXX-WXX-4T21:00", "XXXX-WXX-4", "XXXX-WXX-7T12:00", "XXXX-WXX-7", "2026-01-16T09:00", "2026-01-16"])
        // Every day's clock times recur too, and so does the other end of a range of
        // clock times ("daily from 10 a.m. to 6 p.m.", "9am-5pm on Saturdays").
        let hours = "The museum is open daily from 10 a.m. to 6 p.m., and 9am-5pm on Saturdays. It opens at 8 p.m. today."
        let open = segmented(hours)
        XCTAssertEqual(open.map(\.value), ["XXXX-XX-XX", "XXXX-XX-XXT10:00", "XXXX-XX-XXT18:00", "XXXX-WXX-6T09:00", "XXXX-WXX-6T17:00",
                                           "XXXX-WXX-6", "2026-01-16T20:00"])
        XCTAssertEqual(open.map(\.type), [.set, .set, .set, .set, .set, .set, .time])
        XCTAssertEqual(segmentedValues("Tours run from 9 a.m. to 5 p.m. daily."), ["XXXX-XX-XXT09:00", "XXXX-XX-XXT17:00", "XXXX-XX-XX"])
    }

    /// "The quarter ended Feb. 28" names the report's quarter, which "the year-earlier
    /// period" counts back from; after "the fiscal first quarter" it is that quarter
    /// under its calendar name, and the named one stays the report's.
    func testAQuarterNamedByItsLastMonth() {
        let march = CalendarDate(year: 1998, month: 3, day: 12)!
        XCTAssertEqual(values("Earnings for the quarter ended Feb. 28 fell. The firm posted a loss in the year-earlier period.", published: march),
                       ["1998-Q1", "1998-02-28", "1997-Q1"])
        let october = CalendarDate(year: 1989, month: 10, day: 20)!
        XCTAssertEqual(values("Profit rose in the fiscal first quarter. For the quarter ended Sept. 29, sales grew from the year-earlier period.",
                              published: october),
                       ["1989-Q1", "1989-Q3", "1989-09-29", "1988-Q1"])
    }

    /// Outside a story, "the next year" told in the past after a year named in its
    /// paragraph follows that year; in talk of the future it counts from the time of
    /// writing.
    func testTheNextYearAfterAYearNamedInThePast() {
        XCTAssertEqual(values("It went public in 1995, and the next year it bought a rival."), ["1995", "1996"])
        XCTAssertEqual(values("Sales fell in March 2019; the next month they rose."), ["2019-03", "2019-04"])
        XCTAssertEqual(values("Founded in 1995, it expects sales to grow over the next year."), ["1995", "2027"])
        XCTAssertEqual(values("It went public in 1995.\n\nThe next year was hard."), ["1995", "2027"],
                       "a year named in another paragraph is no context")
    }

    /// A time word English writes in lowercase, capitalised in mid-sentence next to a
    /// capitalised word, is part of a name or title.
    func testACapitalisedTimeWordInANameIsNoTime() {
        XCTAssertEqual(values("She watched High Noon again."), [])
        XCTAssertEqual(values("They saw Apocalypse Now at the festival."), [])
        XCTAssertEqual(values("The newspaper USA Today said so on Friday."), ["2026-01-16"])
        XCTAssertEqual(values("He is a former Midnight Oil star."), [])
        XCTAssertEqual(values("Tonight Obama speaks."), ["2026-01-16TNI"], "at a sentence's start it is the word")
        XCTAssertEqual(values("Doors open TONIGHT ONLY at the Odeon."), ["2026-01-16TNI"], "text in capitals")
        XCTAssertEqual(values("We meet at noon Friday."), ["2026-01-16T12:00"])
        XCTAssertEqual(values("cant wait for Tonight!!"), ["2026-01-16TNI"], "a post's capital with no name beside it")
    }

    /// The first year of a range before Christ whose era is written once, at its end,
    /// is a year before Christ too; such years count down.
    func testARangeOfYearsBeforeChrist() {
        XCTAssertEqual(values("The war was fought from 431 to 404 BC."), ["BC0431", "BC0404"])
        XCTAssertEqual(values("It flourished between 300 and 250 B.C. in Sicily."), ["BC0300", "BC0250"])
        XCTAssertEqual(values("They sold 404 to 431 BC voters."), ["BC0431"], "a first number below the last is no year of the range")
    }

    /// "the previous week" after "last week" is the week before that one.
    func testThePreviousWeekAfterLastWeek() {
        XCTAssertEqual(values("Shares fell 3 percent last week, after rising 2 percent the previous week."), ["2026-W02", "2026-W01"])
        XCTAssertEqual(CalendarDate.monday(ofISOWeek: 1, year: 2026), CalendarDate(year: 2025, month: 12, day: 29))
        XCTAssertEqual(CalendarDate.monday(ofISOWeek: 53, year: 2026), CalendarDate(year: 2026, month: 12, day: 28))
        XCTAssertNil(CalendarDate.monday(ofISOWeek: 53, year: 2025), "2025 has 52 weeks")
        XCTAssertEqual(CalendarDate.monday(ofISOWeek: 3, year: 2026)?.isoWeek.week, 3)
    }

    /// The first hour of a range whose end says a.m. or p.m. is a clock time in the
    /// half that keeps the range increasing, on the end's day.
    func testTheFirstHourOfARange() {
        let thursday = CalendarDate(year: 2016, month: 9, day: 15)!
        XCTAssertEqual(values("open house 1-4pm this saturday", published: thursday),
                       ["2016-09-17T13:00", "2016-09-17T16:00", "2016-09-17"])
        XCTAssertEqual(values("The polls are open from 7 to 10 p.m. Thursday.", published: thursday),
                       ["2016-09-15T19:00", "2016-09-15T22:00"])
        XCTAssertEqual(values("The office is open 9-5pm.", published: thursday), ["2016-09-15T09:00", "2016-09-15T17:00"], "9 to 5 p.m. starts in the morning")
        XCTAssertEqual(values("Lunch is served 11-12pm.", published: thursday), ["2016-09-15T11:00", "2016-09-15T12:00"])
        XCTAssertEqual(values("The talk runs 9:30-11:30am.", published: thursday), ["2016-09-15T09:30", "2016-09-15T11:30"])
        XCTAssertEqual(values("He scored 3-4 points.", published: thursday), [])
    }

    /// "Earlier in the day" is within the report's frame: a background date a
    /// paragraph before, far from the date of writing, does not set its day; "the
    /// same day" still points back to the day named.
    func testEarlierInTheDayIsTheReportsDay() {
        let april = CalendarDate(year: 1997, month: 4, day: 8)!
        XCTAssertEqual(values("A tank crashed through its gates on April 30, 1975.\n\nEarlier in the day Rubin visited a school.", published: april),
                       ["1975-04-30", "1997-04-08"])
        XCTAssertEqual(values("Rubin arrived on Monday, April 7.\n\nEarlier in the day he visited a school.", published: april),
                       ["1997-04-07", "1997-04-07"], "a day of the report named before stays the day")
        XCTAssertEqual(values("The budget was unveiled on February 28.\n\nShares rose 6 percent on the same day.", published: april),
                       ["1997-02-28", "1997-02-28"])
        XCTAssertEqual(values("The record was set October 21, 1987.\n\nThe index closed the morning session higher.", published: april),
                       ["1987-10-21", "1997-04-08TMO"], "'the morning' of a report is in its frame too")
    }

    /// A month joined to a month before it is a month, whatever word it also is
    /// ("January-March", "June to May"); "to march" alone stays a verb.
    func testAMonthJoinedToAMonthBeforeIt() {
        let november = CalendarDate(year: 2026, month: 11, day: 19)!
        XCTAssertEqual(values("The January-March instalments were paid.", published: november), ["2026-01", "2026-03"])
        XCTAssertEqual(values("Sales in the January-March period were weak.", published: november), ["2026-Q1"], "a period of three months is its quarter")
        XCTAssertEqual(values("They will march on the capital.", published: november), [])
    }

    /// Two months with no year written, joined as the ends of one stretch, run forward
    /// within a year: in the past the end stands and the start precedes it; else the
    /// start stands and the end follows it. A list of months is no stretch.
    func testAStretchOfMonthsRunsForward() {
        let november = CalendarDate(year: 2025, month: 11, day: 20)!
        XCTAssertEqual(values("The sale ran from November to February.", published: november), ["2024-11", "2025-02"])
        XCTAssertEqual(values("Exhibits run from March to June.", published: november), ["2026-03", "2026-06"])
        XCTAssertEqual(values("The sale runs November thru February.", published: november), ["2025-11", "2026-02"])
        XCTAssertEqual(values("In May and August prices rose.", published: november), ["2025-05", "2025-08"])
        let story = "In the spring of 1862 the army marched south. From November to February it rested."
        XCTAssertEqual(values(story, published: nil), ["1862-SP", "1862-11", "1863-02"])
    }

    /// Posts drop the article of "a couple": "couple days ago", "couple weeks"; not
    /// "couple" alone as a noun.
    func testCoupleWithoutItsArticle() {
        XCTAssertEqual(values("couple days ago my phone died"), ["2026-01-14"])
        XCTAssertEqual(values("took couple weeks to fix lol"), ["P2W"])
        XCTAssertEqual(values("The couple married in a small ceremony."), [])
    }

    func testModifiers() {
        let s = Array("It took effect in late 2025 and mid-2026, early March, about two years.".unicodeScalars)
        let found = TemporalTagger.shared.tag(scalars: s, published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(found.map(\.value), ["2025", "2026", "2025-03", "P2Y"])
        XCTAssertEqual(found.map { $0.mod ?? "-" }, ["END", "MID", "START", "APPROX"])
        // An edge phrase inside a rule's own span is its edge too; a one-word
        // comparative is not ("earlier this month" is no start of the month).
        let edges = Array("By the end of the year, at the start of the week, in the middle of the night, earlier this month.".unicodeScalars)
        let tagged = TemporalTagger.shared.tag(scalars: edges, published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(tagged.map(\.value), ["2026", "2026-W03", "2026-01-16TNI", "2026-01"])
        XCTAssertEqual(tagged.map { $0.mod ?? "-" }, ["END", "START", "MID", "-"])
    }

    /// Approximators of a date are part of it, with mod APPROX: "circa", "c." and "ca."
    /// (before which any number is a year, however old; a capital one-letter "C." is an
    /// initial), and "about" after a preposition of time ("in about 1990", "at about 5
    /// p.m."). Alone, "about" may name a topic, and an approximated number before a noun
    /// is an amount.
    func testApproximatorsOfADate() {
        let text = "The tower was built circa 1500. The chapel (c. 1350) is older. Peace was made (ca. 466 BC). "
            + "It began in about 1990. We met at about 5 p.m. on Friday."
        let scalars = Array(text.unicodeScalars)
        let found = TemporalTagger.shared.tag(scalars: scalars, published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(found.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) },
                       ["circa 1500", "c. 1350", "ca. 466 BC", "about 1990", "about 5 p.m.", "Friday"])
        XCTAssertEqual(found.map { $0.mod ?? "-" }, ["APPROX", "APPROX", "APPROX", "APPROX", "APPROX", "-"])
        XCTAssertEqual(values("A crowd of about 1500 people came. About 1500 people came. It sold circa 300 copies."), [])
        XCTAssertEqual(values("Section C. 1500 is the code."), [])
        XCTAssertEqual(values("They argued about 1980s fashion."), ["198"])
    }

    /// An edge word glued on by a hyphen is the expression's edge, as the free word
    /// is: "mid-2026", "early-2028", "end-March" (which "end" modifies only so).
    func testEdgeWordsGluedByAHyphen() {
        let text = "The plan runs until end-March. Rates peak by end-2027 and fall in early-2028. "
            + "Deliveries will start from late-September. It was built in the mid-1990s. The high-end 2026 models sold out."
        let scalars = Array(text.unicodeScalars)
        let found = segmented(text)
        XCTAssertEqual(found.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) },
                       ["end-March", "end-2027", "early-2028", "late-September", "the mid-1990s", "2026"])
        XCTAssertEqual(found.map(\.value), ["2026-03", "2027", "2028", "2026-09", "199", "2026"])
        XCTAssertEqual(found.map { $0.mod ?? "-" }, ["END", "END", "START", "END", "MID", "-"])
        XCTAssertEqual(segmentedValues("She hosts a late-night show and an end-user forum."), [])
    }

    /// A weekday written with a day that names no year picks the year in which the day
    /// falls on that weekday: written on 20 December 2026, "Thursday, January 15" is
    /// 2026's (a Thursday) whatever the tense, "Friday, January 15" 2027's. Without the
    /// weekday, or when no year around agrees with it, the tense and the distance decide.
    func testAWeekdayWithADayPicksTheYear() {
        let december = CalendarDate(year: 2026, month: 12, day: 20)!
        func values(_ text: String) -> [String] { segmentedValues(text, published: december) }
        XCTAssertEqual(values("The vote will be held on Thursday, January 15."), ["2026-01-15"])
        XCTAssertEqual(values("He said the vote was set for Friday, January 15."), ["2027-01-15"])
        XCTAssertEqual(values("At 11 a.m. Thursday, Jan. 15, the vote was held."), ["2026-01-15T11:00", "2026-01-15"])
        XCTAssertEqual(values("At 11 a.m. Friday, Jan. 15, the vote will be held."), ["2027-01-15T11:00", "2027-01-15"])
        XCTAssertEqual(values("The vote will be held on January 15."), ["2027-01-15"], "no weekday: the tense")
        XCTAssertEqual(values("Polls open on Monday, July 4."), ["2026-07-04"], "no year around agrees: as without it")
    }

    /// A weekday range with its clock times and no word that makes it one week's days
    /// is a timetable: sets, off the timeline ("Open Mon-Fri 9am-5pm"). With "from",
    /// a future auxiliary or a past tense it stays days of one week, the range in order
    /// even where the second day carries its clock time.
    func testAWeekdayRangeWithClockTimesIsATimetable() {
        let friday = CalendarDate(year: 2026, month: 12, day: 4)!
        func tagged(_ text: String) -> [String] {
            let scalars = Array(text.unicodeScalars)
            return segmented(text, published: friday).map {
                String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) + "=" + $0.type.rawValue + ":" + $0.value
            }
        }
        XCTAssertEqual(tagged("Open Mon-Fri 9am-5pm."),
                       ["Mon=SET:XXXX-WXX-1", "Fri=SET:XXXX-WXX-5", "9am=SET:XXXX-XX-XXT09:00", "5pm=SET:XXXX-XX-XXT17:00"])
        XCTAssertEqual(tagged("Open Monday to Friday, 9am to 5pm."),
                       ["Monday=SET:XXXX-WXX-1", "Friday=SET:XXXX-WXX-5", "9am=SET:XXXX-XX-XXT09:00", "5pm=SET:XXXX-XX-XXT17:00"])
        XCTAssertEqual(tagged("Trains run Mon\u{2013}Sat, 6:00\u{2013}23:00."),
                       ["Mon=SET:XXXX-WXX-1", "Sat=SET:XXXX-WXX-6", "6:00=SET:XXXX-XX-XXT06:00", "23:00=SET:XXXX-XX-XXT23:00"])
        XCTAssertEqual(tagged("The talks will run from Monday to Friday."),
                       ["Monday=DATE:2026-12-07", "Friday=DATE:2026-12-11"], "one week's days")
        XCTAssertEqual(tagged("The talks will run Monday to Friday, 9am to 5pm."),
                       ["Monday=DATE:2026-12-07", "Friday, 9am=TIME:2026-12-11T09:00", "5pm=TIME:2026-12-11T17:00"],
                       "a future auxiliary; the range in order, its clock range with it")
        XCTAssertEqual(tagged("He worked Monday to Friday."), ["Monday=DATE:2026-11-30", "Friday=DATE:2026-12-04"])
        // a participle with no subject that opens a listing's line is its label, not the past
        XCTAssertEqual(tagged("Open Mon-Fri 9am-5pm. Closed Sat-Sun."),
                       ["Mon=SET:XXXX-WXX-1", "Fri=SET:XXXX-WXX-5", "9am=SET:XXXX-XX-XXT09:00", "5pm=SET:XXXX-XX-XXT17:00",
                        "Sat=SET:XXXX-WXX-6", "Sun.=SET:XXXX-WXX-7"])
        XCTAssertEqual(tagged("The shop closed Sat-Sun."), ["Sat=DATE:2026-11-28", "Sun.=DATE:2026-11-29"], "a subject: the past")
    }

    /// The second clock time of a range is on the day the first names ("Saturday
    /// 10:00-14:00"), as the first is on the day its end names ("1-4pm this saturday").
    func testTheSecondClockTimeOfARangeIsOnTheFirstOnesDay() {
        let friday = CalendarDate(year: 2026, month: 12, day: 4)!
        XCTAssertEqual(segmentedValues("The fair runs Saturday 10:00\u{2013}14:00.", published: friday),
                       ["2026-12-05T10:00", "2026-12-05T14:00"])
        XCTAssertEqual(segmentedValues("The fair runs Saturday 10am to 2pm.", published: friday),
                       ["2026-12-05T10:00", "2026-12-05T14:00"])
    }

    func testALinesFirstAbbreviatedWeekdayBeforeAClockTimeIsADay() {
        let friday = CalendarDate(year: 2026, month: 12, day: 4)!
        // a timetable's line: the day, then its hours
        XCTAssertEqual(segmentedValues("Opening hours\nSat 10:00\u{2013}14:00\nSun 5pm late opening", published: friday),
                       ["2026-12-05T10:00", "2026-12-05T14:00", "2026-12-06T17:00"])
        XCTAssertEqual(segmentedValues("Fri 18:00 drinks at the bar", published: friday), ["2026-12-04T18:00"])
        // the verb is no day: no clock time after it
        XCTAssertEqual(segmentedValues("Sat on the bench, he waited.", published: friday), [])
    }

    func testNarrativeAndCorpusAnchoring() {
        // Without a date of writing the text is read as a story: "Friday" is the one
        // nearest to where the story has got (the following day, Friday 16 January).
        let text = "They met on January 15, 2026 in Tokyo. The following day they signed. On Friday they left."
        let s = Array(text.unicodeScalars)
        let undated = TemporalTagger.shared.tag(scalars: s, published: nil, corpusAnchor: nil)
        XCTAssertEqual(undated.map(\.value), ["2026-01-15", "2026-01-16", "2026-01-16"])
        XCTAssertEqual(undated[1].anchor?.kind, "narrative")
        XCTAssertTrue(undated[2].anchor?.isInferred ?? false)
        let noAnchor = TemporalTagger.shared.tag(scalars: Array("They met on Friday last year.".unicodeScalars), published: nil, corpusAnchor: nil)
        XCTAssertEqual(noAnchor.map(\.value), ["XXXX-WXX-5", "XXXX"])
        XCTAssertNil(noAnchor[0].anchor)
        let corpus = TemporalTagger.shared.tag(scalars: Array("They met on Friday last year.".unicodeScalars), published: nil,
                                               corpusAnchor: TemporalRuleTests.anchor)
        XCTAssertEqual(corpus.map(\.value), ["2026-01-16", "2025"])
        XCTAssertEqual(corpus[0].anchor?.kind, "corpus")
        // An undated text's last day named stands for its time of writing, but not a day
        // told as ahead: that is an event ahead (a deadline), and "Monday" and "two days
        // ago" count from the anchor (Friday 16 January) or a day named before it.
        let deadline = segmented("The offer expires on Feb. 27, 2026. On Monday he said he would sign. Two days ago he signed.", published: nil, corpus: TemporalRuleTests.anchor)
        XCTAssertEqual(deadline.map(\.value), ["2026-02-27", "2026-01-12", "2026-01-14"])
        XCTAssertEqual(deadline[1].anchor?.kind, "corpus")
        // (a day named before the anchor still stands for the time of writing)
        let dateline = segmented("The talks ended on Jan. 7, 2026. On Monday he said he would sign.", published: nil, corpus: TemporalRuleTests.anchor)
        XCTAssertEqual(dateline.map(\.value), ["2026-01-07", "2026-01-05"])
        let both = segmented("The talks ended on Jan. 7, 2026. The deal will be signed on March 2, 2026. On Monday he said so.", published: nil, corpus: TemporalRuleTests.anchor)
        XCTAssertEqual(both.map(\.value), ["2026-01-07", "2026-03-02", "2026-01-05"])
        // (a day named after the anchor in the past is the time of writing: the anchor
        // was set too early)
        let later = segmented("The talks ended on March 4, 2026. On Monday he said he would sign.", published: nil, corpus: TemporalRuleTests.anchor)
        XCTAssertEqual(later.map(\.value), ["2026-03-04", "2026-03-02"])
        // "the following January" is counted from the date before it, and says so.
        let following = TemporalTagger.shared.tag(
            scalars: Array("He was arrested on 14 February 2023 and charged the following January.".unicodeScalars),
            published: TemporalRuleTests.anchor, corpusAnchor: nil)
        XCTAssertEqual(following.map(\.value), ["2023-02-14", "2024-01"])
        XCTAssertEqual(following.last?.anchor?.kind, "narrative")
    }

    func testOffsetsAreScalarOffsets() {
        let text = "Le café — 東京 talks on January 16, 2026 ended."
        let s = Array(text.unicodeScalars)
        let t = TemporalTagger.shared.tag(scalars: s, published: nil, corpusAnchor: nil)
        XCTAssertEqual(t.count, 1)
        XCTAssertEqual(String(String.UnicodeScalarView(s[t[0].span.start..<t[0].span.end])), "January 16, 2026")
    }
}
