import ConcordKit

/// One display line of the reader.
public enum ReaderLine: Equatable, Sendable {
    /// A metadata or label line.
    case meta(String, Style)
    /// Body scalars `start..<end` of a block of this kind.
    case body(start: Int, end: Int, kind: BlockKind)
    case blank

    /// The body offset a line starts at, for keeping the position across rewraps.
    var anchor: Int? {
        if case .body(let start, _, _) = self { return start }
        return nil
    }
}

/// An article wrapped to a width: metadata header, then each visible block.
public struct ReaderLayout: Equatable, Sendable {
    public var articleIndex: Int
    public var width: Int
    public var showBoilerplate: Bool
    public var lines: [ReaderLine]

    public init(article: Article, index: Int, width: Int, showBoilerplate: Bool) {
        articleIndex = index
        self.width = width
        self.showBoilerplate = showBoilerplate
        var lines: [ReaderLine] = []
        let m = article.metadata
        let w = max(1, width)
        func meta(_ label: String, _ value: String?, _ field: String) {
            let source = m.provenance[field].map { " (\($0.description))" } ?? ""
            let text = "\(label): \(value ?? "unknown")\(value == nil ? "" : source)"
            for piece in ReaderLayout.wrapPlain(text, width: w) { lines.append(.meta(piece, .dim)) }
        }
        for piece in ReaderLayout.wrapPlain(m.title ?? article.id, width: w) { lines.append(.meta(piece, .bold)) }
        meta("Outlet", m.outlet, "outlet")
        meta("Published", m.published?.description, "published")
        meta("Authors", m.authors.isEmpty ? nil : m.authors.joined(separator: ", "), "authors")
        if let url = m.url { meta("URL", url, "url") }
        if let lang = m.language { meta("Language", lang, "language") }
        for (k, v) in m.extra {
            for piece in ReaderLayout.wrapPlain("\(k): \(v)", width: w) { lines.append(.meta(piece, .dim)) }
        }
        lines.append(.meta("File: \(article.path) · \(article.wordCount) words", .dim))
        lines.append(.meta(String(repeating: "─", count: min(w, 60)), .dim))
        var hidden = 0
        let scalars = article.scalars
        for block in article.blocks {
            if block.kind == .boilerplate && !showBoilerplate { hidden += 1; continue }
            lines.append(.blank)
            if block.kind == .boilerplate || block.kind == .byline || block.kind == .dateline || block.kind == .caption {
                lines.append(.meta("[\(block.kind.rawValue)]", .dim))
            }
            for (a, b) in ReaderLayout.wrap(scalars, block.span, width: w) {
                lines.append(.body(start: a, end: b, kind: block.kind))
            }
        }
        if hidden > 0 {
            lines.append(.blank)
            lines.append(.meta("(\(hidden) boilerplate block\(hidden == 1 ? "" : "s") hidden; B shows them)", .dim))
        }
        self.lines = lines
    }

    /// The index of the line containing body offset `offset` (or the nearest after it).
    public func lineIndex(forOffset offset: Int) -> Int? {
        var best: Int?
        for (i, line) in lines.enumerated() {
            if case .body(let a, let b, _) = line {
                if offset >= a && offset < b { return i }
                if a >= offset && best == nil { best = i }
            }
        }
        return best
    }

    /// Word-wraps body scalars `span` into line ranges no wider than `width` columns.
    public static func wrap(_ s: [Unicode.Scalar], _ span: Span, width: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var lineStart = span.start
        var col = 0
        var lastBreak = -1      // index just after a space where a line may break
        var colAtBreak = 0
        var i = span.start
        while i < span.end {
            let c = s[i]
            let w = InertText.needsReplacement(c) ? (c.value < 0x80 ? 2 : 1) : DisplayWidth.of(c)
            while col + w > width && i > lineStart {
                if lastBreak > lineStart {
                    out.append((lineStart, lastBreak))
                    lineStart = lastBreak
                    col -= colAtBreak
                } else {
                    out.append((lineStart, i))
                    lineStart = i
                    col = 0
                }
                lastBreak = -1
            }
            col += w
            if c == " " || c == "\u{2014}" || c == "-" || c == "/" {
                lastBreak = i + 1
                colAtBreak = col
            }
            i += 1
        }
        if lineStart < span.end || out.isEmpty { out.append((lineStart, span.end)) }
        return out
    }

    /// Wraps a plain string to a width.
    public static func wrapPlain(_ text: String, width: Int) -> [String] {
        let s = Array(text.unicodeScalars)
        return wrap(s, Span(0, s.count), width: width).map { s.string($0.0..<$0.1) }
    }
}

extension Array where Element == Unicode.Scalar {
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range])
        return String(view)
    }
}
