@testable import ConcordKit
import XCTest

/// The article body is kept as UTF-8 and read by scalar offset; every read must give
/// what an array of scalars would.
final class ScalarTextTests: XCTestCase {
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    func testSpansAndScalarsMatchAnArrayOfScalars() {
        // Seeded: the same bodies and spans every run.
        var rng = SplitMix(seed: 0x5EED)
        let pool: [Unicode.Scalar] = ["a", "Z", " ", "\n", "é", "—", "“", "東", "😀", "\u{202E}", "\u{0}", "\u{FFFD}"]
        for trial in 0..<300 {
            let n = trial < 5 ? trial : Int.random(in: 0...400, using: &rng)
            // Some bodies are pure ASCII (the fast path), the others mixed.
            let ascii = trial % 3 == 0
            let scalars: [Unicode.Scalar] = (0..<n).map { _ in ascii ? pool[Int.random(in: 0..<4, using: &rng)] : pool.randomElement(using: &rng)! }
            let text = ScalarText(scalars)
            XCTAssertEqual(text.count, scalars.count)
            XCTAssertEqual(text.scalars, scalars)
            XCTAssertEqual(text.isASCII, scalars.allSatisfy { $0.isASCII })
            XCTAssertEqual(ScalarText(validUTF8: text.utf8), text, "its own bytes are well-formed")
            XCTAssertEqual(ScalarText(validUTF8: text.utf8)?.count, scalars.count)
            for _ in 0..<20 {
                let a = Int.random(in: -2...(n + 2), using: &rng), b = Int.random(in: -2...(n + 2), using: &rng)
                let span = Span(min(a, b), max(a, b))
                let s = max(0, min(span.start, n)), e = max(s, min(span.end, n))
                XCTAssertEqual(text.string(span), String(String.UnicodeScalarView(scalars[s..<e])))
                XCTAssertEqual(text.scalars(span), Array(scalars[s..<e]))
                if n > 0 {
                    let k = Int.random(in: 0..<n, using: &rng)
                    XCTAssertEqual(text.scalar(at: k), scalars[k])
                }
            }
        }
    }

    func testMalformedUTF8IsRefused() {
        for bad: [UInt8] in [[0xFF], [0xC3], [0xE2, 0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x61, 0x80]] {
            XCTAssertNil(ScalarText(validUTF8: bad), "\(bad)")
        }
        XCTAssertEqual(ScalarText(validUTF8: Array("Tōkyō 東京".utf8))?.count, 8)
        // ASCII is tested eight bytes at a time: a non-ASCII byte at any place, around
        // the word edges, is still seen (and a lone one refused).
        for n in 0...19 {
            let ascii = [UInt8](repeating: 0x61, count: n)
            XCTAssertEqual(ScalarText(validUTF8: ascii)?.count, n)
            XCTAssertEqual(ScalarText(validUTF8: ascii)?.isASCII, true)
            for k in 0..<n {
                var bad = ascii
                bad[k] = 0x80
                XCTAssertNil(ScalarText(validUTF8: bad), "a lone continuation byte at \(k) of \(n)")
                var good = ascii
                good.replaceSubrange(k..<k + 1, with: Array("é".utf8))
                let text = ScalarText(validUTF8: good)
                XCTAssertEqual(text?.count, n)
                XCTAssertEqual(text?.isASCII, false)
                XCTAssertEqual(text?.scalar(at: k), "é")
            }
        }
    }

    func testAnArticleKeepsItsBodyAsUTF8() {
        let body = "Le sommet “historique” à Tokyo — 東京 — s'est tenu.\n\nDeuxième paragraphe."
        let article = ArticleParser().parse(fileScalars: Array(body.unicodeScalars), id: "a", path: "a.txt").0
        XCTAssertEqual(article.content.utf8.count, body.utf8.count)
        XCTAssertEqual(article.body, body)
        for s in article.sentences { XCTAssertEqual(article.text(s.span), String(String.UnicodeScalarView(article.scalars[s.span.start..<s.span.end]))) }
    }
}
