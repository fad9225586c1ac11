import ConcordKit

/// A line of the timeline list.
public enum TimelineRow: Equatable, Sendable {
    /// A year or month heading.
    case heading(String, level: Int)
    /// A group of entries (one entry at day zoom), by index into `timelineGroups`.
    case group(Int)
    /// One mention of a group: group index, mention index within the group's mentions.
    case mention(Int, Int)
    /// A further line of a mention's sentence, wrapped under its first (group,
    /// mention, line 1…); not selectable on its own.
    case mentionLine(Int, Int, Int)
    case section(String)
}

/// Entries shown as one line: a single value at day zoom, or all values of a
/// month or year when zoomed out.
public struct TimelineGroup: Sendable {
    public var key: String
    public var label: String
    public var point: TimePoint?
    public var mentions: [TimelineMention]
    public var values: [String]

    public var sources: [Int] { Array(Set(mentions.map(\.article))).sorted() }
    public var hasInferredAnchor: Bool { mentions.contains { $0.anchor?.isInferred ?? false } }
}

extension AppState {
    /// The groups at the current zoom and filter (dated first, then undated).
    public var timelineGroups: [TimelineGroup] {
        // Rebuilt only when the zoom, source filter or row filter changes: on a large
        // corpus the groups copy every mention, and every key and frame asks for them.
        analyses.memo("timelineGroups", timelineGroupsKey) { computeTimelineGroups() }
    }

    /// What the groups depend on besides the corpus (the rows' memo extends it: a
    /// setting missing here would leave the rows pointing at groups that are gone).
    var timelineGroupsKey: String {
        "\(timelineZoom.rawValue)|\(timelineFilter ?? -1)|\(rowFilters[.timeline] ?? "")|\(timelineRange?.text ?? "")|"
            + timelineHiddenSources.sorted().map(String.init).joined(separator: ",")
    }

    /// The last day (ordinal) of the period a value starts (a year's 31 December).
    static func periodEnd(_ p: TimePoint) -> Int {
        guard let d = CalendarDate(ordinal: p.start) else { return p.start }
        func ordinal(_ y: Int, _ m: Int, _ day: Int) -> Int { CalendarDate(year: y, month: m, day: day)?.ordinal ?? p.start }
        switch p.level {
        case .century: return ordinal(d.year + 99, 12, 31)
        case .decade: return ordinal(d.year + 9, 12, 31)
        case .year: return ordinal(d.year, 12, 31)
        case .half: return p.start + 181
        case .quarter, .season: return p.start + 91
        case .month: return (d.month == 12 ? ordinal(d.year + 1, 1, 1) : ordinal(d.year, d.month + 1, 1)) - 1
        case .week: return p.start + 6
        case .day, .time: return p.start
        }
    }

    /// Reads a date range as typed: two dates (YYYY, YYYY-MM or YYYY-MM-DD) apart
    /// by a space, "..", " to " or an en dash, either one left out for an open end
    /// ("2025-10 2026-01", "2025..", "..2024-06-30"); empty: every date.
    mutating func setTimelineRange(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { timelineRange = nil; message = "Timeline: every date"; selectTimelineRow(0, direction: 1); return }
        var parts: [String]
        if let r = t.range(of: "..") ?? t.range(of: " to ") ?? t.range(of: "\u{2013}") {
            parts = [String(t[..<r.lowerBound]), String(t[r.upperBound...])].map { $0.trimmingCharacters(in: .whitespaces) }
        } else {
            parts = t.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if parts.count == 1 { parts.append(parts[0]) }
        }
        func point(_ s: String) -> TimePoint? {
            let ok = s.count == 4 || s.count == 7 || s.count == 10
            return ok && s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) ? TimePoint.parse(s) : nil
        }
        guard parts.count == 2 else { message = "Dates as 2025-10 2026-01 (or 2025.., ..2024)"; return }
        let from = parts[0].isEmpty ? Int.min : point(parts[0])?.start
        let to = parts[1].isEmpty ? Int.max : point(parts[1]).map(AppState.periodEnd)
        guard let from, let to, from <= to else { message = "Dates as 2025-10 2026-01 (or 2025.., ..2024): not “\(text)”"; return }
        timelineRange = (from, to, t)
        timelineTop = 0
        selectTimelineRow(0, direction: 1)
        message = "Timeline: \(t) · \(timelineGroups.count) lines"
    }

    func computeTimelineGroups() -> [TimelineGroup] {
        var groups: [TimelineGroup] = []
        var index: [String: Int] = [:]
        func add(_ entry: TimelineEntry, key: String, label: String, point: TimePoint?) {
            let mentions = entry.mentions.filter {
                (timelineFilter == nil || $0.article == timelineFilter) && !timelineHiddenSources.contains($0.article)
            }
            guard !mentions.isEmpty else { return }
            if let i = index[key] {
                groups[i].mentions += mentions
                groups[i].values.append(entry.value)
            } else {
                index[key] = groups.count
                groups.append(TimelineGroup(key: key, label: label, point: point, mentions: mentions, values: [entry.value]))
            }
        }
        for entry in timeline.entries {
            guard let p = entry.point else { continue }
            // A date range keeps the values whose period meets it.
            if let r = timelineRange, p.start > r.last || AppState.periodEnd(p) < r.first { continue }
            let date = CalendarDate(ordinal: p.start)
            switch timelineZoom {
            case .day:
                add(entry, key: entry.value, label: entry.label, point: p)
            case .month:
                if p.level.rawValue >= TimePoint.Granularity.month.rawValue, let d = date {
                    let month = Timex3Value.month(d.year, d.month)
                    add(entry, key: month.description, label: TimeLabel.label(month), point: TimePoint(month))
                } else {
                    add(entry, key: entry.value, label: entry.label, point: p)
                }
            case .year:
                if p.level.rawValue >= TimePoint.Granularity.year.rawValue, let d = date {
                    let year = Timex3Value.year(d.year)
                    add(entry, key: year.description, label: TimeLabel.year(d.year), point: TimePoint(year))
                } else {
                    add(entry, key: entry.value, label: entry.label, point: p)
                }
            }
        }
        for entry in timeline.undated where timelineRange == nil {
            add(entry, key: "~" + entry.value, label: entry.label, point: nil)
        }
        if let query = rowFilters[.timeline]?.lowercased() {
            return groups.filter { AppState.groupText($0).lowercased().contains(query) }
        }
        return groups
    }

    /// The visible rows: year (and month) headings, groups, and the mentions of expanded groups.
    public var timelineRows: [TimelineRow] {
        // (the width too: a mention's sentence is wrapped to it)
        let key = timelineGroupsKey + "|\(width)|" + timelineExpanded.sorted().joined(separator: "\u{1}")
        return analyses.memo("timelineRows", key) { computeTimelineRows() }
    }

    func computeTimelineRows() -> [TimelineRow] {
        let groups = timelineGroups
        var rows: [TimelineRow] = []
        var lastYear: Int?
        var lastMonth: Int?
        var inUndated = false
        for (gi, g) in groups.enumerated() {
            if let p = g.point, let d = CalendarDate(ordinal: p.start) {
                // A decade or century is its own period: a heading for its span, not the
                // heading of the last year before it ("21st century" is not under 1866).
                if p.level == .century || p.level == .decade {
                    let span = p.level == .century ? "\(d.year)–\(d.year + 99)" : "\(d.year)s"
                    rows.append(.heading(span, level: 0))
                    lastYear = nil
                    lastMonth = nil
                }
                if d.year != lastYear && p.level.rawValue >= TimePoint.Granularity.year.rawValue {
                    rows.append(.heading(TimeLabel.year(d.year), level: 0))
                    lastYear = d.year
                    lastMonth = nil
                }
                if timelineZoom == .day && p.level.rawValue >= TimePoint.Granularity.month.rawValue && d.month != lastMonth {
                    rows.append(.heading(TimeLabel.label(Timex3Value.month(d.year, d.month)), level: 1))
                    lastMonth = d.month
                }
            } else if !inUndated {
                rows.append(.section("Undated, relative and durations"))
                inUndated = true
            }
            rows.append(.group(gi))
            if timelineExpanded.contains(g.key) {
                for mi in g.mentions.indices {
                    rows.append(.mention(gi, mi))
                    for k in 1..<max(1, mentionLines(g.mentions[mi]).count) { rows.append(.mentionLine(gi, mi, k)) }
                }
            }
        }
        return rows
    }

    /// A mention as drawn after its source column: "“text” value — sentence", wrapped
    /// to the list's width, its further lines under its first.
    func mentionLines(_ m: TimelineMention) -> [String] {
        let anchor = m.anchor.map { $0.isInferred ? " [≈ \($0)]" : "" } ?? ""
        let text = InertText.sanitize("“" + m.text + "” " + m.value + anchor + " — " + m.sentence)
        let scalars = Array(text.unicodeScalars)
        let width = max(8, timelineListRect.width - 23)
        return ReaderLayout.wrap(scalars, Span(0, scalars.count), width: width).map { String(String.UnicodeScalarView(scalars[$0.0..<$0.1])) }
    }

    /// The timeline's rows: below the source legend and the column header, above
    /// the symbol legend (a screen of at least 10 rows keeps it).
    var timelineListRect: Rect {
        let body = bodyRect
        let legend = body.height >= 8 ? 1 : 0
        return Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2 - legend))
    }

    /// Moves the selection to a selectable row (group or mention) near `index`.
    mutating func selectTimelineRow(_ index: Int, direction: Int) {
        let rows = timelineRows
        guard !rows.isEmpty else { timelineSelected = 0; return }
        var i = max(0, min(rows.count - 1, index))
        while i >= 0 && i < rows.count {
            switch rows[i] {
            case .group, .mention:
                timelineSelected = i
                clampTimeline(rows.count)
                return
            default:
                i += direction >= 0 ? 1 : -1
            }
        }
        // Nothing selectable that way: try the other.
        if direction != 0 { selectTimelineRow(index, direction: direction > 0 ? -1 : 1) }
    }

    mutating func clampTimeline(_ count: Int) {
        let height = timelineListRect.height
        timelineTop = scrolled(top: timelineTop, selected: timelineSelected, count: count, height: height)
        // Show the heading just above the selection when there is room.
        if timelineTop > 0 && timelineSelected == timelineTop && height > 1 { timelineTop -= 1 }
    }

    mutating func performTimeline(_ action: Action) -> Bool {
        let rows = timelineRows
        switch action {
        case .moveDown: selectTimelineRow(timelineSelected + 1, direction: 1)
        case .moveUp: selectTimelineRow(timelineSelected - 1, direction: -1)
        case .pageDown: selectTimelineRow(timelineSelected + max(1, timelineListRect.height - 1), direction: 1)
        case .pageUp: selectTimelineRow(timelineSelected - max(1, timelineListRect.height - 1), direction: -1)
        case .halfPageDown: selectTimelineRow(timelineSelected + max(1, timelineListRect.height / 2), direction: 1)
        case .halfPageUp: selectTimelineRow(timelineSelected - max(1, timelineListRect.height / 2), direction: -1)
        case .top: selectTimelineRow(0, direction: 1)
        case .bottom: selectTimelineRow(rows.count - 1, direction: -1)
        case .open:
            guard rows.indices.contains(timelineSelected) else { return true }
            let groups = timelineGroups
            switch rows[timelineSelected] {
            case .group(let gi):
                let key = groups[gi].key
                if timelineExpanded.contains(key) { timelineExpanded.remove(key) } else { timelineExpanded.insert(key) }
            case .mention(let gi, let mi):
                openMention(groups[gi].mentions[mi])
            default: break
            }
        case .back:
            guard rows.indices.contains(timelineSelected) else { return true }
            let groups = timelineGroups
            switch rows[timelineSelected] {
            case .mention(let gi, _), .mentionLine(let gi, _, _), .group(let gi):
                if timelineExpanded.remove(groups[gi].key) != nil {
                    if let at = timelineRows.firstIndex(of: .group(gi)) { timelineSelected = at }
                    clampTimeline(timelineRows.count)
                }
            default: break
            }
        case .timelineFilter:
            let current = timelineGroupKey()
            let n = corpus.articles.count
            if let f = timelineFilter { timelineFilter = f + 1 < n ? f + 1 : nil } else { timelineFilter = n > 0 ? 0 : nil }
            message = timelineFilter.map { "Timeline: only \(sourceMarker($0)) \(corpus.label($0))" } ?? "Timeline: all sources"
            reselect(current)
        case .timelineZoom:
            let current = timelineGroupKey()
            let all = TimelineZoom.allCases
            timelineZoom = all[((all.firstIndex(of: timelineZoom) ?? 0) + 1) % all.count]
            message = "Timeline by \(timelineZoom.rawValue)"
            reselect(current)
        case .pickTimelineSources:
            overlay = .timelineSources(cursor: timelineFilter ?? 0)
        case .timelineRange:
            prompt = timelineRange?.text ?? ""
            promptKind = .dateRange
        default:
            return false
        }
        return true
    }

    /// The key of the selected group, to keep the place across a zoom or filter change.
    func timelineGroupKey() -> TimePoint? {
        let rows = timelineRows
        guard rows.indices.contains(timelineSelected) else { return nil }
        switch rows[timelineSelected] {
        case .group(let gi), .mention(let gi, _): return timelineGroups[gi].point
        default: return nil
        }
    }

    mutating func reselect(_ point: TimePoint?) {
        let groups = timelineGroups
        let rows = timelineRows
        if let point, let gi = groups.firstIndex(where: { ($0.point.map { $0.start >= point.start } ?? true) }),
           let row = rows.firstIndex(of: .group(gi)) {
            timelineSelected = row
            timelineTop = max(0, row - timelineListRect.height / 3)
        } else {
            timelineTop = 0
            selectTimelineRow(0, direction: 1)
        }
        clampTimeline(rows.count)
    }

    /// Opens an article in the reader with a sentence highlighted; back returns here.
    mutating func openMention(_ m: TimelineMention) {
        returnView = view
        view = .articles
        focus = .reader
        if let pos = order.firstIndex(of: m.article) { selected = pos }
        clampList()
        highlight = (m.article, m.sentenceSpan)
        ensureLayout()
        if let l = layout, let line = l.lineIndex(forOffset: m.sentenceSpan.start) {
            readerTop = line - readerHeight / 3
            clampReader()
        }
        message = "“\(m.text)” → \(m.value)" + (m.anchor.map { " (\($0))" } ?? "") + " · Esc: back"
    }

    /// A marker per source, in corpus order: A…Z, a…z and 0…9, then two letters
    /// (AA, AB, …) for as many sources as there are: never a shared placeholder.
    public func sourceMarker(_ article: Int) -> String { SourceMarkers.marker(article) }
}


func drawTimelineView(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let body = state.bodyRect
    // Legend.
    var x = body.x + 1
    let legendStyle = Style(dim: !theme.color)
    x += b.put("Sources: ", x: x, y: body.y, style: .bold)
    for i in state.corpus.articles.indices {
        guard x < body.maxX - 4 else { b.put("…", x: body.maxX - 2, y: body.y); break }
        let active = (state.timelineFilter == nil || state.timelineFilter == i) && !state.timelineHiddenSources.contains(i)
        let label = state.sourceMarker(i) + " " + TextTable.fit(state.corpus.label(i), 16) + "  "
        x += b.put(label, x: x, y: body.y, maxWidth: body.maxX - x, style: active ? legendStyle : Style(dim: true))
    }
    // Column header with zoom and filter.
    let filter = state.timelineFilter.map { "only " + state.sourceMarker($0) }
        ?? (state.timelineHiddenSources.isEmpty ? "all sources"
            : "\(state.corpus.articles.count - state.timelineHiddenSources.count) of \(state.corpus.articles.count) sources")
        + (state.rowFilters[.timeline].map { " · “\($0)”" } ?? "")
    let header = "Date              Event"
    b.fill(Rect(x: body.x, y: body.y + 1, width: body.width, height: 1), theme.header)
    b.put(header, x: body.x + 1, y: body.y + 1, maxWidth: body.width - 2, style: theme.header)
    let range = state.timelineRange.map { " · \($0.text)" } ?? ""
    let status = "by \(state.timelineZoom.rawValue)\(range) · \(filter) · Sources"
    let sw = DisplayWidth.of(status)
    if body.width > sw + 30 { b.put(status, x: body.maxX - sw - 1, y: body.y + 1, style: theme.header) }

    let r = state.timelineListRect
    if r.maxY < body.maxY {
        drawSymbolLegend("▸ Enter: mentions  ≈ inferred  (2) mentions  ABCDE sources  z zoom  f source",
                         &b, x: body.x, y: body.maxY - 1, width: body.width, theme)
    }
    let rows = state.timelineRows
    let groups = state.timelineGroups
    let n = state.corpus.articles.count
    let markerWidth = min(n, max(0, r.width / 3))
    if rows.isEmpty {
        b.put(state.corpus.articles.isEmpty ? "No articles." : "No time expressions found.", x: r.x + 2, y: r.y, style: theme.warning)
        return
    }
    for i in 0..<r.height {
        let ri = state.timelineTop + i
        guard ri < rows.count else { break }
        let y = r.y + i
        // (a mention's further lines are selected with it)
        var selected = ri == state.timelineSelected
        if case .mentionLine(let gi, let mi, _) = rows[ri], rows.indices.contains(state.timelineSelected),
           rows[state.timelineSelected] == .mention(gi, mi) { selected = true }
        let base: Style = selected ? theme.selectedFocused : .plain
        if selected { b.fill(Rect(x: r.x, y: y, width: r.width, height: 1), base) }
        switch rows[ri] {
        case .mentionLine(let gi, let mi, let k):
            let lines = state.mentionLines(groups[gi].mentions[mi])
            b.put(k < lines.count ? lines[k] : "", x: r.x + 22, y: y, maxWidth: r.maxX - r.x - 23, style: base)
        case .heading(let text, let level):
            b.put((level == 0 ? "━━ " : "  ── ") + text, x: r.x + 1, y: y, maxWidth: r.width - 2, style: theme.heading)
        case .section(let text):
            b.put("━━ " + text, x: r.x + 1, y: y, maxWidth: r.width - 2, style: theme.heading)
        case .group(let gi):
            let g = groups[gi]
            let expanded = state.timelineExpanded.contains(g.key)
            let mark = (expanded ? "▾" : "▸") + (g.hasInferredAnchor ? "≈" : " ")
            let label = TextTable.fit(g.label, 14)
            var cx = r.x + 1
            cx += b.put(mark + label.padding(toWidth: 15), x: cx, y: y, maxWidth: 17, style: selected ? base : Style(bold: true))
            // Source markers on the right.
            let markersX = r.maxX - markerWidth - 1
            let sources = Set(g.mentions.map(\.article))
            for k in 0..<markerWidth {
                let on = sources.contains(k)
                // One cell per source: two-letter markers (past 62 sources) show as a dot.
                let marker = state.sourceMarker(k)
                b.put(on ? (marker.count == 1 ? marker : "•") : "·", x: markersX + k, y: y,
                      style: selected ? base : (on ? Style(fg: theme.color ? Color.allCases[1 + k % 6] : nil, bold: true) : .dim))
            }
            if n > markerWidth && sources.contains(where: { $0 >= markerWidth }) {
                b.put("+", x: markersX - 1, y: y, style: base)
            }
            // Description: the first mention's sentence around the expression.
            if let m = g.mentions.first {
                let count = g.mentions.count > 1 ? " (\(g.mentions.count))" : ""
                let width = max(0, markersX - cx - 2)
                let text = snippet(m, width: max(0, width - DisplayWidth.of(count))) + count
                b.put(text, x: cx + 1, y: y, maxWidth: width, style: base)
            }
        case .mention(let gi, let mi):
            let m = groups[gi].mentions[mi]
            let source = state.sourceMarker(m.article) + " " + TextTable.fit(state.corpus.label(m.article), 14)
            var cx = r.x + 5
            cx += b.put(source.padding(toWidth: 17), x: cx, y: y, maxWidth: 17, style: selected ? base : Style(bold: true))
            b.put(state.mentionLines(m).first ?? "", x: cx, y: y, maxWidth: r.maxX - cx - 1, style: base)
        }
    }
}

/// The sentence around a mention, starting a little before the expression when it is far in.
func snippet(_ m: TimelineMention, width: Int) -> String {
    let sentence = Array(m.sentence.unicodeScalars)
    let offset = m.span.start - m.sentenceSpan.start
    var start = 0
    if offset > width / 2 && offset < sentence.count {
        start = max(0, offset - width / 4)
        while start > 0 && sentence[start - 1] != " " { start -= 1 }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: sentence[start...])
    return (start > 0 ? "…" : "") + String(view)
}
