@testable import ConcordKit
import XCTest

final class YAMLLimitsTests: XCTestCase {
    func testDeepFlowAndBlockNestingAreRefusedWithAPlace() {
        let flow = "title: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let p = YAMLLimits.check(flow, path: "a.txt", lineOffset: 1)
        XCTAssertEqual(p?.line, 2)
        XCTAssertEqual(p?.column, 7 + YAMLLimits.maxDepth + 1)
        let mapping = "x: " + String(repeating: "{a: ", count: 3000) + "1" + String(repeating: "}", count: 3000)
        XCTAssertNotNil(YAMLLimits.check(mapping, path: "c.yaml"))
        var block = ""
        for i in 0..<200 { block += String(repeating: "  ", count: i) + "a:\n" }
        XCTAssertEqual(YAMLLimits.check(block, path: "c.yaml")?.line, YAMLLimits.maxDepth + 1)
        var dashes = ""
        for i in 0..<100 { dashes += String(repeating: "  ", count: i) + "- a\n" }
        XCTAssertNotNil(YAMLLimits.check(dashes, path: "c.yaml"))
    }

    /// Every YAML line break ends a comment: brackets after "# …" and a lone CR (or
    /// NEL, LS, PS) are read by the parser, so they count. CRLF is one line.
    func testEveryLineBreakEndsAComment() {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        for br in ["\r", "\n", "\r\n", "\u{85}", "\u{2028}", "\u{2029}"] {
            let text = "title: t # a comment" + br + "x: " + deep + br
            XCTAssertNotNil(YAMLLimits.check(text, path: "c.yaml"), "break U+\(String(br.unicodeScalars.first!.value, radix: 16))")
            guard case .failure = YAMLErrors.compose(text, path: "c.yaml") else { return XCTFail("parsed") }
        }
        XCTAssertEqual(YAMLLimits.check("a: 1\r\nb: 2\r\nx: " + deep, path: "c.yaml")?.line, 3, "CRLF is one line break")
        XCTAssertNil(YAMLLimits.check("a: 1 # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\r\nb: 2\n", path: "c.yaml"),
                     "brackets inside a comment still do not count")
    }

    func testOrdinaryYAMLPasses() {
        let text = """
        title: "Leaders [meet] {again}" # a comment with [[[[ brackets
        outlet: Kyodo's desk
        tags: [a, b, {c: d}]
        commitments:
          - id: defence
            match: ['the [two] sides', "x\\"["]
            parties:
              - Japan
              - Italy
        """
        XCTAssertNil(YAMLLimits.check(text, path: "c.yaml"))
        XCTAssertNil(YAMLLimits.check(String(repeating: "[", count: 60) + String(repeating: "]", count: 60), path: "c.yaml"))
    }

    func testDeepFrontMatterIsAProblemNotACrash() throws {
        let text = "---\ntitle: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n\nIt rained on Friday.\n"
        let (article, problems) = ArticleParser().parse(fileScalars: Array(text.unicodeScalars), id: "a", path: "a.txt")
        XCTAssertTrue(problems.contains { $0.message.contains("nests deeper") && $0.line == 2 })
        XCTAssertTrue(String(String.UnicodeScalarView(article.scalars)).contains("It rained on Friday."), "the body still loads")
    }
}

/// Limits on what one file may ask for: each is a clear problem entry, and the rest loads.
final class InputLimitTests: XCTestCase {
    func testLongFrontMatterValuesAreCutAndReported() {
        let long = String(repeating: "word ", count: 2000)
        let (article, problems) = Fixtures.parse("---\ntitle: \(long)\nnote: \(long)\n---\n\nBody on Friday.\n")
        XCTAssertEqual(article.metadata.title?.unicodeScalars.count, FrontMatter.maxValueLength + 1, "cut, with an ellipsis")
        XCTAssertTrue(problems.contains { $0.line == 2 && $0.message.contains("'title' is") && $0.message.contains("over the limit") })
        XCTAssertTrue(problems.contains { $0.line == 3 && $0.message.contains("'note' is") })
        XCTAssertEqual(article.sentences.count, 1, "the body still loads")
        let many = (0..<100).map { "Person \($0)" }.joined(separator: ", ")
        let (a2, p2) = Fixtures.parse("---\nauthors: [\(many)]\n---\n\nBody.\n")
        XCTAssertEqual(a2.metadata.authors.count, 64)
        XCTAssertTrue(p2.contains { $0.message.contains("kept the first 64") })
    }

    func testTooManyAlternativesInACommitment() {
        let alternatives = (0..<300).map { "[w\($0)]" }.joined(separator: ", ")
        let text = "title: T\ncommitments:\n  - id: a\n    title: A\n    match: [\(alternatives)]\n"
        let (set, problems) = CommitmentSet.parse(text, path: "c.yaml")
        XCTAssertNil(set)
        let p = problems.first { $0.message.contains("300 alternatives") }
        XCTAssertEqual(p?.line, 5, "with its place: \(problems)")
        let terms = (0..<40).map { "t\($0)" }.joined(separator: ", ")
        let (_, p2) = CommitmentSet.parse("title: T\ncommitments:\n  - id: a\n    title: A\n    match: [[\(terms)]]\n", path: "c.yaml")
        XCTAssertTrue(p2.contains { $0.message.contains("40 terms") })
    }
}

final class TimexLimitTests: XCTestCase {
    func testTimexesPerArticleAreCappedAndReported() {
        let (article, _) = Fixtures.parse(String(repeating: "It rained in 2026. ", count: 30), id: "dense")
        var tagger = TemporalTagger()
        tagger.maxTimexes = 10
        XCTAssertEqual(tagger.tag(article).count, 10)
        let timeline = Timeline.build(Corpus(root: "t", articles: [article]), tagger: tagger)
        XCTAssertEqual(timeline.entries.first?.mentions.count, 10)
        XCTAssertTrue(timeline.notes.contains { $0.path == "dense.txt" && $0.message.contains("more than 10 time expressions") })
        XCTAssertTrue(Timeline.build(Corpus(root: "t", articles: [article])).notes.isEmpty, "the default limit is far above")
    }
}
