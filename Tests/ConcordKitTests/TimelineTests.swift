import ConcordKit
import Foundation
import XCTest

final class SeedTimelineTests: XCTestCase {
    func testSeedTimelineValuesAndSources() throws {
        let corpus = try Fixtures.seedCorpus()
        let timeline = Timeline.build(corpus)
        func sources(_ value: String) -> [String] {
            let entry = timeline.entries.first { $0.value == value }
            return (entry?.sources ?? []).map { String(corpus.articles[$0].id.prefix(3)) }
        }
        XCTAssertEqual(sources("1866"), ["001"])
        XCTAssertEqual(sources("2010"), ["004"])
        XCTAssertEqual(sources("2024"), ["002"])
        XCTAssertEqual(sources("2025-11"), ["004"])
        XCTAssertEqual(sources("2026-01-06"), ["004"])
        XCTAssertEqual(sources("2026-01-15"), ["001", "002"], "001's summit date and 002's arrival on Thursday")
        XCTAssertEqual(sources("2026-01-16"), ["000", "002", "003", "004"])
        XCTAssertEqual(sources("2026-03"), ["003"])
        XCTAssertEqual(sources("2026-04"), ["003"], "ahead of the Trump-Xi summit in April (not 'a unified stance')")
        XCTAssertEqual(sources("2027"), ["003"])
        XCTAssertEqual(sources("2035"), ["003", "004"])
        XCTAssertEqual(sources("2025-FA"), ["000", "003"], "last fall / last autumn")
        XCTAssertEqual(sources("2025-11-22"), ["004"], "the G20 caption, a past date")
    }

    func testOrderAndGranularity() throws {
        let corpus = try Fixtures.seedCorpus()
        let values = Timeline.build(corpus).entries.map(\.value)
        func index(_ v: String) -> Int { values.firstIndex(of: v) ?? -1 }
        XCTAssertLessThan(index("1866"), index("2010"))
        XCTAssertLessThan(index("2025"), index("2025-FA"), "a year sorts before its parts")
        XCTAssertLessThan(index("2025-10"), index("2025-11"))
        XCTAssertLessThan(index("2026"), index("2026-01-06"))
        XCTAssertLessThan(index("2026-01-15"), index("2026-01-16"))
        XCTAssertLessThan(index("2026-01-16"), index("2026-03"))
        XCTAssertLessThan(index("2035"), values.count)
        // Only text, heading and caption blocks count: the dateline's 2026-01-16 is not a mention.
        let dateline = Timeline.build(corpus).entries.first { $0.value == "2026-01-16" }?.mentions.filter { $0.blockKind == .dateline }
        XCTAssertEqual(dateline?.count, 0)
    }

    func testUndatedAreListedApart() throws {
        let corpus = try Fixtures.seedCorpus()
        let t = Timeline.build(corpus)
        XCTAssertTrue(t.undated.contains { $0.value == "PRESENT_REF" })
        XCTAssertTrue(t.undated.contains { $0.value == "P160Y" })
        XCTAssertTrue(t.entries.allSatisfy { $0.point != nil })
    }

    func testUnresolvedWithoutAnyAnchor() throws {
        let dir = try Fixtures.tempDir(self)
        try Fixtures.write("They met on Friday and will meet again next month.\n", "a.txt", in: dir)
        let t = Timeline.build(try CorpusLoader().load(dir.path))
        XCTAssertTrue(t.entries.isEmpty)
        XCTAssertEqual(Set(t.undated.map(\.value)), ["XXXX-WXX-5", "XXXX-XX"])
    }

    func testTimelineJSONShape() throws {
        let corpus = try Fixtures.seedCorpus()
        let json = TimelineExport.json(Timeline.build(corpus))
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let entries = root?["entries"] as? [[String: Any]]
        let first = try XCTUnwrap(entries?.first)
        XCTAssertEqual(first["value"] as? String, "1866")
        let mention = try XCTUnwrap((first["mentions"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(mention.keys), ["source", "label", "text", "sentence", "start", "end", "anchor"])
        XCTAssertEqual(mention["source"] as? String, "001_2be7601a8e87f725")
        XCTAssertEqual(mention["label"] as? String, "001", "no outlet or author: the file's name without its hash")
    }
}

final class TimeValueTests: XCTestCase {
    func testParseAndLabel() {
        XCTAssertEqual(TimePoint.parse("2026")?.level, .year)
        XCTAssertEqual(TimePoint.parse("2026-Q1")?.level, .quarter)
        XCTAssertEqual(TimePoint.parse("2026-W03")?.start, CalendarDate(year: 2026, month: 1, day: 12)?.ordinal)
        XCTAssertEqual(TimePoint.parse("2025-FA")?.start, CalendarDate(year: 2025, month: 9, day: 1)?.ordinal)
        XCTAssertNil(TimePoint.parse("XXXX-WXX-5"))
        XCTAssertNil(TimePoint.parse("P3Y"))
        XCTAssertEqual(TimeLabel.label("2026-01-16"), "16 Jan 2026")
        XCTAssertEqual(TimeLabel.label("20"), "21st century")
        XCTAssertEqual(TimeLabel.label("199"), "1990s")
        XCTAssertEqual(TimeLabel.label("2025-FA"), "fall 2025")
    }
}
