import Foundation
import Yams

/// What an analyst decided about a matrix cell: checked and right, or wrong.
public enum CellMark: String, Sendable, CaseIterable {
    case verified, wrong
}

/// The analyst's word on one cell (one commitment in one source): a mark, a stance
/// of their own that overrides the computed one, and a note.
public struct CellAnnotation: Equatable, Sendable {
    public var mark: CellMark?
    public var stance: Stance?
    public var note: String?

    public init(mark: CellMark? = nil, stance: Stance? = nil, note: String? = nil) {
        self.mark = mark
        self.stance = stance
        self.note = note
    }

    public var isEmpty: Bool { mark == nil && stance == nil && (note ?? "").isEmpty }
}

/// The analyst's annotations of a corpus, kept in `concord-notes.yaml` at the
/// corpus root: a file of the user's, next to their articles, written whole on every
/// change (to a temporary file first, then renamed over the old one), so that a
/// crash never leaves half a file. Cells are named by commitment id and article id,
/// so the notes survive new articles, re-sorting and a reload.
public struct Annotations: Equatable, Sendable {
    public static let fileName = "concord-notes.yaml"
    /// The longest note kept (characters).
    public static let maxNote = 4_000

    private(set) var cells: [Key: CellAnnotation] = [:]

    struct Key: Hashable, Sendable, Comparable {
        var commitment: String
        var source: String
        static func < (a: Key, b: Key) -> Bool { (a.commitment, a.source) < (b.commitment, b.source) }
    }

    public init() {}

    public var isEmpty: Bool { cells.isEmpty }
    public var count: Int { cells.count }

    public func annotation(commitment: String, source: String) -> CellAnnotation? {
        cells[Key(commitment: commitment, source: source)]
    }

    /// Sets (or, when empty, removes) a cell's annotation.
    public mutating func set(_ annotation: CellAnnotation, commitment: String, source: String) {
        var a = annotation
        if let note = a.note {
            let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
            a.note = trimmed.isEmpty ? nil : String(trimmed.prefix(Annotations.maxNote))
        }
        let key = Key(commitment: commitment, source: source)
        if a.isEmpty { cells[key] = nil } else { cells[key] = a }
    }

    /// Every annotated cell, by commitment id then source id.
    public var all: [(commitment: String, source: String, annotation: CellAnnotation)] {
        cells.keys.sorted().map { ($0.commitment, $0.source, cells[$0]!) }
    }

    /// The file's text: a comment, then one entry per cell, in a stable order.
    public func yaml() -> String {
        var out = "# Concord: the analyst's marks, stances and notes on the agreement matrix.\n"
        out += "# Edited by Concord (v, x, = and m in the matrix); safe to edit by hand.\n"
        out += "cells:" + (cells.isEmpty ? " []\n" : "\n")
        for (c, s, a) in all {
            out += "  - commitment: \(Annotations.quote(c))\n    source: \(Annotations.quote(s))\n"
            if let m = a.mark { out += "    mark: \(m.rawValue)\n" }
            if let st = a.stance { out += "    stance: \(st.rawValue)\n" }
            if let n = a.note { out += "    note: \(Annotations.quote(n))\n" }
        }
        return out
    }

    /// A YAML double-quoted string (every control character escaped).
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x80...0x9F).contains(u.value) || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04X", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    static let entryKeys = ["commitment", "source", "mark", "stance", "note"]

    /// Parses the file. Errors carry line and column; unknown keys are warnings.
    public static func parse(_ text: String, path: String) -> (Annotations, [CorpusProblem]) {
        var result = Annotations()
        var problems: [CorpusProblem] = []
        let node: Node?
        switch YAMLErrors.compose(text, path: path) {
        case .success(let n): node = n
        case .failure(let p): return (result, [p])
        }
        guard let node else { return (result, []) }
        func problem(_ n: Node?, _ message: String, _ severity: CorpusProblem.Severity = .error) {
            problems.append(CorpusProblem(severity, path: path, line: n?.mark?.line ?? 1, column: n?.mark?.column ?? 1, message))
        }
        guard let mapping = node.mapping, let cells = mapping["cells"] else {
            problem(node, "expected a mapping with the key 'cells' (a list of annotated cells)")
            return (result, problems)
        }
        for (k, _) in mapping where k.string != "cells" { problem(k, "unknown key '\(k.string ?? "?")'; ignored", .warning) }
        guard let list = cells.sequence else {
            problem(cells, "'cells' must be a list")
            return (result, problems)
        }
        for entry in list {
            guard let map = entry.mapping else { problem(entry, "each cell is a mapping with 'commitment' and 'source'"); continue }
            var commitment: String?, source: String?
            var a = CellAnnotation()
            var ok = true
            for (k, v) in map {
                let key = k.string ?? ""
                guard let value = v.scalar?.string else { problem(v, "'\(key)' must be a single value"); ok = false; continue }
                switch key {
                case "commitment": commitment = value
                case "source": source = value
                case "mark":
                    guard let m = CellMark(rawValue: value) else {
                        problem(v, "'mark' is verified or wrong, not '\(value)'"); ok = false; continue
                    }
                    a.mark = m
                case "stance":
                    guard let st = Stance(rawValue: value) else {
                        problem(v, "'stance' is one of \(Stance.allCases.map(\.rawValue).joined(separator: ", ")), not '\(value)'"); ok = false; continue
                    }
                    a.stance = st
                case "note": a.note = value
                default: problem(k, "unknown key '\(key)' (known: \(entryKeys.joined(separator: ", "))); ignored", .warning)
                }
            }
            guard ok else { continue }
            guard let c = commitment, !c.isEmpty, let s = source, !s.isEmpty else {
                problem(entry, "a cell needs both 'commitment' and 'source'"); continue
            }
            result.set(a, commitment: c, source: s)
        }
        return (result, problems)
    }

    /// The corpus's annotations file, or none. A file that cannot be read or parsed
    /// gives errors (and is never written over).
    public static func load(corpusRoot: String) -> (Annotations, [CorpusProblem]) {
        let path = (corpusRoot as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return (Annotations(), []) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (Annotations(), [CorpusProblem(.error, path: path, "cannot be read (permission denied or not a file)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (Annotations(), [CorpusProblem(.error, path: path, line: 1, column: 1, "not valid UTF-8")])
        }
        return parse(text, path: path)
    }

    /// Writes the file: to a temporary file beside it, then renamed over it.
    public func save(corpusRoot: String) throws {
        let path = (corpusRoot as NSString).appendingPathComponent(Annotations.fileName)
        let temporary = (corpusRoot as NSString).appendingPathComponent(".\(Annotations.fileName).\(getpid()).tmp")
        try Data(yaml().utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CorpusError.unreadable(path, "could not be written (\(reason))")
        }
    }
}
