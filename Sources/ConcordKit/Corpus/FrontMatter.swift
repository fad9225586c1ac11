import Yams

/// The result of splitting a file into front matter and body.
struct SplitFile {
    var frontMatterText: String?
    /// 1-based file line of the first front-matter line after the opening `---`.
    var frontMatterFirstLine: Int
    /// Scalar offset in the file where the body begins.
    var bodyStart: Int
    /// Number of file lines before the body.
    var bodyLineOffset: Int
    var problem: CorpusProblem?
}

enum FrontMatter {
    /// The longest front-matter value kept (in Unicode scalars); a longer one is cut and reported.
    public static let maxValueLength = 4096

    /// Finds a front-matter block: a first line `---`, then lines up to a closing `---` (or `...`) line.
    static func split(_ s: [Unicode.Scalar], path: String) -> SplitFile {
        var start = 0
        if s.first == "\u{FEFF}" { start = 1 }
        func lineEnd(_ i: Int) -> Int {
            var j = i
            while j < s.count && s[j] != "\n" { j += 1 }
            return j
        }
        func isFence(_ a: Int, _ b: Int, dotsAllowed: Bool) -> Bool {
            var b = b
            while b > a && (s[b - 1] == "\r" || s[b - 1] == " " || s[b - 1] == "\t") { b -= 1 }
            guard b - a == 3 else { return false }
            return (s[a] == "-" && s[a + 1] == "-" && s[a + 2] == "-") ||
                (dotsAllowed && s[a] == "." && s[a + 1] == "." && s[a + 2] == ".")
        }
        let firstEnd = lineEnd(start)
        guard isFence(start, firstEnd, dotsAllowed: false) else {
            return SplitFile(frontMatterText: nil, frontMatterFirstLine: 1, bodyStart: start, bodyLineOffset: 0)
        }
        var line = 2
        var i = firstEnd + 1
        let contentStart = i
        while i <= s.count {
            let e = lineEnd(i)
            if i < s.count && isFence(i, e, dotsAllowed: true) {
                let text = s.string(contentStart..<i)
                return SplitFile(frontMatterText: text, frontMatterFirstLine: 2, bodyStart: min(e + 1, s.count),
                                 bodyLineOffset: line)
            }
            if e >= s.count { break }
            i = e + 1
            line += 1
        }
        // No closing fence: keep every line as body so nothing is lost.
        let problem = CorpusProblem(.error, path: path, line: 1, column: 1,
                                    "front matter opened with '---' is never closed; the whole file is read as the body")
        return SplitFile(frontMatterText: nil, frontMatterFirstLine: 1, bodyStart: start, bodyLineOffset: 0,
                         problem: problem)
    }

    /// Parses front-matter YAML into metadata. Problems carry file line and column.
    static func parse(_ text: String, firstLine: Int, path: String) -> (Metadata, [CorpusProblem]) {
        var metadata = Metadata()
        var problems: [CorpusProblem] = []
        if text.unicodeScalars.allSatisfy({ isSpace($0) }) { return (metadata, problems) }
        var node: Node?
        switch YAMLErrors.compose(text, path: path, lineOffset: firstLine - 1) {
        case .success(let n): node = n
        case .failure(let p):
            // Front matter written by hand or by a script is often plain "key: value"
            // lines with a colon in a value ("title: Morocco earthquake: villages
            // flattened"), which YAML refuses. Such lines are read as they stand, each
            // value as text, with a warning; anything else stays an error.
            // (a limit, such as nesting too deep, stays an error)
            guard YAMLLimits.check(text, path: path, lineOffset: firstLine - 1) == nil, let plain = lineByLine(text),
                  case .success(let n) = YAMLErrors.compose(plain, path: path, lineOffset: firstLine - 1) else {
                return (metadata, problems + [p])
            }
            node = n
            problems.append(CorpusProblem(.warning, path: p.path, line: p.line, column: p.column,
                                          "\(p.message); read as plain 'key: value' lines (quote a value that holds ': ')"))
        }
        guard let mapping = node?.mapping else {
            let mark = node?.mark
            problems.append(CorpusProblem(.error, path: path, line: (mark?.line ?? 1) + firstLine - 1,
                                          column: mark?.column ?? 1, "front matter must be a mapping of 'key: value' lines"))
            return (metadata, problems)
        }
        // (the fields that a key of their own fills, which their other names then leave alone)
        var ownKeyFields = Set<String>()
        for (keyNode, _) in mapping { if let f = FrontMatter.knownKeys[keyNode.string ?? ""] { ownKeyFields.insert(f) } }
        for (keyNode, valueNode) in mapping {
            let written = keyNode.string ?? ""
            // A field's other names (as clippers and site generators write them) fill
            // it only when its own key has not; what they do not fill is kept as extra.
            var key = fieldName(written, value: valueNode.scalar?.string)
            if key != written, FrontMatter.knownKeys[written] == nil,
               metadata.provenance[key] != nil || ownKeyFields.contains(key) {
                key = written
            }
            let isAlias = key != written && FrontMatter.knownKeys[written] == nil
            let line = (keyNode.mark?.line ?? 1) + firstLine - 1
            let column = keyNode.mark?.column ?? 1
            func scalarValue() -> String? {
                if let s = valueNode.scalar?.string {
                    // A runaway value (a whole article pasted into 'title:') is cut and reported.
                    if s.unicodeScalars.count > FrontMatter.maxValueLength {
                        let vline = (valueNode.mark?.line ?? 1) + firstLine - 1
                        problems.append(CorpusProblem(.warning, path: path, line: vline, column: valueNode.mark?.column ?? 1,
                            "'\(key)' is \(s.unicodeScalars.count) characters long, over the limit of \(FrontMatter.maxValueLength); cut"))
                        return String(String.UnicodeScalarView(s.unicodeScalars.prefix(FrontMatter.maxValueLength))) + "…"
                    }
                    return s
                }
                problems.append(CorpusProblem(.error, path: path, line: line, column: column,
                                              "'\(key)' must be a single value"))
                return nil
            }
            switch key {
            case "title", "outlet", "url", "language", "place", "label":
                guard let v = scalarValue() else { continue }
                let value = v.trimmingSpaces()
                if value.isEmpty { continue }
                switch key {
                case "title": metadata.title = value
                case "outlet": metadata.outlet = value
                case "url": metadata.url = value
                case "place": metadata.place = value
                case "label": metadata.label = value
                default: metadata.language = value
                }
                metadata.provenance[key] = .frontMatter(line: line)
            case "authors", "author":
                if let seq = valueNode.sequence {
                    metadata.authors = seq.compactMap { $0.string.map(unlinked) }.filter { !$0.isEmpty }
                } else if let v = scalarValue() {
                    metadata.authors = splitAuthors(v).map(unlinked)
                }
                if metadata.authors.count > 64 || metadata.authors.contains(where: { $0.unicodeScalars.count > 200 }) {
                    problems.append(CorpusProblem(.warning, path: path, line: line, column: column,
                                                  "'\(key)' lists \(metadata.authors.count) names or very long ones; kept the first 64, each cut to 200 characters"))
                    metadata.authors = metadata.authors.prefix(64).map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(200))) }
                }
                metadata.provenance["authors"] = .frontMatter(line: line)
            case "published", "date":
                guard let v = scalarValue() else { continue }
                if let date = CalendarDate.parseISO(v.trimmingSpaces()) ?? FeedReader.parseDate(v) {
                    metadata.published = date
                    metadata.provenance["published"] = .frontMatter(line: line)
                } else if isAlias && FrontMatter.knownKeys[foldedKey(written)] == nil {
                    // (another program's date field in a form Concord does not read is kept as it is)
                    metadata.extra.append((written, v))
                } else {
                    let valueMark = valueNode.mark
                    problems.append(CorpusProblem(.error, path: path,
                                                  line: (valueMark?.line ?? 1) + firstLine - 1,
                                                  column: valueMark?.column ?? column,
                                                  "'\(written)' must be a date YYYY-MM-DD, an ISO 8601 date-time or a day, month name and year, not '\(v)'"))
                }
            default:
                let value: String
                if valueNode.scalar != nil, let v = scalarValue() { value = v }
                else if let seq = valueNode.sequence { value = seq.compactMap { $0.string }.joined(separator: ", ") }
                else { value = "…" }
                metadata.extra.append((key, value))
            }
        }
        return (metadata, problems)
    }

    /// The keys Concord reads, each with the field it fills.
    static let knownKeys: [String: String] = [
        "title": "title", "outlet": "outlet", "url": "url", "language": "language", "place": "place",
        "label": "label", "authors": "authors", "author": "authors", "published": "published", "date": "published",
    ]

    /// Other names for the fields, as web clippers, note tools and static-site
    /// generators write them; compared with letter case, `_` and `-` ignored.
    /// (`source` is the page's address when its value is one, else the outlet.)
    static let fieldAliases: [String: String] = [
        "headline": "title",
        "publisher": "outlet", "publication": "outlet", "sitename": "outlet", "site": "outlet",
        "newspaper": "outlet", "source": "outlet",
        "byline": "authors", "creator": "authors",
        "pubdate": "published", "publishdate": "published", "datepublished": "published",
        "publishedat": "published", "publishedon": "published", "publishedtime": "published",
        "publicationdate": "published",
        "link": "url", "canonical": "url", "canonicalurl": "url", "sourceurl": "url", "originalurl": "url",
        "lang": "language", "locale": "language",
        "location": "place",
    ]

    /// The key a front-matter key is read as: a known key as written; else, when
    /// the key (case, `_` and `-` ignored) is a known key or another name for one,
    /// that field's key; else the key as written (kept as extra).
    static func fieldName(_ key: String, value: String?) -> String {
        if knownKeys[key] != nil { return key }
        let folded = foldedKey(key)
        if let k = knownKeys[folded] { return k }
        guard var field = fieldAliases[folded] else { return key }
        if folded == "source", let v = value?.trimmingSpaces().lowercased(),
           v.hasPrefix("http://") || v.hasPrefix("https://") || v.hasPrefix("www.") { field = "url" }
        return field
    }

    /// A key in lower case without `_` and `-`.
    static func foldedKey(_ key: String) -> String {
        String(String.UnicodeScalarView(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" }))
    }

    /// A name without the wiki-link brackets that note tools put round it
    /// (`[[Jane Doe]]`, `[[Jane Doe|Doe]]` → the text shown).
    static func unlinked(_ name: String) -> String {
        var t = name.trimmingSpaces()
        guard t.hasPrefix("[["), t.hasSuffix("]]"), t.count > 4 else { return t }
        t = String(t.dropFirst(2).dropLast(2))
        if let bar = t.lastIndex(of: "|") { t = String(t[t.index(after: bar)...]) }
        return t.trimmingSpaces()
    }

    /// The front matter as YAML with every value quoted, when each line is a plain
    /// `key: value` line (or blank, or a comment); else nil.
    static func lineByLine(_ text: String) -> String? {
        var out: [String] = []
        var sawColonValue = false
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { out.append(""); continue }
            guard let colon = line.firstIndex(of: ":"), let first = line.unicodeScalars.first,
                  first.properties.isAlphabetic || first == "_" else { return nil }
            let key = line[..<colon]
            guard key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }) else { return nil }
            let rest = line[line.index(after: colon)...]
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            var value = String(rest).trimmingSpaces()
            if value.contains(": ") { sawColonValue = true }
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q { value = String(value.dropFirst().dropLast()) }
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            out.append(value.isEmpty ? "\(key):" : "\(key): \"\(escaped)\"")
        }
        // (only the case it is for: a value with a colon and a space in it; an unclosed
        // bracket or quote is a typo to report, not to read around)
        return sawColonValue ? out.joined(separator: "\n") : nil
    }

    static func splitAuthors(_ text: String) -> [String] {
        var parts: [String] = []
        for chunk in text.split(separator: ",") {
            for name in chunk.components(separatedBy: " and ") {
                let t = name.trimmingSpaces()
                if !t.isEmpty { parts.append(t) }
            }
        }
        return parts
    }
}

enum YAMLErrors {
    /// Checks the nesting limit, then composes the YAML: the node (nil for an empty
    /// document), or the problem that stopped it, with its file line and column.
    static func compose(_ text: String, path: String, lineOffset: Int = 0) -> Result<Node?, CorpusProblem> {
        if let deep = YAMLLimits.check(text, path: path, lineOffset: lineOffset) { return .failure(deep) }
        do {
            return .success(try Yams.compose(yaml: text))
        } catch {
            return .failure(problem(from: error, path: path, lineOffset: lineOffset))
        }
    }

    /// Converts a Yams error into a problem with a file line and column.
    static func problem(from error: Error, path: String, lineOffset: Int) -> CorpusProblem {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _):
                let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                return CorpusProblem(.error, path: path, line: mark.line + lineOffset, column: mark.column,
                                     "invalid YAML: \(what)")
            case .parser(let context, let problem, let mark, _):
                let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                return CorpusProblem(.error, path: path, line: mark.line + lineOffset, column: mark.column,
                                     "invalid YAML: \(what)")
            case .composer(let context, let problem, let mark, _):
                let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
                return CorpusProblem(.error, path: path, line: mark.line + lineOffset, column: mark.column,
                                     "invalid YAML: \(what)")
            default:
                return CorpusProblem(.error, path: path, line: 1 + lineOffset, column: 1, "invalid YAML: \(yaml)")
            }
        }
        return CorpusProblem(.error, path: path, line: 1 + lineOffset, column: 1, "invalid YAML: \(error)")
    }
}
