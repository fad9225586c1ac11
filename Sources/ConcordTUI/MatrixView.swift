import Foundation
import ConcordKit

extension AppState {
    /// Row indices of `matrix.rows` in display order.
    public var matrixOrder: [Int] {
        let rows = matrix.rows
        let sorted: [Int]
        switch matrixSort {
        case .file: sorted = Array(rows.indices)
        case .coverage: sorted = rows.indices.sorted { (rows[$0].coverage, -$0) > (rows[$1].coverage, -$1) }
        case .disagreement: sorted = rows.indices.sorted { (rows[$0].disagreement, -$0) > (rows[$1].disagreement, -$1) }
        }
        var kept = sorted
        if matrixStanceFilter != .all {
            kept = kept.filter { ri in
                matrixStanceFilter.keeps(rows[ri]) { article in
                    annotations.annotation(commitment: rows[ri].commitment.id, source: corpus.articles[article].id)?.mark == .verified
                }
            }
        }
        guard let query = rowFilters[.matrix]?.lowercased() else { return kept }
        return kept.filter { AppState.matrixRowText(rows[$0]).lowercased().contains(query) }
    }

    /// What a search or filter reads of a matrix row: its title, id and evidence.
    static func matrixRowText(_ row: MatrixRow) -> String {
        row.commitment.title + " " + row.commitment.id + " " + row.cells.flatMap { $0.evidence.map(\.text) }.joined(separator: " ")
    }

    public var selectedCell: MatrixCell? {
        let order = matrixOrder
        guard order.indices.contains(matrixRow), matrix.rows[order[matrixRow]].cells.indices.contains(matrixColumn) else { return nil }
        return matrix.rows[order[matrixRow]].cells[matrixColumn]
    }

    /// Table area and the evidence panel below it.
    var matrixRects: (table: Rect, panel: Rect) {
        let body = bodyRect
        let inner = Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1))
        guard evidenceOpen else { return (inner, Rect(x: 0, y: inner.maxY, width: body.width, height: 0)) }
        let panel = min(max(5, inner.height / 2), inner.height - 4)
        let (table, rest) = inner.splitTop(inner.height - panel)
        return (table, rest)
    }

    /// Rows of the table that fit (header and the column-coverage line excluded).
    var matrixVisibleRows: Int { max(1, matrixRects.table.height - 3) }

    /// Which source columns the table shows and where: the first column shown (scrolled
    /// so that the selected one is visible), the columns, the title column's width and
    /// each cell's (drawn with it; clicked with it).
    var matrixColumnGeometry: (first: Int, columns: [Int], titleWidth: Int, cellWidth: Int) {
        let table = matrixRects.table
        let n = corpus.articles.count
        let coverageWidth = max(5, "\(n)/\(n)".count + 1)
        let cellWidth = 3
        let maxColumns = max(1, (table.width - 20 - coverageWidth) / cellWidth)
        // The shown sources (all but those hidden with the picker), scrolled so that
        // the selected one is visible.
        let shown = (0..<n).filter { !matrixHiddenSources.contains($0) }
        let at = shown.firstIndex { $0 >= matrixColumn } ?? max(0, shown.count - 1)
        let from = max(0, min(at - maxColumns + 1, max(0, shown.count - maxColumns)))
        let columns = Array(shown[from..<min(shown.count, from + maxColumns)])
        let firstColumn = columns.first ?? 0
        let titleWidth = max(10, table.width - columns.count * cellWidth - coverageWidth - 2)
        return (firstColumn, columns, titleWidth, cellWidth)
    }

    /// Moves the selected column to the next shown source that way (if any).
    mutating func stepMatrixColumn(_ step: Int) {
        var c = matrixColumn + step
        while c >= 0 && c < corpus.articles.count && matrixHiddenSources.contains(c) { c += step }
        if c >= 0 && c < corpus.articles.count { matrixColumn = c }
    }

    /// The source picker (the matrix's columns, or the timeline's sources): j/k
    /// move, Space toggles the source under the cursor (one always stays shown), a
    /// shows every source, Enter, q or Esc close it.
    mutating func handleSourcePicker(_ cursor: Int, _ key: Key, timeline: Bool = false) {
        let n = corpus.articles.count
        var cursor = cursor
        var hidden = timeline ? timelineHiddenSources : matrixHiddenSources
        defer {
            if timeline { timelineHiddenSources = hidden } else { matrixHiddenSources = hidden }
        }
        switch key {
        case .char("Q"): overlay = nil; shouldQuit = true; return
        case .char("q"), .escape, .enter, .char("c"):
            overlay = nil
            let shown = n - hidden.count
            message = shown == n ? "Showing every source" : "Showing \(shown) of \(n) sources"
            if timeline { return }
            if hidden.contains(matrixColumn), let c = (0..<n).first(where: { !hidden.contains($0) }) { matrixColumn = c }
            evidenceSelected = 0
            clampMatrix()
            return
        case .down, .char("j"): cursor = min(n - 1, cursor + 1)
        case .up, .char("k"): cursor = max(0, cursor - 1)
        case .char("g"), .home: cursor = 0
        case .char("G"), .end: cursor = max(0, n - 1)
        case .char(" "), .char("x"):
            if hidden.contains(cursor) {
                hidden.remove(cursor)
            } else if n - hidden.count > 1 {
                hidden.insert(cursor)
            } else {
                message = "One source at least stays shown"
            }
        case .char("a"): hidden = []
        default: return
        }
        overlay = timeline ? .timelineSources(cursor: cursor) : .sources(cursor: cursor)
    }

    mutating func clampMatrix() {
        let n = matrix.rows.count
        matrixRow = max(0, min(matrixRow, n - 1))
        matrixColumn = max(0, min(matrixColumn, corpus.articles.count - 1))
        matrixTop = scrolled(top: matrixTop, selected: matrixRow, count: n, height: matrixVisibleRows)
        let evidence = selectedCell?.evidence.count ?? 0
        evidenceSelected = max(0, min(evidenceSelected, evidence - 1))
    }

    /// The selected cell's commitment id and source id (the annotations' key).
    var selectedCellKey: (commitment: String, source: String)? {
        let order = matrixOrder
        guard order.indices.contains(matrixRow), corpus.articles.indices.contains(matrixColumn) else { return nil }
        return (matrix.rows[order[matrixRow]].commitment.id, corpus.articles[matrixColumn].id)
    }

    /// The analyst's word on the selected cell.
    var selectedAnnotation: CellAnnotation? {
        selectedCellKey.flatMap { annotations.annotation(commitment: $0.commitment, source: $0.source) }
    }

    /// Marks, stances and notes: changed in the state, saved by the run loop.
    mutating func annotate(_ action: Action) {
        guard let (c, src) = selectedCellKey, selectedCell != nil else { return }
        var a = annotations.annotation(commitment: c, source: src) ?? CellAnnotation()
        switch action {
        case .markVerified:
            a.mark = a.mark == .verified ? nil : .verified
            message = a.mark == .verified ? "Marked verified: \(c) in \(corpus.label(matrixColumn))" : "Unmarked"
        case .markWrong:
            a.mark = a.mark == .wrong ? nil : .wrong
            message = a.mark == .wrong ? "Marked wrong: \(c) in \(corpus.label(matrixColumn))" : "Unmarked"
        case .setOwnStance:
            // A letter, then Enter (see `setCellStance`); the status line says the current one.
            prompt = ""
            message = "Now: " + (a.stance.map { "your stance, \($0.rawValue)" } ?? "Concord's stance, \(selectedCell?.stance.rawValue ?? "")")
            promptKind = .stance
            return
        case .writeNote:
            prompt = a.note ?? ""
            promptKind = .note
            return
        default: return
        }
        annotations.set(a, commitment: c, source: src)
        saveAnnotationsRequested = true
    }

    /// The letters of the stance prompt (`=`): confirmed, hedged, contradicted, mixed,
    /// mentioned, silent.
    static let stanceLetters: [Character: Stance] = ["c": .confirmed, "h": .hedged, "x": .contradicted, "m": .mixed,
                                                     "n": .mentioned, "s": .silent]

    /// Sets the analyst's stance from the prompt: one letter of `stanceLetters`; empty
    /// (or Concord's own stance) goes back to Concord's.
    mutating func setCellStance(_ text: String) {
        guard let (c, src) = selectedCellKey, let cell = selectedCell else { return }
        let letter = text.trimmingCharacters(in: .whitespaces).lowercased()
        var a = annotations.annotation(commitment: c, source: src) ?? CellAnnotation()
        if letter.isEmpty {
            a.stance = nil
        } else if letter.count == 1, let s = AppState.stanceLetters[letter.first!] {
            a.stance = s == cell.stance ? nil : s
        } else {
            message = "No stance “\(InertText.sanitize(text))”: c h x m n s (confirmed, hedged, contradicted, mixed, mentioned, silent)"
            return
        }
        annotations.set(a, commitment: c, source: src)
        saveAnnotationsRequested = true
        message = a.stance.map { "Your stance: \($0.rawValue) (Concord's: \(cell.stance.rawValue))" } ?? "Concord's stance: \(cell.stance.rawValue)"
    }

    mutating func setCellNote(_ text: String) {
        guard let (c, src) = selectedCellKey else { return }
        var a = annotations.annotation(commitment: c, source: src) ?? CellAnnotation()
        a.note = text
        annotations.set(a, commitment: c, source: src)
        saveAnnotationsRequested = true
        message = text.trimmingCharacters(in: .whitespaces).isEmpty ? "Note removed" : "Note saved"
    }

    mutating func performMatrix(_ action: Action) -> Bool {
        if [.markVerified, .markWrong, .setOwnStance, .writeNote].contains(action) {
            annotate(action)
            return true
        }
        let pageRows = max(1, matrixVisibleRows - 1)
        if evidenceOpen {
            if let moved = action.moved(evidenceSelected, page: max(1, matrixRects.panel.height - 3)) {
                evidenceSelected = moved
                clampMatrix()
                return true
            }
            switch action {
            case .open:
                if let cell = selectedCell, cell.evidence.indices.contains(evidenceSelected) {
                    let e = cell.evidence[evidenceSelected]
                    openSentence(article: e.article, span: e.span,
                                 note: "\(e.stance.rawValue) · \(matrix.rows[matrixOrder[matrixRow]].commitment.id)")
                }
                return true
            case .back: evidenceOpen = false
            case .moveLeft, .moveRight:
                stepMatrixColumn(action == .moveRight ? 1 : -1)
                evidenceSelected = 0
            default: return false
            }
            clampMatrix()
            return true
        }
        if let moved = action.moved(matrixRow, page: pageRows) {
            matrixRow = moved
            clampMatrix()
            return true
        }
        switch action {
        case .moveLeft: stepMatrixColumn(-1)
        case .moveRight: stepMatrixColumn(1)
        case .pickSources:
            overlay = .sources(cursor: max(0, min(matrixColumn, corpus.articles.count - 1)))
        case .open:
            evidenceOpen = true
            evidenceSelected = 0
        case .back: break
        case .cycleMatrixStanceFilter:
            let current = matrixOrder.indices.contains(matrixRow) ? matrixOrder[matrixRow] : 0
            let all = MatrixStanceFilter.allCases
            matrixStanceFilter = all[((all.firstIndex(of: matrixStanceFilter) ?? 0) + 1) % all.count]
            matrixRow = matrixOrder.firstIndex(of: current) ?? 0
            evidenceOpen = false
            message = matrixStanceFilter == .all ? "Showing every row"
                : "Showing rows where \(matrixStanceFilter.rawValue): \(matrixOrder.count) of \(matrix.rows.count)"
        case .cycleMatrixSort:
            let current = matrixOrder.indices.contains(matrixRow) ? matrixOrder[matrixRow] : 0
            let all = MatrixSort.allCases
            matrixSort = all[((all.firstIndex(of: matrixSort) ?? 0) + 1) % all.count]
            matrixRow = matrixOrder.firstIndex(of: current) ?? 0
            message = "Rows sorted by \(matrixSort.rawValue)"
        default: return false
        }
        clampMatrix()
        return true
    }

    /// Opens an article with a sentence highlighted; back returns to the current view.
    mutating func openSentence(article: Int, span: Span, note: String) {
        returnView = view
        view = .articles
        focus = .reader
        if let pos = order.firstIndex(of: article) { selected = pos }
        clampList()
        highlight = (article, span)
        ensureLayout()
        if let l = layout, let line = l.lineIndex(forOffset: span.start) {
            readerTop = line - readerHeight / 3
            clampReader()
        }
        message = note + " · Esc: back"
    }
}

/// Glyphs for stances, with an ASCII fallback drawn by the backend.
let stanceGlyph: [Stance: String] = [.confirmed: "●", .hedged: "◐", .contradicted: "✕", .mixed: "±", .mentioned: "○", .silent: "·"]

func stanceStyle(_ stance: Stance, _ theme: Theme) -> Style {
    guard theme.color else {
        switch stance {
        case .confirmed: return Style(bold: true)
        case .contradicted, .mixed: return Style(bold: true, underline: true)
        case .hedged, .mentioned: return .plain
        case .silent: return Style(dim: true)
        }
    }
    switch stance {
    case .confirmed: return Style(fg: .green, bold: true)
    case .hedged: return Style(fg: .yellow)
    case .contradicted: return Style(fg: .red, bold: true)
    case .mixed: return Style(fg: .magenta, bold: true)
    case .mentioned: return Style(fg: .cyan)
    case .silent: return Style(dim: true)
    }
}

/// A view's line of symbols (what its glyphs and keys mean), dim, at the bottom.
func drawSymbolLegend(_ text: String, _ b: inout Buffer, x: Int, y: Int, width: Int, _ theme: Theme) {
    b.put(text, x: x + 1, y: y, maxWidth: max(0, width - 2), style: .dim)
}

func drawLegend(_ state: AppState, _ b: inout Buffer, y: Int, from start: Int = 0, active: (Int) -> Bool) {
    let body = state.bodyRect
    var x = body.x + 1
    x += b.put(start > 0 ? "Sources: …" : "Sources: ", x: x, y: y, style: .bold)
    for i in max(0, start)..<state.corpus.articles.count {
        guard x < body.maxX - 4 else { b.put("…", x: body.maxX - 2, y: y); break }
        let label = state.sourceMarker(i) + " " + TextTable.fit(state.corpus.label(i), 16) + "  "
        x += b.put(label, x: x, y: y, maxWidth: body.maxX - x, style: active(i) ? .plain : Style(dim: true))
    }
}

func drawMatrixView(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let body = state.bodyRect
    // (the long legend from 112 columns; the short one fits 80)
    let key = body.width >= 112 ? "● confirmed  ◐ hedged  ✕ contradicted  ± mixed  ○ mentioned  · silent   yours: ✓ verified ! wrong ' stance * note"
        : "● confirmed ◐ hedged ✕ contradicted ± mixed ○ mentioned · silent ✓!'* yours"
    let (table, outerPanel) = state.matrixRects
    guard !state.matrix.rows.isEmpty else {
        b.put(state.commitmentsDiscovered ? "No commitments found in these articles; write a commitments.yaml (see concord discover)."
                                         : "The commitments file has no rows.", x: table.x + 1, y: table.y + 1, maxWidth: table.width - 2, style: theme.warning)
        return
    }
    let (firstColumn, columns, titleWidth, cellWidth) = state.matrixColumnGeometry
    let n = state.corpus.articles.count
    let coverageWidth = max(5, "\(n)/\(n)".count + 1)
    // The legend names the sources from the first column shown.
    drawLegend(state, &b, y: body.y, from: firstColumn) { _ in true }
    // Header.
    b.fill(Rect(x: table.x, y: table.y, width: table.width, height: 1), theme.header)
    // Where the rows come from: the commitments file, or discovery.
    let origin = state.commitmentsDiscovered ? "proposed by concord discover"
        : state.commitments.path.map { "from " + ($0 as NSString).lastPathComponent } ?? "from the commitments file"
    var filtered = state.rowFilters[.matrix].map { " · only “\($0)”" } ?? ""
    if state.matrixStanceFilter != .all { filtered += " · only where \(state.matrixStanceFilter.rawValue)" }
    if !filtered.isEmpty { filtered += ": \(state.matrixOrder.count) of \(state.matrix.rows.count)" }
    let title = (state.commitmentsDiscovered ? "Discovered commitments" : "Commitment") + " (by \(state.matrixSort.rawValue))" + filtered + " · " + origin
    b.put(title, x: table.x + 1, y: table.y, maxWidth: titleWidth - 1, style: theme.header)
    for (k, col) in columns.enumerated() {
        let style = col == state.matrixColumn ? Style(bold: true, reverse: true) : theme.header
        let marker = state.sourceMarker(col)
        b.put(marker.count == 1 ? " " + marker + " " : String(marker.prefix(3)).padding(toWidth: 3), x: table.x + titleWidth + k * cellWidth, y: table.y, style: style)
    }
    b.put(" cov", x: table.x + titleWidth + columns.count * cellWidth, y: table.y, style: theme.header)
    // Rows.
    let order = state.matrixOrder
    for i in 0..<state.matrixVisibleRows {
        let ri = state.matrixTop + i
        guard ri < order.count else { break }
        let row = state.matrix.rows[order[ri]]
        let y = table.y + 1 + i
        let rowSelected = ri == state.matrixRow
        b.put((rowSelected ? "▶ " : "  ") + row.commitment.title, x: table.x, y: y, maxWidth: titleWidth - 1,
              style: rowSelected ? Style(bold: true) : .plain)
        for (k, col) in columns.enumerated() {
            let cell = row.cells[col]
            let note = state.annotations.annotation(commitment: row.commitment.id, source: state.corpus.articles[col].id)
            let stance = note?.stance ?? cell.stance
            var style = stanceStyle(stance, theme)
            if rowSelected && col == state.matrixColumn { style = theme.selectedFocused }
            // The analyst's word shows after the glyph: ✓ verified, ! wrong, ' own stance, * note.
            let flag = note?.mark == .wrong ? "!" : note?.mark == .verified ? "✓" : note?.stance != nil ? "'" : note?.note != nil ? "*" : " "
            b.put(" " + (stanceGlyph[stance] ?? "?") + flag, x: table.x + titleWidth + k * cellWidth, y: y, style: style)
        }
        let shownCoverage = state.matrixHiddenSources.isEmpty ? row.coverage
            : row.cells.filter { $0.stance != .silent && !state.matrixHiddenSources.contains($0.article) }.count
        let coverage = "\(shownCoverage)/\(n - state.matrixHiddenSources.count)"
        b.put(String(repeating: " ", count: max(0, coverageWidth - coverage.count)) + coverage,
              x: table.x + titleWidth + columns.count * cellWidth, y: y, style: .dim)
    }
    // Column coverage.
    let yCov = table.y + 1 + min(state.matrixVisibleRows, order.count)
    if yCov < table.maxY {
        b.put("  rows each source reports →", x: table.x, y: yCov, maxWidth: titleWidth - 1, style: .dim)
        for (k, col) in columns.enumerated() {
            let count = order.filter { state.matrix.rows[$0].cells[col].stance != .silent }.count
            let text = String(count)
            b.put(String(repeating: " ", count: max(0, 2 - text.count)) + text, x: table.x + titleWidth + k * cellWidth, y: yCov, style: .dim)
        }
        if yCov + 1 < table.maxY { b.put(key, x: table.x + 2, y: yCov + 1, maxWidth: table.width - 3, style: .dim) }
    }
    // Evidence panel.
    guard outerPanel.height > 0, let cell = state.selectedCell else { return }
    let row = state.matrix.rows[order[state.matrixRow]]
    let mine = state.selectedAnnotation
    var boxTitle = " \(state.sourceMarker(cell.article)) \(state.corpus.label(cell.article)) · \(row.commitment.id): \(cell.stance.rawValue) "
    if let st = mine?.stance { boxTitle += "· yours: \(st.rawValue) " }
    if let m = mine?.mark { boxTitle += "· \(m.rawValue) " }
    drawBox(outerPanel, title: boxTitle, &b)
    var panel = outerPanel
    if let note = mine?.note {
        // The analyst's note heads the panel, on one line (… where cut; m shows it whole).
        b.put("Note: " + note.replacingOccurrences(of: "\n", with: " "), x: panel.x + 2, y: panel.y + 1, maxWidth: panel.width - 4,
              style: theme.warning)
        panel = Rect(x: panel.x, y: panel.y + 1, width: panel.width, height: max(2, panel.height - 1))
    }
    if cell.evidence.isEmpty {
        b.put("No evidence: this source is silent on “\(row.commitment.title)”.", x: panel.x + 2, y: panel.y + 1,
              maxWidth: panel.width - 4, style: .dim)
        return
    }
    // Each sentence wrapped in full under its stance, with a hanging indent; the
    // selected one is always wholly in view when it fits.
    let visible = panel.height - 2
    let indent = 16
    let textWidth = max(8, panel.width - 4 - indent)
    // Each sentence is wrapped once per frame: for choosing the first one shown, then for drawing.
    var wrapped: [Int: [(Int, Int)]] = [:]
    func lines(_ k: Int) -> [(Int, Int)] {
        if let w = wrapped[k] { return w }
        let scalars = Array(cell.evidence[k].text.unicodeScalars)
        let w = ReaderLayout.wrap(scalars, Span(0, scalars.count), width: textWidth)
        wrapped[k] = w
        return w
    }
    let selectedIndex = max(0, min(state.evidenceSelected, cell.evidence.count - 1))
    var top = selectedIndex
    var used = min(visible, lines(selectedIndex).count)
    while top > 0 {
        let need = lines(top - 1).count
        guard used + need <= visible else { break }
        used += need
        top -= 1
    }
    var y = panel.y + 1
    var ei = top
    while y < panel.y + 1 + visible && ei < cell.evidence.count {
        let e = cell.evidence[ei]
        let selected = ei == state.evidenceSelected
        let style = selected ? theme.selectedFocused : .plain
        let scalars = Array(e.text.unicodeScalars)
        // Marks inside the sentence (offsets relative to it): the matched words, then
        // the cue that decided the stance (drawn over a matched word it overlaps).
        func relative(_ c: Span) -> (Int, Int)? {
            c.start >= e.span.start && c.end <= e.span.end ? (c.start - e.span.start, c.end - e.span.start) : nil
        }
        var marks = [UInt8](repeating: 0, count: scalars.count)
        for m in e.matched { if let (a, z) = relative(m) { for k in a..<z { marks[k] = 1 } } }
        if let c = e.cue, let (a, z) = relative(c) { for k in a..<z { marks[k] = 2 } }
        let matchStyle = theme.color ? Style(fg: .cyan, bg: style.bg, bold: true, reverse: style.reverse)
            : Style(fg: style.fg, bg: style.bg, bold: true, reverse: style.reverse)
        let cueStyle = Style(fg: style.fg, bg: style.bg, bold: true, reverse: style.reverse, underline: true)
        for (k, (a, z)) in lines(ei).enumerated() where y < panel.y + 1 + visible {
            if selected { b.fill(Rect(x: panel.x + 1, y: y, width: panel.width - 2, height: 1), style) }
            var x = panel.x + 2
            if k == 0 {
                b.put((stanceGlyph[e.stance] ?? "?") + " " + e.stance.rawValue, x: x, y: y, maxWidth: indent - 1,
                      style: selected ? style : stanceStyle(e.stance, theme))
            }
            x += indent
            // The matched words are bold (and cyan in colour); the word that decided the
            // stance is bold and underlined.
            var parts: [(Int, Int, Style)] = []
            var from = a
            while from < z {
                var to = from + 1
                while to < z && marks[to] == marks[from] { to += 1 }
                parts.append((from, to, marks[from] == 2 ? cueStyle : marks[from] == 1 ? matchStyle : style))
                from = to
            }
            for (from, to, st) in parts where from < to {
                x += b.put(String(String.UnicodeScalarView(scalars[from..<to])), x: x, y: y, maxWidth: panel.maxX - x - 1, style: st)
            }
            y += 1
        }
        ei += 1
    }
    if ei < cell.evidence.count || top > 0 {
        b.put(" \(selectedIndex + 1)/\(cell.evidence.count) ", x: panel.maxX - 8, y: panel.maxY - 1, style: .dim)
    }
}
