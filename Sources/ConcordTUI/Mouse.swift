import ConcordKit

/// The mouse, as tig and newsboat have it: a click on a view's tab switches to it;
/// a click on a row (an article, a timeline entry, a matrix cell, a discrepancy)
/// selects it, and a click on the selected one opens it, as Enter does; the wheel
/// scrolls by three rows. Hit-testing uses the same geometry as drawing
/// (`statusTabs`, the views' rectangles, `matrixColumnGeometry`).
extension AppState {
    /// Whether a key is a mouse event.
    static func isMouse(_ key: Key) -> Bool {
        switch key {
        case .click, .wheelUp, .wheelDown: return true
        default: return false
        }
    }

    mutating func handleMouse(_ key: Key) {
        // A prompt or an overlay (help, problems) keeps the keyboard's attention.
        guard prompt == nil, overlay == nil else { return }
        switch key {
        case .wheelUp, .wheelDown:
            message = nil
            for _ in 0..<3 { perform(key == .wheelUp ? .moveUp : .moveDown) }
        case .click(let x, let y):
            message = nil
            click(x: x, y: y)
        default:
            break
        }
    }

    mutating func click(x: Int, y: Int) {
        if y == height - 1 {
            var left = 0
            for (v, label) in statusTabs(self) {
                let w = DisplayWidth.of(label)
                if x >= left && x < left + w {
                    perform([ViewID.articles: Action.viewArticles, .timeline: .viewTimeline, .matrix: .viewMatrix,
                             .discrepancies: .viewDiscrepancies, .compare: .viewCompare][v] ?? .viewArticles)
                    return
                }
                left += w
            }
            return
        }
        guard viewReady else { return }
        func inside(_ r: Rect) -> Bool { x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height }
        switch view {
        case .articles:
            let rects = articleRects
            if inside(rects.list), y > rects.list.y {
                let row = listTop + (y - rects.list.y - 1)
                guard order.indices.contains(row) else { return }
                if row == selected && focus == .list { perform(.open); return }
                focus = .list
                move(by: row - selected)
            } else if inside(rects.reader) {
                focus = .reader
            }
        case .timeline:
            let r = timelineListRect
            guard inside(r) else { return }
            var row = timelineTop + (y - r.y)
            let rows = timelineRows
            guard row < rows.count else { return }
            // (a mention's wrapped line stands for the mention)
            while row > 0, case .mentionLine = rows[row] { row -= 1 }
            if row == timelineSelected { perform(.open); return }
            selectTimelineRow(row, direction: 1)
        case .matrix:
            let table = matrixRects.table
            guard inside(table), y > table.y else { return }
            let row = matrixTop + (y - table.y - 1)
            guard row < matrixOrder.count, row < matrixTop + matrixVisibleRows else { return }
            let g = matrixColumnGeometry
            var column = matrixColumn
            let k = (x - table.x - g.titleWidth) / g.cellWidth
            if x >= table.x + g.titleWidth, k >= 0, k < g.columns.count { column = g.columns[k] }
            if row == matrixRow && column == matrixColumn && x >= table.x + g.titleWidth { perform(.open); return }
            matrixRow = row
            matrixColumn = column
            evidenceSelected = 0
            clampMatrix()
        case .discrepancies:
            let r = discrepancyListRect
            guard inside(r) else { return }
            let row = discrepancyTop + (y - r.y)
            guard row < discrepancyRows.count else { return }
            let rows = discrepancyRows
            let target = selectableDiscrepancyRow(row, rows, down: false)
            if target == discrepancySelected { perform(.open); return }
            discrepancySelected = target
            clampDiscrepancies()
        case .compare:
            break
        }
    }
}
