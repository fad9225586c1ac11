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
