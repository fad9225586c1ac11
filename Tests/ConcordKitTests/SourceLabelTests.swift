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

    func testCaseFoldingAndFirstWords() {
        // Grouping folds case, also past ASCII, and keeps what lowercasing leaves alone.
        for s in ["Xinhua 2005 China…", "ÉLYSÉE Press", "日本 News", "reuters", "ΣΟΦΊΑ", "Kelvin \u{212A}",
                  "", "News/AP900815-0044.TXT", "@[`{ AZaz", "already lower, a long string past fifteen bytes"] {
            XCTAssertEqual(s.lowercasedFast, s.lowercased(), s)
        }
        // Grouping keys: equal exactly when the lowercased labels are equal (canonically),
        // and ASCII whatever the label.
        let same: [[String]] = [["Élysée", "élysée", "E\u{301}LYSE\u{301}E"], ["AP…", "ap…"], ["日本", "日本"]]
        for group in same {
            XCTAssertEqual(Set(group.map(SourceLabels.groupKey)).count, 1, "\(group)")
        }
        let different = ["AP", "AP…", "AP...", "日本", "日本 news", "Élysée", "Elysee", "a\u{1}2026\u{2}"]
        XCTAssertEqual(Set(different.map(SourceLabels.groupKey)).count, different.count)
        for s in same.joined() + different { XCTAssertTrue(SourceLabels.groupKey(s).utf8.allSatisfy { $0 < 0x80 }, s) }
        // Labels that differ only in case (beyond ASCII too) form one group.
        let labels = SourceLabels.make([article("p", outlet: "Élysée"), article("q", outlet: "élysée"), article("r", outlet: "Other")],
                                       config: CorpusConfig())
        XCTAssertEqual(labels, ["Élysée #1", "élysée #2", "Other"])
        XCTAssertEqual(SourceLabels.firstWords("China and Japan agree"), "China and Japan…")
        XCTAssertEqual(SourceLabels.firstWords("  Markets   rise "), "Markets rise…")
        XCTAssertEqual(SourceLabels.firstWords("Tokyo talks end"), "Tokyo talks end")
        XCTAssertEqual(SourceLabels.firstWords("Réunion à Paris aujourd’hui"), "Réunion à Paris…")
        XCTAssertEqual(SourceLabels.firstWords(""), "")
        // Clipping counts characters, by scalars where each scalar is one character.
        let long = "Xinhua 2005-11-28 China and Japan…"
        XCTAssertEqual(SourceLabels.clip(long), String(long.prefix(SourceLabels.maxLength - 1)) + "…")
        XCTAssertEqual(SourceLabels.clip(long).count, SourceLabels.maxLength)
        let accents = String(repeating: "e\u{301}", count: 20)  // 20 characters, 40 scalars
        XCTAssertEqual(SourceLabels.clip(accents), accents)
        let manyAccents = String(repeating: "e\u{301}", count: 40)
        XCTAssertEqual(SourceLabels.clip(manyAccents).count, SourceLabels.maxLength)
        XCTAssertEqual(SourceLabels.clip("short"), "short")
    }

    /// The labelling as first written: every label regrouped after each step.
    func referenceLabels(_ articles: [Article], config: CorpusConfig) -> [String] {
        func groups(_ labels: [String], _ explicit: [Bool]) -> [[Int]] {
            var byLabel: [String: [Int]] = [:]
            for (i, l) in labels.enumerated() where !explicit[i] { byLabel[l.lowercased(), default: []].append(i) }
            return byLabel.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        }
        var labels = articles.map { a -> String in
            if let l = config.sources[a.id] ?? a.metadata.label, !l.isEmpty { return SourceLabels.clip(InertText.sanitize(l)) }
            let base = a.metadata.outlet ?? a.metadata.authors.first.map(SourceLabels.surname) ?? SourceLabels.shortId(a.id)
            return SourceLabels.clip(InertText.sanitize(base))
        }
        let explicit = articles.map { config.sources[$0.id] != nil || $0.metadata.label != nil }
        let steps: [(Article) -> String?] = [
            { $0.metadata.published?.description },
            { $0.metadata.authors.first.map(SourceLabels.surname) },
            { $0.metadata.title.map(SourceLabels.firstWords) },
        ]
        var group = groups(labels, explicit)
        for step in steps where !group.isEmpty {
            for members in group {
                let extras = members.map { step(articles[$0]) }
                guard Set(extras.compactMap { $0 }).count >= 2 else { continue }
                for (k, i) in members.enumerated() {
                    if let extra = extras[k] { labels[i] = SourceLabels.clip(labels[i] + " " + InertText.sanitize(extra)) }
                }
            }
            group = groups(labels, explicit)
        }
        for members in group {
            for (k, i) in members.enumerated() { labels[i] = SourceLabels.clip(labels[i]) + " #\(k + 1)" }
        }
        return labels
    }

    func testRegroupingOnlyWhatChangedGivesTheSameLabels() {
        // Outlets chosen to collide after a step ("AP" + "Smith" = the outlet "AP Smith"),
        // in case only, and at the length limit (a clipped label can stay the same).
        let outlets: [String?] = [nil, "AP", "ap", "AP Smith", "Xinhua", "Élysée", "élysée", "E\u{301}lyse\u{301}e", "日本",
                                  "The Very Long Name Of A Daily Paper", "The Very Long Name Of A Daily Paper Co"]
        let dates: [CalendarDate?] = [nil, CalendarDate(year: 2005, month: 11, day: 28), CalendarDate(year: 2005, month: 11, day: 29)]
        let authors: [[String]] = [[], ["Ann Smith"], ["Bo Jones"], ["Cy Smith"]]
        let titles: [String?] = [nil, "China and Japan agree", "China and Japan meet", "Markets rise", "Réunion à Paris aujourd’hui",
                                 "Re\u{301}union a\u{300} Paris aujourd’hui", "Réunion à Paris demain"]
        var rng = ScalarTextTests.SplitMix(seed: 7)
        XCTAssertEqual(parallelMap(10_000) { $0 * 3 }, (0..<10_000).map { $0 * 3 }, "in index order")
        // The last round is large enough for the labels' per-article work to be split
        // across cores.
        for round in 0..<26 {
            var articles: [Article] = []
            for n in 0..<(round == 25 ? 2_600 : 8 + round) {
                articles.append(article("a\(round)-\(n)", outlet: outlets[Int.random(in: 0..<outlets.count, using: &rng)], published: dates[Int.random(in: 0..<dates.count, using: &rng)],
                                        authors: authors[Int.random(in: 0..<authors.count, using: &rng)], title: titles[Int.random(in: 0..<titles.count, using: &rng)],
                                        label: Int.random(in: 0..<10, using: &rng) == 0 ? "Mine" : nil))
            }
            var config = CorpusConfig()
            if round % 3 == 0 { config.sources = ["a\(round)-0": "AP"] }
            XCTAssertEqual(SourceLabels.make(articles, config: config), referenceLabels(articles, config: config), "round \(round)")
        }
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

    /// A source with an address but no outlet (a page clipped without its site's
    /// name) is labelled by the address's site, before its author.
    func testSiteOfTheAddressBeforeTheAuthor() {
        let clipped = Fixtures.parse("---\nsource: https://www.Example.com:8080/news/a?x=1\nauthor: Jane Doe\n---\nText.\n", id: "c").0
        let bare = Fixtures.parse("---\nurl: not an address\nauthor: Jane Doe\n---\nText.\n", id: "d").0
        let labels = SourceLabels.make([clipped, bare], config: CorpusConfig())
        XCTAssertEqual(labels, ["example.com", "Doe"])
        XCTAssertEqual(SourceLabels.site("http://user@news.example.org/"), "news.example.org")
        XCTAssertNil(SourceLabels.site("file:///tmp/a.html"))
        // (without a scheme, as `source: www.example.com/a` is read as the url)
        XCTAssertEqual(SourceLabels.site("www.Example.com/news/a"), "example.com")
        XCTAssertNil(SourceLabels.site("example"))
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
