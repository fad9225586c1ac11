import CNCurses
import CTermGuard
import ConcordKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the event loop needs from a terminal: its size, a way to show a
/// buffer, and the next message. `NCursesBackend` is the real one; tests use
/// `TestBackend`.
public protocol TerminalBackend {
    var size: (width: Int, height: Int) { get }
    mutating func draw(_ buffer: Buffer)
    /// The next message, or nil when nothing arrived within the poll interval.
    mutating func nextMessage() -> Message?
    /// How long `nextMessage` waits for a key.
    mutating func setPollInterval(milliseconds: Int)
}

extension TerminalBackend {
    public mutating func setPollInterval(milliseconds: Int) {}
}

/// An in-memory backend: records frames and replays scripted messages.
public struct TestBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    public var frames: [Buffer] = []
    public var script: [Message]

    public init(width: Int, height: Int, script: [Message]) {
        size = (width, height)
        self.script = script
    }

    public mutating func draw(_ buffer: Buffer) { frames.append(buffer) }

    public mutating func nextMessage() -> Message? {
        script.isEmpty ? .interrupt : script.removeFirst()
    }
}

/// The event loop, shared by every backend: draw, wait for a message, update.
/// The event loop, shared by every backend: draw, wait for a message, update,
/// then carry out the effect the update asked for (the only side effect: saving the screen).
public func runLoop<B: TerminalBackend>(_ state: AppState, backend: inout B,
                                        save: (String, String) -> Bool = ScreenFile.write,
                                        source: CorpusSource? = nil, feed: CorpusFeed = CorpusFeed(),
                                        timings: KeyTimings? = nil, warmUp: Bool = false,
                                        watch given: FolderWatch? = nil, watchRoot: String? = nil) -> AppState {
    var state = state
    // The folder watch of `watchRoot` is set up after the first frame: on a large tree
    // (thousands of folders and files) that takes a moment the first frame must not wait for.
    var watch = given
    var watchPending = watchRoot != nil
    var watchSetup: FolderWatch.Setup?
    // A change in the watched folder reloads it once it has been quiet this long.
    var changedAt: UInt64?
    let quiet: UInt64 = 400_000_000
    // Once the corpus is fully loaded, the analyses are computed in the background.
    if warmUp && state.loading == nil { state.analyses.warmUp() }
    var dirty = true
    // A snapshot of a loading corpus is taken in no faster than the view it rebuilds
    // can be drawn (three times its last cost apart), so keys are never starved.
    var nextSnapshot: UInt64 = 0
    var newsCost: UInt64?
    var polling = 200
    var shownReady = true
    while !state.shouldQuit {
        Analyses.releaseFinished()
        if dirty {
            let t0 = DispatchTime.now().uptimeNanoseconds
            // Whether the view was ready is read before it is drawn: a background
            // analysis that finishes during the draw must still bring a redraw.
            let ready = state.viewReady
            backend.draw(render(state))
            dirty = false
            shownReady = ready
            timings?.frameDrawn(state)
            if watchPending, let root = watchRoot {
                watchPending = false
                watchSetup = FolderWatch.Setup(root: root)
            }
            if let cost = newsCost {
                let now = DispatchTime.now().uptimeNanoseconds
                nextSnapshot = now + 3 * (cost + now - t0)
                newsCost = nil
            }
        }
        if let news = feed.take(snapshots: DispatchTime.now().uptimeNanoseconds >= nextSnapshot) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            state = update(state, .loaded(news))
            timings?.loaded(news)
            if warmUp && news.finished && news.corpus != nil { state.analyses.warmUp() }
            dirty = true
            if news.corpus != nil {
                // A new corpus is drawn at once; bare progress waits for the next poll.
                newsCost = DispatchTime.now().uptimeNanoseconds - t0
                continue
            }
        }
        // A view computed in the background is shown as soon as it is ready (and the
        // keys held for it are applied).
        if (!shownReady || !state.typeAhead.isEmpty) && state.viewReady {
            state = update(state, .analysisReady)
            dirty = true
            continue
        }
        // While a load or an analysis runs, keys are polled often so that its news show promptly.
        let wanted = state.loading != nil ? 30 : !state.viewReady ? 50 : 200
        if wanted != polling {
            polling = wanted
            backend.setPollInterval(milliseconds: wanted)
        }
        var next: Message?
        if let setup = watchSetup, let made = setup.take() {
            watchSetup = nil
            if let why = made.unavailable, state.message == nil {
                state.message = "Not watching the folder (\(why)); R reloads"
                dirty = true
            }
            if made.isActive { watch = made }
        }
        if let watch {
            let now = DispatchTime.now().uptimeNanoseconds
            if watch.drain() { changedAt = now }
            if let at = changedAt, now - at >= quiet, state.loading == nil {
                changedAt = nil
                next = .folderChanged
            }
        }
        guard let message = next ?? backend.nextMessage() else { continue }
        timings?.begin()
        state = update(state, message)
        if state.reloadRequested {
            state.reloadRequested = false
            if let source, feed.start(source) {
                state.loading = (0, 0)
            } else {
                state.message = source == nil ? "Nothing to reload from" : "Already loading"
            }
        }
        if state.saveScreenRequested {
            state.saveScreenRequested = false
            // The screen as it was before the request's status message.
            var shown = state
            shown.message = nil
            let text = render(shown).trimmedLines().joined(separator: "\n") + "\n"
            let name = ScreenFile.nextName()
            state.message = save(name, text) ? "Saved the screen to \(name)" : "Could not write \(name)"
        }
        if state.saveAnnotationsRequested {
            state.saveAnnotationsRequested = false
            if let root = state.annotationsRoot {
                do {
                    try state.annotations.save(corpusRoot: root)
                } catch {
                    state.message = "Could not save the notes: \(error)"
                }
            } else {
                state.message = (state.message.map { $0 + " · " } ?? "") + "not saved: the corpus is a single file"
            }
        }
        if let url = state.openURLRequested {
            state.openURLRequested = nil
            state.message = URLOpener.open(url)
        }
        if state.exportRequested {
            state.exportRequested = false
            let name = ViewExport.path(view: state.view, at: Date(), folder: state.annotationsRoot,
                                       exists: { access($0, F_OK) == 0 })
            if let text = ViewExport.markdown(state) {
                state.message = save(name, text) ? "Exported the whole view to \(name)" : "Could not write \(name)"
            }
        }
        if let timings {
            // A key's cost includes drawing its result.
            let ready = state.viewReady
            backend.draw(render(state))
            shownReady = ready
            timings.end(state, message)
            timings.frameDrawn(state)
            dirty = false
            continue
        }
        dirty = true
    }
    return state
}

/// Records, for the scale benchmark (CONCORD_TIMINGS=FILE), when the first frame
/// was drawn, when loading finished, and the slowest key press (update and redraw)
/// in each view. Written to the file when the browser closes.
public final class KeyTimings: @unchecked Sendable {
    let start: UInt64
    let path: String
    var firstFrame: UInt64?
    var firstArticles: UInt64?
    var loadedAt: UInt64?
    var began: UInt64 = 0
    var viewAtBegin: ViewID = .articles
    var worst: [ViewID: (ns: UInt64, key: String)] = [:]

    public init(path: String, start: UInt64) {
        self.path = path
        self.start = start
    }

    func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    var readyAt: [ViewID: UInt64] = [:]
    var askedAt: [ViewID: UInt64] = [:]

    func frameDrawn(_ state: AppState) {
        if firstFrame == nil { firstFrame = now() }
        if !state.viewReady, askedAt[state.view] == nil { askedAt[state.view] = now() }
        if state.viewReady, let asked = askedAt[state.view], readyAt[state.view] == nil { readyAt[state.view] = now() - asked }
        if firstArticles == nil, !state.corpus.articles.isEmpty { firstArticles = now() }
    }

    func loaded(_ news: CorpusUpdate) {
        if news.finished, loadedAt == nil { loadedAt = now() }
    }

    func begin() { began = now() }

    func end(_ state: AppState, _ message: Message) {
        let spent = now() - began
        guard case .key(let key) = message else { return }
        // Charged to the view the key was pressed in, or the one it opened.
        let view = state.view
        if spent > (worst[view]?.ns ?? 0) { worst[view] = (spent, key.label) }
    }

    /// The figures as "name value" lines (milliseconds).
    public func report() -> String {
        func ms(_ t: UInt64?) -> String { t.map { String(format: "%.1f", Double($0 - start) / 1e6) } ?? "-" }
        var out = "first_frame_ms \(ms(firstFrame))\nfirst_articles_ms \(ms(firstArticles))\nloaded_ms \(ms(loadedAt))\n"
        for v in ViewID.allCases {
            if let r = readyAt[v] { out += "computing_ms_\(v.title.lowercased()) \(String(format: "%.1f", Double(r) / 1e6))\n" }
            if let w = worst[v] { out += "worst_key_ms_\(v.title.lowercased()) \(String(format: "%.1f", Double(w.ns) / 1e6)) \(w.key)\n" }
        }
        return out
    }

    public func write() {
        _ = ScreenFile.overwrite(path, report())
    }
}

/// Writes screen captures next to where Concord was started.
public enum ScreenFile {
    public static func nextName(prefix: String = "concord-screen", ext: String = "txt") -> String {
        var n = 1
        while access("\(prefix)-\(n).\(ext)", F_OK) == 0 { n += 1 }
        return "\(prefix)-\(n).\(ext)"
    }

    /// Writes a file, replacing it (for the timings report, never for the user's files).
    static func overwrite(_ name: String, _ text: String) -> Bool {
        guard let f = fopen(name, "w") else { return false }
        defer { fclose(f) }
        return fputs(text, f) >= 0
    }

    public static func write(_ name: String, _ text: String) -> Bool {
        guard let f = fopen(name, "wx") else { return false }
        defer { fclose(f) }
        return fputs(text, f) >= 0
    }
}

/// The ncurses backend: initialises the terminal, decodes keys, flushes
/// changed rows, and restores the terminal in `close()` (also registered
/// with `atexit`, and signals become an `.interrupt` message).
public final class NCursesBackend: TerminalBackend {
    private var previous: Buffer?
    private var pairs: [Int: Int16] = [:]
    private var nextPair: Int16 = 1
    public let capabilities: Capabilities
    private var closed = false

    public init(colorAllowed: Bool, mouse: Bool = true) {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let unicode = codeset.uppercased().replacingOccurrences("-", "") == "UTF8"
        cn_register_atexit()
        termguard_install()
        cn_install_signal_handlers()
        initscr()
        cbreak()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        timeout(200)
        if mouse { cn_enable_mouse() }
        var color = false
        if colorAllowed && has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        capabilities = Capabilities(color: color, unicode: unicode)
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(cn_stdscr())), Int(getmaxy(cn_stdscr())))
    }

    public func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
    }

    deinit { close() }

    private func attributes(_ style: Style) -> Int32 {
        var a = Int32(cn_attr_normal())
        if style.bold { a |= Int32(cn_attr_bold()) }
        if style.reverse { a |= Int32(cn_attr_reverse()) }
        if style.underline { a |= Int32(cn_attr_underline()) }
        if style.dim { a |= Int32(cn_attr_dim()) }
        if capabilities.color, style.fg != nil || style.bg != nil {
            let key = (style.fg?.rawValue ?? -1) * 16 + (style.bg?.rawValue ?? -1) + 17
            var pair = pairs[key]
            if pair == nil, Int32(nextPair) < COLOR_PAIRS {
                init_pair(nextPair, Int16(style.fg?.rawValue ?? -1), Int16(style.bg?.rawValue ?? -1))
                pairs[key] = nextPair
                pair = nextPair
                nextPair += 1
            }
            if let pair { a |= Int32(cn_color_pair(Int32(pair))) }
        }
        return a
    }

    public func draw(_ buffer: Buffer) {
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { clearok(cn_stdscr(), true) }
        for y in 0..<buffer.height {
            if !full, let prev = previous, (0..<buffer.width).allSatisfy({ prev[$0, y] == buffer[$0, y] }) { continue }
            var x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                var run = ""
                let startX = x
                while x < buffer.width && buffer[x, y].style == style {
                    let cell = buffer[x, y]
                    if !cell.isContinuation { run += capabilities.unicode ? cell.text : NCursesBackend.ascii(cell.text) }
                    x += 1
                }
                attrset(attributes(style))
                _ = run.withCString { mvaddstr(Int32(y), Int32(startX), $0) }
            }
        }
        attrset(Int32(cn_attr_normal()))
        CNCurses.refresh()
        previous = buffer
    }

    /// ASCII stand-ins for the few glyphs Concord draws itself, when the locale is not UTF-8.
    static func ascii(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        switch text {
        case "─", "━": return "-"
        case "│", "┃": return "|"
        case "┌", "┐", "└", "┘", "┼": return "+"
        case "▶", "›", "→": return ">"
        case "←": return "<"
        case "↑": return "^"
        case "↓", "▾": return "v"
        case "●": return "+"
        case "◐": return "~"
        case "✕": return "x"
        case "±": return "!"
        case "·": return "."
        case "•": return "*"
        case "≈": return "~"
        case "≠": return "#"
        case "≥": return ">"
        case "≤": return "<"
        case "▸": return ">"
        case "█": return "_"
        case "…": return "."
        case "⚠": return "!"
        case "“", "”", "„": return "\""
        case "‘", "’": return "'"
        case "–", "—": return "-"
        default: return "?"
        }
    }

    public func setPollInterval(milliseconds: Int) { timeout(Int32(milliseconds)) }

    public func nextMessage() -> Message? {
        if cn_pending_signal() != 0 { return .interrupt }
        var ch: UInt32 = 0
        let kind = cn_read_key(&ch)
        if kind < 0 { return cn_pending_signal() != 0 ? .interrupt : nil }
        if kind == 1 {
            let code = Int32(ch)
            switch code {
            case KEY_RESIZE:
                let s = size
                return .resize(width: s.width, height: s.height)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_DC: return .key(.delete)
            case KEY_BTAB: return .key(.backTab)
            case cn_key_mouse():
                var x: Int32 = 0, y: Int32 = 0
                switch cn_get_mouse(&x, &y) {
                case 1: return .key(.click(x: Int(x), y: Int(y)))
                case 4: return .key(.wheelUp)
                case 5: return .key(.wheelDown)
                default: return nil
                }
            default:
                if code > cn_key_f(0) && code <= cn_key_f(24) { return .key(.function(Int(code - cn_key_f(0)))) }
                return nil
            }
        }
        return Key.fromCharacter(ch).map { .key($0) }
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

/// Runs the browser on a real terminal and restores it on every exit path.
public enum TerminalApp {
    /// Opens the browser on `initial` (the corpus as far as it is known: its settings
    /// and problems, maybe no article yet) and reads the rest with `source` on a
    /// background thread; `R` runs `source` again.
    public static func run(initial: Corpus, commitments: CommitmentSet? = nil, source: CorpusSource? = nil,
                           preloaded: Bool = false, annotations: Annotations = Annotations(),
                           annotationsRoot: String? = nil, mouse: Bool = true, watchRoot: String? = nil) -> Int32 {
        let start = DispatchTime.now().uptimeNanoseconds
        let env = ProcessEnvironment.get("NO_COLOR")
        let colorAllowed = env == nil || env == ""
        let backend = NCursesBackend(colorAllowed: colorAllowed, mouse: mouse)
        defer { backend.close() }
        let size = backend.size
        var state = AppState(corpus: initial, width: size.width, height: size.height, capabilities: backend.capabilities,
                             commitments: commitments)
        state.asyncAnalyses = true
        state.annotations = annotations
        state.annotationsRoot = annotationsRoot
        if !initial.problems.isEmpty {
            state.message = "\(initial.problems.count) problem\(initial.problems.count == 1 ? "" : "s") loading the corpus; press ! to list"
        }
        var b = backend
        // Test hook for the end-to-end test of the crash handler: draw, then trap as a
        // Swift runtime error would. The terminal must come back as it was.
        if ProcessEnvironment.get("CONCORD_TEST_CRASH") == "1" {
            b.draw(render(state))
            termguard_crash_for_test()
        }
        let feed = CorpusFeed()
        if !preloaded, let source, feed.start(source) { state.loading = (0, 0) }
        let timings = ProcessEnvironment.get("CONCORD_TIMINGS").flatMap { $0.isEmpty ? nil : KeyTimings(path: $0, start: start) }
        _ = runLoop(state, backend: &b, source: source, feed: feed, timings: timings, warmUp: true,
                    watchRoot: watchRoot)
        timings?.write()
        return 0
    }

    /// Opens the browser on a corpus already loaded.
    public static func run(corpus: Corpus, commitments: CommitmentSet? = nil) -> Int32 {
        run(initial: corpus, commitments: commitments, source: nil, preloaded: true)
    }
}

enum ProcessEnvironment {
    static func get(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
