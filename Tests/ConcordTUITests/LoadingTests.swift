import ConcordKit
@testable import ConcordTUI
import XCTest

/// A corpus that streams in, and `R`: the browser takes each new corpus without
/// losing the user's place.
final class LoadingTests: XCTestCase {
    static let files: [(String, String)] = (1...6).map { n in
        ("s\(n)", "---\noutlet: Outlet \(n)\npublished: 2025-03-0\(n)\n---\nStory \(n): the talks were held on March \(n), 2025, and lasted \(n) hours.\n\nA second paragraph of story \(n).\n")
    }

    func corpus(_ ids: [Int]) -> Corpus { makeCorpus(ids.map { Self.files[$0 - 1] }) }

    func testStreamingKeepsTheSelectedArticle() {
        var s = AppState(corpus: Corpus(root: "test", articles: []), width: 80, height: 20, capabilities: Capabilities(color: false))
        s.loading = (0, 6)
        XCTAssertTrue(render(s).trimmedLines().last!.contains("Loading 0/6 files…"))
        s = update(s, .loaded(CorpusUpdate(done: 2, total: 6, corpus: corpus([1, 2]))))
        XCTAssertEqual(s.corpus.articles.count, 2)
        XCTAssertTrue(render(s).trimmedLines().last!.contains("Loading 2/6 files…"))
        s = press(s, [.char("j")])
        XCTAssertEqual(s.currentArticle?.id, "s2")
        s = update(s, .loaded(CorpusUpdate(done: 4, total: 6)))
        XCTAssertTrue(render(s).trimmedLines().last!.contains("Loading 4/6 files…"), "progress alone updates the status line")
        s = update(s, .loaded(CorpusUpdate(done: 6, total: 6, corpus: corpus([1, 2, 3, 4, 5, 6]), finished: true)))
        XCTAssertEqual(s.currentArticle?.id, "s2", "the selection stays on the same article")
        XCTAssertNil(s.loading)
        XCTAssertEqual(s.message, "Loaded 6 articles")
        XCTAssertTrue(render(s).trimmedLines()[0].contains("6 articles"))
    }

    func testEveryViewWorksOnWhatIsLoaded() {
        let (set, _) = CommitmentSet.parse("commitments:\n  - id: talks\n    title: Talks held\n    match: [[talks]]\n", path: "c.yaml")
        var s = AppState(corpus: corpus([1]), width: 100, height: 30, capabilities: Capabilities(color: false), commitments: set)
        s.loading = (1, 3)
        s = press(s, [.char("2")])
        XCTAssertTrue(render(s).trimmedLines().joined(separator: "\n").contains("Outlet 1"), render(s).trimmedLines().joined(separator: "\n"))
        let before = s.timeline.entries.count
        s = update(s, .loaded(CorpusUpdate(done: 3, total: 3, corpus: corpus([1, 2, 3]), finished: true)))
        XCTAssertEqual(s.view, .timeline)
        XCTAssertGreaterThan(s.timeline.entries.count, before, "the timeline takes in the new articles")
        s = press(s, [.char("3")])
        XCTAssertEqual(s.matrix.rows.first?.cells.count, 3, "the commitments file's rows span the new sources")
        s = press(s, [.char("4"), .char("5"), .char("1")])
        XCTAssertEqual(s.view, .articles)
    }

    func testReloadKeepsPositionAndSaysWhatChanged() {
        var s = AppState(corpus: corpus([1, 2, 3, 4]), width: 80, height: 12, capabilities: Capabilities(color: false))
        s = press(s, [.char("j"), .char("j"), .tab, .char("j")])
        XCTAssertEqual(s.currentArticle?.id, "s3")
        let top = s.readerTop
        s = press(s, [.char("R")])
        XCTAssertTrue(s.reloadRequested)
        s.reloadRequested = false
        s.loading = (0, 0)
        XCTAssertEqual(press(s, [.char("R")]).message, "Still loading; R works once the folder is read")
        // s1 removed, s5 and s6 added: s3 is now the second article.
        s = update(s, .loaded(CorpusUpdate(done: 5, total: 5, corpus: corpus([2, 3, 4, 5, 6]), finished: true, isReload: true)))
        XCTAssertEqual(s.currentArticle?.id, "s3")
        XCTAssertEqual(s.selected, 1)
        XCTAssertEqual(s.readerTop, top)
        XCTAssertEqual(s.focus, .reader)
        XCTAssertEqual(s.message, "Reloaded: 5 articles (2 new, 1 gone)")
    }

    func testReloadAfterTheSelectedArticleIsGone() {
        var s = AppState(corpus: corpus([1, 2, 3]), width: 80, height: 12, capabilities: Capabilities(color: false))
        s = press(s, [.char("G"), .char("3"), .char("l"), .char("l")])
        s = update(s, .loaded(CorpusUpdate(done: 1, total: 1, corpus: corpus([1]), finished: true, isReload: true)))
        XCTAssertEqual(s.selected, 0)
        XCTAssertEqual(s.matrixColumn, 0, "positions past the end are brought back")
        _ = render(s)
        s = update(s, .loaded(CorpusUpdate(done: 0, total: 0, corpus: Corpus(root: "test", articles: []), finished: true, isReload: true)))
        XCTAssertEqual(s.message, "Reloaded: 0 articles (0 new, 1 gone)")
        for v in ["1", "2", "3", "4", "5"] { _ = render(press(s, [.char(Character(v))])) }
    }

    func testFailedReloadKeepsTheCorpus() {
        var s = AppState(corpus: corpus([1, 2]), width: 80, height: 12, capabilities: Capabilities(color: false))
        s = update(s, .loaded(CorpusUpdate(done: 0, total: 0, finished: true, note: "Could not reload: gone")))
        XCTAssertEqual(s.corpus.articles.count, 2)
        XCTAssertEqual(s.message, "Could not reload: gone")
    }

    func testFeedHandsOverNewsInOrder() {
        let feed = CorpusFeed()
        XCTAssertNil(feed.take())
        feed.post(done: 3, total: 9)
        XCTAssertEqual(feed.take()?.done, 3)
        XCTAssertNil(feed.take())
        let partial = CorpusUpdate(done: 4, total: 9, corpus: corpus([1]))
        feed.post(partial)
        feed.post(done: 5, total: 9)
        XCTAssertEqual(feed.take(snapshots: false)?.done, 5, "progress goes through while a snapshot waits")
        XCTAssertTrue(feed.take() === partial)
        let done = CorpusUpdate(done: 9, total: 9, corpus: corpus([1, 2]), finished: true)
        feed.post(done)
        feed.post(CorpusUpdate(done: 8, total: 9, corpus: corpus([1])))
        XCTAssertTrue(feed.take(snapshots: false) === done, "a finished corpus is never held back or replaced")
        XCTAssertTrue(feed.begin())
        XCTAssertFalse(feed.begin(), "one load at a time")
    }

    func testRunLoopStartsTheSourceOnR() throws {
        let ran = expectation(description: "source ran")
        let go = DispatchSemaphore(value: 0)
        let source: CorpusSource = { feed in
            go.wait()
            feed.post(CorpusUpdate(done: 1, total: 1, corpus: makeCorpus([Self.files[0]]), finished: true, isReload: true))
            ran.fulfill()
        }
        let state = AppState(corpus: corpus([1, 2]), width: 80, height: 12, capabilities: Capabilities(color: false))
        var backend = TestBackend(width: 80, height: 12, script: [.key(.char("R"))])
        let feed = CorpusFeed()
        let after = runLoop(state, backend: &backend, source: source, feed: feed)
        XCTAssertEqual(after.loading?.done, 0, "the loop shows that a load runs")
        go.signal()
        wait(for: [ran], timeout: 5)
        let news = try XCTUnwrap(feed.take())
        XCTAssertEqual(news.corpus?.articles.count, 1)
        XCTAssertEqual(update(after, .loaded(news)).message, "Reloaded: 1 article (0 new, 1 gone)")
    }
}

/// In the real browser a view whose analysis is not ready says so and stays usable.
final class AsyncAnalysesTests: XCTestCase {
    func testAViewBeingComputedSaysSoAndKeysStillWork() {
        var s = matrixState()
        s.asyncAnalyses = true
        s.analyses.paused = true
        s = press(s, [.char("3")])
        XCTAssertFalse(s.viewReady)
        let lines = render(s).trimmedLines()
        XCTAssertTrue(lines.contains { $0.contains("Computing the matrix for 3 articles…") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.last!.contains("computing…"))
        s = press(s, [.char("j")])
        XCTAssertEqual(s.message, "Computing the matrix for 3 articles… (1 key held until it is ready)")
        XCTAssertEqual(s.matrixRow, 0)
        // Other views, help and quitting still work (leaving drops the held key).
        s = press(s, [.char("1")])
        XCTAssertEqual(s.view, .articles)
        XCTAssertTrue(s.viewReady)
        s = press(s, [.char("3"), .char("?")])
        XCTAssertNotNil(s.overlay)
        s = press(s, [.escape])
        // The analysis finishes (here on this thread); the loop then tells the state.
        _ = s.analyses.matrix
        XCTAssertTrue(s.viewReady)
        s = update(s, .analysisReady)
        XCTAssertTrue(render(s).trimmedLines()[3].hasPrefix("▶ Build a tram line"))
        s = press(s, [.char("j")])
        XCTAssertEqual(s.matrixRow, 1)
        XCTAssertTrue(press(s, [.char("q")]).shouldQuit)
    }

    /// Keys pressed while a view is computed (G after R on a large folder) are kept
    /// and applied in order once it is ready; Escape drops them.
    func testKeysPressedWhileAViewIsComputedAreAppliedWhenItIsReady() {
        var s = matrixState()
        s.asyncAnalyses = true
        s.analyses.paused = true
        s = press(s, [.char("3"), .char("G"), .char("k")])
        XCTAssertFalse(s.viewReady)
        XCTAssertEqual(s.matrixRow, 0)
        XCTAssertEqual(s.message, "Computing the matrix for 3 articles… (2 keys held until it is ready)")
        _ = s.analyses.matrix
        s = update(s, .analysisReady)
        let rows = s.analyses.matrix.rows.count
        XCTAssertGreaterThan(rows, 2)
        XCTAssertEqual(s.matrixRow, rows - 2, "G then k: the row before the last")
        XCTAssertNil(s.message)
        XCTAssertTrue(s.typeAhead.isEmpty)

        var t = matrixState()
        t.asyncAnalyses = true
        t.analyses.paused = true
        t = press(t, [.char("3"), .char("G"), .escape])
        XCTAssertTrue(t.typeAhead.isEmpty, "Escape cancels the held keys")
        _ = t.analyses.matrix
        t = update(t, .analysisReady)
        XCTAssertEqual(t.matrixRow, 0)
    }

    /// A view whose analysis finishes while its "Computing…" frame is being drawn is
    /// drawn again at once, not only at the next key (seen once in the end-to-end
    /// test: the matrix stayed on "Computing…" until a key was pressed).
    func testAnAnalysisThatFinishesDuringADrawIsShownWithoutAKey() {
        struct RacingBackend: TerminalBackend {
            var size: (width: Int, height: Int) = (90, 24)
            var frames: [Buffer] = []
            var script: [Message]
            let finish: () -> Void
            var idle = 0
            mutating func draw(_ buffer: Buffer) {
                frames.append(buffer)
                // The worker finishes just after the frame was rendered.
                if buffer.trimmedLines().contains(where: { $0.contains("Computing the matrix") }) { finish() }
            }
            mutating func nextMessage() -> Message? {
                if !script.isEmpty { return script.removeFirst() }
                idle += 1
                return idle > 3 ? .interrupt : nil
            }
        }
        var s = matrixState()
        s.asyncAnalyses = true
        s.analyses.paused = true
        let analyses = s.analyses
        var backend = RacingBackend(script: [.key(.char("3"))], finish: { _ = analyses.matrix })
        _ = runLoop(s, backend: &backend)
        let computing = backend.frames.firstIndex { $0.trimmedLines().contains { $0.contains("Computing the matrix") } }
        XCTAssertNotNil(computing, "the test must see the Computing frame")
        let last = backend.frames.last!.trimmedLines()
        XCTAssertTrue(last.contains { $0.hasPrefix("▶ Build a tram line") }, last.joined(separator: "\n"))
        XCTAssertGreaterThan(backend.frames.count, (computing ?? 0) + 1)
    }

    /// Leaving a view that is being computed must not wait for it (its key handler
    /// would ask for its rows).
    func testLeavingAViewBeingComputedDoesNotComputeIt() {
        var s = matrixState()
        s.asyncAnalyses = true
        s.analyses.paused = true
        s = press(s, [.char("4"), .char("j"), .char("5"), .char("2"), .char("3"), .char("1")])
        XCTAssertEqual(s.view, .articles)
        for v in [ViewID.timeline, .matrix, .discrepancies, .compare] {
            XCTAssertFalse(s.analyses.isReady(v), "\(v) was computed on the browser's thread")
        }
    }

    func testAReplacedCorpusIsFreedOnTheBrowsersThreadNotByItsWorker() {
        // The corpus is replaced (R) while its analyses are still computed in the
        // background: the worker must not hold the last reference, or the old corpus
        // (and its parse-cache connections) would be freed by a thread that is ending.
        weak var old: Analyses?
        do {
            let a = matrixState().analyses
            old = a
            a.warmUp()
        }
        let deadline = Date().addingTimeInterval(20)
        while let a = old, a.isBusy, Date() < deadline { usleep(5_000) }
        usleep(50_000)  // the worker thread has returned from its work and may be ending
        XCTAssertNotNil(old, "still held after the work is done, until the browser's loop lets go")
        XCTAssertEqual(old?.isBusy, false)
        Analyses.releaseFinished()
        XCTAssertNil(old, "freed here, on the caller's thread")
    }

    func testBackgroundComputationFinishes() {
        var s = matrixState()
        s.asyncAnalyses = true
        s = press(s, [.char("4")])
        let deadline = Date().addingTimeInterval(10)
        while !s.viewReady && Date() < deadline { usleep(5_000) }
        XCTAssertTrue(s.viewReady, "the discrepancies were computed in the background")
        s = update(s, .analysisReady)
        XCTAssertTrue(render(s).trimmedLines().last!.contains("discrepanc"))
    }
}

/// A backend that presses one key, then idles (as a person waiting) until told to stop.
struct IdleBackend: TerminalBackend {
    var size: (width: Int, height: Int) = (90, 24)
    var frames: [Buffer] = []
    var keys: [Key]
    var idleUntil: () -> Bool
    var idles = 0
    /// What the frame shows once the loop has drawn the result (nil: any frame).
    var shown: ((Buffer) -> Bool)? = nil

    mutating func draw(_ buffer: Buffer) { frames.append(buffer) }

    mutating func nextMessage() -> Message? {
        if !keys.isEmpty { return .key(keys.removeFirst()) }
        if idleUntil() {
            idles += 1
            // More polls after the condition, so the loop can show the result: until the
            // last frame shows it (however slow a loaded machine is), at most 5 s.
            if (idles > 3 && (shown.map { f in frames.last.map(f) ?? false } ?? true)) || idles > 2_500 { return .interrupt }
        }
        usleep(2_000)
        return nil
    }
}

final class RunLoopReadinessTests: XCTestCase {
    /// The loop draws a view as soon as its background analysis is done, with and
    /// without the timings recorder (which draws on its own path).
    func testTheViewAppearsWhenItsAnalysisIsDone() {
        for withTimings in [false, true] {
            var s = matrixState()
            s.asyncAnalyses = true
            let analyses = s.analyses
            var backend = IdleBackend(keys: [.char("3")], idleUntil: { analyses.isReady(.matrix) },
                                      shown: { $0.trimmedLines().count > 3 && $0.trimmedLines()[3].hasPrefix("▶ Build a tram line") })
            let timings = withTimings ? KeyTimings(path: "/dev/null", start: 0) : nil
            let end = runLoop(s, backend: &backend, timings: timings)
            XCTAssertTrue(end.viewReady)
            let last = backend.frames.last?.trimmedLines() ?? []
            XCTAssertTrue(last.count > 3 && last[3].hasPrefix("▶ Build a tram line"), "timings \(withTimings): \(last.joined(separator: "\n"))")
        }
    }

    /// G pressed at once after opening a view still being computed lands on its last
    /// row when it is ready (the loop applies held keys however the frames fall).
    func testAKeyPressedBeforeTheViewIsReadyIsApplied() {
        var s = matrixState()
        s.asyncAnalyses = true
        let analyses = s.analyses
        var backend = IdleBackend(keys: [.char("3"), .char("G")], idleUntil: { analyses.isReady(.matrix) })
        let end = runLoop(s, backend: &backend, timings: nil)
        XCTAssertTrue(end.viewReady)
        XCTAssertTrue(end.typeAhead.isEmpty)
        XCTAssertEqual(end.matrixRow, end.analyses.matrix.rows.count - 1)
    }
}

/// The folder watch (inotify): articles, settings and new folders are changes;
/// Concord's own writes and hidden files are not.
final class FolderWatchTests: XCTestCase {
    func testWhatCounts() throws {
        XCTAssertTrue(FolderWatch.matters("a.txt", isFolder: false))
        XCTAssertTrue(FolderWatch.matters("page.html", isFolder: false))
        XCTAssertTrue(FolderWatch.matters("commitments.yaml", isFolder: false))
        XCTAssertTrue(FolderWatch.matters("more", isFolder: true))
        for name in ["concord-notes.yaml", "concord-export-2.md", "concord-screen-1.txt", ".concord", ".a.txt.swp", "image.png"] {
            XCTAssertFalse(FolderWatch.matters(name, isFolder: name == ".concord"), name)
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let watch = FolderWatch(root: dir.path)
        XCTAssertTrue(watch.isActive, watch.unavailable ?? "")
        XCTAssertFalse(watch.drain())
        try "x".write(to: dir.appendingPathComponent("concord-notes.yaml"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".concord"), withIntermediateDirectories: true)
        XCTAssertFalse(watch.drain(), "the notes file and the cache folder are Concord's own")
        try "The talks ended.".write(to: dir.appendingPathComponent("a.txt"), atomically: false, encoding: .utf8)
        XCTAssertTrue(watch.drain(), "an added article")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        XCTAssertTrue(watch.drain(), "a new folder")
        try "More talks.".write(to: dir.appendingPathComponent("sub/b.txt"), atomically: false, encoding: .utf8)
        XCTAssertTrue(watch.drain(), "an article in the new folder")
        try FileManager.default.removeItem(at: dir.appendingPathComponent("a.txt"))
        XCTAssertTrue(watch.drain(), "a removed article")
        XCTAssertFalse(watch.drain(), "nothing more")
    }

    func testFoldersPresentAtTheStartAreWatchedAndTheSetupRunsAside() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("x/y"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        try "A story.".write(to: dir.appendingPathComponent("x/a.txt"), atomically: false, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Made on another thread; taken once.
        let setup = FolderWatch.Setup(root: dir.path)
        var watch: FolderWatch?
        for _ in 0..<500 where watch == nil {
            watch = setup.take()
            if watch == nil { usleep(10_000) }
        }
        let w = try XCTUnwrap(watch, "the watch is set up")
        XCTAssertNil(setup.take(), "and handed over once")
        XCTAssertTrue(w.isActive)
        XCTAssertFalse(w.drain())
        try "Deep.".write(to: dir.appendingPathComponent("x/y/b.txt"), atomically: false, encoding: .utf8)
        XCTAssertTrue(w.drain(), "an article in a folder two levels down, there from the start")
        try "Hidden.".write(to: dir.appendingPathComponent(".hidden/c.txt"), atomically: false, encoding: .utf8)
        XCTAssertFalse(w.drain(), "hidden folders are not watched")
    }

    func testTheMessageReloadsUnlessLoading() {
        var s = AppState(corpus: makeCorpus(sample), width: 80, height: 20, capabilities: Capabilities(color: false))
        s = update(s, .folderChanged)
        XCTAssertTrue(s.reloadRequested)
        XCTAssertEqual(s.message, "The folder changed; reloading…")
        var loading = AppState(corpus: makeCorpus(sample), width: 80, height: 20, capabilities: Capabilities(color: false))
        loading.loading = (1, 10)
        loading = update(loading, .folderChanged)
        XCTAssertFalse(loading.reloadRequested)
    }
}
