import ConcordKit

/// Semantic styles, mapped to colour only when colour is on.
struct Theme {
    var color: Bool

    var titleBar: Style { color ? Style(fg: .black, bg: .cyan, bold: true) : Style(bold: true, reverse: true) }
    var statusBar: Style { color ? Style(fg: .black, bg: .white) : Style(reverse: true) }
    var header: Style { Style(bold: true, underline: true) }
    var selectedFocused: Style { color ? Style(fg: .black, bg: .cyan) : Style(reverse: true) }
    var selectedUnfocused: Style { Style(bold: true, underline: true) }
    var heading: Style { color ? Style(fg: .cyan, bold: true) : Style(bold: true) }
    var caption: Style { color ? Style(fg: .green) : Style(dim: true) }
    var byline: Style { color ? Style(fg: .magenta) : Style(dim: true) }
    var boilerplate: Style { Style(dim: true) }
    var match: Style { color ? Style(fg: .black, bg: .yellow) : Style(reverse: true) }
    var currentMatch: Style { color ? Style(fg: .black, bg: .red, bold: true) : Style(bold: true, reverse: true, underline: true) }
    var highlight: Style { color ? Style(bg: .blue, bold: true) : Style(bold: true, underline: true) }
    var warning: Style { color ? Style(fg: .yellow, bold: true) : Style(bold: true) }
    var paneTitle: Style { color ? Style(fg: .cyan, bold: true, reverse: false) : Style(bold: true) }

    func body(_ kind: BlockKind) -> Style {
        switch kind {
        case .heading: return heading
        case .caption: return caption
        case .byline, .dateline: return byline
        case .boilerplate: return boilerplate
        case .text: return .plain
        }
    }
}

/// Draws the whole screen for a state. Pure: the same state gives the same buffer.
public func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(width: state.width, height: state.height)
    guard state.width > 0, state.height > 0 else { return buffer }
    if state.isTooSmall {
        let text = "Terminal too small (\(state.width)×\(state.height)); need \(AppState.minimumWidth)×\(AppState.minimumHeight)"
        let lines = ReaderLayout.wrapPlain(text, width: state.width)
        for (i, line) in lines.enumerated() where i < state.height {
            buffer.put(line, x: 0, y: i)
        }
        return buffer
    }
    let theme = Theme(color: state.capabilities.color)
    drawTitleBar(state, &buffer, theme)
    if !state.viewReady {
        let body = state.bodyRect
        let text = state.computingMessage
        let x = max(0, (state.width - DisplayWidth.of(text)) / 2)
        buffer.put(text, x: x, y: body.y + body.height / 2, maxWidth: state.width - x, style: theme.heading)
        drawStatusLine(state, &buffer, theme)
        if let overlay = state.overlay { drawOverlay(state, overlay, &buffer, theme) }
        return buffer
    }
    switch state.view {
    case .articles: drawArticlesView(state, &buffer, theme)
    case .timeline: drawTimelineView(state, &buffer, theme)
    case .matrix: drawMatrixView(state, &buffer, theme)
    case .discrepancies: drawDiscrepancyView(state, &buffer, theme)
    case .compare: drawCompareView(state, &buffer, theme)
    }
    drawStatusLine(state, &buffer, theme)
    if let overlay = state.overlay { drawOverlay(state, overlay, &buffer, theme) }
    return buffer
}

func drawTitleBar(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let row = Rect(x: 0, y: 0, width: state.width, height: 1)
    b.fill(row, theme.titleBar)
    let left = " Concord · \(state.corpus.title) · \(state.corpus.articles.count) article\(state.corpus.articles.count == 1 ? "" : "s")"
    let right = "? help  q quit "
    let rw = DisplayWidth.of(right)
    b.put(left, x: 0, y: 0, maxWidth: max(0, state.width - rw - 1), style: theme.titleBar)
    if state.width > rw + 20 { b.put(right, x: state.width - rw, y: 0, style: theme.titleBar) }
}

func drawStatusLine(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let y = state.height - 1
    let row = Rect(x: 0, y: y, width: state.width, height: 1)
    if let prompt = state.prompt {
        b.fill(row)
        let used = b.put((state.promptKind == .note ? "Note: " : state.promptKind == .dateRange ? "Dates: "
            : state.promptKind == .stance ? "Stance (c h x m n s): " : "/") + prompt, x: 0, y: y)
        if used < state.width { b[used, y] = Cell("█", .plain) }
        return
    }
    b.fill(row, theme.statusBar)
    var x = 0
    // Wide screens name every view; 64–109 columns use short names (80×24 keeps the
    // tabs) unless a message needs the room; narrower ones name only the current view.
    // A status message takes the room first: then only the current view is named.
    for (v, label) in statusTabs(state) {
        let style = v == state.view ? Style(bold: true, reverse: !theme.color) : theme.statusBar
        x += b.put(label, x: x, y: y, style: v == state.view && theme.color ? Style(fg: .white, bg: .blue, bold: true) : style)
    }
    x += 1
    var message = state.message ?? ""
    if let (done, total) = state.loading {
        let loading = total > 0 ? "Loading \(done)/\(total) files…" : "Loading…"
        message = message.isEmpty ? loading : loading + " " + message
    }
    let problems = state.corpus.problems.count
    let warning = problems > 0 ? "⚠ \(problems) problem\(problems == 1 ? "" : "s") (!)  " : ""
    // Where you are takes the room the tabs and the message leave (names go first).
    let room = state.width - x - 2 - DisplayWidth.of(warning) - (message.isEmpty ? 0 : DisplayWidth.of(message) + 2)
    var right = warning + position(state, maxWidth: max(8, room))
    right += " "
    let rw = DisplayWidth.of(right)
    b.put(message, x: x, y: y, maxWidth: max(0, state.width - x - rw - 1), style: theme.statusBar)
    if state.width - rw > x {
        b.put(right, x: state.width - rw, y: y, style: problems > 0 ? Style(fg: theme.color ? .black : nil, bg: theme.color ? .yellow : nil, bold: true, reverse: !theme.color) : theme.statusBar)
    }
}

/// The view tabs of the status line, left to right (drawn there; clicked there).
func statusTabs(_ state: AppState) -> [(ViewID, String)] {
    let full = state.width >= 110, short = state.width >= 64 && state.message == nil && state.loading == nil
    return ViewID.allCases.map { v in
        let label = full ? " \(v.rawValue) \(v.title) "
            : short ? (v == state.view ? " \(v.rawValue) \(v.title) " : " \(v.rawValue) \(v.shortTitle) ")
            : v == state.view ? " \(v.rawValue) \(v.title) " : " \(v.rawValue) "
        return (v, label)
    }
}

/// Where you are, as "view › row › cell": "Matrix › row 3/13 Expand defense… ›
/// B Nikkei › evidence 1/2". Names are shortened, then dropped, then the view's
/// name (the tab shows it) until it fits in `maxWidth` columns.
func position(_ state: AppState, maxWidth: Int = .max) -> String {
    if !state.viewReady { return "computing…" }
    // Each part: (always shown, name shown when there is room).
    let parts = positionParts(state)
    for nameWidth in [24, 14, 0] {
        for withView in [true, false] {
            let text = (withView ? [state.view.title] : [])
                + parts.map { p in nameWidth == 0 || p.name.isEmpty ? p.fixed : p.fixed + " " + shortened(p.name, nameWidth) }
            let line = text.joined(separator: " › ")
            if DisplayWidth.of(line) <= maxWidth { return line }
        }
    }
    return parts.first?.fixed ?? ""
}

/// A name cut to `width` display columns, ending in "…" when cut.
func shortened(_ s: String, _ width: Int) -> String {
    let clean = InertText.sanitize(s).replacingOccurrences(of: "\n", with: " ")
    if DisplayWidth.of(clean) <= width { return clean }
    var out = ""
    var w = 0
    for c in clean.unicodeScalars {
        let cw = DisplayWidth.of(c)
        if w + cw > width - 1 { break }
        out.unicodeScalars.append(c)
        w += cw
    }
    return out + "…"
}

func positionParts(_ state: AppState) -> [(fixed: String, name: String)] {
    let corpus = state.corpus
    func source(_ i: Int) -> (String, String) {
        (state.sourceMarker(i), corpus.articles.indices.contains(i) ? corpus.label(i) : "")
    }
    switch state.view {
    case .timeline:
        let rows = state.timelineRows
        let groups = state.timelineGroups
        guard rows.indices.contains(state.timelineSelected) else {
            return [("\(state.timeline.entries.count) dated · \(state.timeline.undated.count) undated", "")]
        }
        switch rows[state.timelineSelected] {
        case .group(let g), .mention(let g, _), .mentionLine(let g, _, _):
            var out: [(String, String)] = [("\(g + 1)/\(groups.count)", groups[g].label)]
            if case .mention(_, let m) = rows[state.timelineSelected], groups[g].mentions.indices.contains(m) {
                let (marker, label) = source(groups[g].mentions[m].article)
                out.append(("mention \(m + 1)/\(groups[g].mentions.count) \(marker)", label))
            }
            return out
        case .heading(let h, _), .section(let h):
            return [("\(groups.count) lines", h)]
        }
    case .matrix:
        let order = state.matrixOrder
        guard order.indices.contains(state.matrixRow) else { return [("row 0/0", "")] }
        let row = state.matrix.rows[order[state.matrixRow]]
        let (marker, label) = source(state.matrixColumn)
        var out: [(String, String)] = [("row \(state.matrixRow + 1)/\(order.count)", row.commitment.title), (marker, label)]
        if state.evidenceOpen, let cell = state.selectedCell, !cell.evidence.isEmpty {
            out.append(("evidence \(min(state.evidenceSelected, cell.evidence.count - 1) + 1)/\(cell.evidence.count)", ""))
        }
        return out
    case .discrepancies:
        let rows = state.discrepancyRows
        let items = state.discrepancies
        guard rows.indices.contains(state.discrepancySelected) else {
            return [("\(items.count) discrepanc\(items.count == 1 ? "y" : "ies")", "")]
        }
        switch rows[state.discrepancySelected] {
        case .item(let i), .value(let i, _):
            return [("\(i + 1)/\(items.count)", items[i].topic)]
        case .claim(let i, let c), .claimLine(let i, let c, _):
            let (marker, label) = items[i].claims.indices.contains(c) ? source(items[i].claims[c].article) : ("", "")
            return [("\(i + 1)/\(items.count)", items[i].topic), ("claim \(c + 1)/\(items[i].claims.count) \(marker)", label)]
        }
    case .compare:
        let total = state.compareLines(state.comparePairs).count
        return [("\(state.sourceMarker(state.compareLeft)) vs \(state.sourceMarker(state.compareRight))", ""),
                ("line \(min(total, state.compareTop + 1))/\(total)", "")]
    case .articles:
        guard !state.order.isEmpty else { return [("no articles", "")] }
        let index = state.currentArticleIndex ?? 0
        var out: [(String, String)] = [("\(state.selected + 1)/\(state.order.count)", corpus.articles.indices.contains(index) ? corpus.label(index) : "")]
        if let layout = state.layout {
            let total = layout.lines.count
            let bottom = min(total, state.readerTop + state.readerHeight)
            let pct = total == 0 ? 100 : bottom * 100 / total
            out.append(("line \(state.readerTop + 1)/\(total) \(pct)%", ""))
        }
        return out
    }
}

func drawArticlesView(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let rects = state.articleRects
    drawList(state, rects.list, &b, theme)
    // Reader title row.
    let t = rects.readerTitle
    b.fill(t, Style(reverse: !theme.color, underline: theme.color))
    if let article = state.currentArticle {
        let focus = state.focus == .reader ? "▶ " : "  "
        let label = focus + state.corpus.label(state.currentArticleIndex ?? -1) + " · " + (article.metadata.title ?? article.id)
        b.put(label, x: t.x, y: t.y, maxWidth: t.width, style: Style(bold: true, reverse: !theme.color, underline: theme.color))
    }
    drawReader(state, rects.reader, &b, theme)
}

func drawList(_ state: AppState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
    guard r.height > 0 else { return }
    if state.order.isEmpty {
        b.put("No articles in \(state.corpus.root). Add .txt, .md, .html pages or .rss/.atom feeds and restart.", x: r.x + 1, y: r.y, maxWidth: r.width - 2, style: theme.warning)
        return
    }
    // Columns: outlet, date, author, words, title (fills the rest).
    let outletW = min(20, max(8, r.width / 6))
    let dateW = 10
    let authorW = min(18, max(8, r.width / 7))
    let wordsW = 5
    let fixed = 2 + outletW + 1 + dateW + 1 + authorW + 1 + wordsW + 1
    let titleW = max(0, r.width - fixed)
    func row(_ cols: [(String, Int)], y: Int, style: Style) {
        b.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style)
        var x = r.x + 2
        for (text, w) in cols {
            b.put(text, x: x, y: y, maxWidth: w, style: style)
            x += w + 1
        }
    }
    let sortMark = " (\(state.sort.rawValue))"
    row([("Source" + (state.sort == .outlet ? " ▾" : ""), outletW), ("Date" + (state.sort == .date ? " ▾" : ""), dateW),
         ("Author", authorW), ("Words", wordsW), ("Title" + (state.sort == .file ? sortMark : ""), titleW)],
        y: r.y, style: theme.header)
    let rows = r.height - 1
    for i in 0..<rows {
        let pos = state.listTop + i
        guard pos < state.order.count else { break }
        let a = state.corpus.articles[state.order[pos]]
        let m = a.metadata
        let selected = pos == state.selected
        let style: Style = selected ? (state.focus == .list ? theme.selectedFocused : theme.selectedUnfocused) : .plain
        let words = String(a.wordCount)
        let wordsCell = String(repeating: " ", count: max(0, wordsW - words.count)) + words
        row([(TextTable.fit(state.corpus.label(state.order[pos]), outletW), outletW),
             (m.published?.description ?? "undated", dateW),
             (TextTable.fit(m.authors.first ?? "—", authorW), authorW),
             (wordsCell, wordsW),
             (TextTable.fit(m.title ?? a.id, titleW), titleW)],
            y: r.y + 1 + i, style: style)
        if selected { b.put(state.focus == .list ? "▶" : "›", x: r.x, y: r.y + 1 + i, style: style) }
    }
}

func drawReader(_ state: AppState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
    guard let layout = state.layout, let index = state.currentArticleIndex else { return }
    let article = state.corpus.articles[index]
    let scalars = article.scalars  // decoded once per frame
    let matches = state.matches(in: index)
    let current = state.search?.current.flatMap { c in state.search?.matches[c] }
    let highlight = state.highlight.flatMap { $0.article == index ? $0.span : nil }
    for i in 0..<r.height {
        let li = state.readerTop + i
        guard li < layout.lines.count else { break }
        let y = r.y + i
        let x0 = r.x + 1
        switch layout.lines[li] {
        case .blank: break
        case .meta(let text, let style):
            b.put(text, x: x0, y: y, maxWidth: r.width - 2, style: style)
        case .body(let start, let end, let kind):
            let base = theme.body(kind)
            var x = x0
            var k = start
            while k < end {
                let c = scalars[k]
                var style = base
                if let h = highlight, h.contains(k) { style = theme.highlight }
                if matches.contains(where: { $0.span.contains(k) }) {
                    style = (current.map { $0.article == index && $0.span.contains(k) } ?? false) ? theme.currentMatch : theme.match
                }
                var piece = String.UnicodeScalarView()
                piece.append(c)
                let used = b.put(String(piece), x: x, y: y, maxWidth: r.maxX - 1 - x, style: style)
                if used == 0 && DisplayWidth.of(c) > 0 && !InertText.needsReplacement(c) { break }
                x += used
                k += 1
            }
        }
    }
    // A scroll indicator on the right edge.
    let total = layout.lines.count
    if total > r.height && r.height > 2 {
        let thumb = max(1, r.height * r.height / total)
        let maxTop = max(1, total - r.height)
        let pos = (r.height - thumb) * state.readerTop / maxTop
        for i in 0..<r.height {
            b.put(i >= pos && i < pos + thumb ? "┃" : "│", x: r.maxX - 1, y: r.y + i, style: .dim)
        }
    }
}

func drawOverlay(_ state: AppState, _ overlay: Overlay, _ b: inout Buffer, _ theme: Theme) {
    let lines: [(String, Style)]
    let title: String
    let top: Int
    switch overlay {
    case .help(let t):
        lines = state.helpText()
        title = " Keys (q, Esc or ? to close) "
        top = t
    case .problems(let t):
        lines = state.corpus.problems.isEmpty ? [("No problems found.", .plain)] :
            state.corpus.problems.map { ($0.description, $0.severity == .error ? theme.warning : .plain) }
        title = " Problems (q or Esc to close) "
        top = t
    case .sources(let cursor), .timelineSources(let cursor):
        let hidden: Set<Int>
        if case .timelineSources = overlay { hidden = state.timelineHiddenSources } else { hidden = state.matrixHiddenSources }
        lines = state.corpus.articles.indices.map { i in
            let mark = hidden.contains(i) ? "[ ] " : "[x] "
            return (mark + state.sourceMarker(i) + " " + state.corpus.label(i), i == cursor ? Style(reverse: true) : .plain)
        }
        title = " Sources shown (Space toggles, a all, Enter closes) "
        let visible = max(1, min(state.height - 4, lines.count))
        top = max(0, min(cursor - visible + 1, lines.count - visible))
    case .comparePick(let cursor, let side):
        lines = state.corpus.articles.indices.map { i in
            let mark = i == state.compareLeft ? "◀ " : i == state.compareRight ? "▶ " : "  "
            return (mark + state.sourceMarker(i) + " " + state.corpus.label(i), i == cursor ? Style(reverse: true) : .plain)
        }
        title = side == 0 ? " Left source (Enter picks, Esc closes) " : " Right source (Enter picks, Esc closes) "
        let visible = max(1, min(state.height - 4, lines.count))
        top = max(0, min(cursor - visible + 1, lines.count - visible))
    }
    let w = min(state.width - 4, 92)
    let h = min(state.height - 2, lines.count + 2)
    let r = Rect(x: (state.width - w) / 2, y: 1 + (state.height - 2 - h) / 2, width: w, height: h)
    drawBox(r, title: title, &b)
    for i in 0..<(h - 2) {
        let li = top + i
        guard li < lines.count else { break }
        b.put(lines[li].0, x: r.x + 2, y: r.y + 1 + i, maxWidth: w - 4, style: lines[li].1)
    }
    if lines.count > h - 2 {
        b.put(" \(top + 1)-\(min(lines.count, top + h - 2))/\(lines.count) ", x: r.maxX - 14, y: r.maxY - 1, style: .dim)
    }
}

func drawBox(_ r: Rect, title: String, _ b: inout Buffer) {
    guard r.width >= 2, r.height >= 2 else { return }
    b.fill(r)
    for x in r.x..<r.maxX {
        b[x, r.y] = Cell("─")
        b[x, r.maxY - 1] = Cell("─")
    }
    for y in r.y..<r.maxY {
        b[r.x, y] = Cell("│")
        b[r.maxX - 1, y] = Cell("│")
    }
    b[r.x, r.y] = Cell("┌")
    b[r.maxX - 1, r.y] = Cell("┐")
    b[r.x, r.maxY - 1] = Cell("└")
    b[r.maxX - 1, r.maxY - 1] = Cell("┘")
    b.put(title, x: r.x + 2, y: r.y, maxWidth: r.width - 4, style: .bold)
}
