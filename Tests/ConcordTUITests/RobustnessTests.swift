import ConcordKit
@testable import ConcordTUI
import XCTest

/// Random documents through the whole pipeline: nothing may trap, every span
/// must stay inside its body, and every screen must have the terminal's width.
final class RobustnessTests: XCTestCase {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = [
        "Jan.", "16", "16th", "2026", "1990s", "May", "may", "March", "last", "next", "week", "Friday", "'s", "-", "—",
        ",", ".", "!", "?", "\"", "“", "”", "(", ")", "\u{1B}[31m", "\u{1B}]0;x\u{07}", "\u{202E}", "\u{9B}", "\t",
        "\n", "\n\n", "東京", "🎂", "e\u{301}", "the", "of", "a", "year", "ago", "three-year", "1/2", "a.m.", "U.S.",
        "agreed", "not", "space", "dialogue", "met", "first", "previously", "$", "550", "billion", "%", "---", ":",
        "By", "Author:", "date", "2026-01-16", "Skip to main content", "(©Agency by X)", "quarter", "fiscal", "ss",
        "\u{0}", "\u{FEFF}", "\r\n", "Mo.", "S.p.A.", "midnight", "noon", "tonight", "1,200", "0", "99999999999",
    ]

    func randomText(_ g: inout Generator) -> String {
        (0..<Int(g.next() % 120)).map { _ in g.pick(Self.pieces) }.joined(separator: g.pick([" ", "", " ", "\n"]))
    }

    func testRandomDocumentsThroughTheWholePipeline() throws {
        var g = Generator(state: 42)
        let parser = ArticleParser()
        var articles: [Article] = []
        for n in 0..<120 {
            let text = randomText(&g)
            let (article, _) = parser.parse(fileScalars: Array(text.unicodeScalars), id: "r\(n)", path: "r\(n).txt")
            let count = article.scalars.count
            for b in article.blocks { XCTAssertTrue(b.span.start >= 0 && b.span.end <= count) }
            for s in article.sentences { XCTAssertTrue(article.blocks[s.block].span.contains(s.span)) }
            for t in TemporalTagger.shared.tag(article, corpusAnchor: CalendarDate(year: 2026, month: 1, day: 16)) {
                XCTAssertTrue(t.span.start >= 0 && t.span.end <= count && t.span.start < t.span.end, "\(t)")
                XCTAssertFalse(t.value.isEmpty || t.value.contains("{"), t.value)
            }
            articles.append(article)
        }
        let corpus = Corpus(root: "random", articles: articles)
        let (set, _) = CommitmentSet.parse("commitments:\n  - id: s\n    title: S\n    match: [[space, dialogue], [year*]]\n", path: "c.yaml")
        let matrix = AgreementMatrix.build(corpus, try XCTUnwrap(set))
        XCTAssertEqual(matrix.rows.first?.cells.count, articles.count)
        _ = DiscrepancyFinder.find(corpus, timeline: Timeline.build(corpus))
        _ = CommitmentDiscovery.discover(corpus)

        var state = AppState(corpus: corpus, width: 80, height: 24, commitments: set)
        let keys: [Key] = [.down, .char("j"), .enter, .char("G"), .char("g"), .tab, .pageDown, .char("/"), .char("a"), .enter,
                           .char("n"), .char("N"), .escape, .char("2"), .char("z"), .char("f"), .enter, .enter, .escape,
                           .char("3"), .char("l"), .enter, .enter, .escape, .char("o"), .char("4"), .enter, .char("5"),
                           .char("]"), .char("["), .char("?"), .char("q"), .char("B"), .char("s"), .char("1"),
                           // (this session's keys: pickers, filters, the date range, the mouse)
                           .char("3"), .char("S"), .char("c"), .char(" "), .char("j"), .char(" "), .enter, .click(x: 30, y: 5),
                           .click(x: 30, y: 5), .wheelDown, .wheelUp, .click(x: 3, y: 23), .char("2"), .char("c"), .char("a"),
                           .enter, .char("r"), .char("2"), .char("0"), .char("2"), .char("6"), .enter, .enter, .click(x: 10, y: 6),
                           .char("4"), .enter, .click(x: 10, y: 4), .char("5"), .char("c"), .enter, .enter, .click(x: 999, y: 999),
                           .char("1"), .char("o")]
        for (i, key) in keys.enumerated() {
            state = update(state, .key(key))
            if i % 5 == 0 { state = update(state, .resize(width: [80, 41, 120, 20, 60][i / 5 % 5], height: [24, 10, 40, 5, 15][i / 5 % 5])) }
            let buffer = render(state)
            XCTAssertEqual(buffer.width, state.width)
            for line in buffer.lines() { XCTAssertEqual(DisplayWidth.of(line), state.width, "after \(key)") }
            for cell in buffer.cells {
                XCTAssertFalse(cell.text.unicodeScalars.contains { InertText.needsReplacement($0) }, "raw control after \(key)")
            }
        }
    }
}
