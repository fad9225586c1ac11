import ConcordKit
@testable import ConcordTUI
import XCTest
import Foundation

func makeCorpus(_ files: [(String, String)], root: String = "test") -> Corpus {
    let parser = ArticleParser()
    let articles = files.map { id, text in
        parser.parse(fileScalars: Array(text.unicodeScalars), id: id, path: id + ".txt").0
    }
    return Corpus(root: root, articles: articles)
}

let sample: [(String, String)] = [
    ("alpha", "---\ntitle: Alpha talks\noutlet: Daily\nauthors: Ann Lee\npublished: 2026-01-16\n---\nLeaders met in Tokyo. They agreed on trade.\n\nSkip to main content\n"),
    ("beta", "---\ntitle: Beta report\noutlet: Agency\npublished: 2026-01-15\n---\nThe summit ended. Trade was discussed at length.\n\nA second paragraph.\n\nA third one.\n\nAnd a fourth.\n"),
    ("gamma", "Gamma has no front matter. It mentions trade once.\n"),
]

func press(_ state: AppState, _ keys: [Key]) -> AppState {
    keys.reduce(state) { update($0, .key($1)) }
}

func keys(_ s: String) -> [Key] { s.map { Key.char($0) } }

final class RenderTests: XCTestCase {
    func testInitialScreen() {
        let state = AppState(corpus: makeCorpus(sample), width: 60, height: 16, capabilities: Capabilities(color: false))
        let lines = render(state).trimmedLines()
        XCTAssertEqual(lines, [
            " Concord · test · 3 articles                 ? help  q quit",
            "  Source     Date       Author   Words Title (file)",
            "▶ Daily      2026-01-16 Ann Lee      8 Alpha talks",
            "  Agency     2026-01-15 —           17 Beta report",
            "  gamma      undated    —            9 Gamma has no front m…",
            "  Daily · Alpha talks",
            " Alpha talks                                               ┃",
            " Outlet: Daily (front matter, line 3)                      ┃",
            " Published: 2026-01-16 (front matter, line 5)              ┃",
            " Authors: Ann Lee (front matter, line 4)                   ┃",
            " File: alpha.txt · 8 words                                 ┃",
            " ──────────────────────────────────────────────────────────┃",
            "                                                           ┃",
            " Leaders met in Tokyo. They agreed on trade.               ┃",
            "                                                           │",
            " 1 Articles  2  3  4  5           1/3 Daily › line 1/10 90%",
        ])
    }

    func testListAndReaderNavigation() {
        var state = AppState(corpus: makeCorpus(sample), width: 60, height: 16)
        state = press(state, [.down, .char("j")])
        XCTAssertEqual(state.selected, 2)
        XCTAssertEqual(state.currentArticle?.id, "gamma")
        state = press(state, [.char("k"), .enter])
        XCTAssertEqual(state.focus, .reader)
        XCTAssertEqual(state.currentArticle?.id, "beta")
        state = press(state, [.char("G")])
        XCTAssertEqual(state.readerTop, max(0, state.layout!.lines.count - state.readerHeight))
        XCTAssertGreaterThan(state.readerTop, 0)
        state = press(state, [.char("g")])
        XCTAssertEqual(state.readerTop, 0)
        state = press(state, [.escape])
        XCTAssertEqual(state.focus, .list)
        state = press(state, [.tab])
        XCTAssertEqual(state.focus, .reader)
        XCTAssertFalse(state.shouldQuit)
    }

    func testBoilerplateToggle() {
        var state = AppState(corpus: makeCorpus(sample), width: 60, height: 20)
        XCTAssertFalse(render(state).lines().joined().contains("Skip to main content"))
        XCTAssertTrue(render(state).lines().joined().contains("1 boilerplate block hidden"))
        state = press(state, [.tab, .char("B")])
        XCTAssertTrue(render(state).lines().joined().contains("Skip to main content"))
    }

    func testSortCycles() {
        var state = AppState(corpus: makeCorpus(sample), width: 60, height: 16)
        state = press(state, [.char("s")])
        XCTAssertEqual(state.sort, .date)
        XCTAssertEqual(state.order.map { state.corpus.articles[$0].id }, ["beta", "alpha", "gamma"])
        XCTAssertEqual(state.currentArticle?.id, "alpha", "the selection follows the article")
        state = press(state, [.char("s")])
        XCTAssertEqual(state.sort, .outlet)
        XCTAssertEqual(state.order.map { state.corpus.articles[$0].id }, ["beta", "alpha", "gamma"])
    }

    func testSearchHighlightsAndSteps() {
        var state = AppState(corpus: makeCorpus(sample), width: 60, height: 16)
        state = press(state, [.char("/")] + keys("trade") + [.enter])
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.search?.matches.count, 3)
        XCTAssertEqual(state.search?.current, 0)
        XCTAssertEqual(state.message, "Match 1 of 3 for “trade”")
        // Every match in view is highlighted: the current one differently.
        let buffer = render(state)
        let row = buffer.trimmedLines().firstIndex { $0.contains("They agreed on trade.") }!
        let col = Array(buffer.lines()[row]).firstIndex(of: "t")!  // "They" starts with T, trade's t is later
        _ = col
        let styles = (0..<buffer.width).map { buffer[$0, row].style }
        XCTAssertTrue(styles.contains { $0.bg == .red || ($0.reverse && $0.underline) })
        state = press(state, [.char("n")])
        XCTAssertEqual(state.currentArticle?.id, "beta")
        state = press(state, [.char("n"), .char("n")])
        XCTAssertEqual(state.search?.current, 0)
        XCTAssertTrue(state.message?.contains("wrapped") ?? false)
        state = press(state, [.char("N")])
        XCTAssertEqual(state.currentArticle?.id, "gamma")
        state = press(state, [.char("/")] + keys("zzz") + [.enter])
        XCTAssertEqual(state.message, "Pattern not found: zzz")
    }

    func testSearchPromptEditingAndEscape() {
        var state = AppState(corpus: makeCorpus(sample), width: 60, height: 16)
        state = press(state, [.char("/")] + keys("trx") + [.backspace])
        XCTAssertEqual(state.prompt, "tr")
        XCTAssertEqual(render(state).trimmedLines().last, "/tr█")
        state = press(state, [.char("q")])
        XCTAssertEqual(state.prompt, "trq", "q is text inside the prompt")
        state = press(state, [.escape])
        XCTAssertNil(state.prompt)
        XCTAssertFalse(state.shouldQuit)
    }

    func testHelpOverlayComesFromKeyTableAndQClosesItFirst() {
        var state = AppState(corpus: makeCorpus(sample), width: 100, height: 90)
        state = press(state, [.char("?")])
        let text = render(state).lines().joined(separator: "\n")
        for binding in Keymap.bindings {
            XCTAssertTrue(text.contains(binding.help), "help lacks \(binding.action)")
        }
        state = press(state, [.char("q")])
        XCTAssertNil(state.overlay)
        XCTAssertFalse(state.shouldQuit)
        state = press(state, [.char("q")])
        XCTAssertTrue(state.shouldQuit)
    }

    func testResizeKeepsReadingPosition() {
        let long = (1...60).map { "Sentence number \($0) talks about the summit at some length." }.joined(separator: " ")
        var state = AppState(corpus: makeCorpus([("long", long)]), width: 80, height: 20)
        state = press(state, [.tab] + Array(repeating: .down, count: 15))
        guard case .body(let start, _, _) = state.layout!.lines[state.readerTop] else { return XCTFail("not on body") }
        state = update(state, .resize(width: 50, height: 24))
        guard case .body(let a, let b, _) = state.layout!.lines[state.readerTop] else { return XCTFail("not on body") }
        XCTAssertTrue(start >= a && start < b, "the top line still shows the same text")
        XCTAssertEqual(state.layout?.width, 48)
        for line in render(state).lines() { XCTAssertEqual(DisplayWidth.of(line), 50) }
    }

    func testTooSmall() {
        var state = AppState(corpus: makeCorpus(sample), width: 60, height: 16)
        state = update(state, .resize(width: 20, height: 5))
        XCTAssertEqual(render(state).trimmedLines().joined(separator: " ").contains("Terminal too small"), true)
        state = update(state, .resize(width: 60, height: 16))
        XCTAssertTrue(render(state).trimmedLines()[0].contains("Concord"))
    }

    func testControlCharactersAreInertInTheBuffer() {
        let evil = "Title\u{1B}]0;pwned\u{07} here\n\nBody with \u{1B}[31mred\u{1B}[0m and \u{202E}bidi and \u{9B}csi.\n"
        let state = press(AppState(corpus: makeCorpus([("evil\u{1B}[2J", evil)]), width: 70, height: 16), [])
        let buffer = render(state)
        for cell in buffer.cells {
            for c in cell.text.unicodeScalars {
                XCTAssertFalse(c.value < 0x20 || (c.value >= 0x7F && c.value < 0xA0) || c.value == 0x202E,
                               "raw control U+\(String(c.value, radix: 16)) reached the buffer")
            }
        }
        let text = buffer.lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("^[[31mred^[[0m"))
        XCTAssertTrue(text.contains("\u{FFFD}bidi"))
    }

    func testWideCharactersTakeTwoCells() {
        var b = Buffer(width: 6, height: 1)
        let used = b.put("東京x", x: 0, y: 0)
        XCTAssertEqual(used, 5)
        XCTAssertEqual(b[0, 0].text, "東")
        XCTAssertTrue(b[1, 0].isContinuation)
        XCTAssertEqual(b[4, 0].text, "x")
        var clipped = Buffer(width: 3, height: 1)
        clipped.put("a東京", x: 0, y: 0)
        XCTAssertEqual(clipped.lines(), ["a… "], "a cut line ends in an ellipsis, over the whole wide character")
        var narrow = Buffer(width: 2, height: 1)
        narrow.put("a東", x: 0, y: 0)
        XCTAssertEqual(narrow.lines(), ["a…"], "a wide character that does not fit is cut, marked by the ellipsis")
        var exact = Buffer(width: 3, height: 1)
        exact.put("abc", x: 0, y: 0)
        XCTAssertEqual(exact.lines(), ["abc"], "a line that fits is not marked")
    }

    func testNoColorDropsColoursButKeepsAttributes() {
        let state = press(AppState(corpus: makeCorpus(sample), width: 60, height: 16, capabilities: Capabilities(color: false)),
                        [.char("/")] + keys("trade") + [.enter])
        let buffer = render(state)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.fg == nil && $0.style.bg == nil })
        XCTAssertTrue(buffer.cells.contains { $0.style.reverse })
    }

    func testEmptyCorpus() {
        let state = AppState(corpus: makeCorpus([]), width: 60, height: 12)
        let lines = render(state).trimmedLines()
        XCTAssertTrue(lines[1].contains("No articles in test"))
        let after = press(state, [.down, .enter, .char("/")] + keys("x") + [.enter, .char("n"), .char("G")])
        XCTAssertFalse(after.shouldQuit)
    }

    func testRunLoopWithTestBackend() {
        var backend = TestBackend(width: 60, height: 16, script: [.key(.down), .resize(width: 70, height: 18), .key(.char("q"))])
        let final = runLoop(AppState(corpus: makeCorpus(sample), width: 60, height: 16), backend: &backend)
        XCTAssertTrue(final.shouldQuit)
        XCTAssertEqual(backend.frames.count, 3)
        XCTAssertEqual(backend.frames.last?.width, 70)
    }

    func testSaveScreenGoesThroughTheRunLoop() {
        var saved: [(String, String)] = []
        var backend = TestBackend(width: 200, height: 16, script: [.key(.char("w")), .key(.char("q"))])
        let final = runLoop(AppState(corpus: makeCorpus(sample), width: 200, height: 16), backend: &backend) { name, text in
            saved.append((name, text))
            return true
        }
        XCTAssertEqual(saved.count, 1)
        XCTAssertTrue(saved[0].1.hasPrefix(" Concord · test · 3 articles"))
        XCTAssertTrue(saved[0].1.contains("Leaders met in Tokyo."))
        XCTAssertTrue(backend.frames.last?.trimmedLines().last?.contains("Saved the screen to concord-screen-") ?? false,
                      backend.frames.last?.trimmedLines().last ?? "")
        XCTAssertFalse(final.saveScreenRequested)
    }

    func testWrapNeverExceedsWidth() {
        let s = Array("Alpha beta-gamma delta\u{2014}epsilon 東京東京東京 averyveryverylongwordthatmustbesplit ok".unicodeScalars)
        for width in 1...30 {
            for (a, b) in ReaderLayout.wrap(s, Span(0, s.count), width: width) {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: s[a..<b])
                let w = DisplayWidth.of(String(v).trimmingCharacters(in: .whitespaces))
                XCTAssertLessThanOrEqual(w, max(width, 2), "width \(width): '\(String(v))'")
            }
        }
    }
}

final class DocumentationTests: XCTestCase {
    /// The README's key table must list every binding's help text.
    func testReadmeListsEveryKeyBinding() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        for binding in Keymap.bindings {
            XCTAssertTrue(readme.contains(binding.help), "README lacks '\(binding.help)'")
        }
    }
}

/// `o` opens the article's web address in a browser: only http(s) addresses, one
/// argument, `$BROWSER` first (with `%s`), else xdg-open.
final class URLOpenerTests: XCTestCase {
    func testWhichAddressesAreOpened() {
        XCTAssertTrue(URLOpener.isWebAddress("https://example.com/news/accord?id=1"))
        XCTAssertTrue(URLOpener.isWebAddress("HTTP://example.com/"))
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "https://a b.com/", "https://x.com/\u{1B}[2J", "https://x.com/\u{202E}gpj",
                    "ftp://x.com/", "example.com", "https://"] {
            XCTAssertFalse(URLOpener.isWebAddress(bad), bad)
        }
    }

    func testTheBrowserCommand() {
        let find: (String) -> String? = { ["xdg-open": "/usr/bin/xdg-open", "firefox": "/usr/bin/firefox", "lynx": "/usr/bin/lynx"][$0] }
        let url = "https://example.com/a"
        XCTAssertEqual(URLOpener.command(for: url, environment: [:], findProgram: find), ["/usr/bin/xdg-open", url])
        XCTAssertEqual(URLOpener.command(for: url, environment: ["BROWSER": "firefox"], findProgram: find), ["/usr/bin/firefox", url])
        XCTAssertEqual(URLOpener.command(for: url, environment: ["BROWSER": "firefox --new-tab %s:lynx"], findProgram: find),
                       ["/usr/bin/firefox", "--new-tab", url], "the first of a list; %s is the address")
        XCTAssertEqual(URLOpener.command(for: url, environment: ["BROWSER": "/opt/b/browser"], findProgram: find), ["/opt/b/browser", url])
        XCTAssertNil(URLOpener.command(for: url, environment: ["BROWSER": "nosuch"], findProgram: find))
        XCTAssertNil(URLOpener.command(for: url, environment: [:], findProgram: { _ in nil }))
    }

    func testTheKeyAsksTheLoopOrSaysWhy() {
        let withURL: [(String, String)] = [
            ("web", "---\ntitle: Web\nurl: https://example.com/web\n---\nText.\n"),
            ("bad", "---\ntitle: Bad\nurl: javascript:alert(1)\n---\nText.\n"),
            ("none", "---\ntitle: None\n---\nText.\n"),
        ]
        var state = AppState(corpus: makeCorpus(withURL), width: 80, height: 20, capabilities: Capabilities(color: false))
        state = press(state, keys("o"))
        XCTAssertEqual(state.openURLRequested, "https://example.com/web")
        state.openURLRequested = nil
        state = press(state, keys("jo"))
        XCTAssertNil(state.openURLRequested)
        XCTAssertEqual(state.message, "Not a web address, not opened: javascript:alert(1)")
        state = press(state, keys("jo"))
        XCTAssertEqual(state.message, "This article has no URL")
    }
}

/// The mouse: tabs, rows, cells, a second click opens, the wheel scrolls; nothing
/// while a prompt or overlay holds the keyboard.
final class MouseTests: XCTestCase {
    func testClicksSelectAndOpenAndTheWheelScrolls() {
        var state = AppState(corpus: makeCorpus(sample), width: 80, height: 20, capabilities: Capabilities(color: false))
        let list = state.articleRects.list
        state = update(state, .key(.click(x: 5, y: list.y + 3)))
        XCTAssertEqual(state.selected, 2, "a click on the third row selects it")
        XCTAssertEqual(state.focus, .list)
        state = update(state, .key(.click(x: 5, y: list.y + 3)))
        XCTAssertEqual(state.focus, .reader, "a click on the selected row opens it")
        state = update(state, .key(.click(x: 5, y: list.y + 1)))
        XCTAssertEqual(state.selected, 0)
        state = update(state, .key(.wheelDown))
        XCTAssertEqual(state.selected, 2, "the wheel moves three rows (clamped)")
        // The tabs of the status line, where they are drawn.
        let status = render(state).trimmedLines()[19]
        let x = DisplayWidth.of(String(status[..<status.range(of: " 3 ")!.lowerBound])) + 1
        state = update(state, .key(.click(x: x, y: 19)))
        XCTAssertEqual(state.view, .matrix, "a click on a tab switches to its view: \(status)")
    }

    func testMatrixCellsAndNoClicksUnderOverlays() {
        var state = press(matrixState(), keys("3"))
        let table = state.matrixRects.table
        let g = state.matrixColumnGeometry
        let x = table.x + g.titleWidth + 1 * g.cellWidth + 1
        state = update(state, .key(.click(x: x, y: table.y + 1 + 1)))
        XCTAssertEqual(state.matrixRow, 1)
        XCTAssertEqual(state.matrixColumn, 1)
        XCTAssertFalse(state.evidenceOpen)
        state = update(state, .key(.click(x: x, y: table.y + 1 + 1)))
        XCTAssertTrue(state.evidenceOpen, "a second click on the cell opens its evidence")
        state = press(state, [.char("?")])
        let before = state.matrixRow
        state = update(state, .key(.click(x: x, y: table.y + 1)))
        XCTAssertEqual(state.matrixRow, before, "the help overlay keeps the mouse out")
    }
}
