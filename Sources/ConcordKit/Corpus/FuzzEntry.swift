import Foundation

/// The parsing entry points that coverage-guided fuzzing drives (scripts/fuzz.sh,
/// the `concord-fuzz` target) and that the unit tests replay on every input a
/// fuzzer ever crashed or hung (Tests/fuzz-regressions/TARGET/).
public enum FuzzEntry {
    public static let targets = ["frontmatter", "article", "tagger", "commitments", "config", "analyses", "html", "feed", "cache"]

    /// Runs one target on one input. Returns false for an unknown target.
    @discardableResult
    public static func run(_ target: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = { String(decoding: bytes, as: UTF8.self) }
        switch target {
        case "frontmatter":
            _ = FrontMatter.parse(text(), firstLine: 2, path: "fuzz.txt")
        case "article":
            var seen: [String: Int] = [:]
            if let article = CorpusLoader().loadFile(Data(bytes), path: "fuzz.txt", relativePath: "fuzz.txt", seenIds: &seen).0 {
                check(article)
            }
        case "tagger":
            var seen: [String: Int] = [:]
            if let article = CorpusLoader().loadFile(Data(bytes), path: "fuzz.txt", relativePath: "fuzz.txt", seenIds: &seen).0 {
                for published in [CalendarDate(year: 2026, month: 1, day: 16), nil] {
                    let found = TemporalTagger.shared.tag(scalars: article.scalars, published: published, corpusAnchor: nil,
                                                          sentences: article.sentences.map(\.span))
                    for t in found where t.span.start < 0 || t.span.end > article.length || t.span.start >= t.span.end {
                        fatalError("timex span out of the text: \(t)")
                    }
                }
            }
        case "commitments":
            _ = CommitmentSet.parse(text(), path: "commitments.yaml")
        case "config":
            _ = CorpusConfig.parse(text(), path: "concord.yaml")
        case "analyses":
            var seen: [String: Int] = [:]
            guard let article = CorpusLoader().loadFile(Data(bytes), path: "fuzz.txt", relativePath: "fuzz.txt", seenIds: &seen).0 else { break }
            let corpus = Corpus(root: "fuzz", articles: [article, article])
            let timeline = Timeline.build(corpus)
            _ = DiscrepancyFinder.find(corpus, timeline: timeline)
            _ = CommitmentDiscovery.discover(corpus)
        case "html":
            var seen: [String: Int] = [:]
            for article in CorpusLoader().loadArticles(Data(bytes), path: "fuzz.html", relativePath: "fuzz.html", seenIds: &seen).0 {
                check(article)
            }
        case "feed":
            var seen: [String: Int] = [:]
            for article in CorpusLoader().loadArticles(Data(bytes), path: "fuzz.rss", relativePath: "fuzz.rss", seenIds: &seen).0 {
                check(article)
            }
        case "cache":
            // The parse cache's binary form: an article from the input must come back the
            // same, and the blob damaged in places the input picks must never trap.
            var seen: [String: Int] = [:]
            guard let article = CorpusLoader().loadFile(Data(bytes), path: "fuzz.txt", relativePath: "fuzz.txt", seenIds: &seen).0 else { break }
            let blob = ArticleCodec.encode([article], problems: [], displayPath: "fuzz.txt")
            guard let back = try? ArticleCodec.decode(blob, displayPath: "fuzz.txt"), back.articles.count == 1,
                  back.articles[0].content == article.content, back.articles[0].blocks == article.blocks,
                  back.articles[0].sentences == article.sentences else { fatalError("cache round trip changed the article") }
            let timexes = TemporalTagger.shared.tag(article)
            let tblob = ArticleCodec.encode(timexes: [timexes])
            guard (try? ArticleCodec.decodeTimexes(tblob, lengths: [article.length])) == [timexes] else {
                fatalError("cache round trip changed the time expressions")
            }
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            for var damaged in [blob, tblob] where !damaged.isEmpty {
                for k in 0..<4 {
                    let at = Int((h >> UInt64(k * 16)) % UInt64(damaged.count))
                    damaged[at] ^= UInt8(truncatingIfNeeded: h >> UInt64(k * 8 + 3)) | 1
                    if let d = try? ArticleCodec.decode(damaged, displayPath: "x") { d.articles.forEach(check) }
                    if let t = try? ArticleCodec.decodeTimexes(damaged, lengths: [article.length]) {
                        for x in t[0] where x.span.end > article.length { fatalError("decoded span past the text") }
                    }
                }
                if damaged.count > 1 { _ = try? ArticleCodec.decode(Array(damaged[..<(Int(h % UInt64(damaged.count)))]), displayPath: "x") }
            }
        default:
            return false
        }
        return true
    }

    static func check(_ article: Article) {
        let n = article.length
        for b in article.blocks where b.span.start < 0 || b.span.end > n || b.span.start > b.span.end {
            fatalError("block span out of the text: \(b.span)")
        }
        for s in article.sentences where s.span.start < 0 || s.span.end > n || s.span.start > s.span.end {
            fatalError("sentence span out of the text: \(s.span)")
        }
    }
}
