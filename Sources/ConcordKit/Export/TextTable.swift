/// Output formats shared by every subcommand.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, md
}

/// A table of strings rendered as aligned text, CSV or Markdown.
/// Text and Markdown cells are sanitized: file content never reaches the terminal raw.
public struct TextTable: Sendable {
    public var headers: [String]
    public var rows: [[String]]
    /// Maximum display width of a column in the text rendering (0 = unlimited).
    public var maxWidths: [Int]

    public init(headers: [String], rows: [[String]], maxWidths: [Int] = []) {
        self.headers = headers
        self.rows = rows
        self.maxWidths = maxWidths
    }

    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .csv: return csv()
        case .md: return markdown()
        case .table, .json: return text()
        }
    }

    public func text() -> String {
        // Each cell is sanitized and measured once.
        // Each cell is sanitized and measured once; a column with a limit is measured
        // only to just past it (its cells are cut there anyway).
        let limits = headers.indices.map { i in i < maxWidths.count && maxWidths[i] > 0 ? maxWidths[i] : Int.max }
        let cells = ([headers] + rows).map { row in row.enumerated().map { i, c -> (text: String, width: Int) in
            let clean = InertText.sanitize(c)
            return (clean, DisplayWidth.of(clean, atMost: i < limits.count ? limits[i] : Int.max))
        } }
        var widths = Array(repeating: 0, count: headers.count)
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count {
                widths[i] = min(limits[i], max(widths[i], c.width))
            }
        }
        var out = ""
        out.reserveCapacity(cells.count * (widths.reduce(0, +) + 2 * widths.count + 1))
        var line = ""
        for (r, row) in cells.enumerated() {
            line.removeAll(keepingCapacity: true)
            for (i, c) in row.enumerated() where i < widths.count {
                let fitted: (text: String, width: Int) = c.width <= widths[i] ? c : (TextTable.cut(c.text, widths[i]), -1)
                line += fitted.text
                if i < row.count - 1 {
                    let w = fitted.width >= 0 ? fitted.width : DisplayWidth.of(fitted.text)
                    let n = widths[i] - w + 2
                    line += n < TextTable.pads.count ? TextTable.pads[n] : String(repeating: " ", count: n)
                }
            }
            while line.utf8.last == UInt8(ascii: " ") { line.removeLast() }
            out += line
            out += "\n"
            if r == 0 {
                out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
            }
        }
        return out
    }

    /// Runs of 0 to 63 spaces, made once (a table pads every cell).
    static let pads: [String] = (0..<64).map { String(repeating: " ", count: $0) }

    /// Truncates to a display width, ending with an ellipsis when cut.
    public static func fit(_ s: String, _ width: Int) -> String {
        if DisplayWidth.of(s) <= width { return s }
        return cut(s, width)
    }

    /// `fit` for a string known to be wider than `width`.
    static func cut(_ s: String, _ width: Int) -> String {
        // (finds where to cut, then copies that prefix at once)
        let view = s.unicodeScalars
        var end = view.startIndex
        var w = 0
        while end != view.endIndex {
            let cw = DisplayWidth.of(view[end])
            if w + cw > width - 1 { break }
            w += cw
            view.formIndex(after: &end)
        }
        return String(view[..<end]) + "…"
    }

    public func csv() -> String {
        func field(_ raw: String) -> String {
            // Control, C1 and bidi characters are written inert, as the TUI shows them.
            let s = InertText.sanitize(raw, keepNewlines: true)
            if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        return ([headers] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    public func markdown() -> String {
        func cell(_ s: String) -> String {
            InertText.sanitize(s).replacingOccurrences(of: "|", with: "\\|")
        }
        var out = "| " + headers.map(cell).joined(separator: " | ") + " |\n"
        out += "|" + headers.map { _ in " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func range(of target: String) -> Range<Substring.Index>? {
        guard let first = target.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first, self[i...].hasPrefix(target) {
                return i..<(index(i, offsetBy: target.count))
            }
            i = index(after: i)
        }
        return nil
    }
}
