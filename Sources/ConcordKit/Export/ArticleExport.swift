import Foundation

/// The `concord articles` output.
public enum ArticleExport {
    struct ArticleJSON: Encodable {
        var id: String
        var path: String
        var title: String?
        var outlet: String?
        var authors: [String]
        var published: String?
        var words: Int
        var provenance: [String: String]
        var blocks: [BlockJSON]
        var extra: [String: String]?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(path, forKey: .path)
            try c.encode(title, forKey: .title)
            try c.encode(outlet, forKey: .outlet)
            try c.encode(authors, forKey: .authors)
            try c.encode(published, forKey: .published)
            try c.encode(words, forKey: .words)
            try c.encode(provenance, forKey: .provenance)
            try c.encode(blocks, forKey: .blocks)
            if let extra, !extra.isEmpty { try c.encode(extra, forKey: .extra) }
        }
        enum CodingKeys: String, CodingKey { case id, path, title, outlet, authors, published, words, provenance, blocks, extra }
    }

    struct BlockJSON: Encodable {
        var kind: String
        var start: Int
        var end: Int
    }

    struct Root: Encodable { var articles: [ArticleJSON] }

    public static func json(_ corpus: Corpus) -> String {
        let root = Root(articles: corpus.articles.map { a in
            var extra: [String: String] = [:]
            for (k, v) in a.metadata.extra { extra[k] = v }
            return ArticleJSON(
                id: a.id, path: a.path, title: a.metadata.title, outlet: a.metadata.outlet,
                authors: a.metadata.authors, published: a.metadata.published?.description,
                words: a.wordCount,
                provenance: a.metadata.provenance.mapValues { $0.description },
                blocks: a.blocks.map { BlockJSON(kind: $0.kind.rawValue, start: $0.span.start, end: $0.span.end) },
                extra: extra)
        })
        return JSON.encode(root)
    }

    public static func table(_ corpus: Corpus) -> TextTable {
        TextTable(
            headers: ["id", "outlet", "published", "authors", "words", "title"],
            rows: corpus.articles.map { a in
                [a.id, a.metadata.outlet ?? "unknown", a.metadata.published?.description ?? "undated",
                 a.metadata.authors.joined(separator: "; "), String(a.wordCount), a.metadata.title ?? ""]
            },
            maxWidths: [24, 22, 10, 30, 6, 60])
    }
}

/// JSON encoding with stable key order.
public enum JSON {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
