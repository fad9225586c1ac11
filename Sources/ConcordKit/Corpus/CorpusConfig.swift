import Yams

/// The optional `concord.yaml` at a corpus root.
public struct CorpusConfig: Sendable, Equatable {
    public var title: String?
    /// Anchor date for relative dates in articles without a publication date.
    public var anchor: CalendarDate?
    /// Commitments file, relative to the corpus root.
    public var commitments: String?
    /// Article id to the short label shown for that source (`sources:` map).
    public var sources: [String: String] = [:]

    public init(title: String? = nil, anchor: CalendarDate? = nil, commitments: String? = nil) {
        self.title = title
        self.anchor = anchor
        self.commitments = commitments
    }

    public static let fileName = "concord.yaml"
    static let knownKeys = ["title", "anchor", "commitments", "sources"]

    /// Parses the file's text. Errors carry line and column; unknown keys are warnings.
    public static func parse(_ text: String, path: String) -> (CorpusConfig, [CorpusProblem]) {
        var config = CorpusConfig()
        var problems: [CorpusProblem] = []
        let node: Node?
        switch YAMLErrors.compose(text, path: path) {
        case .success(let n): node = n
        case .failure(let p): return (config, [p])
        }
        guard let node else { return (config, problems) }
        guard let mapping = node.mapping else {
            return (config, [CorpusProblem(.error, path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1,
                                           "expected a mapping with keys \(knownKeys.joined(separator: ", "))")])
        }
        for (k, v) in mapping {
            let key = k.string ?? ""
            let mark = v.mark ?? k.mark
            let line = mark?.line ?? 1, column = mark?.column ?? 1
            if key == "sources" {
                guard let map = v.mapping else {
                    problems.append(CorpusProblem(.error, path: path, line: line, column: column,
                                                  "'sources' must map article ids to labels, e.g. 'sources: {002_b93b: Kyodo}'"))
                    continue
                }
                for (id, label) in map {
                    guard let i = id.string, let l = label.scalar?.string, !l.trimmingSpaces().isEmpty else {
                        let m = label.mark ?? id.mark
                        problems.append(CorpusProblem(.error, path: path, line: m?.line ?? line, column: m?.column ?? column,
                                                      "each entry of 'sources' is 'article-id: label'"))
                        continue
                    }
                    config.sources[i] = String(l.trimmingSpaces().prefix(40))
                }
                continue
            }
            guard let value = v.scalar?.string else {
                problems.append(CorpusProblem(.error, path: path, line: line, column: column, "'\(key)' must be a single value"))
                continue
            }
            switch key {
            case "title":
                config.title = value
            case "anchor":
                if let date = CalendarDate.parseISO(value), value.count == 10 {
                    config.anchor = date
                } else {
                    problems.append(CorpusProblem(.error, path: path, line: line, column: column,
                                                  "'anchor' must be a date YYYY-MM-DD, not '\(value)'"))
                }
            case "commitments":
                config.commitments = value
            default:
                let kl = k.mark?.line ?? line, kc = k.mark?.column ?? 1
                problems.append(CorpusProblem(.warning, path: path, line: kl, column: kc,
                                              "unknown key '\(key)' (known: \(knownKeys.joined(separator: ", "))); ignored"))
            }
        }
        return (config, problems)
    }
}
