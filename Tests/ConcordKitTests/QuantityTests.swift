@testable import ConcordKit
import XCTest

/// Numbers as written in news: parsed once, shared by every analysis.
final class QuantityTests: XCTestCase {
    func q(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return QuantityParser.quantities(s, Span(0, s.count)).map(\.description)
    }

    func testNumerals() {
        // (a floor and a ceiling show which way the count may go)
        XCTAssertEqual(q("more than 1,000 others"), ["≥1000"])
        XCTAssertEqual(q("at least 14 dead"), ["≥14"])
        XCTAssertEqual(q("nearly 400 artists"), ["≤400"])
        XCTAssertEqual(q("up to 5,000 troops"), ["≤5000"])
        XCTAssertEqual(q("1,700 troops and 5,500 police"), ["1700", "5500"])
        XCTAssertEqual(q("a 3.5 percent rise"), ["3.5"])
        XCTAssertEqual(q("1,234,567 votes"), ["1234567"])
        XCTAssertEqual(q("2.3 million people"), ["2300000"])
        XCTAssertEqual(q("$5bn deal"), ["5000000000"])
        XCTAssertEqual(q("on the 5th and 10am"), [], "ordinals and clock times are not counts")
        XCTAssertEqual(q("in 2026 and 1,999 people"), ["1999"], "a bare year is not a count; with a separator it is")
        XCTAssertEqual(q("a, 100,0 b"), ["100", "0"], "a comma not followed by three digits separates")
    }

    func testWordsAndRanges() {
        XCTAssertEqual(q("a dozen ministers"), ["12"])
        XCTAssertEqual(q("two dozen colleagues"), ["24"], "a count of dozens multiplies")
        XCTAssertEqual(q("3 dozen eggs"), ["36"])
        XCTAssertEqual(q("hundreds of people"), ["~100"])
        XCTAssertEqual(q("two-thirds of members"), ["0.6667"])
        XCTAssertEqual(q("twenty-five ships"), ["25"])
        XCTAssertEqual(q("three hundred soldiers"), ["300"])
        XCTAssertEqual(q("12 to 15 people"), ["12–15"])
        XCTAssertEqual(q("12-15 people"), ["12–15"])
        XCTAssertEqual(q("between 12 and 15 people"), ["12–15"])
        XCTAssertEqual(q("3 and 12 members"), ["3", "12"], "and joins a range only after between")
        XCTAssertEqual(q("about 40 minutes"), ["~40"])
    }

    func testSpans() {
        let text = "Police said more than 1,000 others fled."
        let s = Array(text.unicodeScalars)
        let found = QuantityParser.quantities(s, Span(0, s.count))
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(String(String.UnicodeScalarView(s[found[0].span.start..<found[0].span.end])), "more than 1,000")
    }
}

final class NumberDiscrepancyTests: XCTestCase {
    func corpus(_ texts: [String]) -> Corpus {
        Corpus(root: "t", articles: texts.enumerated().map { Fixtures.parse($1, id: "s\($0)").0 })
    }

    func numbers(_ texts: [String]) -> [Discrepancy] {
        let c = corpus(texts)
        return DiscrepancyFinder.find(c, timeline: Timeline.build(c)).filter { $0.kind == .number }
    }

    func testThousandsSeparatorsAreRead() {
        let found = numbers([
            "Officials said 1,700 troops were deployed to the northern border region on Monday.",
            "Officials said 700 troops were deployed to the northern border region on Monday.",
        ])
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(Set(found.first?.claims.map(\.value) ?? []), ["1700", "700"])
    }

    func testApproximateCountsAndAgesDoNotConflict() {
        XCTAssertTrue(numbers([
            "Police said more than 1,000 people fled the northern border region on Monday.",
            "Police said 1,200 people fled the northern border region on Monday.",
        ]).isEmpty, "more than 1,000 agrees with 1,200")
        XCTAssertTrue(numbers([
            "A 44-year-old man was arrested in the northern border region on Monday, police said.",
            "A 52-year-old man was arrested in the northern border region on Monday, police said.",
        ]).isEmpty, "ages of different people are not counts of one thing")
        XCTAssertTrue(numbers([
            "Between 12 and 15 people were hurt in the northern border region on Monday, police said.",
            "Police said 14 people were hurt in the northern border region on Monday.",
        ]).isEmpty, "14 lies in 12–15")
    }
}

final class DiscrepancyConfidenceTests: XCTestCase {
    func find(_ texts: [String]) -> [Discrepancy] {
        let c = Corpus(root: "t", articles: texts.enumerated().map { Fixtures.parse($1, id: "s\($0)").0 })
        return DiscrepancyFinder.find(c, timeline: Timeline.build(c))
    }

    func testOneEventDatedTwiceIsConfident() throws {
        let items = find([
            "---\npublished: 2026-01-17\n---\n\nThe leaders of Japan and Italy met in Tokyo on January 16, 2026, for talks on defence.\n",
            "---\npublished: 2026-01-17\n---\n\nThe leaders of Japan and Italy met in Tokyo on January 15, 2026, for talks on trade.\n",
        ]).filter { $0.kind == .date }
        let d = try XCTUnwrap(items.first)
        XCTAssertGreaterThanOrEqual(d.confidence, DiscrepancyFinder.defaultThreshold)
        XCTAssertTrue(d.reason.contains("each source gives one date"), d.reason)
    }

    /// The event word must lie within `eventReach` characters of the date, on either
    /// side (a long word between them counts by its characters, not as one token).
    func testEventWordWithinReachOfTheDate() {
        func dated(_ gap: String, after: Bool = false) -> Int {
            let a = after ? "Leaders of Japan and Italy, on January 16, 2026, \(gap) met in Tokyo."
                          : "Leaders of Japan and Italy met in Tokyo \(gap) on January 16, 2026."
            let b = after ? "Leaders of Japan and Italy, on January 15, 2026, \(gap) met in Tokyo."
                          : "Leaders of Japan and Italy met in Tokyo \(gap) on January 15, 2026."
            return find(["---\npublished: 2026-01-17\n---\n\n" + a + "\n", "---\npublished: 2026-01-17\n---\n\n" + b + "\n"])
                .filter { $0.kind == .date }.count
        }
        XCTAssertEqual(dated(""), 1)
        XCTAssertEqual(dated(String(repeating: "x", count: 60)), 1, "one long word: 'met' is 73 characters before the date")
        XCTAssertEqual(dated(String(repeating: "x", count: 75)), 0, "'met' 88 characters before the date")
        XCTAssertEqual(dated(String(repeating: "y", count: 60), after: true), 1)
        XCTAssertEqual(dated(String(repeating: "y", count: 80), after: true), 0)
    }

    func testASourceGivingBothDatesIsLessConfident() throws {
        let items = find([
            "---\npublished: 2026-01-20\n---\n\nThe leaders of Japan and Italy met in Tokyo on January 16, 2026. The leaders of Japan and Italy met in Tokyo again on January 18, 2026.\n",
            "---\npublished: 2026-01-20\n---\n\nThe leaders of Japan and Italy met in Tokyo on January 16, 2026, officials said.\n",
        ]).filter { $0.kind == .date }
        let d = try XCTUnwrap(items.first)
        XCTAssertLessThan(d.confidence, DiscrepancyFinder.defaultThreshold, d.reason)
        XCTAssertTrue(d.reason.contains("a source gives more than one of the dates"))
    }

    func testIndexLevelsAreNotConfidentCounts() {
        let items = find([
            "The Nasdaq composite index closed at 2,437.36 points on Monday in New York, traders said, as technology shares fell.",
            "The Nasdaq composite index closed at 2,415.12 points on Monday in New York, traders said, as technology shares fell.",
        ]).filter { $0.kind == .number }
        XCTAssertTrue(items.allSatisfy { $0.confidence < DiscrepancyFinder.defaultThreshold }, "\(items.map(\.reason))")
    }
}
