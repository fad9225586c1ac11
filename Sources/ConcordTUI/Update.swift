import ConcordKit

/// The pure update function: a new state for a state and a message.
public func update(_ state: AppState, _ message: Message) -> AppState {
    var s = state
    s.apply(message)
    return s
}

extension AppState {
    /// Applies a message in place (the body of `update`).
    public mutating func apply(_ message: Message) {
        switch message {
        case .interrupt:
            shouldQuit = true
        case .resize(let w, let h):
            width = max(0, w)
            height = max(0, h)
            ensureLayout()
            clampList()
            clampReader()
            settleView()
        case .key(let key):
            handle(key)
            ensureLayout()
        case .loaded(let news):
            receive(news)
        case .analysisReady:
            settleView()
            if viewReady, let m = self.message, m.hasPrefix(computingMessage) { self.message = nil }
            if viewReady && !typeAhead.isEmpty {
                let keys = typeAhead
                typeAhead = []
                for action in keys { perform(action) }
            }
        case .folderChanged:
            // (as R, but a prompt being typed stays open)
            if loading == nil {
                reloadRequested = true
                self.message = "The folder changed; reloading…"
            }
        }
    }

    /// Checks the current view's positions against its rows (only the visible view:
    /// the others are built when shown). A view still being computed is asked for.
    mutating func settleView() {
        guard viewReady else { analyses.prepare(view); return }
        switch view {
        case .timeline:
            let rows = timelineRows
            if !rows.indices.contains(timelineSelected) || { if case .heading = rows[timelineSelected] { return true }; if case .section = rows[timelineSelected] { return true }; return false }() {
                selectTimelineRow(timelineSelected, direction: 1)
            } else {
                clampTimeline(rows.count)
            }
        case .matrix: clampMatrix()
        case .discrepancies: clampDiscrepancies()
        case .compare:
            _ = performCompare(.moveDown)
            _ = performCompare(.moveUp)
        case .articles: break
        }
    }

    /// At most this many keys wait for a view being computed.
    static let typeAheadLimit = 32

    /// What the user is told while the current view is computed.
    var computingMessage: String {
        "Computing the \(view.title.lowercased()) for \(corpus.articles.count) articles…"
    }

    mutating func handle(_ key: Key) {
        if AppState.isMouse(key) { handleMouse(key); return }
        if prompt != nil { handlePrompt(key); return }
        if let overlay { handleOverlay(overlay, key); return }
        message = nil
        guard let action = Keymap.action(for: key, in: context) else {
            if case .char(let c) = key { message = "Unknown key '\(c)'; press ? for help" }
            return
        }
        perform(action)
    }

    /// Whether something is open inside the current view (an opened sentence, the
    /// matrix's evidence panel, an expanded timeline entry or discrepancy): `q`
    /// closes it, as tig's q closes the innermost view.
    var hasNestedPanel: Bool {
        if returnView != nil { return true }
        guard viewReady else { return false }
        switch view {
        case .matrix: return evidenceOpen
        case .timeline:
            let rows = timelineRows
            guard rows.indices.contains(timelineSelected) else { return false }
            switch rows[timelineSelected] {
            case .mention: return true
            case .group(let gi): return timelineExpanded.contains(timelineGroups[gi].key)
            default: return false
            }
        case .discrepancies:
            let rows = discrepancyRows
            guard rows.indices.contains(discrepancySelected) else { return false }
            switch rows[discrepancySelected] {
            case .claim(let i, _), .claimLine(let i, _, _), .item(let i), .value(let i, _): return discrepancyExpanded.contains(i)
            }
        default: return false
        }
    }

    mutating func perform(_ action: Action) {
        if action == .quitAll { shouldQuit = true; return }
        if action == .quit && hasNestedPanel {
            perform(.back)
            return
        }
        if !viewReady && !Action.worksWhileComputing.contains(action) {
            analyses.prepare(view)
            if typeAhead.count < AppState.typeAheadLimit { typeAhead.append(action) }
            let n = typeAhead.count
            message = computingMessage + " (\(n) key\(n == 1 ? "" : "s") held until it is ready)"
            return
        }
        if Action.dropsHeldKeys.contains(action) { typeAhead = [] }
        if action == .filterRows { toggleRowFilter(); return }
        // A view still being computed gets no say (its rows would block until ready).
        if viewReady {
            if view == .timeline, performTimeline(action) { return }
            if view == .matrix, performMatrix(action) { return }
            if view == .discrepancies, performDiscrepancies(action) { return }
            if view == .compare, performCompare(action) { return }
        }
        switch action {
        case .quit, .quitAll:
            shouldQuit = true
        case .help:
            // The help opens at the current view's section.
            let section: KeyContext
            switch view {
            case .timeline: section = .timeline
            case .matrix: section = .matrix
            case .discrepancies: section = .discrepancies
            case .compare: section = .compare
            case .articles: section = focus == .reader ? .reader : .global
            }
            let starts = helpSections().starts
            let lines = overlayLineCount(.help(top: 0))
            let visible = max(1, height - 4)
            overlay = .help(top: max(0, min(starts[section] ?? 0, lines - visible)))
        case .problems:
            overlay = .problems(top: 0)
        case .reload:
            if loading != nil {
                message = "Still loading; R works once the folder is read"
            } else {
                reloadRequested = true
                message = "Reloading the folder…"
            }
        case .saveScreen:
            saveScreenRequested = true
        case .exportView:
            if view == .compare { message = "e exports the articles, timeline, matrix or discrepancies view" } else { exportRequested = true }
        case .back:
            if let back = returnView {
                view = back
                returnView = nil
                highlight = nil
            } else if focus == .reader {
                focus = .list
            }
        case .viewArticles:
            view = .articles
        case .viewTimeline:
            view = .timeline
            returnView = nil
            settleView()
            if viewReady, let note = timeline.notes.first {
                message = note.description + (timeline.notes.count > 1 ? " (and \(timeline.notes.count - 1) more)" : "")
            }
        case .viewMatrix:
            view = .matrix
            returnView = nil
            settleView()
        case .viewDiscrepancies:
            view = .discrepancies
            returnView = nil
            settleView()
        case .viewCompare:
            view = .compare
            returnView = nil
            settleView()
        case .markVerified, .markWrong, .setOwnStance, .writeNote:
            break
        case .timelineFilter, .timelineZoom, .moveLeft, .moveRight, .cycleMatrixSort, .cycleMatrixStanceFilter, .timelineRange, .pickSources, .pickCompareSources, .pickTimelineSources, .compareNextLeft, .compareNextRight, .comparePreviousLeft, .comparePreviousRight, .nextDifference, .previousDifference, .toggleLowConfidence, .filterRows:
            break
        case .switchPane:
            focus = focus == .list ? .reader : .list
        case .open:
            if focus == .list && currentArticleIndex != nil { focus = .reader }
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: max(1, pageSize - 1))
        case .pageUp: move(by: -max(1, pageSize - 1))
        case .halfPageDown: move(by: max(1, pageSize / 2))
        case .halfPageUp: move(by: -max(1, pageSize / 2))
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .search:
            prompt = ""
            promptKind = .search
        case .searchNext:
            if searchesRows, viewSearch?.view == view { stepViewSearch(forward: true) } else { stepSearch(forward: true) }
        case .searchPrevious:
            if searchesRows, viewSearch?.view == view { stepViewSearch(forward: false) } else { stepSearch(forward: false) }
        case .openURL:
            if let a = currentArticle {
                if let url = a.metadata.url, !url.isEmpty {
                    if URLOpener.isWebAddress(url) { openURLRequested = url } else { message = "Not a web address, not opened: " + InertLine.clip(url) }
                } else {
                    message = "This article has no URL"
                }
            }
        case .toggleBoilerplate:
            showBoilerplate.toggle()
            message = showBoilerplate ? "Showing boilerplate" : "Hiding boilerplate"
            if let q = search?.query { runSearch(q, jump: false) }
        case .cycleSort:
            cycleSort()
        }
    }

    var pageSize: Int { focus == .list ? listRows : readerHeight }

    mutating func move(by delta: Int) {
        switch focus {
        case .list:
            guard !order.isEmpty else { return }
            let target = max(0, min(order.count - 1, selected.addingClamped(delta)))
            if target != selected {
                selected = target
                highlight = nil
            }
            clampList()
        case .reader:
            readerTop = max(0, readerTop.addingClamped(delta))
            clampReader()
        }
    }

    mutating func cycleSort() {
        let all = SortOrder.allCases
        let next = all[((all.firstIndex(of: sort) ?? 0) + 1) % all.count]
        let current = currentArticleIndex
        sort = next
        order = sortedOrder(next)
        if let current, let pos = order.firstIndex(of: current) { selected = pos }
        clampList()
        message = "Sorted by \(next.rawValue)"
    }

    /// The article indices in a sort order.
    func sortedOrder(_ sort: SortOrder) -> [Int] {
        let articles = corpus.articles
        switch sort {
        case .file:
            return Array(articles.indices)
        case .date:
            // Undated articles last; ties by file order.
            return articles.indices.sorted { a, b in
                switch (articles[a].metadata.published, articles[b].metadata.published) {
                case let (x?, y?): return x != y ? x < y : a < b
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a < b
                }
            }
        case .outlet:
            return articles.indices.sorted { a, b in
                let x = articles[a].metadata.outlet?.lowercased(), y = articles[b].metadata.outlet?.lowercased()
                switch (x, y) {
                case let (x?, y?): return x != y ? x < y : a < b
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a < b
                }
            }
        }
    }

    // MARK: Overlays and prompt

    mutating func handleOverlay(_ overlay: Overlay, _ key: Key) {
        if case .sources(let cursor) = overlay { handleSourcePicker(cursor, key); return }
        if case .timelineSources(let cursor) = overlay { handleSourcePicker(cursor, key, timeline: true); return }
        if case .comparePick(let cursor, let side) = overlay { handleComparePicker(cursor, side, key); return }
        let lines = overlayLineCount(overlay)
        let visible = max(1, height - 4)
        func scrolled(_ top: Int, _ delta: Int) -> Int { max(0, min(top.addingClamped(delta), max(0, lines - visible))) }
        var top: Int
        switch overlay {
        case .help(let t), .problems(let t): top = t
        case .sources, .comparePick, .timelineSources: return
        }
        switch key {
        case .char("Q"):
            self.overlay = nil
            shouldQuit = true
            return
        case .char("q"), .escape, .char("?"), .function(1), .enter, .char("!"):
            self.overlay = nil
            return
        case .down, .char("j"): top = scrolled(top, 1)
        case .up, .char("k"): top = scrolled(top, -1)
        case .pageDown, .char(" "), .ctrl("f"): top = scrolled(top, visible - 1)
        case .pageUp, .char("b"), .ctrl("b"): top = scrolled(top, -(visible - 1))
        case .char("g"), .home: top = 0
        case .char("G"), .end: top = scrolled(0, Int.max / 2)
        default: return
        }
        switch overlay {
        case .help: self.overlay = .help(top: top)
        case .problems: self.overlay = .problems(top: top)
        case .sources, .comparePick, .timelineSources: break
        }
    }

    func overlayLineCount(_ overlay: Overlay) -> Int {
        switch overlay {
        case .help: return helpText().count
        case .problems: return max(1, corpus.problems.count)
        case .sources, .comparePick, .timelineSources: return corpus.articles.count
        }
    }

    /// What each view's symbols mean, shown under its keys in the help.
    static let symbolHelp: [KeyContext: [String]] = [
        .timeline: ["Symbols: A B C… the sources (legend on top), · a source that is silent, ≈ a date",
                    "resolved against an inferred anchor, ▸/▾ an entry closed/open, + more sources than columns;",
                    "━━ year (or decade, century) headings, ── month headings."],
        .matrix: ["Symbols: ● confirmed  ◐ hedged  ✕ contradicted  ± mixed (confirms and contradicts)",
                  "○ mentioned (only a heading or caption, or another actor than the parties)  · silent;",
                  "cov = sources that say anything (of those shown); in the evidence panel the word that",
                  "decided the stance (or the other actor's name) is underlined. Mouse: click a cell, click again to open."],
        .discrepancies: ["Symbols: N% how sure Concord is that the claims are about one thing and differ;",
                         "≈ a date resolved against an inferred anchor; A B C… the sources behind each value."],
        .compare: ["Symbols: = both say it  ≠ they disagree  < only the left source  > only the right source."],
    ]

    /// The help screen, generated from the key table, with each view's symbols.
    func helpText() -> [(String, Style)] {
        helpSections().lines
    }

    /// The help lines and where each context's section starts.
    func helpSections() -> (lines: [(String, Style)], starts: [KeyContext: Int]) {
        var lines: [(String, Style)] = []
        var starts: [KeyContext: Int] = [:]
        var lastContext: KeyContext?
        func closeSection() {
            if let c = lastContext, let symbols = AppState.symbolHelp[c] {
                for line in symbols { lines.append(("  " + line, .dim)) }
            }
        }
        for entry in Keymap.helpLines() {
            if entry.context != lastContext {
                closeSection()
                if lastContext != nil { lines.append(("", .plain)) }
                starts[entry.context] = lines.count
                lines.append((entry.context.title, .bold))
                lastContext = entry.context
            }
            let keys = entry.keys.padding(toWidth: 20)
            lines.append(("  " + keys + entry.help, .plain))
        }
        closeSection()
        lines.append(("", .plain))
        lines.append(("In the search prompt: type, Enter to search, Esc to cancel.", .dim))
        lines.append(("", .plain))
        starts[.global] = starts[.global] ?? 0
        lines.append(("Sources (the letters in the matrix, timeline and discrepancies)", .bold))
        for (i, a) in corpus.articles.enumerated() {
            let marker = sourceMarker(i).padding(toWidth: 3)
            let title = a.metadata.title.map { " · " + $0 } ?? ""
            lines.append(("  " + marker + corpus.label(i) + title, .plain))
        }
        return (lines, starts)
    }

    mutating func handlePrompt(_ key: Key) {
        guard var text = prompt else { return }
        switch key {
        case .escape, .ctrl("c"), .ctrl("g"):
            prompt = nil
            message = promptKind == .note ? "Note not changed" : promptKind == .dateRange ? "Dates not changed"
                : promptKind == .stance ? "Stance not changed" : "Search cancelled"
        case .enter:
            prompt = nil
            if promptKind == .note {
                setCellNote(text)
            } else if promptKind == .stance {
                setCellStance(text)
            } else if promptKind == .dateRange {
                setTimelineRange(text)
            } else if searchesRows {
                // In the timeline, matrix and discrepancies views, / searches the view's rows.
                if let q = text.isEmpty ? viewSearch?.query ?? search?.query : text { runViewSearch(q) }
            } else if text.isEmpty {
                if let q = search?.query { runSearch(q, jump: true) }
            } else {
                runSearch(text, jump: true)
            }
        case .backspace, .delete:
            if text.isEmpty { prompt = nil } else { text.removeLast(); prompt = text }
        case .ctrl("u"):
            prompt = ""
        case .char(let c):
            text.append(c)
            prompt = text
        default:
            break
        }
    }

    // MARK: Search

    /// Finds every case-insensitive occurrence of `query` in the visible blocks of all articles.
    mutating func runSearch(_ query: String, jump: Bool) {
        let needle = Array(query.lowercased().unicodeScalars)
        var matches: [SearchMatch] = []
        guard !needle.isEmpty else { return }
        for articleIndex in order {
            let article = corpus.articles[articleIndex]
            let hay = article.scalars
            for block in article.blocks where showBoilerplate || block.kind != .boilerplate {
                var i = block.span.start
                let last = block.span.end - needle.count
                while i <= last {
                    if foldedEqual(hay, i, needle) {
                        matches.append(SearchMatch(article: articleIndex, span: Span(i, i + needle.count)))
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        search = SearchState(query: query, matches: matches, current: nil)
        if matches.isEmpty {
            message = "Pattern not found: \(query)"
            return
        }
        if jump { stepSearch(forward: true, fromCurrentPosition: true) }
    }

    /// Moves to the next or previous match, wrapping around the corpus.
    mutating func stepSearch(forward: Bool, fromCurrentPosition: Bool = false) {
        guard var state = search else { message = "No previous search; press / to search"; return }
        guard !state.matches.isEmpty else { message = "Pattern not found: \(state.query)"; return }
        let count = state.matches.count
        var next: Int
        var wrapped = false
        if let current = state.current, !fromCurrentPosition {
            next = forward ? current + 1 : current - 1
            if next >= count { next = 0; wrapped = true }
            if next < 0 { next = count - 1; wrapped = true }
        } else {
            // The first match at or after the top of the reader, in list order.
            let position = selected
            let top = layout.flatMap { l in l.lines[min(readerTop, max(0, l.lines.count - 1))...].lazy.compactMap(\.anchor).first } ?? 0
            let orderPos = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            next = state.matches.firstIndex { m in
                let p = orderPos[m.article] ?? 0
                return p > position || (p == position && m.span.start >= top)
            } ?? 0
            if !forward { next = (next - 1 + count) % count }
        }
        state.current = next
        search = state
        let match = state.matches[next]
        // Matches are shown in the reader; Esc goes back to the view the search came from.
        if view != .articles {
            returnView = view
            view = .articles
        }
        if let pos = order.firstIndex(of: match.article) { selected = pos }
        clampList()
        ensureLayout()
        if let l = layout, let line = l.lineIndex(forOffset: match.span.start) {
            if line < readerTop || line >= readerTop + readerHeight {
                readerTop = line - readerHeight / 3
            }
            clampReader()
        }
        focus = .reader
        message = "Match \(next + 1) of \(count) for “\(state.query)”" + (wrapped ? " (wrapped)" : "")
    }

    /// The matches in one article, for highlighting.
    func matches(in article: Int) -> [SearchMatch] {
        search?.matches.filter { $0.article == article } ?? []
    }
}

@inline(__always)
func foldedEqual(_ hay: [Unicode.Scalar], _ at: Int, _ needle: [Unicode.Scalar]) -> Bool {
    for k in 0..<needle.count {
        let c = hay[at + k]
        let n = needle[k]
        if c == n { continue }
        if c.value < 0x80 {
            if c.value >= 65 && c.value <= 90, c.value + 32 == n.value { continue }
            return false
        }
        let lower = c.properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, lower.first == n { continue }
        return false
    }
    return true
}

extension Int {
    func addingClamped(_ other: Int) -> Int {
        let (r, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : r
    }
}

extension String {
    /// Pads with spaces to a display width (or returns the string if already wider).
    func padding(toWidth width: Int) -> String {
        let w = DisplayWidth.of(self)
        return w >= width ? self + " " : self + String(repeating: " ", count: width - w)
    }
}
