import ConcordKit
import Foundation
import XCTest

enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var dataPath: String { packageRoot.appendingPathComponent("data").path }

    static func seedCorpus() throws -> Corpus { try CorpusLoader().load(dataPath) }

    static func seed(_ prefix: String) throws -> Article {
        let corpus = try seedCorpus()
        guard let a = corpus.articles.first(where: { $0.id.hasPrefix(prefix) }) else {
            throw XCTSkip("seed \(prefix) missing")
        }
        return a
    }

    static func parse(_ text: String, id: String = "test") -> (Article, [CorpusProblem]) {
        ArticleParser().parse(fileScalars: Array(text.unicodeScalars), id: id, path: id + ".txt")
    }

    static func sentences(_ text: String) -> [String] {
        let (a, _) = parse(text)
        return a.sentences.map { a.text($0.span) }
    }

    /// A fresh temporary folder, removed at the end of the test.
    static func tempDir(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("concord-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    static func write(_ text: String, _ name: String, in dir: URL) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
