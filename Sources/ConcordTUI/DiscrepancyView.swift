import ConcordKit

public enum DiscrepancyRow: Equatable, Sendable {
    case item(Int)
    /// A competing value of an item: item, value index.
    case value(Int, Int)
    /// A claim of an expanded item: item, claim index.
    case claim(Int, Int)
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
                for c in d.claims.indices { rows.append(.claim(i, c)) }
            }
        }
        return rows
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
            discrepancySelected = moved
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
            case .claim(let i, let c):
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
            case .claim(let i, _), .item(let i), .value(let i, _):
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
        let selected = ri == state.discrepancySelected
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
            let c = state.discrepancies[di].claims[ci]
            let text = "      " + state.sourceMarker(c.article) + " " + c.value + " — " + c.text
            b.put(text, x: r.x + 1, y: y, maxWidth: r.width - 2, style: style)
        }
    }
}
