@testable import ConcordKit
import Foundation
import XCTest

/// Seeded, deterministic mutation test: the seed articles, their bytes flipped,
/// cut, repeated and spliced with hostile pieces, go through every command's core
/// (loader, segmenter, tagger, timeline, matrix, discovery, discrepancies, exports,
/// YAML readers). Nothing may trap or hang, and every span stays in its text.
final class MutationTests: XCTestCase {
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    static let splices: [[UInt8]] = [
        "99999999999999999999999999", "[[[[[[[[[[", "{a: {a: {a:", "\u{1B}[2J", "\u{9B}", "\u{202E}", "\r", "\r\n", "\n---\n",
        "---\ntitle: x\n---\n", "January 16, 2026", "the 31st", "Feb. 30", "1915-17", "6-7 January", "'99", "2moro at 10am",
        "Christmas 1776", "twelve days later", "\u{0}", "\u{FEFF}", "\"", "'", "#", ": ", "- ", "\t", "東京", "🎂",
    ].map { Array($0.utf8) }

    func mutate(_ bytes: [UInt8], _ g: inout Generator) -> [UInt8] {
        var b = bytes
        for _ in 0..<(1 + g.below(8)) {
            switch g.below(6) {
            case 0: if !b.isEmpty { b[g.below(b.count)] = UInt8(g.below(256)) }
            case 1: if !b.isEmpty { let i = g.below(b.count); b.removeSubrange(i..<min(b.count, i + g.below(200))) }
            case 2: b.insert(contentsOf: Self.splices[g.below(Self.splices.count)], at: g.below(b.count + 1))
            case 3: if !b.isEmpty { let i = g.below(b.count); let piece = Array(b[i..<min(b.count, i + g.below(64))]); b.insert(contentsOf: piece, at: g.below(b.count + 1)) }
            case 4: if b.count > 10 { b = Array(b[0..<g.below(b.count)]) }
            default: b.insert(contentsOf: Array(repeating: UInt8(ascii: "9"), count: g.below(40)), at: g.below(b.count + 1))
            }
        }
        return b
    }

    func testMutatedSeedArticlesThroughEveryCommand() throws {
        let dir = Fixtures.packageRoot.appendingPathComponent("data/articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        let seeds = try names.map { try Array(Data(contentsOf: dir.appendingPathComponent($0))) }
        let commitmentsText = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("data/commitments.yaml"), encoding: .utf8)
        var g = Generator(state: 7)
        let loader = CorpusLoader()
        let rounds = 40, perRound = 25   // 1,000 mutated articles
        for round in 0..<rounds {
            var articles: [Article] = []
            var seen: [String: Int] = [:]
            for k in 0..<perRound {
                let bytes = mutate(seeds[g.below(seeds.count)], &g)
                let (loaded, _) = loader.loadFile(Data(bytes), path: "m\(k).txt", relativePath: "m\(k).txt", seenIds: &seen)
                guard let article = loaded else { continue }
                let n = article.scalars.count
                for b in article.blocks { XCTAssertTrue(b.span.start >= 0 && b.span.end <= n) }
                for s in article.sentences { XCTAssertTrue(s.span.start >= 0 && s.span.end <= n) }
                for t in TemporalTagger.shared.tag(article) {
                    XCTAssertTrue(t.span.start >= 0 && t.span.start < t.span.end && t.span.end <= n, "\(t)")
                }
                _ = TimexExport.timeML(article, TemporalTagger.shared.tag(article))
                articles.append(article)
            }
            let corpus = Corpus(root: "m\(round)", articles: articles)
            let commitments = CommitmentSet.parse(String(decoding: mutate(Array(commitmentsText.utf8), &g), as: UTF8.self),
                                                  path: "c.yaml").0
            let set = commitments ?? CommitmentSet.parse(commitmentsText, path: "c.yaml").0
            if let set { _ = AgreementMatrix.build(corpus, set) }
            let timeline = Timeline.build(corpus)
            _ = TimelineExport.json(timeline)
            _ = DiscrepancyFinder.find(corpus, timeline: timeline)
            _ = CommitmentDiscovery.discover(corpus)
            _ = CorpusConfig.parse(String(decoding: mutate(Array("title: T\nanchor: 2026-01-16\ncommitments: c.yaml\n".utf8), &g), as: UTF8.self), path: "concord.yaml")
        }
    }
}
