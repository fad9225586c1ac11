/// Limits checked on YAML text before it reaches the YAML parser, whose recursive
/// descent would overflow the stack on deeply nested input (5,000 `[`).
public enum YAMLLimits {
    /// The deepest nesting of collections (flow brackets and block indentation)
    /// a front matter, `concord.yaml` or commitments file may have.
    public static let maxDepth = 64

    /// A problem at the first place the text nests deeper than `maxDepth`, with its
    /// file line (plus `lineOffset`) and column, or nil when the text is within limits.
    /// Linear in the text; never parses it.
    public static func check(_ text: String, path: String, lineOffset: Int = 0) -> CorpusProblem? {
        var line = 1, column = 0
        var flow = 0
        var indents: [Int] = []
        var atLineStart = true
        var indent = 0
        var quote: Unicode.Scalar?
        var inComment = false
        var previous: Unicode.Scalar = "\n"
        func problem(_ what: String) -> CorpusProblem {
            CorpusProblem(.error, path: path, line: line + lineOffset, column: max(column, 1),
                          "YAML nests deeper than \(maxDepth) levels (\(what)); not read")
        }
        for c in text.unicodeScalars {
            // Line breaks as YAML reads them: LF, CR (alone or before LF), NEL, LS and
            // PS. (A comment ended only at LF let "# …<CR>[[[[…" hide its brackets from
            // this check while the parser read them: found by fuzzing.)
            if c == "\n" || c == "\r" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}" {
                if !(c == "\n" && previous == "\r") { line += 1 }
                column = 0; atLineStart = true; indent = 0; inComment = false
                previous = c
                continue
            }
            column += 1
            if inComment { previous = c; continue }
            if let q = quote {
                if c == q && !(q == "\"" && previous == "\\") { quote = nil }
                previous = c
                continue
            }
            if atLineStart {
                if c == " " { indent += 1; previous = c; continue }
                if c == "-" || c == "?" {
                    // "- " opens a sequence entry one level deeper; its content sits further in.
                    indent += 1
                    previous = c
                    continue
                }
                if c == "#" { inComment = true; previous = c; continue }
                atLineStart = false
                if flow == 0 {
                    while let top = indents.last, top >= indent { indents.removeLast() }
                    indents.append(indent)
                    if indents.count > maxDepth { return problem("block indentation") }
                }
            }
            switch c {
            case "#" where previous == " " || previous == "\t":
                inComment = true
            case "'", "\"":
                // A quote opens a quoted scalar only where a scalar starts.
                if [":", "-", "[", "{", ",", "?", " ", "\t"].contains(previous) || column == 1 { quote = c }
            case "[", "{":
                flow += 1
                if flow > maxDepth { return problem("brackets") }
            case "]", "}":
                flow = max(0, flow - 1)
            default:
                break
            }
            previous = c
        }
        return nil
    }
}
