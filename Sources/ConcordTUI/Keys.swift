/// A decoded key press.
public enum Key: Hashable, Sendable {
    case char(Character)
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    case function(Int)
    /// The mouse: a left click at a cell (0-based column and row), the wheel.
    case click(x: Int, y: Int)
    case wheelUp, wheelDown

    /// Maps a character code (as read from the terminal) to a key.
    public static func fromCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 0x0A, 0x0D: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(value + 0x60)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
            return .char(Character(scalar))
        }
    }

    /// How the key is written in help text.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .click: return "click"
        case .wheelUp: return "wheel up"
        case .wheelDown: return "wheel down"
        }
    }
}

/// Where a binding applies.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case global, list, reader, timeline, matrix, discrepancies, compare

    public var title: String {
        switch self {
        case .global: return "Everywhere"
        case .list: return "Article list"
        case .reader: return "Reader"
        case .timeline: return "Timeline"
        case .matrix: return "Matrix"
        case .discrepancies: return "Discrepancies"
        case .compare: return "Compare"
        }
    }
}

/// Every user action. One entry each in `Keymap.bindings`, which drives both
/// key dispatch and the help screen (as tig's request table does).
public enum Action: String, Hashable, Sendable, CaseIterable {
    case quit, quitAll, help, back
    case moveUp, moveDown, pageUp, pageDown, halfPageUp, halfPageDown, top, bottom
    case switchPane, open
    case search, searchNext, searchPrevious
    case toggleBoilerplate, cycleSort
    case viewArticles, viewTimeline, viewMatrix, viewDiscrepancies, viewCompare, problems, saveScreen, exportView
    case timelineFilter, timelineZoom
    case reload
    case markVerified, markWrong, setOwnStance, writeNote
    case openURL

    /// What a view still being computed accepts: leaving it, help, quitting, the
    /// problems list, saving the screen, reloading.
    /// Actions after which keys held for a view being computed are dropped: another
    /// view, a reload, or Escape (which cancels them, as in less).
    static let dropsHeldKeys: Set<Action> = [.viewArticles, .viewTimeline, .viewMatrix, .viewDiscrepancies, .viewCompare, .reload, .back]
    static let worksWhileComputing: Set<Action> = [.quit, .quitAll, .help, .back, .viewArticles, .viewTimeline, .viewMatrix,
                                                  .viewDiscrepancies, .viewCompare, .problems, .saveScreen, .reload]
    case cycleMatrixStanceFilter, timelineRange, pickSources, pickCompareSources, pickTimelineSources
    case moveLeft, moveRight, cycleMatrixSort, compareNextLeft, compareNextRight, comparePreviousLeft, comparePreviousRight, nextDifference, previousDifference, toggleLowConfidence, filterRows
}

public struct KeyBinding: Sendable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    public var contexts: [KeyContext]

    public init(_ action: Action, _ keys: [Key], _ help: String, _ contexts: [KeyContext] = [.global]) {
        self.action = action
        self.keys = keys
        self.help = help
        self.contexts = contexts
    }
}

public enum Keymap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(.help, [.char("?"), .function(1)], "show or hide this help"),
        KeyBinding(.quit, [.char("q")], "close the innermost panel or sentence; at the top, quit"),
        KeyBinding(.quitAll, [.char("Q")], "quit from anywhere"),
        KeyBinding(.moveLeft, [.left, .char("h")], "previous source (column)", [.matrix]),
        KeyBinding(.moveRight, [.right, .char("l")], "next source (column)", [.matrix]),
        KeyBinding(.open, [.enter], "show the cell's evidence; open the evidence sentence", [.matrix]),
        KeyBinding(.filterRows, [.char("|"), .char("F")], "show only rows matching the last search here (again: all)", [.timeline, .matrix, .discrepancies]),
        KeyBinding(.toggleLowConfidence, [.char("a")], "show or hide low-confidence discrepancies", [.discrepancies]),
        KeyBinding(.cycleMatrixSort, [.char("o")], "sort rows by file order, coverage or disagreement", [.matrix]),
        KeyBinding(.cycleMatrixStanceFilter, [.char("S")], "rows where sources disagree, one contradicts, unverified; all", [.matrix]),
        KeyBinding(.pickSources, [.char("c")], "choose the sources (columns) shown: Space toggles", [.matrix]),
        KeyBinding(.markVerified, [.char("v")], "mark the cell verified (again: unmark)", [.matrix]),
        KeyBinding(.markWrong, [.char("x")], "mark the cell wrong (again: unmark)", [.matrix]),
        KeyBinding(.setOwnStance, [.char("=")], "your stance for the cell: c h x m n s, then Enter", [.matrix]),
        KeyBinding(.writeNote, [.char("a"), .char("m")], "add or edit a note on the cell (kept in concord-notes.yaml)", [.matrix]),
        KeyBinding(.compareNextLeft, [.char("[")], "compare: next source on the left", [.compare]),
        KeyBinding(.compareNextRight, [.char("]")], "compare: next source on the right", [.compare]),
        KeyBinding(.comparePreviousLeft, [.char("{")], "compare: previous source on the left", [.compare]),
        KeyBinding(.comparePreviousRight, [.char("}")], "compare: previous source on the right", [.compare]),
        KeyBinding(.pickCompareSources, [.char("c")], "compare: pick the left, then the right source from a list", [.compare]),
        KeyBinding(.nextDifference, [.char("d")], "compare: next difference (≠ < >)", [.compare]),
        KeyBinding(.previousDifference, [.char("D")], "compare: previous difference", [.compare]),
        KeyBinding(.back, [.escape, .backspace, .left, .char("h")], "back / cancel", [.reader, .timeline, .discrepancies]),
        KeyBinding(.back, [.escape, .backspace], "close the evidence panel / back", [.matrix, .compare]),
        KeyBinding(.viewArticles, [.char("1")], "articles view"),
        KeyBinding(.viewTimeline, [.char("2")], "timeline view"),
        KeyBinding(.viewMatrix, [.char("3")], "agreement matrix view"),
        KeyBinding(.viewDiscrepancies, [.char("4")], "discrepancies view"),
        KeyBinding(.viewCompare, [.char("5")], "compare two sources side by side"),
        KeyBinding(.moveDown, [.down, .char("j"), .ctrl("n")], "move down / scroll down"),
        KeyBinding(.moveUp, [.up, .char("k"), .ctrl("p")], "move up / scroll up"),
        KeyBinding(.pageDown, [.pageDown, .char(" "), .ctrl("f")], "page down"),
        KeyBinding(.pageUp, [.pageUp, .char("b"), .ctrl("b")], "page up"),
        KeyBinding(.halfPageDown, [.ctrl("d")], "half a page down"),
        KeyBinding(.halfPageUp, [.ctrl("u")], "half a page up"),
        KeyBinding(.top, [.char("g"), .home], "go to the top"),
        KeyBinding(.bottom, [.char("G"), .end], "go to the bottom"),
        KeyBinding(.switchPane, [.tab, .backTab], "switch between list and reader", [.list, .reader]),
        KeyBinding(.open, [.enter, .right, .char("l")], "open the selected item (timeline: list mentions, open sentence)", [.list, .timeline, .discrepancies]),
        KeyBinding(.search, [.char("/")], "search the articles' text, or the rows of this view"),
        KeyBinding(.searchNext, [.char("n")], "next match"),
        KeyBinding(.searchPrevious, [.char("N")], "previous match"),
        KeyBinding(.toggleBoilerplate, [.char("B")], "show or hide boilerplate (site chrome, bios)", [.reader, .list]),
        KeyBinding(.openURL, [.char("o")], "open the article's URL in $BROWSER (or xdg-open)", [.list, .reader]),
        KeyBinding(.cycleSort, [.char("s")], "sort articles by file, date or outlet", [.list, .reader]),
        KeyBinding(.timelineFilter, [.char("f")], "filter the timeline to one source (cycles; then all)", [.timeline]),
        KeyBinding(.timelineZoom, [.char("z")], "collapse the timeline to day / month / year", [.timeline]),
        KeyBinding(.pickTimelineSources, [.char("c")], "choose the timeline's sources from a list: Space toggles", [.timeline]),
        KeyBinding(.timelineRange, [.char("r")], "limit the timeline to dates (2025-10 2026-01; empty: all)", [.timeline]),
        KeyBinding(.problems, [.char("!")], "list the corpus's problems and warnings"),
        KeyBinding(.reload, [.char("R")], "reload the folder: added, changed and removed files"),
        KeyBinding(.saveScreen, [.char("w")], "save the screen as text (concord-screen-N.txt)"),
        KeyBinding(.exportView, [.char("e"), .char("E")], "export the whole view as Markdown to the corpus folder"),
    ]

    /// The action bound to a key in a context; context-specific bindings win over global ones.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if let b = bindings.first(where: { $0.contexts.contains(context) && $0.keys.contains(key) }) { return b.action }
        if context != .global {
            if let b = bindings.first(where: { $0.contexts.contains(.global) && $0.keys.contains(key) }) { return b.action }
        }
        return nil
    }

    /// Help lines grouped by context, generated from the bindings.
    public static func helpLines() -> [(context: KeyContext, keys: String, help: String)] {
        var out: [(KeyContext, String, String)] = []
        for context in KeyContext.allCases {
            for b in bindings where b.contexts.first == context {
                out.append((context, b.keys.map(\.label).joined(separator: " "), b.help))
            }
        }
        return out
    }
}
