import ConcordKit

public enum DiscrepancyRow: Equatable, Sendable {
    case item(Int)
    /// A competing value of an item: item, value index.
    case value(Int, Int)
    /// A claim of an expanded item: item, claim index.
    case claim(Int, Int)
    /// A further line of a claim's sentence, wrapped under its first (item, claim,
    /// line 1…); not selectable on its own.
    case claimLine(Int, Int, Int)
}

extension AppState {
    public var discrepancyRows: [DiscrepancyRow] {
        var rows: [DiscrepancyRow] = []
        let query = rowFilters[.discrepancies]?.lowercased()
        for (i, d) in discrepancies.enumerated() {
            if let q = query, !AppState.discrepancyText(d).lowercased().contains(q) { continue }
            rows.append(.item(i))
            for v in d.values.indices { rows.append(.value(i, v)) }
            if discrepancyExpanded.contains(i) {
                for c in d.claims.indices {
                    rows.append(.claim(i, c))
                    for k in 1..<max(1, claimLines(i, c).count) { rows.append(.claimLine(i, c, k)) }
                }
            }
        }
        return rows
    }

    /// A claim as drawn: "A 2026-01-16 — " and its sentence, wrapped to the list's
    /// width with the sentence's further lines hanging under its first word.
    func claimLines(_ i: Int, _ c: Int) -> [String] {
        let claim = discrepancies[i].claims[c]
        let head = "      " + sourceMarker(claim.article) + " " + InertText.sanitize(claim.value) + " — "
        let indent = min(DisplayWidth.of(head), max(8, discrepancyListRect.width / 2))
        let width = max(8, discrepancyListRect.width - 2 - indent)
        let scalars = Array(InertText.sanitize(claim.text).unicodeScalars)
        let wrapped = ReaderLayout.wrap(scalars, Span(0, scalars.count), width: width).map { String(String.UnicodeScalarView(scalars[$0.0..<$0.1])) }
        guard let first = wrapped.first else { return [head] }
        return [head + first] + wrapped.dropFirst().map { String(repeating: " ", count: indent) + $0 }
    }

    /// The row a selection lands on: a claim's further line gives way to the claim
    /// (moving up) or to the row after the claim (moving down).
    func selectableDiscrepancyRow(_ index: Int, _ rows: [DiscrepancyRow], down: Bool) -> Int {
        var k = max(0, min(index, rows.count - 1))
        while rows.indices.contains(k), case .claimLine = rows[k] {
            if down && k + 1 < rows.count { k += 1 } else { k -= 1 }
        }
        return max(0, k)
    }

    /// The discrepancies: below the source legend, above the symbol legend.
    var discrepancyListRect: Rect {
        let body = bodyRect
        let legend = body.height >= 8 ? 1 : 0
        return Rect(x: body.x, y: body.y + 1, width: body.width, height: max(0, body.height - 1 - legend))
    }

    mutating func clampDiscrepancies() {
        let rows = discrepancyRows
        discrepancySelected = max(0, min(discrepancySelected, rows.count - 1))
        discrepancyTop = scrolled(top: discrepancyTop, selected: discrepancySelected, count: rows.count,
                                  height: discrepancyListRect.height)
    }

    mutating func performDiscrepancies(_ action: Action) -> Bool {
        let rows = discrepancyRows
        if let moved = action.moved(discrepancySelected, page: discrepancyListRect.height - 1) {
            discrepancySelected = selectableDiscrepancyRow(min(moved, rows.count - 1), rows, down: moved > discrepancySelected)
            clampDiscrepancies()
            return true
        }
        switch action {
        case .open:
            guard rows.indices.contains(discrepancySelected) else { return true }
            switch rows[discrepancySelected] {
            case .item(let i), .value(let i, _):
                if discrepancyExpanded.contains(i) { discrepancyExpanded.remove(i) } else {
                    discrepancyExpanded.insert(i)
                    message = "Confidence \(Int((discrepancies[i].confidence * 100).rounded()))%: \(discrepancies[i].reason)"
                }
                if !discrepancyExpanded.contains(i), let at = discrepancyRows.firstIndex(of: .item(i)) { discrepancySelected = at }
            case .claim(let i, let c), .claimLine(let i, let c, _):
                let claim = discrepancies[i].claims[c]
                openSentence(article: claim.article, span: claim.span, note: "\(discrepancies[i].topic): \(claim.value)")
                return true
            }
        case .toggleLowConfidence:
            showAllDiscrepancies.toggle()
            discrepancyExpanded = []
            discrepancySelected = 0
            discrepancyTop = 0
            message = showAllDiscrepancies ? "Showing every discrepancy, low confidence included"
                : "Hiding \(hiddenDiscrepancies) low-confidence discrepanc\(hiddenDiscrepancies == 1 ? "y" : "ies") (a shows them)"
        case .back:
            guard rows.indices.contains(discrepancySelected) else { return true }
            switch rows[discrepancySelected] {
            case .claim(let i, _), .claimLine(let i, _, _), .item(let i), .value(let i, _):
                discrepancyExpanded.remove(i)
                if let at = discrepancyRows.firstIndex(of: .item(i)) { discrepancySelected = at }
            }
        default: return false
        }
        clampDiscrepancies()
        return true
    }
}

func drawDiscrepancyView(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let body = state.bodyRect
    drawLegend(state, &b, y: body.y) { _ in true }
    if state.discrepancyListRect.maxY < body.maxY {
        drawSymbolLegend("▸ Enter: claims  90% confidence  ABCDE sources  ≈ inferred  a: low ones",
                         &b, x: body.x, y: body.maxY - 1, width: body.width, theme)
    }
    let r = state.discrepancyListRect
    let rows = state.discrepancyRows
    if rows.isEmpty {
        let hidden = state.showAllDiscrepancies ? 0 : state.hiddenDiscrepancies
        b.put(hidden > 0 ? "No confident discrepancies; \(hidden) low-confidence one\(hidden == 1 ? "" : "s") hidden (press a to show)."
                         : "No discrepancies found: the sources agree on the dates, numbers and claims Concord compares.",
              x: r.x + 2, y: r.y + 1, maxWidth: r.width - 4, style: theme.warning)
        return
    }
    for i in 0..<r.height {
        let ri = state.discrepancyTop + i
        guard ri < rows.count else { break }
        let y = r.y + i
        // (a claim's further lines are selected with it)
        var selected = ri == state.discrepancySelected
        if case .claimLine(let di, let ci, _) = rows[ri], rows.indices.contains(state.discrepancySelected),
           rows[state.discrepancySelected] == .claim(di, ci) { selected = true }
        let style = selected ? theme.selectedFocused : .plain
        if selected { b.fill(Rect(x: r.x, y: y, width: r.width, height: 1), style) }
        switch rows[ri] {
        case .item(let di):
            let d = state.discrepancies[di]
            let mark = state.discrepancyExpanded.contains(di) ? "▾ " : "▸ "
            let confidence = " \(Int((d.confidence * 100).rounded()))%"
            let cw = DisplayWidth.of(confidence)
            b.put(mark + "[\(d.kind.rawValue)] " + d.topic, x: r.x + 1, y: y, maxWidth: r.width - 3 - cw,
                  style: selected ? style : theme.heading)
            b.put(confidence, x: r.maxX - cw - 1, y: y, style: selected ? style : Style(dim: true))
        case .value(let di, let vi):
            let v = state.discrepancies[di].values[vi]
            let inferred = state.discrepancies[di].claims.contains { $0.value == v.value && $0.inferred }
            let markers = v.sources.map { state.sourceMarker($0) }.joined(separator: " ")
            let label = (state.discrepancies[di].kind == .date ? TimeLabel.label(v.value) : v.value) + (inferred ? " ≈" : "")
            b.put("    " + label.padding(toWidth: 26) + markers + "  (\(v.sources.count) source\(v.sources.count == 1 ? "" : "s"))",
                  x: r.x + 1, y: y, maxWidth: r.width - 2, style: selected ? style : Style(bold: vi == 0))
        case .claim(let di, let ci):
            b.put(state.claimLines(di, ci).first ?? "", x: r.x + 1, y: y, maxWidth: r.width - 2, style: style)
        case .claimLine(let di, let ci, let k):
            let lines = state.claimLines(di, ci)
            b.put(k < lines.count ? lines[k] : "", x: r.x + 1, y: y, maxWidth: r.width - 2, style: style)
        }
    }
}
