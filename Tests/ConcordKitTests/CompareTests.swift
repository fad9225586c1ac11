@testable import ConcordKit
import XCTest

final class CompareTests: XCTestCase {
    /// Pairs of sentences that hold the same date written differently are alike:
    /// the date counts as one word, its value.
    func testDatesCountByTheirValueWhenPairing() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("---\npublished: 2026-01-20\n---\nTalks resumed on January 16 after a long pause.\n", "a.txt", in: dir)
        try Fixtures.write("---\npublished: 2026-01-20\n---\nOn 16 Jan. negotiations resumed.\n", "b.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        let timeline = Timeline.build(corpus)
        let pairs = CompareAligner.align(corpus.articles[0], corpus.articles[1], ai: 0, bi: 1, timeline: timeline, discrepancies: [])
        XCTAssertEqual(pairs.map(\.relation), [.both], "\(pairs)")
        // Without the dates the two share one word of seven and stay apart.
        let apart = CompareAligner.align(corpus.articles[0], corpus.articles[1], ai: 0, bi: 1,
                                         timeline: Timeline(entries: [], undated: []), discrepancies: [])
        XCTAssertEqual(apart.map(\.relation), [.onlyLeft, .onlyRight])
    }

    private func align(_ a: String, _ b: String) throws -> [ComparePair] {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write(a, "a.txt", in: dir)
        try Fixtures.write(b, "b.txt", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        return CompareAligner.align(corpus.articles[0], corpus.articles[1], ai: 0, bi: 1,
                                    timeline: Timeline.build(corpus), discrepancies: [])
    }

    /// Two reports retelling one statement in other words pair up: near-synonyms
    /// ("collaboration"/"cooperation", "defense"/"military") count as one word.
    func testRetellingsInOtherWordsPair() throws {
        let pairs = try align(
            "Both leaders emphasized the importance of collaboration on defense initiatives, given the evolving geopolitical landscape.\n\nThe weather was mild.\n",
            "The weather stayed cold.\n\nBoth leaders agreed on the need to expand military cooperation, with particular focus on maritime safety, cyber security, and information sharing.\n")
        let both = pairs.filter { $0.relation == .both }
        XCTAssertEqual(both.count, 1, "\(pairs)")
        XCTAssertEqual(both.first?.left?.start, 0)
        // One shared word ("weather") is not enough to pair.
        XCTAssertEqual(pairs.filter { $0.relation == .onlyLeft }.count, 1, "\(pairs)")
        // Paraphrases are not marked as differing words.
        XCTAssertTrue(CompareAligner.isShared("collaboration", in: ["\u{2}" + CommitmentDiscovery.stem("cooperation")]))
    }

    /// A heading pairs only with a heading: a short title on the same topic is not a
    /// retelling of a sentence.
    func testHeadingsPairOnlyWithHeadings() throws {
        let pairs = try align(
            "# Defense Cooperation Expands\n\nThe ministers agreed to expand defense cooperation next year.\n",
            "Officials said the ministers agreed to expand defense cooperation soon.\n")
        XCTAssertEqual(pairs.filter { $0.relation == .both }.count, 1, "\(pairs)")
        XCTAssertEqual(pairs.first { $0.relation == .both }?.left?.start ?? 0 > 0, true, "\(pairs)")
    }
}
