@testable import ConcordKit
import Foundation
import XCTest

/// Inputs that used to be lost or mislabelled without a word.
final class CorpusInputTests: XCTestCase {
    func testArticleFilesByTheirEnding() {
        for yes in ["a.txt", "B.TXT", "n.md", "p.Html", "p.htm", "p.html.gz", "P.HTM.GZ", "f.rss", "f.atom", "f.xml"] {
            XCTAssertTrue(CorpusLoader.isArticleFile(yes), yes)
        }
        for no in ["notes.yaml", "x.txt.bak", "txt", "a.gz", "a.mdx", "a.text", ".txt"] {
            XCTAssertFalse(CorpusLoader.isArticleFile(no), no)
        }
    }

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

/// Every output format writes control, C1 and bidi characters inert, as the TUI shows them.
final class InertOutputTests: XCTestCase {
    static let hostile = "On Friday \u{1B}[31mred\u{1B}[0m, \u{9B}2J and \u{202E}reversed\u{202C} on January 16, 2026."

    func testCSVAndMarkdownCellsAreInert() {
        let table = TextTable(headers: ["sentence"], rows: [[Self.hostile]])
        for out in [table.csv(), table.markdown()] {
            XCTAssertFalse(out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E }, out)
            XCTAssertTrue(out.contains("^[[31m"))
        }
    }

    func testTimeMLIsInertAndWellFormed() {
        let (article, _) = ArticleParser().parse(fileScalars: Array(Self.hostile.unicodeScalars), id: "a", path: "a.txt")
        let xml = TimexExport.timeML(article, TemporalTagger.shared.tag(article))
        XCTAssertFalse(xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
        XCTAssertFalse(xml.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        XCTAssertFalse(xml.contains("&#27;"), "XML 1.0 allows no reference to a C0 control")
        XCTAssertTrue(xml.contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2026-01-16\">January 16, 2026</TIMEX3>"))
    }

    func testJSONEscapesC1AndBidiButDecodesToTheSameText() throws {
        let json = JSON.encode(["s": Self.hostile])
        XCTAssertFalse(json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x202E })
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        XCTAssertEqual(decoded["s"], Self.hostile)
    }
}

final class CorpusConfigPathTests: XCTestCase {
    func testAbsoluteCommitmentsPathIsUsedAsGivenAndBadConfigIsListed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("concord-config-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let commitments = dir.appendingPathComponent("elsewhere.yaml")
        try "title: Test\ncommitments:\n  - id: rain\n    title: It rains\n    match: [rain]\n".write(to: commitments, atomically: true, encoding: .utf8)
        try "It will rain on Friday.".write(to: dir.appendingPathComponent("corpus/a.txt"), atomically: true, encoding: .utf8)
        try "commitments: \(commitments.path)\n".write(to: dir.appendingPathComponent("corpus/concord.yaml"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader().load(dir.appendingPathComponent("corpus").path)
        let (set, problems, path) = CommitmentSet.load(for: corpus, explicit: nil)
        XCTAssertEqual(path, commitments.path)
        XCTAssertTrue(problems.isEmpty, "\(problems)")
        XCTAssertEqual(set?.commitments.map(\.id), ["rain"])
        // A concord.yaml that is not UTF-8 is a listed error with its place; the articles still load.
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("corpus/concord.yaml"))
        let again = try CorpusLoader().load(dir.appendingPathComponent("corpus").path)
        XCTAssertEqual(again.articles.count, 1)
        XCTAssertTrue(again.problems.contains { $0.message.contains("not valid UTF-8") && $0.line == 1 && $0.column == 8 })
    }
}

final class ArticleSizeLimitTests: XCTestCase {
    func testAnArticleOverTheLimitIsAProblemAndTheRestLoads() throws {
        let dir = try Fixtures.tempDir(self)
        try String(repeating: "word ", count: 300_000).write(to: dir.appendingPathComponent("big.txt"), atomically: true, encoding: .utf8)
        try "It rained on Friday.".write(to: dir.appendingPathComponent("small.txt"), atomically: true, encoding: .utf8)
        var loader = CorpusLoader()
        loader.maxArticleBytes = 1 << 20
        let corpus = try loader.load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id), ["small"])
        XCTAssertTrue(corpus.problems.contains { $0.path.hasSuffix("big.txt") && $0.message.contains("1.4 MiB, over the 1 MiB limit") })
        XCTAssertEqual(try CorpusLoader().load(dir.path).articles.count, 2, "the default limit (64 MiB) reads both")
    }
}

/// The browser's own outputs in the corpus folder are not articles.
final class ConcordOutputFilesTests: XCTestCase {
    func testSavedScreensAndExportsAreNotArticles() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("The talks resumed on March 3, 2026.\n", "a.txt", in: dir)
        try Fixtures.write("# Agreement matrix\n", "concord-export-1.md", in: dir)
        try Fixtures.write("screen\n", "concord-screen-12.txt", in: dir)
        try Fixtures.write("A note about concord-export.\n", "concord-export-notes.md", in: dir)
        let corpus = try CorpusLoader().load(dir.path)
        XCTAssertEqual(corpus.articles.map(\.id).sorted(), ["a", "concord-export-notes"])
        XCTAssertTrue(CorpusLoader.isConcordOutput("concord-export-3.md"))
        XCTAssertFalse(CorpusLoader.isConcordOutput("concord-export-.md"))
    }
}
