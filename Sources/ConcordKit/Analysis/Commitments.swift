import Yams

/// One row of the agreement matrix: a commitment and the term alternatives
/// that make a sentence evidence for it.
public struct Commitment: Sendable {
    public var id: String
    public var title: String
    /// A sentence supports the commitment when it contains every term of one alternative.
    public var match: [[Term]]
    /// Alternatives that veto a sentence.
    public var exclude: [[Term]]
    /// 1-based line of the entry in its file.
    public var line: Int
    /// Who makes the commitment (names; `Kenya*` is a prefix). nil: the file's
    /// `parties:`, and when that is absent, anyone.
    public var parties: [Term]?

    public init(id: String, title: String, match: [[Term]], exclude: [[Term]] = [], line: Int = 0, parties: [Term]? = nil) {
        self.id = id
        self.title = title
        self.match = match
        self.exclude = exclude
        self.line = line
        self.parties = parties
    }
}

/// A commitments file.
public struct CommitmentSet: Sendable {
    public var title: String?
    public var commitments: [Commitment]
    public var lexicon: StanceLexicon
    public var path: String?
    /// The parties of every commitment that names none of its own (empty: anyone).
    public var parties: [Term] = []

    /// The parties of a commitment (empty: anyone).
    public func parties(of c: Commitment) -> [Term] { c.parties ?? parties }

    public init(title: String? = nil, commitments: [Commitment], lexicon: StanceLexicon = .english, path: String? = nil) {
        self.title = title
        self.commitments = commitments
        self.lexicon = lexicon
        self.path = path
    }

    static let topKeys = ["title", "parties", "commitments", "cues"]
    static let entryKeys = ["id", "title", "match", "exclude", "parties"]

    /// Parses a commitments file. Errors (invalid YAML, missing id or title, bad or
    /// duplicate id, empty match) carry file:line:column; unknown keys are warnings.
    public static func parse(_ text: String, path: String) -> (CommitmentSet?, [CorpusProblem]) {
        var problems: [CorpusProblem] = []
        func error(_ node: Node?, _ message: String) {
            problems.append(CorpusProblem(.error, path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message))
        }
        func warning(_ node: Node?, _ message: String) {
            problems.append(CorpusProblem(.warning, path: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message))
        }
        let root: Node?
        switch YAMLErrors.compose(text, path: path) {
        case .success(let n): root = n
        case .failure(let p): return (nil, [p])
        }
        guard let root, let top = root.mapping else {
            return (nil, [CorpusProblem(.error, path: path, line: root?.mark?.line ?? 1, column: root?.mark?.column ?? 1,
                                        "expected a mapping with 'title' and 'commitments'")])
        }
        var set = CommitmentSet(commitments: [], path: path)
        var sawCommitments = false
        for (k, v) in top {
            switch k.string ?? "" {
            case "title":
                set.title = v.string
            case "cues":
                parseCues(v, into: &set.lexicon, error: error, warning: warning)
            case "parties":
                set.parties = parseParties(v, error: error)
            case "commitments":
                sawCommitments = true
                guard let seq = v.sequence else { error(v, "'commitments' must be a list"); continue }
                var seen: [String: Int] = [:]
                for item in seq {
                    guard let entry = item.mapping else { error(item, "each commitment must be a mapping with id, title and match"); continue }
                    var id: String?, title: String?
                    var match: [[Term]] = [], exclude: [[Term]] = []
                    var parties: [Term]?
                    var sawMatch = false
                    for (ek, ev) in entry {
                        let key = ek.string ?? ""
                        switch key {
                        case "id":
                            guard let s = ev.string, !s.isEmpty else { error(ev, "'id' must be a non-empty string"); continue }
                            if !s.unicodeScalars.allSatisfy({ ($0.value >= 97 && $0.value <= 122) || isDigit($0) || $0 == "-" }) {
                                error(ev, "id '\(s)' must use only a-z, 0-9 and '-'")
                            }
                            if let line = seen[s] { error(ev, "duplicate id '\(s)' (first at line \(line))") } else { seen[s] = ev.mark?.line ?? 0 }
                            id = s
                        case "title":
                            guard let s = ev.string, !s.trimmingSpaces().isEmpty else { error(ev, "'title' must be a non-empty string"); continue }
                            title = s
                        case "match", "exclude":
                            if key == "match" { sawMatch = true }
                            let alternatives = parseAlternatives(ev, key: key, error: error)
                            if key == "match" { match = alternatives } else { exclude = alternatives }
                        case "parties":
                            parties = parseParties(ev, error: error)
                        default:
                            warning(ek, "unknown key '\(key)' in a commitment (known: \(entryKeys.joined(separator: ", "))); ignored")
                        }
                    }
                    if id == nil { error(item, "commitment without 'id'") }
                    if title == nil { error(item, "commitment \(id.map { "'\($0)' " } ?? "")without 'title'") }
                    if !sawMatch { error(item, "commitment \(id.map { "'\($0)' " } ?? "")without 'match'") }
                    else if match.isEmpty { error(item, "commitment \(id.map { "'\($0)' " } ?? "")has an empty 'match'") }
                    if let id, let title, !match.isEmpty {
                        set.commitments.append(Commitment(id: id, title: title, match: match, exclude: exclude, line: item.mark?.line ?? 0,
                                                          parties: parties))
                    }
                }
            default:
                warning(k, "unknown key '\(k.string ?? "")' (known: \(topKeys.joined(separator: ", "))); ignored")
            }
        }
        if !sawCommitments { error(root, "no 'commitments' list") }
        let failed = problems.contains { $0.severity == .error }
        return (failed ? nil : set, problems)
    }

    /// Most alternatives in one `match:` or `exclude:`, and terms in one alternative:
    /// every alternative is tried on every sentence, so a runaway list is an error.
    public static let maxAlternatives = 256
    public static let maxTermsPerAlternative = 16

    /// `match:` is a list of alternatives; each alternative a list of terms (or one term).
    static func parseAlternatives(_ node: Node, key: String, error: (Node?, String) -> Void) -> [[Term]] {
        guard let seq = node.sequence else { error(node, "'\(key)' must be a list of term lists, e.g. [[space, dialogue]]"); return [] }
        if seq.count > maxAlternatives {
            error(node, "'\(key)' has \(seq.count) alternatives, over the limit of \(maxAlternatives); split the commitment")
            return []
        }
        var out: [[Term]] = []
        for alt in seq {
            var terms: [Term] = []
            if let inner = alt.sequence, inner.count > maxTermsPerAlternative {
                error(alt, "an alternative of '\(key)' has \(inner.count) terms, over the limit of \(maxTermsPerAlternative)")
                continue
            }
            if let inner = alt.sequence {
                for t in inner {
                    guard let s = t.string, let term = Term(s) else { error(t, "empty or non-text term in '\(key)'"); continue }
                    terms.append(term)
                }
            } else if let s = alt.string, let term = Term(s) {
                terms.append(term)
            } else {
                error(alt, "each '\(key)' alternative must be a term or a list of terms")
            }
            if terms.isEmpty { error(alt, "empty alternative in '\(key)'") } else { out.append(terms) }
        }
        return out
    }

    /// `parties:` is a list of names (terms), e.g. `[Kenya*, Ghana, Ghanaian*, Ruto, Mahama]`.
    static func parseParties(_ node: Node, error: (Node?, String) -> Void) -> [Term] {
        guard let seq = node.sequence else { error(node, "'parties' must be a list of names, e.g. [Kenya*, Ghana, Mahama]"); return [] }
        if seq.count > maxAlternatives {
            error(node, "'parties' has \(seq.count) names, over the limit of \(maxAlternatives)")
            return []
        }
        var out: [Term] = []
        for item in seq {
            guard let s = item.string, let term = Term(s) else { error(item, "each party must be a name (text)"); continue }
            out.append(term)
        }
        return out
    }

    static func parseCues(_ node: Node, into lexicon: inout StanceLexicon, error: (Node?, String) -> Void, warning: (Node?, String) -> Void) {
        guard let map = node.mapping else { error(node, "'cues' must map confirmed/hedged/contradicted to word lists"); return }
        for (k, v) in map {
            let words = (v.sequence ?? []).compactMap(\.string)
            if v.sequence == nil { error(v, "cue list must be a list of words") }
            switch k.string ?? "" {
            case "confirmed": lexicon.confirmed += words
            case "hedged": lexicon.hedged += words
            case "contradicted": lexicon.contradicted += words
            case "replace-confirmed": lexicon.confirmed = words
            case "replace-hedged": lexicon.hedged = words
            case "replace-contradicted": lexicon.contradicted = words
            default: warning(k, "unknown cue list '\(k.string ?? "")' (confirmed, hedged, contradicted, replace-…); ignored")
            }
        }
    }
}
