import ConcordKit

/// A display line of the compare view: the pair it belongs to and the wrapped pieces.
struct CompareLine {
    var pair: Int
    var left: String
    var right: String
    var first: Bool
}

extension AppState {
    public var comparePairs: [ComparePair] {
        guard corpus.articles.indices.contains(compareLeft), corpus.articles.indices.contains(compareRight) else { return [] }
        return analyses.alignment(compareLeft, compareRight)
    }

    var compareRect: Rect {
        let body = bodyRect
        return Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2))
    }

    var compareColumnWidth: Int { max(4, (compareRect.width - 5) / 2) }

    func compareLines(_ pairs: [ComparePair]) -> [CompareLine] {
        let w = compareColumnWidth
        let a = corpus.articles.indices.contains(compareLeft) ? corpus.articles[compareLeft] : nil
        let b = corpus.articles.indices.contains(compareRight) ? corpus.articles[compareRight] : nil
        var out: [CompareLine] = []
        let sa = a?.scalars ?? [], sb = b?.scalars ?? []
        for (pi, p) in pairs.enumerated() {
            let l = p.left.flatMap { s in a.map { _ in ReaderLayout.wrap(sa, s, width: w).map { sa.string($0.0..<$0.1) } } } ?? []
            let r = p.right.flatMap { s in b.map { _ in ReaderLayout.wrap(sb, s, width: w).map { sb.string($0.0..<$0.1) } } } ?? []
            for k in 0..<max(1, max(l.count, r.count)) {
                out.append(CompareLine(pair: pi, left: k < l.count ? l[k] : "", right: k < r.count ? r[k] : "", first: k == 0))
            }
        }
        return out
    }

    mutating func performCompare(_ action: Action) -> Bool {
        let n = corpus.articles.count
        let total = compareLines(comparePairs).count
        if let moved = action.moved(compareTop, page: compareRect.height - 1) {
            compareTop = max(0, min(moved, max(0, total - compareRect.height)))
            return true
        }
        switch action {
        case .compareNextLeft, .compareNextRight, .comparePreviousLeft, .comparePreviousRight:
            guard n > 1 else { return true }
            let step = action == .compareNextLeft || action == .compareNextRight ? 1 : n - 1
            if action == .compareNextLeft || action == .comparePreviousLeft {
                repeat { compareLeft = (compareLeft + step) % n } while compareLeft == compareRight
            } else {
                repeat { compareRight = (compareRight + step) % n } while compareRight == compareLeft
            }
            compareTop = 0
            message = "Comparing \(sourceMarker(compareLeft)) \(corpus.label(compareLeft)) with \(sourceMarker(compareRight)) \(corpus.label(compareRight))"
        case .pickCompareSources:
            guard n > 1 else { return true }
            overlay = .comparePick(cursor: compareLeft, side: 0)
        case .nextDifference, .previousDifference:
            // The next (or previous) pair that is not said by both, from the top line shown.
            let lines = compareLines(comparePairs)
            let pairs = comparePairs
            let starts = lines.indices.filter { lines[$0].first && pairs[lines[$0].pair].relation != .both }
            guard !starts.isEmpty else { message = "No differences between these two sources"; return true }
            let target = action == .nextDifference ? (starts.first { $0 > compareTop } ?? starts[0])
                                                   : (starts.last { $0 < compareTop } ?? starts[starts.count - 1])
            compareTop = target
            let k = (starts.firstIndex(of: target) ?? 0) + 1
            message = "Difference \(k) of \(starts.count)"
        case .back: break
        default: return false
        }
        compareTop = max(0, min(compareTop, max(0, total - compareRect.height)))
        return true
    }
}

func drawCompareView(_ state: AppState, _ b: inout Buffer, _ theme: Theme) {
    let body = state.bodyRect
    guard state.corpus.articles.count >= 2 else {
        b.put("Compare needs at least two articles.", x: body.x + 2, y: body.y + 1, style: theme.warning)
        return
    }
    let pairs = state.comparePairs
    let r = state.compareRect
    let w = state.compareColumnWidth
    let la = state.corpus.articles[state.compareLeft], ra = state.corpus.articles[state.compareRight]
    let counts = Dictionary(grouping: pairs, by: \.relation).mapValues(\.count)
    let summary = "= \(counts[.both] ?? 0) both  ≠ \(counts[.disagree] ?? 0) disagree  < \(counts[.onlyLeft] ?? 0) only left  > \(counts[.onlyRight] ?? 0) only right   [ ] { } sources, d next difference"
    b.put(summary, x: body.x + 1, y: body.y, maxWidth: body.width - 2, style: .dim)
    b.fill(Rect(x: body.x, y: body.y + 1, width: body.width, height: 1), theme.header)
    b.put(state.sourceMarker(state.compareLeft) + " " + state.corpus.label(state.compareLeft) + " · " + (la.metadata.title ?? la.id), x: r.x + 1, y: body.y + 1, maxWidth: w, style: theme.header)
    b.put(state.sourceMarker(state.compareRight) + " " + state.corpus.label(state.compareRight) + " · " + (ra.metadata.title ?? ra.id), x: r.x + w + 4, y: body.y + 1, maxWidth: w, style: theme.header)
    let lines = state.compareLines(pairs)
    for i in 0..<r.height {
        let li = state.compareTop + i
        guard li < lines.count else { break }
        let line = lines[li]
        let y = r.y + i
        let relation = pairs[line.pair].relation
        let mark: String
        let style: Style
        switch relation {
        case .both: mark = "="; style = .plain
        case .disagree: mark = "≠"; style = theme.color ? Style(fg: .red, bold: true) : Style(bold: true, underline: true)
        case .onlyLeft: mark = "<"; style = theme.color ? Style(fg: .cyan) : .plain
        case .onlyRight: mark = ">"; style = theme.color ? Style(fg: .cyan) : .plain
        }
        if line.first { b.put(mark, x: r.x + w + 2, y: y, style: Style(bold: true)) } else { b.put("│", x: r.x + w + 2, y: y, style: .dim) }
        if relation == .disagree, let ls = pairs[line.pair].left, let rs = pairs[line.pair].right {
            // Only the words that differ are marked; the rest reads plainly.
            let leftWords = CompareAligner.comparableWords(la, ls), rightWords = CompareAligner.comparableWords(ra, rs)
            putMarkingDifferences(line.left, other: rightWords, &b, x: r.x + 1, y: y, width: w, marked: style)
            putMarkingDifferences(line.right, other: leftWords, &b, x: r.x + w + 4, y: y, width: w, marked: style)
        } else {
            b.put(line.left, x: r.x + 1, y: y, maxWidth: w, style: relation == .onlyRight ? .dim : style)
            b.put(line.right, x: r.x + w + 4, y: y, maxWidth: w, style: relation == .onlyLeft ? .dim : style)
        }
    }
}

/// Draws a line of a ≠ pair word by word: words the other sentence lacks in the
/// marked style, everything else plain.
func putMarkingDifferences(_ text: String, other: Set<String>, _ b: inout Buffer, x: Int, y: Int, width: Int, marked: Style) {
    var used = 0
    var segment = String.UnicodeScalarView()
    var inWord = false
    func flush() {
        guard !segment.isEmpty, used < width else { segment = String.UnicodeScalarView(); return }
        let s = String(segment)
        let style = inWord && !CompareAligner.isShared(s, in: other) ? marked : Style.plain
        used += b.put(s, x: x + used, y: y, maxWidth: width - used, style: style)
        segment = String.UnicodeScalarView()
    }
    for c in text.unicodeScalars {
        let isWordChar = c.properties.isAlphabetic || c.properties.numericType != nil
        if isWordChar != inWord { flush(); inWord = isWordChar }
        segment.append(c)
    }
    flush()
}

extension AppState {
    /// Compare's picker: j/k move, Enter takes the source under the cursor for the
    /// left side, then for the right (not the left one again); q or Esc close it.
    mutating func handleComparePicker(_ cursor: Int, _ side: Int, _ key: Key) {
        let n = corpus.articles.count
        var cursor = cursor
        switch key {
        case .char("Q"): overlay = nil; shouldQuit = true; return
        case .char("q"), .escape: overlay = nil; return
        case .down, .char("j"): cursor = min(n - 1, cursor + 1)
        case .up, .char("k"): cursor = max(0, cursor - 1)
        case .char("g"), .home: cursor = 0
        case .char("G"), .end: cursor = max(0, n - 1)
        case .enter, .char(" "):
            if side == 0 {
                compareLeft = cursor
                if compareRight == compareLeft { compareRight = (compareLeft + 1) % max(1, n) }
                overlay = .comparePick(cursor: compareRight, side: 1)
                return
            }
            guard cursor != compareLeft else { message = "Pick another source than the left one"; return }
            compareRight = cursor
            overlay = nil
            compareTop = 0
            message = "Comparing \(sourceMarker(compareLeft)) \(corpus.label(compareLeft)) with \(sourceMarker(compareRight)) \(corpus.label(compareRight))"
            return
        default: return
        }
        overlay = .comparePick(cursor: cursor, side: side)
    }
}
