import ConcordKit
@testable import ConcordTUI
import XCTest

let timelineSample: [(String, String)] = [
    ("a", "---\noutlet: Daily\npublished: 2026-01-16\n---\nLeaders met on Friday in Tokyo. Ties date back to 1866.\n"),
    ("b", "---\noutlet: Wire\npublished: 2026-01-17\n---\nThe summit was held on January 16, 2026. A visit is planned for March 2026.\n"),
    ("c", "---\noutlet: Post\n---\nThey met on January 15, 2026. The following day they signed a deal. Talks may go on for years now.\n"),
]

final class TimelineViewTests: XCTestCase {
    func state(_ w: Int = 90, _ h: Int = 24) -> AppState {
        AppState(corpus: makeCorpus(timelineSample), width: w, height: h, capabilities: Capabilities(color: false))
    }

    func testTimelineIsChronologicalWithSourceMarkers() {
        let s = press(state(), [.char("2")])
        XCTAssertEqual(s.view, .timeline)
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines[1].hasPrefix(" Sources: A Daily"), lines[1])
        let body = lines.joined(separator: "\n")
        let order = ["━━ 1866", "━━ 2026", "── January 2026", "15 Jan 2026", "16 Jan 2026", "March 2026", "Undated"]
        var last = body.startIndex
        for label in order {
            guard let r = body.range(of: label, range: last..<body.endIndex) else { return XCTFail("missing or out of order: \(label)\n\(body)") }
            last = r.upperBound
        }
        // 16 January is mentioned by A (Friday) and B (the date) and C (the following day).
        let row = lines.first { $0.contains("16 Jan 2026") } ?? ""
        XCTAssertTrue(row.hasSuffix("ABC"), row)
        let row15 = lines.first { $0.contains("15 Jan 2026") } ?? ""
        XCTAssertTrue(row15.hasSuffix("··C"), row15)
        // The selection starts on the first entry, not on a heading.
        XCTAssertEqual(s.timelineRows[s.timelineSelected], .group(0))
    }

    func testExpandOpenAndComeBack() {
        var s = press(state(), [.char("2")])
        // Move to 16 January.
        while case .group(let gi) = s.timelineRows[s.timelineSelected], s.timelineGroups[gi].key != "2026-01-16" {
            s = press(s, [.char("j")])
        }
        let position = s.timelineSelected
        s = press(s, [.enter])
        XCTAssertTrue(s.timelineExpanded.contains("2026-01-16"))
        XCTAssertEqual(render(s).trimmedLines().filter { $0.contains("“") }.count, 3, "three mention lines")
        s = press(s, [.char("j"), .char("j"), .enter])
        XCTAssertEqual(s.view, .articles)
        XCTAssertEqual(s.focus, .reader)
        XCTAssertEqual(s.currentArticle?.id, "b")
        XCTAssertEqual(s.highlight.map { s.corpus.articles[$0.article].text($0.span) }, "The summit was held on January 16, 2026.")
        // The highlighted sentence is drawn in the highlight style.
        let buffer = render(s)
        let row = buffer.trimmedLines().firstIndex { $0.contains("The summit was held") }!
        XCTAssertTrue((0..<buffer.width).contains { buffer[$0, row].style.underline })
        s = press(s, [.escape])
        XCTAssertEqual(s.view, .timeline)
        XCTAssertEqual(s.timelineSelected, position + 2)
        s = press(s, [.escape])
        XCTAssertFalse(s.timelineExpanded.contains("2026-01-16"), "back collapses the entry")
        XCTAssertEqual(s.timelineSelected, position)
    }

    func testFilterAndZoom() {
        var s = press(state(), [.char("2"), .char("f")])
        XCTAssertEqual(s.timelineFilter, 0)
        XCTAssertTrue(s.timelineGroups.allSatisfy { $0.mentions.allSatisfy { $0.article == 0 } })
        XCTAssertEqual(s.timelineGroups.map(\.key), ["1866", "2026-01-16"])
        s = press(s, [.char("f"), .char("f"), .char("f")])
        XCTAssertNil(s.timelineFilter, "cycles back to all sources")
        s = press(s, [.char("z")])
        XCTAssertEqual(s.timelineZoom, .month)
        XCTAssertTrue(s.timelineGroups.contains { $0.key == "2026-01" && $0.values.count == 2 })
        s = press(s, [.char("z")])
        XCTAssertEqual(s.timelineZoom, .year)
        XCTAssertEqual(s.timelineGroups.filter { $0.point != nil }.map(\.key), ["1866", "2026"])
        XCTAssertTrue(render(s).trimmedLines()[2].contains("by year · all sources"))
    }

    func testSearchInTheTimelineSelectsTheEntryAndEnterOpensIt() {
        var s = press(state(), [.char("2"), .char("/")] + keys("summit") + [.enter])
        XCTAssertEqual(s.view, .timeline, "/ searches the timeline's entries, it does not leave the view")
        guard case .group(let gi) = s.timelineRows[s.timelineSelected] else { return XCTFail("not on an entry") }
        XCTAssertTrue(s.timelineGroups[gi].mentions.contains { $0.sentence.contains("summit") })
        s = press(s, [.enter, .char("j"), .enter])
        XCTAssertEqual(s.view, .articles, "Enter on a mention opens the reader")
        s = press(s, [.escape])
        XCTAssertEqual(s.view, .timeline)
    }

    func testInferredAnchorsAreMarked() {
        let s = press(state(), [.char("2")])
        let lines = render(s).trimmedLines()
        let row15 = lines.first { $0.contains("16 Jan 2026") } ?? ""
        XCTAssertTrue(row15.contains("≈16 Jan 2026"), "C's 'the following day' used a narrative anchor: \(row15)")
        let row1866 = lines.first { $0.contains(" 1866 ") } ?? ""
        XCTAssertFalse(row1866.contains("≈"))
    }

    func testStatusListsViewsAndResizeKeepsSelection() {
        var s = press(state(), [.char("2"), .char("j"), .char("j")])
        let selected = s.timelineRows[s.timelineSelected]
        XCTAssertTrue(render(s).trimmedLines().last?.hasPrefix(" 1 Articles  2 Timeline  3 Matrix  4 Diffs  5 Cmp") ?? false,
                      "at 90 columns every tab keeps a (short) name: \(render(s).trimmedLines().last ?? "")")
        XCTAssertTrue(render(update(s, .resize(width: 60, height: 24))).trimmedLines().last?.hasPrefix(" 1  2 Timeline  3  4  5") ?? false,
                      "narrower, only the current view is named")
        XCTAssertTrue(render(update(s, .resize(width: 130, height: 24))).trimmedLines().last?.hasPrefix(" 1 Articles  2 Timeline  3 Matrix  4 Discrepancies  5 Compare") ?? false)
        s = update(s, .resize(width: 50, height: 12))
        XCTAssertEqual(s.timelineRows[s.timelineSelected], selected)
        XCTAssertGreaterThanOrEqual(s.timelineSelected, s.timelineTop)
        XCTAssertLessThan(s.timelineSelected, s.timelineTop + s.timelineListRect.height)
        for line in render(s).lines() { XCTAssertEqual(DisplayWidth.of(line), 50) }
    }
}

final class TimelinePeriodHeadingTests: XCTestCase {
    func testDecadesAndCenturiesHaveTheirOwnHeadings() {
        let corpus = makeCorpus([("a", "---\npublished: 2026-01-16\n---\nTies date back to 1866. The 1980s were calm. It is a challenge of the 21st century. In 2010 there was a dispute.\n")])
        let s = press(AppState(corpus: corpus, width: 90, height: 30, capabilities: Capabilities(color: false)), [.char("2")])
        let body = render(s).trimmedLines().joined(separator: "\n")
        let order = ["━━ 1866", "━━ 1980s", "1980s", "━━ 2000–2099", "21st century", "━━ 2010", "2010"]
        var last = body.startIndex
        for label in order {
            guard let r = body.range(of: label, range: last..<body.endIndex) else { return XCTFail("missing or out of order: \(label)\n\(body)") }
            last = r.upperBound
        }
    }
}

/// `r` limits the timeline to a date range typed at a prompt.
final class TimelineRangeTests: XCTestCase {
    func testDateRange() {
        let corpus = makeCorpus([("a", "---\npublished: 2025-03-03\n---\nThe talks began on 3 March 2025. They met again in June 2025. A deal is due in 2026. Nobody knows when the next round comes.\n")])
        var s = press(AppState(corpus: corpus, width: 100, height: 30, capabilities: Capabilities(color: false)), keys("2"))
        func labels(_ s: AppState) -> [String] { s.timelineGroups.map(\.key) }
        XCTAssertEqual(Set(labels(s)).isSuperset(of: ["2025-03-03", "2025-06", "2026"]), true, "\(labels(s))")
        s = press(s, keys("r") + keys("2025-06 2026") + [.enter])
        XCTAssertEqual(labels(s), ["2025-06", "2026"])
        XCTAssertTrue(render(s).trimmedLines().contains { $0.contains("by day · 2025-06 2026") })
        s = press(s, keys("r") + [.ctrl("u")] + keys("..2025-04") + [.enter])
        XCTAssertEqual(labels(s), ["2025-03-03"])
        s = press(s, keys("r") + [.ctrl("u")] + keys("2025") + [.enter])
        XCTAssertEqual(labels(s), ["2025-03-03", "2025-06"], "one year: its whole period")
        s = press(s, keys("r") + [.ctrl("u")] + keys("March") + [.enter])
        XCTAssertEqual(labels(s), ["2025-03-03", "2025-06"], "a bad range changes nothing")
        XCTAssertEqual(s.message?.hasPrefix("Dates as 2025-10 2026-01"), true)
        s = press(s, keys("r") + [.ctrl("u"), .enter])
        XCTAssertNil(s.timelineRange)
        XCTAssertTrue(labels(s).contains("2026"))
    }
}

/// An expanded entry's mentions show their sentences in full, wrapped; moves skip
/// the wrapped lines; a resize rewraps.
final class TimelineWrapTests: XCTestCase {
    func testMentionsWrap() {
        let long = "In March 2025 the two governments, after many months of talks in several capitals and a long exchange of letters, finally agreed on the text of the accord."
        let corpus = makeCorpus([("a", "---\npublished: 2025-06-01\n---\n\(long) They met again in June 2025.\n")])
        var s = press(AppState(corpus: corpus, width: 80, height: 24, capabilities: Capabilities(color: false)), keys("2"))
        s.selectTimelineRow(0, direction: 1)
        s = press(s, [.enter])
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines.contains { $0.hasSuffix("the text of the accord.") }, lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains("“March 2025”") && $0.hasSuffix("…") })
        let rows = s.timelineRows
        XCTAssertTrue(rows.contains { if case .mentionLine = $0 { return true }; return false })
        s = press(s, keys("j"))
        XCTAssertEqual(s.timelineRows[s.timelineSelected], .mention(0, 0))
        s = press(s, keys("j"))
        XCTAssertEqual(s.timelineRows[s.timelineSelected], .group(1), "j skips the wrapped lines")
        let narrow = s.timelineRows.count
        s = update(s, .resize(width: 140, height: 24))
        XCTAssertLessThan(s.timelineRows.count, narrow, "a wider screen needs fewer lines")
    }
}

/// The timeline's `c` picks its sources from a list, as the matrix's does.
final class TimelineSourcePickerTests: XCTestCase {
    func testPickingTimelineSources() {
        var s = press(matrixState(100, 24), keys("2"))
        let all = s.timelineGroups.flatMap(\.mentions).count
        XCTAssertTrue(Set(s.timelineGroups.flatMap(\.mentions).map(\.article)).contains(0))
        s = press(s, keys("c "))                   // hide A
        XCTAssertEqual(s.overlay, .timelineSources(cursor: 0))
        s = press(s, [.enter])
        XCTAssertEqual(s.timelineHiddenSources, [0])
        XCTAssertFalse(s.timelineGroups.flatMap(\.mentions).contains { $0.article == 0 })
        XCTAssertLessThan(s.timelineGroups.flatMap(\.mentions).count, all)
        XCTAssertTrue(render(s).trimmedLines().contains { $0.contains("2 of 3 sources") })
        s = press(s, keys("ca") + [.enter])
        XCTAssertEqual(s.timelineGroups.flatMap(\.mentions).count, all)
    }
}
