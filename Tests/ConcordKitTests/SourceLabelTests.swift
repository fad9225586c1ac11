@testable import ConcordKit
import Foundation
import XCTest

/// Short source labels a person recognises, distinct within a corpus.
final class SourceLabelTests: XCTestCase {
    func article(_ id: String, outlet: String? = nil, published: CalendarDate? = nil, authors: [String] = [],
                 title: String? = nil, label: String? = nil) -> Article {
        var text = "---\n"
        if let outlet { text += "outlet: \(outlet)\n" }
        if let published { text += "published: \(published)\n" }
        if !authors.isEmpty { text += "authors: [\(authors.joined(separator: ", "))]\n" }
        if let title { text += "title: \(title)\n" }
        if let label { text += "label: \(label)\n" }
        text += "---\n\nThe talks began on Friday.\n"
        return Fixtures.parse(text, id: id).0
    }

    func testOutletsDisambiguatedByDateAuthorThenTitle() {
        let d1 = CalendarDate(year: 2005, month: 11, day: 28), d2 = CalendarDate(year: 2005, month: 11, day: 29)
        let articles = [
            article("x1", outlet: "Xinhua", published: d1, title: "China and Japan agree"),
            article("x2", outlet: "Xinhua", published: d2),
            article("x3", outlet: "Xinhua", published: d1, title: "Markets rise in Asia"),
            article("r1", outlet: "Reuters", published: d1),
            article("a1", outlet: "AP", authors: ["Ann Smith"]),
            article("a2", outlet: "AP", authors: ["Bo Jones"]),
        ]
        let labels = SourceLabels.make(articles, config: CorpusConfig())
        XCTAssertEqual(labels[3], "Reuters", "a unique outlet is its own label")
        XCTAssertEqual(labels[1], "Xinhua 2005-11-29")
        XCTAssertTrue(labels[0].hasPrefix("Xinhua 2005-11-28 China"), labels[0])
        XCTAssertTrue(labels[2].hasPrefix("Xinhua 2005-11-28 Markets"), labels[2])
        XCTAssertEqual(labels[4], "AP Smith")
        XCTAssertEqual(labels[5], "AP Jones")
        XCTAssertEqual(Set(labels).count, labels.count, "all distinct")
    }

    func testExplicitLabelsAndFallbacks() {
        var config = CorpusConfig()
        config.sources = ["b": "Kyodo"]
        let articles = [
            article("a", outlet: "Same", label: "Mine"),
            article("b", outlet: "Same"),
            article("000_15758e6d18e435b8"),
            article("d", authors: ["Erik Lenhart"]),
            article("tokyo-notes", title: "Leaders meet in Tokyo on Friday"),
            article("f", outlet: "Twin"),
            article("g", outlet: "Twin"),
        ]
        let labels = SourceLabels.make(articles, config: config)
        XCTAssertEqual(labels[0], "Mine", "front matter label:")
        XCTAssertEqual(labels[1], "Kyodo", "concord.yaml sources:")
        XCTAssertEqual(labels[2], "000", "the file id without its hash")
        XCTAssertEqual(labels[3], "Lenhart")
        XCTAssertEqual(labels[4], "tokyo-notes", "no outlet or author: the file's name")
        XCTAssertEqual(labels[5], "Twin #1", "nothing tells them apart: numbered")
        XCTAssertEqual(labels[6], "Twin #2")
    }

    func testLabelsAreInertAndShort() {
        let long = String(repeating: "Very Long Outlet Name ", count: 5)
        let labels = SourceLabels.make([article("a", outlet: "Evil \u{1B}[31m"), article("b", outlet: long)], config: CorpusConfig())
        XCTAssertFalse(labels[0].contains("\u{1B}"))
        XCTAssertLessThanOrEqual(labels[1].count, SourceLabels.maxLength)
    }

    func testConcordYamlSources() {
        let (config, problems) = CorpusConfig.parse("sources:\n  002_b93b: Yomiuri\n  x: Kyodo\n", path: "concord.yaml")
        XCTAssertTrue(problems.isEmpty, "\(problems)")
        XCTAssertEqual(config.sources, ["002_b93b": "Yomiuri", "x": "Kyodo"])
        let (_, bad) = CorpusConfig.parse("sources: [a, b]\n", path: "concord.yaml")
        XCTAssertEqual(bad.first?.line, 1)
        XCTAssertTrue(bad.first?.message.contains("'sources' must map") == true)
    }
}
