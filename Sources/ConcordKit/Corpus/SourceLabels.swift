import Foundation

/// Short labels a person recognises for each source: a `label:` from the front
/// matter or `sources:` in concord.yaml; else the outlet (without one: the first
/// author's surname, or the file name), and
/// where several sources share it, a disambiguator: the publication date, else
/// the first author's surname, else the title's first words, else a number.
public enum SourceLabels {
    public static let maxLength = 32

    public static func make(_ articles: [Article], config: CorpusConfig) -> [String] {
        var labels = articles.map { a -> String in
            if let l = config.sources[a.id] ?? a.metadata.label, !l.isEmpty { return clip(InertText.sanitize(l)) }
            // No outlet: the first author's surname, else the file's name (as the user named it).
            let base = a.metadata.outlet ?? a.metadata.authors.first.map(surname) ?? shortId(a.id)
            return clip(InertText.sanitize(base))
        }
        let explicit = articles.map { config.sources[$0.id] != nil || $0.metadata.label != nil }
        // Disambiguate groups that share a label, one step at a time.
        let steps: [(Article) -> String?] = [
            { $0.metadata.published?.description },
            { $0.metadata.authors.first.map(surname) },
            { $0.metadata.title.map(firstWords) },
        ]
        var group = groups(labels, explicit)
        for step in steps where !group.isEmpty {
            for members in group {
                let extras = members.map { step(articles[$0]) }
                // A step helps a group only if it tells at least two of its members apart.
                guard Set(extras.compactMap { $0 }).count >= 2 else { continue }
                for (k, i) in members.enumerated() {
                    if let extra = extras[k] { labels[i] = clip(labels[i] + " " + InertText.sanitize(extra)) }
                }
            }
            group = groups(labels, explicit)
        }
        for members in group {
            for (k, i) in members.enumerated() { labels[i] = clip(labels[i]) + " #\(k + 1)" }
        }
        return labels
    }

    /// Indices of non-explicit labels that are shared, grouped by label.
    static func groups(_ labels: [String], _ explicit: [Bool]) -> [[Int]] {
        var byLabel: [String: [Int]] = [:]
        for (i, l) in labels.enumerated() where !explicit[i] { byLabel[foldCase(l), default: []].append(i) }
        return byLabel.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// A label's case-folded form for grouping; ASCII without Unicode's case tables
    /// (a second open of a large corpus groups every label several times).
    static func foldCase(_ s: String) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            if b >= 0x80 { return s.lowercased() }
            bytes.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A file id without a long hash suffix or folders: "000_15758e6d18e…" stays
    /// recognisable as "000", "news/AP900815-0044" as "AP900815-0044".
    static func shortId(_ id: String) -> String {
        let name = id.split(separator: "/").last.map(String.init) ?? id
        if let underscore = name.firstIndex(of: "_") {
            let tail = name[name.index(after: underscore)...]
            if tail.count >= 12, tail.allSatisfy({ $0.isHexDigit }) { return String(name[..<underscore]) }
        }
        return name
    }

    static func surname(_ name: String) -> String { name.split(separator: " ").last.map(String.init) ?? name }

    static func firstWords(_ title: String) -> String {
        let words = title.split(separator: " ", maxSplits: 3).prefix(3).joined(separator: " ")
        return words.utf8.count < title.utf8.count ? words + "…" : words
    }

    static func clip(_ s: String) -> String {
        // (no more bytes than the limit: no more characters either, without counting them)
        s.utf8.count <= maxLength || s.count <= maxLength ? s : String(s.prefix(maxLength - 1)) + "…"
    }
}
