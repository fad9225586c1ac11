@testable import ConcordKit
import Foundation
import XCTest

/// Inputs that used to be lost or mislabelled without a word.
final class CorpusInputTests: XCTestCase {
    func testIdsAreUniqueWithoutRegardToCase() {
        var seen: [String: Int] = [:]
        XCTAssertEqual(CorpusLoader.uniqueId(for: "a/x.txt", seenIds: &seen).id, "x")
        let second = CorpusLoader.uniqueId(for: "b/x.txt", seenIds: &seen)
        XCTAssertEqual(second.id, "b/x")
        XCTAssertEqual(second.clash, "x")
        let third = CorpusLoader.uniqueId(for: "x.TXT", seenIds: &seen)
        XCTAssertEqual(third.id, "x~2", "the root file's path is its name, so it takes a suffix")
        XCTAssertEqual(third.clash, "x")
        XCTAssertEqual(CorpusLoader.uniqueId(for: "B/X.md", seenIds: &seen).id, "B/X~2")
    }

    func testLoneCarriageReturnsAreLineEnds() {
        let text = "---\rtitle: Lone CR\r---\r\rFirst para on Monday.\r\rSecond para.\r"
        var scalars = Array(text.unicodeScalars)
        CorpusLoader.normalizeLoneCR(&scalars)
        XCTAssertFalse(scalars.contains("\r"))
        XCTAssertEqual(scalars.count, text.unicodeScalars.count, "one scalar for one: offsets are kept")
        var crlf = Array("a\r\nb".unicodeScalars)
        CorpusLoader.normalizeLoneCR(&crlf)
        XCTAssertEqual(String(String.UnicodeScalarView(crlf)), "a\r\nb", "CRLF stays")
    }

    func testFolderWalkReportsWhatItSkips() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("concord-walk-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "---\rtitle: Old Mac\r---\r\rIt rained on Friday.\r".write(to: dir.appendingPathComponent("mac.txt"), atomically: true, encoding: .utf8)
        try "Hello.".write(to: dir.appendingPathComponent("sub/x.txt"), atomically: true, encoding: .utf8)
        try "Hello again.".write(to: dir.appendingPathComponent("X.md"), atomically: true, encoding: .utf8)
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("pipe.txt").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("broken.txt").path, withDestinationPath: "nowhere.txt")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("loop").path, withDestinationPath: ".")
        let walked = CorpusLoader.walk(dir.path)
        XCTAssertEqual(walked.files, ["X.md", "mac.txt", "sub/x.txt"])
        XCTAssertTrue(walked.problems.contains { $0.path.hasSuffix("pipe.txt") && $0.message.contains("not a regular file") })
        XCTAssertTrue(walked.problems.contains { $0.path.hasSuffix("broken.txt") && $0.message.contains("points nowhere") })
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(Set(corpus.articles.map(\.id)), ["X", "mac", "sub/x"])
        XCTAssertEqual(corpus.articles.first { $0.id == "mac" }?.metadata.title, "Old Mac")
        XCTAssertTrue(corpus.problems.contains { $0.message.contains("this one is 'sub/x'") })
        if getuid() != 0 {
            chmod(dir.appendingPathComponent("sub").path, 0)
            defer { chmod(dir.appendingPathComponent("sub").path, 0o755) }
            XCTAssertTrue(CorpusLoader.walk(dir.path).problems.contains { $0.message.contains("folder cannot be read") })
        }
    }
}
