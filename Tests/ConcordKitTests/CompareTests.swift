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
}
