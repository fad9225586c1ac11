import ConcordKit

/// `/` in the timeline, matrix and discrepancies views searches that view's rows
/// (entries and their sentences; commitments and their evidence; discrepancies
/// and their claims), and `n`/`N` step through the matching rows, as less and
/// tig search what is on screen. In the articles view `/` searches the text.
public struct ViewSearch: Equatable, Sendable {
    public var view: ViewID
    public var query: String
    /// Row indices (timeline rows, matrix display positions, discrepancy rows).
    public var rows: [Int]
}

extension AppState {
    /// Whether `/` searches the current view's rows rather than the articles' text.
    var searchesRows: Bool { view == .timeline || view == .matrix || view == .discrepancies }

    /// The text of each row of the current view that a search looks at.
    func searchableRows() -> [(Int, String)] {
        switch view {
        case .matrix:
            let order = matrixOrder
            return order.enumerated().map { pos, ri in (pos, AppState.matrixRowText(matrix.rows[ri])) }
        case .timeline:
            let groups = timelineGroups
            return timelineRows.enumerated().compactMap { i, row in
                guard case .group(let gi) = row else { return nil }
                return (i, AppState.groupText(groups[gi]))
            }
        case .discrepancies:
            return discrepancyRows.enumerated().compactMap { i, row in
                guard case .item(let di) = row else { return nil }
                return (i, AppState.discrepancyText(discrepancies[di]))
            }
        default:
            return []
        }
    }

    static func groupText(_ g: TimelineGroup) -> String {
        g.label + " " + g.mentions.map { $0.text + " " + $0.sentence }.joined(separator: " ")
    }

    static func discrepancyText(_ d: Discrepancy) -> String {
        d.topic + " " + d.claims.map { $0.value + " " + $0.text }.joined(separator: " ")
    }

    /// `|`: the current view shows only the rows that match the last search made in
    /// it; pressed again, every row.
    mutating func toggleRowFilter() {
        guard searchesRows else { message = "| filters the timeline, matrix and discrepancies views"; return }
        if rowFilters[view] != nil {
            rowFilters[view] = nil
            message = "Showing every row"
        } else if let vs = viewSearch, vs.view == view, !vs.rows.isEmpty {
            let q = vs.query
            rowFilters[view] = q
            message = "Showing only rows matching “\(q)” (| again shows all)"
        } else {
            message = "Search first (/), then | shows only the matching rows"
            return
        }
        viewSearch = nil
        matrixRow = 0; matrixTop = 0
        timelineSelected = 0; timelineTop = 0
        discrepancySelected = 0; discrepancyTop = 0; discrepancyExpanded = []
        switch view {
        case .matrix: clampMatrix()
        case .timeline: selectTimelineRow(0, direction: 1)
        case .discrepancies: clampDiscrepancies()
        default: break
        }
    }

    mutating func runViewSearch(_ query: String) {
        let needle = query.lowercased()
        let rows = searchableRows().filter { $0.1.lowercased().contains(needle) }.map(\.0)
        viewSearch = ViewSearch(view: view, query: query, rows: rows)
        if rows.isEmpty {
            message = "Not found in this view: \(query)"
            return
        }
        stepViewSearch(forward: true, includeCurrent: true)
    }

    var currentViewRow: Int {
        switch view {
        case .matrix: return matrixRow
        case .timeline: return timelineSelected
        case .discrepancies: return discrepancySelected
        default: return 0
        }
    }

    mutating func stepViewSearch(forward: Bool, includeCurrent: Bool = false) {
        guard let vs = viewSearch, vs.view == view else { message = "No search in this view; press / to search"; return }
        guard !vs.rows.isEmpty else { message = "Not found in this view: \(vs.query)"; return }
        let here = currentViewRow
        var next: Int
        var wrapped = false
        if forward {
            next = vs.rows.first { includeCurrent ? $0 >= here : $0 > here } ?? -1
            if next < 0 { next = vs.rows[0]; wrapped = true }
        } else {
            next = vs.rows.last { $0 < here } ?? -1
            if next < 0 { next = vs.rows[vs.rows.count - 1]; wrapped = true }
        }
        switch view {
        case .matrix:
            matrixRow = next
            clampMatrix()
        case .timeline:
            timelineSelected = next
            clampTimeline(timelineRows.count)
        case .discrepancies:
            discrepancySelected = next
            clampDiscrepancies()
        default: break
        }
        let position = (vs.rows.firstIndex(of: next) ?? 0) + 1
        message = "Match \(position) of \(vs.rows.count) rows for “\(vs.query)”" + (wrapped ? " (wrapped)" : "")
    }
}
