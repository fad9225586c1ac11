@testable import ConcordKit
import Foundation
import XCTest

/// The parse cache (.concord/cache.sqlite): a corpus read through it is the corpus
/// parsed afresh, whatever happened to the files in between.
final class ParseCacheTests: XCTestCase {
    /// Everything a view or command reads of a corpus, as text, for comparing two loads.
    static func dump(_ corpus: Corpus, skipping: String? = nil) -> String {
        var out = ""
        for (i, a) in corpus.articles.enumerated() {
            let m = a.metadata
            out += "\(a.id)|\(a.path)|\(corpus.label(i))|\(m.title ?? "-")|\(m.outlet ?? "-")|\(m.authors)|\(m.published?.description ?? "-")|"
            out += "\(m.url ?? "-")|\(m.language ?? "-")|\(m.place ?? "-")|\(m.label ?? "-")|\(m.extra.map { "\($0.key)=\($0.value)" })|"
            out += "\(m.provenance.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })|\(a.bodyLineOffset)|\(a.wordCount)\n"
            out += a.body + "\n"
            out += a.blocks.map { "\($0.kind.rawValue)\($0.span.start)-\($0.span.end)@\($0.line)" }.joined(separator: " ") + "\n"
            out += a.sentences.map { "\($0.span.start)-\($0.span.end)/\($0.block)" }.joined(separator: " ") + "\n"
        }
        out += corpus.problems.filter { skipping == nil || !$0.message.contains(skipping!) }.map(\.description).sorted().joined(separator: "\n")
        return out
    }

    static func timelineDump(_ corpus: Corpus) -> String {
        TimelineExport.json(Timeline.build(corpus))
    }

    func load(_ dir: URL, cache: Bool = true) throws -> Corpus {
        var loader = CorpusLoader()
        loader.useCache = cache
        return try loader.load(dir.path)
    }

    func copySeeds() throws -> URL {
        let dir = try Fixtures.tempDir(self)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.dataPath) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(atPath: (Fixtures.dataPath as NSString).appendingPathComponent(name),
                                             toPath: dir.appendingPathComponent(name).path)
        }
        return dir
    }

    func cachedPaths(_ dir: URL) throws -> [String: (size: Int64, mtime: Int64, timexKey: String?)] {
        let (cache, problems) = ParseCache.open(corpusRoot: dir.path)
        XCTAssertEqual(problems, [])
        let c = try XCTUnwrap(cache)
        var out: [String: (Int64, Int64, String?)] = [:]
        for (path, stamp) in c.stamps() { out[path] = (stamp.size, stamp.mtime, nil) }
        let hits = c.fetch(Array(out.keys), timexKey: "-")
        for key in out.keys where hits[key]?.timexes != nil { out[key]?.2 = "-" }
        return out
    }

    func testSecondOpenEqualsFreshParse() throws {
        let dir = try copySeeds()
        let fresh = try load(dir, cache: false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".concord").path),
                       "without the cache nothing is written into the corpus folder")
        let first = try load(dir)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.appendingPathComponent(".concord/cache.sqlite").path))
        // What the load wrote is merged into the database file while the corpus is still open.
        func logSize() -> Int { (try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(".concord/cache.sqlite-wal").path)[.size] as? Int) ?? 0 }
        XCTAssertEqual(logSize(), 0, "the write-ahead log is emptied after the load's writes")
        let second = try load(dir)
        XCTAssertTrue(Self.dump(first) == Self.dump(fresh))
        XCTAssertTrue(Self.dump(second) == Self.dump(fresh))
        XCTAssertEqual(try cachedPaths(dir).count, fresh.articles.count)
        // Time expressions: tagged on the first timeline, read back on the next open.
        let freshTimeline = Self.timelineDump(fresh)
        XCTAssertEqual(Self.timelineDump(second), freshTimeline)
        XCTAssertEqual(logSize(), 0, "and after the time expressions are stored")
        let third = try load(dir)
        XCTAssertTrue(third.articles.allSatisfy { $0.timexMemo.get(TimexMemo.key(third.config.anchor)) != nil },
                      "the time expressions come from the cache")
        XCTAssertEqual(Self.timelineDump(third), freshTimeline)
    }

    func testEditDeleteAddRename() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("---\ntitle: One\npublished: 2026-01-16\n---\nThe summit was held on Friday. Both sides agreed.\n", "a.txt", in: dir)
        try Fixtures.write("The talks ended yesterday.\n\nA second paragraph.\n", "b.md", in: dir)
        try Fixtures.write("Third story, 3 March 2025.\n", "sub/c.txt", in: dir)
        _ = Self.timelineDump(try load(dir))
        func check(_ what: String) throws {
            let cached = try load(dir)
            let fresh = try load(dir, cache: false)
            XCTAssertTrue(Self.dump(cached) == Self.dump(fresh), what)
            XCTAssertEqual(Self.timelineDump(cached), Self.timelineDump(fresh), what)
        }
        // Edit (a new size), then an edit that keeps the size.
        try Fixtures.write("---\ntitle: One, revised\npublished: 2026-01-17\n---\nThe summit was held on Saturday.\n", "a.txt", in: dir)
        try check("edited")
        try Fixtures.write("The talks ended tomorrow.\n\nA second paragraph.\n", "b.md", in: dir)
        XCTAssertTrue(Self.dump(try load(dir)).contains("tomorrow"), "a same-size edit is seen")
        try check("edited, same size")
        // Delete, add, rename.
        try FileManager.default.removeItem(at: dir.appendingPathComponent("sub/c.txt"))
        try check("deleted")
        XCTAssertNil(try cachedPaths(dir)["sub/c.txt"], "a deleted file leaves the cache")
        try Fixtures.write("A new story on 4 April 2024.\n", "d.txt", in: dir)
        try check("added")
        try FileManager.default.moveItem(at: dir.appendingPathComponent("d.txt"), to: dir.appendingPathComponent("e.txt"))
        try check("renamed")
        XCTAssertEqual(Set(try cachedPaths(dir).keys), ["a.txt", "b.md", "e.txt"])
    }

    func testTouchedFileIsNotReparsed() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("Talks on 16 January 2026.\n", "a.txt", in: dir)
        _ = try load(dir)
        let before = try XCTUnwrap(try cachedPaths(dir)["a.txt"])
        // Same bytes, a later modification time: the hash matches; only the stamp is updated.
        let url = dir.appendingPathComponent("a.txt")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: url.path)
        let corpus = try load(dir)
        XCTAssertEqual(corpus.articles.count, 1)
        let after = try XCTUnwrap(try cachedPaths(dir)["a.txt"])
        XCTAssertNotEqual(before.mtime, after.mtime)
        XCTAssertEqual(before.size, after.size)
    }

    func testCorpusAnchorChangeRetagsTimeExpressions() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The ministers met on Friday.\n", "a.txt", in: dir)
        let first = try load(dir)
        let v1 = Timeline.build(first).entries.map(\.value)
        try Fixtures.write("anchor: 2020-06-10\n", "concord.yaml", in: dir)
        let second = try load(dir)
        let v2 = Timeline.build(second).entries.map(\.value)
        XCTAssertEqual(v1, [], "no anchor: Friday stays unresolved")
        XCTAssertEqual(v2, ["2020-06-05"], "the new corpus anchor resolves it, not the cached tags")
        XCTAssertEqual(Self.timelineDump(try load(dir)), Self.timelineDump(try load(dir, cache: false)))
    }

    func testDamagedCacheIsRebuiltWithAWarning() throws {
        let dir = try copySeeds()
        let fresh = try load(dir, cache: false)
        _ = try load(dir)
        let file = dir.appendingPathComponent(".concord/cache.sqlite")
        try Data(repeating: 0x41, count: 9000).write(to: file)
        let damaged = try load(dir)
        XCTAssertTrue(damaged.problems.contains { $0.severity == .warning && $0.message.contains("damaged") }, "\(damaged.problems)")
        XCTAssertTrue(Self.dump(damaged, skipping: "damaged") == Self.dump(fresh))
        let again = try load(dir)
        XCTAssertTrue(Self.dump(again) == Self.dump(fresh), "rebuilt: the next open has no warning")
    }

    func testDamagedRowIsReparsed() throws {
        let dir = try copySeeds()
        let fresh = try load(dir, cache: false)
        _ = try load(dir)
        let (cache, _) = ParseCache.open(corpusRoot: dir.path)
        let c = try XCTUnwrap(cache)
        let path = try XCTUnwrap(c.stamps().keys.sorted().first)
        let stamp = try XCTUnwrap(c.stamps()[path])
        c.store([ParseCache.Write(path: path, stamp: stamp, articles: [1, 2, 200, 7])])
        XCTAssertTrue(Self.dump(try load(dir)) == Self.dump(fresh))
    }

    func testAnotherBuildEmptiesTheCache() throws {
        let dir = try copySeeds()
        _ = try load(dir)
        XCTAssertEqual(ParseCache.open(corpusRoot: dir.path).0?.stamps().count, 5)
        XCTAssertEqual(ParseCache.open(corpusRoot: dir.path, buildKey: "another build").0?.stamps().count, 0)
    }

    func testLabelsAreKeptUnderTheirFingerprint() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("---\ntitle: One\noutlet: Wire\npublished: 2026-01-16\n---\nText.\n", "a.txt", in: dir)
        try Fixtures.write("---\ntitle: Two\noutlet: Wire\npublished: 2026-01-17\n---\nText.\n", "b.txt", in: dir)
        let first = try load(dir)
        XCTAssertEqual(first.labels, ["Wire 2026-01-16", "Wire 2026-01-17"])
        let cache = try XCTUnwrap(ParseCache.open(corpusRoot: dir.path).0)
        let fingerprint = SourceLabels.fingerprint(first.articles, config: first.config)
        XCTAssertEqual(cache.labels(fingerprint: fingerprint), first.labels, "a complete corpus's labels are stored")
        XCTAssertNil(cache.labels(fingerprint: "another"))
        // The next open reads them: labels planted under the right fingerprint come back.
        cache.storeLabels(["planted 1", "planted 2"], fingerprint: fingerprint)
        XCTAssertEqual(try load(dir).labels, ["planted 1", "planted 2"])
        // A list of the wrong length is not used.
        cache.storeLabels(["planted"], fingerprint: fingerprint)
        XCTAssertEqual(try load(dir).labels, ["Wire 2026-01-16", "Wire 2026-01-17"])
        // Anything the labels are made of changes the fingerprint: an edited date, ...
        cache.storeLabels(["planted 1", "planted 2"], fingerprint: fingerprint)
        try Fixtures.write("---\ntitle: Two\noutlet: Wire\npublished: 2026-01-16\n---\nText.\n", "b.txt", in: dir)
        XCTAssertEqual(try load(dir).labels, ["Wire One", "Wire Two"])
        // ... and concord.yaml's sources.
        try Fixtures.write("sources: {a: Kyodo}\n", "concord.yaml", in: dir)
        XCTAssertEqual(try load(dir).labels, ["Kyodo", "Wire"])
        // A snapshot of a corpus still loading stores nothing.
        let partial = Corpus(root: dir.path, articles: first.articles, cache: cache, isComplete: false)
        cache.storeLabels(["planted 1", "planted 2"], fingerprint: fingerprint)
        XCTAssertEqual(partial.labels, ["Wire 2026-01-16", "Wire 2026-01-17"], "a snapshot makes its own labels")
    }

    func testLabelFingerprintTellsFieldsApart() {
        func article(_ id: String, title: String?, outlet: String?) -> Article {
            var m = Metadata()
            m.title = title
            m.outlet = outlet
            return Article(id: id, path: id, scalars: Array("Text.".unicodeScalars), metadata: m, blocks: [], sentences: [],
                           bodyLineOffset: 0, wordCount: 1)
        }
        func print(_ articles: [Article]) -> String { SourceLabels.fingerprint(articles, config: CorpusConfig()) }
        let base = print([article("a", title: "T", outlet: "O")])
        XCTAssertEqual(base, print([article("a", title: "T", outlet: "O")]))
        XCTAssertNotEqual(base, print([article("a", title: "TO", outlet: nil)]), "fields do not run together")
        XCTAssertNotEqual(print([article("a", title: "", outlet: "O")]), print([article("a", title: nil, outlet: "O")]),
                          "empty is not absent")
        XCTAssertNotEqual(print([article("a", title: "T", outlet: "O"), article("b", title: "U", outlet: "O")]),
                          print([article("b", title: "U", outlet: "O"), article("a", title: "T", outlet: "O")]), "order counts")
        XCTAssertNotEqual(base, print([article("a", title: "T, a longer title past eight bytes", outlet: "O")]))
    }

    func testUnwritableFolderLoadsWithoutCache() throws {
        guard getuid() != 0 else { throw XCTSkip("root writes anywhere") }
        let dir = try copySeeds()
        chmod(dir.path, 0o555)
        defer { chmod(dir.path, 0o755) }
        let corpus = try load(dir)
        XCTAssertEqual(corpus.articles.count, 5)
        XCTAssertNil(corpus.cache)
    }

    func testTwoLoadersAtOnce() throws {
        // Several loaders meeting a cache that does not exist yet (the hardest moment:
        // each wants to create it), three times over.
        for _ in 0..<3 {
            let dir = try copySeeds()
            let fresh = Self.dump(try load(dir, cache: false))
            var dumps = [String](repeating: "", count: 6)
            let lock = NSLock()
            DispatchQueue.concurrentPerform(iterations: 6) { i in
                let text = (try? self.load(dir)).map { Self.dump($0) } ?? "failed"
                lock.lock(); dumps[i] = text; lock.unlock()
            }
            for d in dumps { XCTAssertTrue(d == fresh, String(d.suffix(300))) }
        }
    }

    func testCodecRejectsEveryTruncation() throws {
        let corpus = try Fixtures.seedCorpus()
        let article = corpus.articles[0]
        let blob = ArticleCodec.encode([article], problems: [CorpusProblem(.warning, path: "x", line: 3, column: 1, "m")], displayPath: "x")
        let decoded = try ArticleCodec.decode(blob, displayPath: "y")
        XCTAssertEqual(decoded.articles[0].body, article.body)
        XCTAssertEqual(decoded.problems.map(\.description), ["y:3:1: warning: m"])
        for cut in stride(from: 0, to: blob.count, by: max(1, blob.count / 300)) {
            XCTAssertThrowsError(try ArticleCodec.decode(Array(blob[..<cut]), displayPath: "y"))
        }
        // Read from part of a larger buffer (as the cache reads a chunk's rows): the same
        // articles, and a cut blob is refused even with more bytes after it.
        let buffer = [UInt8](repeating: 7, count: 5) + blob + blob + [UInt8](repeating: 0xFF, count: 64)
        let inPlace = try ArticleCodec.decode(buffer[5..<5 + blob.count], displayPath: "y")
        XCTAssertEqual(inPlace.articles[0].body, article.body)
        XCTAssertEqual(inPlace.articles[0].sentences.map(\.span), article.sentences.map(\.span))
        XCTAssertEqual(try ArticleCodec.decode(buffer[(5 + blob.count)..<(5 + 2 * blob.count)], displayPath: "y").articles[0].body, article.body)
        for cut in stride(from: 0, to: blob.count, by: max(1, blob.count / 100)) {
            XCTAssertThrowsError(try ArticleCodec.decode(buffer[5..<5 + cut], displayPath: "y"))
        }
        let timexes = TemporalTagger.shared.tag(article)
        XCTAssertFalse(timexes.isEmpty)
        let tblob = ArticleCodec.encode(timexes: [timexes])
        XCTAssertEqual(try ArticleCodec.decodeTimexes(tblob, lengths: [article.scalars.count]), [timexes])
        XCTAssertThrowsError(try ArticleCodec.decodeTimexes(tblob, lengths: [3]), "spans past the text are refused")
        // Random damage never traps.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var b = blob
            for _ in 0..<4 { b[Int.random(in: 0..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            _ = try? ArticleCodec.decode(b, displayPath: "y")
        }
    }

    func testStoredTimexesAreDecodedOnFirstUseOnceForAFile() throws {
        let corpus = try Fixtures.seedCorpus()
        let (a, b) = (corpus.articles[0], corpus.articles[1])
        let lists = [TemporalTagger.shared.tag(a), TemporalTagger.shared.tag(b)]
        let blob = ArticleCodec.encode(timexes: lists)
        let stored = StoredTimexes(bytes: blob, lengths: [a.length, b.length])
        let (m1, m2) = (TimexMemo(), TimexMemo())
        m1.setStored("-", stored, index: 0)
        m2.setStored("-", stored, index: 1)
        XCTAssertEqual(m1.currentKey, "-")
        XCTAssertFalse(m1.isNew, "read from the cache: nothing to store again")
        XCTAssertNil(m1.get("2026-01-16"), "another anchor's key")
        XCTAssertEqual(m2.get("-"), lists[1])
        XCTAssertEqual(m1.get("-"), lists[0])
        XCTAssertEqual(m1.get("-"), lists[0], "asked twice")
        // A damaged blob reads as nothing stored: the article is tagged again.
        let damaged = StoredTimexes(bytes: Array(blob.prefix(blob.count / 2)), lengths: [a.length, b.length])
        let m3 = TimexMemo()
        m3.setStored("-", damaged, index: 0)
        XCTAssertNil(m3.get("-"))
        XCTAssertNil(m3.currentKey)
        m3.set("-", lists[0])
        XCTAssertEqual(m3.get("-"), lists[0])
        XCTAssertTrue(m3.isNew)
    }

    func testStemsMatchFoundation() {
        for p in ["a.txt", "a/b.txt", "a/b.c.md", "x", ".hidden", "a/.hidden", "a.b/c", "dir/page.html", "a/b/c.TXT", "ü/é.txt"] {
            let (name, path) = CorpusLoader.stems(p)
            XCTAssertEqual(name, ((p as NSString).lastPathComponent as NSString).deletingPathExtension, p)
            XCTAssertEqual(path, (p as NSString).deletingPathExtension, p)
        }
    }
}
