import ConcordKit
@testable import ConcordTUI
import XCTest

let matrixSample: [(String, String)] = [
    ("a", "---\noutlet: Daily\npublished: 2025-03-02\n---\nThe two mayors agreed to build a tram line on Friday. They also discussed a bike lane.\n"),
    ("b", "---\noutlet: Wire\npublished: 2025-03-02\n---\nThe mayors did not agree on the tram line on Thursday. A bike lane was approved.\n"),
    ("c", "---\noutlet: Post\npublished: 2025-03-03\n---\nThe city council met on Friday. The weather was cold.\n"),
]

func matrixState(_ w: Int = 90, _ h: Int = 24) -> AppState {
    let corpus = makeCorpus(matrixSample)
    let (set, _) = CommitmentSet.parse("""
        title: Mayors
        commitments:
          - id: tram
            title: Build a tram line
            match: [[tram]]
          - id: bike
            title: Bike lane
            match: [[bike lane]]
          - id: park
            title: A new park
            match: [[park]]
        """, path: "c.yaml")
    return AppState(corpus: corpus, width: w, height: h, capabilities: Capabilities(color: false), commitments: set)
}

final class MatrixViewTests: XCTestCase {
    func testGlyphsCoverageAndLegend() {
        let s = press(matrixState(), [.char("3")])
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines[1].hasPrefix(" Sources: A Daily"), lines[1])
        XCTAssertTrue(lines[2].hasSuffix("A  B  C  cov"), lines[2])
        XCTAssertTrue(lines[2].contains("· from c.yaml"), "the header says where the rows come from: \(lines[2])")
        XCTAssertTrue(lines[3].hasPrefix("▶ Build a tram line"))
        XCTAssertTrue(lines[3].hasSuffix("●  ✕  ·   2/3"), lines[3])
        XCTAssertTrue(lines[4].hasSuffix("◐  ●  ·   2/3"), lines[4])
        XCTAssertTrue(lines[5].hasSuffix("·  ·  ·   0/3"), lines[5])
        XCTAssertTrue(lines[6].hasSuffix("2  2  0"), "column coverage: \(lines[6])")
    }

    func testMoveOpenEvidenceAndComeBack() {
        var s = press(matrixState(), [.char("3"), .char("l")])
        XCTAssertEqual(s.matrixColumn, 1)
        s = press(s, [.enter])
        XCTAssertTrue(s.evidenceOpen)
        let text = render(s).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("B Wire · tram: contradicted"), text)
        XCTAssertTrue(text.contains("✕ contradicted  The mayors did not agree on the tram line on Thursday."), text)
        s = press(s, [.enter])
        XCTAssertEqual(s.view, .articles)
        XCTAssertEqual(s.currentArticle?.id, "b")
        XCTAssertEqual(s.highlight.map { s.corpus.articles[$0.article].text($0.span) }, "The mayors did not agree on the tram line on Thursday.")
        s = press(s, [.escape])
        XCTAssertEqual(s.view, .matrix)
        XCTAssertTrue(s.evidenceOpen, "back returns to the same cell with its evidence")
        XCTAssertEqual(s.matrixColumn, 1)
        s = press(s, [.escape])
        XCTAssertFalse(s.evidenceOpen)
        // A silent cell says so.
        s = press(s, [.char("l"), .enter])
        XCTAssertTrue(render(s).lines().joined().contains("No evidence: this source is silent"))
        // Columns stop at the edges.
        s = press(s, [.escape, .char("l"), .char("l"), .char("l")])
        XCTAssertEqual(s.matrixColumn, 2)
    }

    func testSortByCoverageAndDisagreement() {
        var s = press(matrixState(), [.char("3"), .char("j"), .char("o")])
        XCTAssertEqual(s.matrixSort, .coverage)
        XCTAssertEqual(s.matrixOrder.map { s.matrix.rows[$0].commitment.id }, ["tram", "bike", "park"])
        XCTAssertEqual(s.matrix.rows[s.matrixOrder[s.matrixRow]].commitment.id, "bike", "selection follows the row")
        s = press(s, [.char("o")])
        XCTAssertEqual(s.matrixSort, .disagreement)
        XCTAssertEqual(s.matrixOrder.first.map { s.matrix.rows[$0].commitment.id }, "tram")
    }

    func testDiscoveredRowsWithoutACommitmentsFile() {
        let s = press(AppState(corpus: makeCorpus(matrixSample), width: 90, height: 24), [.char("3")])
        XCTAssertTrue(s.commitmentsDiscovered)
        XCTAssertTrue(render(s).trimmedLines()[2].hasPrefix(" Discovered commitments"))
    }
}

final class DiscrepancyViewTests: XCTestCase {
    func testListsValuesAndOpensClaims() throws {
        let corpus = try CorpusLoader().load(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path)
        var s = AppState(corpus: corpus, width: 100, height: 30, capabilities: Capabilities(color: false))
        s = press(s, [.char("4")])
        let text = render(s).trimmedLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("▸ [date] date of the meeting"), text)
        XCTAssertTrue(text.contains("16 Jan 2026 ≈"), text)
        XCTAssertTrue(text.contains("A C D E  (4 sources)"), text)
        XCTAssertTrue(text.contains("15 Jan 2026"), text)
        XCTAssertTrue(text.contains("▸ [claim] first meeting"), text)
        s = press(s, [.enter])
        XCTAssertTrue(s.discrepancyExpanded.contains(0))
        let claimRow = try XCTUnwrap(s.discrepancyRows.firstIndex { if case .claim = $0 { return true }; return false })
        s.discrepancySelected = claimRow
        s = press(s, [.enter])
        XCTAssertEqual(s.view, .articles)
        XCTAssertNotNil(s.highlight)
        s = press(s, [.escape])
        XCTAssertEqual(s.view, .discrepancies)
    }
}

final class CompareViewTests: XCTestCase {
    func testAlignmentAndMarkers() {
        var s = press(matrixState(100, 20), [.char("5")])
        XCTAssertEqual(s.compareLeft, 0)
        XCTAssertEqual(s.compareRight, 1)
        let pairs = s.comparePairs
        XCTAssertEqual(pairs.map(\.relation), [.both, .both])
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines[2].contains("A Daily") && lines[2].contains("B Wire"), lines[2])
        XCTAssertTrue(lines[3].contains("The two mayors agreed to build a tram line") && lines[3].contains("= The mayors did not agree"), lines[3])
        s = press(s, [.char("]")])
        XCTAssertEqual(s.compareRight, 2)
        XCTAssertEqual(s.comparePairs.map(\.relation), [.onlyLeft, .onlyLeft, .onlyRight, .onlyRight])
        s = press(s, [.char("[")])
        XCTAssertEqual(s.compareLeft, 1)
    }

    func testDisagreementIsMarked() throws {
        let corpus = try CorpusLoader().load(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path)
        var s = AppState(corpus: corpus, width: 120, height: 40, capabilities: Capabilities(color: false))
        s.compareLeft = 1
        s.compareRight = 3
        s = press(s, [.char("5")])
        XCTAssertTrue(s.comparePairs.contains { $0.relation == .disagree }, "15 January against 16 January")
        XCTAssertTrue(render(s).trimmedLines().contains { $0.contains("≠ Prime Minister Sanae Takaichi’s summit") })
    }

    /// In a ≠ pair only the words the other sentence lacks are marked.
    func testOnlyTheDifferingWordsAreMarked() {
        let corpus = makeCorpus([
            ("a", "---\npublished: 2026-01-17\n---\nThe summit was held in Tokyo on 15 January, officials said.\n"),
            ("b", "---\npublished: 2026-01-17\n---\nThe summit was held in Tokyo on 16 January, officials said.\n"),
        ])
        let s = press(AppState(corpus: corpus, width: 120, height: 20, capabilities: Capabilities(color: false)), keys("5"))
        XCTAssertEqual(s.comparePairs.map(\.relation), [.disagree])
        let buffer = render(s)
        let lines = buffer.lines()
        guard let y = lines.firstIndex(where: { $0.contains("≠ The summit") }) else { return XCTFail(lines.joined(separator: "\n")) }
        func style(of word: String, from: Int) -> Style? {
            let line = Array(lines[y].unicodeScalars)
            let w = Array(word.unicodeScalars)
            guard let x = (from..<(line.count - w.count)).first(where: { Array(line[$0..<($0 + w.count)]) == w }) else { return nil }
            return buffer[x, y].style
        }
        let mid = lines[y].unicodeScalars.count / 2
        XCTAssertEqual(style(of: "15", from: 0)?.underline, true, "the differing number is marked")
        XCTAssertEqual(style(of: "summit", from: 0)?.underline, false, "a shared word is not")
        XCTAssertEqual(style(of: "16", from: mid)?.underline, true)
        XCTAssertEqual(style(of: "Tokyo", from: mid)?.underline, false)
    }
}

/// Many sources: every column keeps its own marker and the view scrolls sideways.
final class ManySourcesTests: XCTestCase {
    func testColumnsScrollAndMarkersNeverCollapse() {
        let files = (0..<80).map { i in
            ("s\(i)", "---\noutlet: Wire\npublished: 2025-03-\(String(format: "%02d", i % 28 + 1))\n---\nThe mayors agreed to build a tram line.\n")
        }
        let corpus = makeCorpus(files)
        let (set, _) = CommitmentSet.parse("title: T\ncommitments:\n  - id: tram\n    title: Tram\n    match: [[tram]]\n", path: "c.yaml")
        var s = AppState(corpus: corpus, width: 90, height: 20, capabilities: Capabilities(color: false), commitments: set)
        s = press(s, [.char("3")] + Array(repeating: .char("l"), count: 65))
        XCTAssertEqual(s.matrixColumn, 65)
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines[2].contains("AD"), "column 66 is AD: \(lines[2])")
        XCTAssertFalse(lines[2].contains(" + "), "no shared placeholder: \(lines[2])")
        XCTAssertTrue(lines[1].hasPrefix(" Sources: …"), "the legend starts at the first column shown: \(lines[1])")
        let markers = Set((0..<80).map { s.sourceMarker($0) })
        XCTAssertEqual(markers.count, 80)
        // Sources sharing an outlet get distinct labels, and the help lists them all.
        XCTAssertEqual(Set(corpus.labels).count, 80)
        s = press(s, [.char("?")])
        let help = s.helpText().map(\.0)
        XCTAssertTrue(help.contains { $0.hasPrefix("  AD ") && $0.contains("Wire") }, "help legend")
    }
}

/// q closes the innermost thing first (as in tig); Q quits from anywhere.
final class QuitLevelsTests: XCTestCase {
    func testQClosesTheEvidencePanelThenQuits() {
        var s = press(matrixState(), [.char("3"), .char("j"), .enter])
        XCTAssertTrue(s.evidenceOpen)
        s = press(s, [.char("q")])
        XCTAssertFalse(s.evidenceOpen, "q closed the evidence panel")
        XCTAssertFalse(s.shouldQuit)
        s = press(s, [.char("q")])
        XCTAssertTrue(s.shouldQuit, "at the top level q quits")
    }

    func testQReturnsFromAnOpenedSentence() {
        var s = press(matrixState(), [.char("3"), .enter, .enter])
        XCTAssertEqual(s.view, .articles, "Enter on the evidence opened the article")
        s = press(s, [.char("q")])
        XCTAssertEqual(s.view, .matrix, "q came back to the matrix")
        XCTAssertFalse(s.shouldQuit)
    }

    func testCapitalQQuitsFromAnywhere() {
        var s = press(matrixState(), [.char("3"), .enter])
        s = press(s, [.char("Q")])
        XCTAssertTrue(s.shouldQuit)
        var h = press(matrixState(), [.char("?")])
        h = press(h, [.char("Q")])
        XCTAssertTrue(h.shouldQuit, "Q quits even from the help")
    }
}

final class EvidencePanelTests: XCTestCase {
    func testLongEvidenceWrapsInFullWithTheCueUnderlined() {
        let long = "The two mayors agreed on Friday, after a long and at times heated debate that ran late into the evening and drew a large crowd of residents, to build a tram line from the station to the harbour."
        let corpus = makeCorpus([("a", "---\noutlet: Daily\n---\n\(long)\n")])
        let (set, _) = CommitmentSet.parse("title: T\ncommitments:\n  - id: tram\n    title: Tram\n    match: [[tram]]\n", path: "c.yaml")
        var s = AppState(corpus: corpus, width: 80, height: 24, capabilities: Capabilities(color: false), commitments: set)
        s = press(s, [.char("3"), .enter])
        let buffer = render(s)
        let text = buffer.trimmedLines().joined(separator: " ")
        let squeezed = text.split(separator: " ").joined(separator: " ")
        XCTAssertTrue(squeezed.contains("to the harbour."), "the end of the sentence is shown, not cut at the panel edge")
        XCTAssertTrue(squeezed.contains("● confirmed The two mayors agreed"), squeezed)
        // The cue "agreed" is underlined.
        let lines = buffer.lines()
        guard let y = lines.firstIndex(where: { $0.contains("The two mayors agreed") }),
              let r = lines[y].range(of: "agreed") else { return XCTFail("no evidence line") }
        let x = DisplayWidth.of(String(lines[y][..<r.lowerBound]))
        XCTAssertTrue(buffer[x, y].style.underline, "the cue is underlined")
        XCTAssertFalse(buffer[x - 2, y].style.underline)
    }
}

final class DiscrepancyToggleTests: XCTestCase {
    func testLowConfidenceItemsAreHiddenUntilAsked() {
        let corpus = makeCorpus([
            ("a", "---\npublished: 2026-01-20\n---\nThe leaders of Japan and Italy met in Tokyo on January 16, 2026. The leaders of Japan and Italy met in Tokyo again on January 18, 2026.\n"),
            ("b", "---\npublished: 2026-01-20\n---\nThe leaders of Japan and Italy met in Tokyo on January 16, 2026, officials said.\n"),
        ])
        var s = AppState(corpus: corpus, width: 100, height: 24, capabilities: Capabilities(color: false))
        s = press(s, [.char("4")])
        XCTAssertTrue(s.discrepancies.isEmpty)
        XCTAssertGreaterThan(s.hiddenDiscrepancies, 0)
        XCTAssertTrue(render(s).lines().joined().contains("low-confidence"), "the view says items are hidden")
        s = press(s, [.char("a")])
        XCTAssertFalse(s.discrepancies.isEmpty)
        let text = render(s).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("[date] date of the meeting"), text)
        XCTAssertTrue(text.contains("%"), "the confidence is shown")
    }
}

final class ContextHelpTests: XCTestCase {
    func testHelpOpensAtTheViewsSectionAndExplainsItsSymbols() {
        var s = press(matrixState(90, 20), [.char("3"), .char("?")])
        let text = render(s).lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Matrix"), text)
        XCTAssertTrue(text.contains("○ mentioned"), "the matrix's symbols are explained: \(text)")
        XCTAssertFalse(text.contains("show or hide this help"), "opened at the matrix section, not the top")
        s = press(s, [.char("q"), .char("5"), .char("?")])
        XCTAssertTrue(render(s).lines().joined().contains("≠ they disagree"))
        let articles = press(matrixState(90, 20), [.char("?")])
        XCTAssertTrue(render(articles).lines().joined().contains("show or hide this help"), "from the articles, the top")
    }
}

final class ViewExportTests: XCTestCase {
    func testExportHasEveryRowAndEvidenceNotJustTheScreen() throws {
        var s = press(matrixState(60, 12), [.char("3"), .char("e")])
        XCTAssertTrue(s.exportRequested)
        s.exportRequested = false
        let md = try XCTUnwrap(ViewExport.markdown(s))
        for title in ["Build a tram line", "Bike lane", "A new park"] { XCTAssertTrue(md.contains(title), title) }
        XCTAssertTrue(md.contains("The two mayors agreed to build a tram line on Friday."), "evidence sentences")
        XCTAssertTrue(md.contains("cue: “agreed”"), md)
        XCTAssertTrue(md.contains("- A Daily (`a`)"), "the source legend")
        let timeline = try XCTUnwrap(ViewExport.markdown(press(matrixState(), [.char("2")])))
        XCTAssertTrue(timeline.contains("| value"), "the timeline as a Markdown table")
        XCTAssertNil(ViewExport.markdown(press(matrixState(), [.char("5")])), "compare has no export")
    }
}

final class ViewSearchTests: XCTestCase {
    func testSlashSearchesTheMatrixRowsAndNSteps() {
        var s = press(matrixState(), [.char("3"), .char("/")] + keys("bike") + [.enter])
        XCTAssertEqual(s.view, .matrix, "the search stays in the matrix")
        XCTAssertEqual(s.matrixRow, 1, "the row whose title or evidence matches")
        XCTAssertTrue(s.message?.contains("Match 1 of") == true, s.message ?? "")
        s = press(s, [.char("k"), .char("/")] + keys("the") + [.enter])
        XCTAssertEqual(s.matrixRow, 0, "evidence text matches too ('The two mayors…', 'They also discussed…')")
        s = press(s, [.char("n")])
        XCTAssertEqual(s.matrixRow, 1)
        s = press(s, [.char("n")])
        XCTAssertEqual(s.matrixRow, 0, "wraps")
        XCTAssertTrue(s.message?.contains("wrapped") == true)
        s = press(s, [.char("/")] + keys("zebra") + [.enter])
        XCTAssertTrue(s.message?.contains("Not found in this view") == true)
    }

    func testSlashSearchesTheTimelineEntries() {
        var s = press(matrixState(), [.char("2"), .char("/")] + keys("tram") + [.enter])
        XCTAssertEqual(s.view, .timeline)
        guard case .group(let gi) = s.timelineRows[s.timelineSelected] else { return XCTFail("not on an entry") }
        XCTAssertTrue(s.timelineGroups[gi].mentions.contains { $0.sentence.contains("tram") })
        s = press(s, [.char("1"), .char("/")] + keys("bike") + [.enter])
        XCTAssertNotNil(s.search, "in the articles view / still searches the text")
    }
}

final class RowFilterTests: XCTestCase {
    func testBarFiltersTheViewToMatchingRowsWithCounts() {
        var s = press(matrixState(), [.char("3"), .char("/")] + keys("bike") + [.enter, .char("|")])
        XCTAssertEqual(s.matrixOrder.count, 1)
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines[2].contains("only “bike”: 1 of 3"), lines[2])
        XCTAssertTrue(lines[3].contains("Bike lane"))
        XCTAssertTrue(lines[4].hasSuffix("1  1  0"), "the per-source counts follow the filter: \(lines[4])")
        s = press(s, [.char("|")])
        XCTAssertEqual(s.matrixOrder.count, 3, "| again shows every row")
        s = press(s, [.char("|")])
        XCTAssertTrue(s.message?.contains("Search first") == true, "no search in this view yet")
    }

    func testFiltersInTheTimelineAndDiscrepancies() {
        var s = press(matrixState(), [.char("2"), .char("/")] + keys("tram") + [.enter, .char("F")])
        XCTAssertFalse(s.timelineGroups.isEmpty)
        XCTAssertTrue(s.timelineGroups.allSatisfy { AppState.groupText($0).lowercased().contains("tram") })
        s = press(s, [.char("4"), .char("/")] + keys("zzz") + [.enter, .char("|")])
        XCTAssertNil(s.rowFilters[.discrepancies], "a search that found nothing cannot filter")
    }
}

final class CompareKeysTests: XCTestCase {
    func testSourcesStepBothWaysAndDJumpsToDifferences() {
        var s = press(matrixState(100, 30), [.char("5")])
        XCTAssertEqual([s.compareLeft, s.compareRight], [0, 1])
        s = press(s, [.char("]")])
        XCTAssertEqual(s.compareRight, 2)
        s = press(s, [.char("}")])
        XCTAssertEqual(s.compareRight, 1, "} steps back")
        s = press(s, [.char("{")])
        XCTAssertEqual(s.compareLeft, 2, "{ steps back, skipping the right-hand source")
        s = press(s, [.char("d")])
        XCTAssertTrue(s.message?.hasPrefix("Difference ") == true, s.message ?? "")
        let top = s.compareTop
        s = press(s, [.char("D")])
        XCTAssertLessThan(s.compareTop, max(1, top), "D goes back")
    }
}

final class MatrixAnnotationTests: XCTestCase {
    func testMarkStanceAndNoteOnACell() {
        var s = press(matrixState(), [.char("3")])
        s = press(s, [.char("v")])
        XCTAssertEqual(s.annotations.annotation(commitment: "tram", source: "a")?.mark, .verified)
        XCTAssertTrue(s.saveAnnotationsRequested)
        XCTAssertTrue(render(s).trimmedLines()[3].hasSuffix("●✓ ✕  ·   2/3"), render(s).trimmedLines()[3])
        s.saveAnnotationsRequested = false
        s = press(s, [.char("v")])
        XCTAssertNil(s.annotations.annotation(commitment: "tram", source: "a"), "v again unmarks")
        // Your own stance: = then a letter and Enter; an empty answer goes back to Concord's.
        s = press(s, [.char("l"), .char("=")])
        XCTAssertEqual(render(s).trimmedLines().last, "Stance (c h x m n s): █")
        s = press(s, [.char("c"), .enter])
        XCTAssertEqual(s.annotations.annotation(commitment: "tram", source: "b")?.stance, .confirmed)
        XCTAssertTrue(render(s).trimmedLines()[3].hasSuffix("●  ●' ·   2/3"), render(s).trimmedLines()[3])
        s = press(s, [.char("="), .char("q"), .enter])
        XCTAssertEqual(s.annotations.annotation(commitment: "tram", source: "b")?.stance, .confirmed, "an unknown letter changes nothing")
        XCTAssertTrue(s.message?.hasPrefix("No stance “q”") ?? false, s.message ?? "")
        s = press(s, [.char("="), .char("h"), .escape])
        XCTAssertEqual(s.annotations.annotation(commitment: "tram", source: "b")?.stance, .confirmed, "Esc keeps the stance")
        s = press(s, [.char("="), .enter])
        XCTAssertNil(s.annotations.annotation(commitment: "tram", source: "b"), "back to Concord's")
        // A note, typed at the prompt (a, or m); Esc leaves it as it was.
        s = press(s, [.char("x"), .char("a")] + keys("AP denies it"))
        XCTAssertEqual(render(s).trimmedLines().last, "Note: AP denies it█")
        s = press(s, [.enter])
        let note = s.annotations.annotation(commitment: "tram", source: "b")
        XCTAssertEqual(note?.note, "AP denies it")
        XCTAssertEqual(note?.mark, .wrong)
        s = press(s, [.char("m"), .char("!"), .escape])
        XCTAssertEqual(s.annotations.annotation(commitment: "tram", source: "b")?.note, "AP denies it")
        XCTAssertEqual(s.message, "Note not changed")
        s = press(s, [.enter])
        let text = render(s).trimmedLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("· wrong "), text)
        XCTAssertTrue(text.contains("Note: AP denies it"), text)
        // The note survives a reload (cells are named by commitment and article id).
        s = update(s, .loaded(CorpusUpdate(done: 3, total: 3, corpus: makeCorpus(matrixSample.reversed()), finished: true, isReload: true)))
        XCTAssertEqual(s.annotations.annotation(commitment: "tram", source: "b")?.note, "AP denies it")
    }

    func testTheExportCarriesTheAnalystsWord() throws {
        let s = press(matrixState(), [.char("3"), .char("l"), .char("x"), .char("="), .char("c"), .enter, .char("a")] + keys("AP denies it") + [.enter])
        let md = try XCTUnwrap(ViewExport.markdown(s))
        XCTAssertTrue(md.contains("**B Wire**: contradicted — your stance: confirmed; wrong; note: “AP denies it”"), md)
    }

    func testTheRunLoopSavesTheNotes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("concord-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = matrixState()
        s.annotationsRoot = dir.path
        var backend = TestBackend(width: 90, height: 24, script: [.key(.char("3")), .key(.char("v"))])
        _ = runLoop(s, backend: &backend)
        let (saved, problems) = Annotations.load(corpusRoot: dir.path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(saved.annotation(commitment: "tram", source: "a")?.mark, .verified)
    }
}

/// `S` keeps the rows where the sources disagree, then those a source contradicts,
/// then those not all verified, then all; the header says so and counts.
final class MatrixStanceFilterTests: XCTestCase {
    func testStanceFilterCycles() {
        var s = press(matrixState(), keys("3"))
        XCTAssertEqual(s.matrixOrder.count, 3)
        s = press(s, keys("S"))
        XCTAssertEqual(s.matrixStanceFilter, .disagreeing)
        // tram: confirmed, contradicted, silent; bike: hedged, confirmed, silent; park: silent everywhere.
        XCTAssertEqual(s.matrixOrder.map { s.matrix.rows[$0].commitment.id }, ["tram", "bike"])
        XCTAssertTrue(render(s).trimmedLines().contains { $0.contains("only where sources disagree: 2 of 3") })
        s = press(s, keys("S"))
        XCTAssertEqual(s.matrixOrder.map { s.matrix.rows[$0].commitment.id }, ["tram"])
        s = press(s, keys("S"))
        XCTAssertEqual(s.matrixStanceFilter, .unverified)
        XCTAssertEqual(s.matrixOrder.count, 2)
        s = press(s, keys("gv"))   // verify tram × a
        s = press(s, keys("lv"))   // and tram × b
        XCTAssertEqual(s.matrixOrder.map { s.matrix.rows[$0].commitment.id }, ["bike"], "a row with every reporting cell verified leaves")
        s = press(s, keys("S"))
        XCTAssertEqual(s.matrixStanceFilter, .all)
        XCTAssertEqual(s.matrixOrder.count, 3)
    }
}

/// Every view's symbol legend fits at 80 columns (no "…").
final class LegendTests: XCTestCase {
    func testLegendsFitAt80Columns() {
        for (key, marker) in [("2", "▸ Enter: mentions"), ("3", "● confirmed"), ("4", "▸ Enter: claims")] {
            let s = press(matrixState(80, 24), keys(key))
            let lines = render(s).trimmedLines()
            guard let legend = lines.first(where: { $0.contains(marker) }) else {
                XCTFail("view \(key) has no legend line:\n" + lines.joined(separator: "\n")); continue
            }
            XCTAssertFalse(legend.hasSuffix("…"), "view \(key): \(legend)")
        }
    }
}

/// `c` picks the matrix's sources: Space toggles, one always stays, a shows all;
/// hidden sources leave the columns, the moves and the coverage.
final class SourcePickerTests: XCTestCase {
    func testPickingSources() {
        var s = press(matrixState(100, 24), keys("3c"))
        XCTAssertEqual(s.overlay, .sources(cursor: 0))
        XCTAssertTrue(render(s).lines().contains { $0.contains("[x] B Wire") })
        s = press(s, keys("j "))                  // hide B
        XCTAssertEqual(s.matrixHiddenSources, [1])
        XCTAssertTrue(render(s).lines().contains { $0.contains("[ ] B Wire") })
        s = press(s, [.enter])
        XCTAssertNil(s.overlay)
        XCTAssertEqual(s.message, "Showing 2 of 3 sources")
        XCTAssertEqual(s.matrixColumnGeometry.columns, [0, 2])
        s = press(s, keys("l"))
        XCTAssertEqual(s.matrixColumn, 2, "the move skips the hidden source")
        // tram: A confirms, B (hidden) contradicts, C silent: 1 of the 2 shown.
        XCTAssertTrue(render(s).trimmedLines().contains { $0.contains("Build a tram line") && $0.hasSuffix("1/2") },
                      render(s).trimmedLines().joined(separator: "\n"))
        // Hiding the last shown source is refused; a shows all.
        s = press(s, keys("c "))                  // cursor starts on C (selected): hide C
        XCTAssertEqual(s.matrixHiddenSources, [1, 2])
        s = press(s, keys("kk "))                 // A is the last one shown
        XCTAssertEqual(s.matrixHiddenSources, [1, 2], "one source at least stays shown")
        XCTAssertEqual(s.message, "One source at least stays shown")
        s = press(s, keys("a") + [.enter])
        XCTAssertEqual(s.matrixColumnGeometry.columns, [0, 1, 2])
    }
}

/// A discrepancy's claims wrap under their first word; moves skip the wrapped lines.
final class DiscrepancyWrapTests: XCTestCase {
    func testClaimsWrapAndMovesSkipTheirLines() throws {
        let corpus = try CorpusLoader().load(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data").path)
        var s = AppState(corpus: corpus, width: 80, height: 30, capabilities: Capabilities(color: false))
        s = press(s, keys("4") + [.enter])
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines.contains { $0.hasSuffix("to strengthen the relationship between their countries.") },
                      "the whole sentence is there at 80 columns:\n" + lines.joined(separator: "\n"))
        XCTAssertFalse(lines.contains { $0.contains(" — ") && $0.hasSuffix("…") }, "no claim is cut")
        XCTAssertTrue(s.discrepancyRows.contains { if case .claimLine = $0 { return true }; return false })
        s = press(s, keys("jjj"))
        XCTAssertEqual(s.discrepancyRows[s.discrepancySelected], .claim(0, 0))
        s = press(s, keys("j"))
        XCTAssertEqual(s.discrepancyRows[s.discrepancySelected], .claim(0, 1), "j skips the wrapped lines")
        s = press(s, keys("k"))
        XCTAssertEqual(s.discrepancyRows[s.discrepancySelected], .claim(0, 0), "k lands on the claim, not its last line")
    }
}

/// Compare's `c` picks the left source, then the right, from a list.
final class ComparePickerTests: XCTestCase {
    func testPickingBothSources() {
        var s = press(matrixState(100, 24), keys("5"))
        XCTAssertEqual([s.compareLeft, s.compareRight], [0, 1])
        s = press(s, keys("c"))
        XCTAssertEqual(s.overlay, .comparePick(cursor: 0, side: 0))
        XCTAssertTrue(render(s).lines().contains { $0.contains("Left source") })
        s = press(s, keys("jj") + [.enter])       // left: C
        XCTAssertEqual(s.compareLeft, 2)
        XCTAssertEqual(s.overlay, .comparePick(cursor: 1, side: 1))
        s = press(s, keys("j") + [.enter])        // C again: refused
        XCTAssertEqual(s.message, "Pick another source than the left one")
        s = press(s, keys("g") + [.enter])        // right: A
        XCTAssertNil(s.overlay)
        XCTAssertEqual([s.compareLeft, s.compareRight], [2, 0])
        XCTAssertEqual(s.message, "Comparing C Post with A Daily")
    }
}

final class ExportPathTests: XCTestCase {
    func testTheExportIsNamedByViewAndTimeInTheCorpusFolderAndNeverOverwrites() {
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second) = (2026, 1, 16, 9, 5, 7)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let date = calendar.date(from: parts)!
        XCTAssertEqual(ViewExport.path(view: .matrix, at: date, folder: "corpus", exists: { _ in false }),
                       "corpus/concord-matrix-20260116-090507.md")
        let taken: Set<String> = ["concord-timeline-20260116-090507.md", "concord-timeline-20260116-090507-2.md"]
        XCTAssertEqual(ViewExport.path(view: .timeline, at: date, folder: nil, exists: { taken.contains($0) }),
                       "concord-timeline-20260116-090507-3.md")
        // The corpus never reads its own exports back as articles.
        for name in ["concord-matrix-20260116-090507.md", "concord-timeline-20260116-090507-3.md"] {
            XCTAssertTrue(CorpusLoader.isConcordOutput(name), name)
        }
        for name in ["concord-matrix-notes.md", "concord-matrix-20260116-0905.md", "concord-matrix-20260116-090507-.md"] {
            XCTAssertFalse(CorpusLoader.isConcordOutput(name), name)
        }
    }
}

final class StatusPositionTests: XCTestCase {
    func statusLine(_ s: AppState) -> String { render(s).trimmedLines().last ?? "" }

    func testTheStatusLineSaysViewRowAndCell() {
        var s = press(matrixState(140, 24), [.char("3")])
        XCTAssertTrue(statusLine(s).hasSuffix("Matrix › row 1/3 Build a tram line › A Daily"), statusLine(s))
        s = press(s, [.char("l"), .enter])
        XCTAssertTrue(statusLine(s).hasSuffix("Matrix › row 1/3 Build a tram line › B Wire › evidence 1/1"), statusLine(s))
        s = press(s, [.escape, .char("j")])
        XCTAssertTrue(statusLine(s).hasSuffix("row 2/3 Bike lane › B Wire"), statusLine(s))
        // At 80 columns names are shortened or dropped, never the position.
        let narrow = press(matrixState(80, 24), [.char("3"), .char("j"), .char("l"), .enter])
        XCTAssertTrue(statusLine(narrow).contains("row 2/3"), statusLine(narrow))
        XCTAssertTrue(statusLine(narrow).hasSuffix("evidence 1/1"), statusLine(narrow))
        let articles = press(matrixState(140, 24), [.char("1"), .char("j")])
        XCTAssertTrue(statusLine(articles).contains("Articles › 2/3 "), statusLine(articles))
        // A message comes first: the position gives up names, then the view's name.
        var busy = press(matrixState(80, 24), [.char("3")])
        busy.message = "Exported the whole view to concord-matrix.md"
        XCTAssertTrue(statusLine(busy).contains("Exported the whole view to concord-matrix.md"), statusLine(busy))
        XCTAssertTrue(statusLine(busy).hasSuffix("row 1/3"), statusLine(busy))
        // A message too long for the line is cut; the position stays.
        busy.message = String(repeating: "long message ", count: 8)
        XCTAssertTrue(statusLine(busy).hasSuffix("… row 1/3"), statusLine(busy))
        let compare = press(matrixState(140, 24), [.char("5")])
        XCTAssertTrue(statusLine(compare).contains("Compare › A vs B › line 1/"), statusLine(compare))
    }
}

final class EvidenceHighlightTests: XCTestCase {
    /// The style of the first cell of `word` on the screen line that holds `line`.
    func style(of word: String, on line: String, _ buffer: Buffer) -> Style? {
        let lines = buffer.lines()
        guard let y = lines.firstIndex(where: { $0.contains(line) }) else { return nil }
        let text = lines[y]
        guard let r = text.range(of: word) else { return nil }
        // Columns: every character of these ASCII lines is one cell wide.
        let x = text.distance(from: text.startIndex, to: r.lowerBound)
        return buffer[x, y].style
    }

    func testMatchedWordsAndTheCueAreMarkedInTheEvidencePanel() throws {
        // Row 1 ("tram"), column A: "The two mayors agreed to build a tram line on Friday."
        let s = press(matrixState(100, 24), [.char("3"), .enter, .char("j")])
        let b = render(s)
        let sentence = "agreed to build a tram line"
        let tram = try XCTUnwrap(style(of: "tram", on: sentence, b))
        let agreed = try XCTUnwrap(style(of: "agreed", on: sentence, b))
        let mayors = try XCTUnwrap(style(of: "mayors", on: sentence, b))
        XCTAssertTrue(tram.bold, "the matched word is bold")
        XCTAssertFalse(tram.underline)
        XCTAssertTrue(agreed.bold && agreed.underline, "the cue is bold and underlined")
        XCTAssertFalse(mayors.bold || mayors.underline, "other words are plain")
    }
}
