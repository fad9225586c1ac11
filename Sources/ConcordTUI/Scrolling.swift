/// Movement and scrolling shared by every list-like view.
extension Action {
    /// Where a movement action takes a position, given the page size; nil for other actions.
    /// `top` and `bottom` return extreme values that the caller clamps.
    func moved(_ position: Int, page: Int) -> Int? {
        let page = max(1, page)
        switch self {
        case .moveDown: return position + 1
        case .moveUp: return position - 1
        case .pageDown: return position + page
        case .pageUp: return position - page
        case .halfPageDown: return position + max(1, page / 2)
        case .halfPageUp: return position - max(1, page / 2)
        case .top: return Int.min / 2
        case .bottom: return Int.max / 2
        default: return nil
        }
    }
}

/// The first visible row that keeps `selected` in a window of `height` rows over `count` rows.
func scrolled(top: Int, selected: Int, count: Int, height: Int) -> Int {
    var top = top
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
    return max(0, min(top, max(0, count - height)))
}
