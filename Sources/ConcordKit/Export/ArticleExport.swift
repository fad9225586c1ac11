import Foundation

/// The `concord articles` output.
public enum ArticleExport {
    struct ArticleJSON: Encodable {
        var id: String
        var label: String
        var path: String
        @ExplicitNull var title: String?
        @ExplicitNull var outlet: String?
        var authors: [String]
        @ExplicitNull var url: String?
        @ExplicitNull var language: String?
        @ExplicitNull var place: String?
        @ExplicitNull var published: String?
        var words: Int
        var provenance: [String: String]
        var blocks: [BlockJSON]
        /// Written only when the front matter has extra keys.
        var extra: [String: String]?
    }

    struct BlockJSON: Encodable {
        var kind: String
        var start: Int
        var end: Int
    }

    struct Root: Encodable { var articles: [ArticleJSON] }

    public static func json(_ corpus: Corpus) -> String {
        let root = Root(articles: corpus.articles.enumerated().map { index, a in
            var extra: [String: String] = [:]
            for (k, v) in a.metadata.extra { extra[k] = v }
            return ArticleJSON(
                id: a.id, label: corpus.label(index), path: a.path, title: a.metadata.title, outlet: a.metadata.outlet,
                authors: a.metadata.authors, url: a.metadata.url, language: a.metadata.language, place: a.metadata.place, published: a.metadata.published?.description,
                words: a.wordCount,
                provenance: a.metadata.provenance.mapValues { $0.description },
                blocks: a.blocks.map { BlockJSON(kind: $0.kind.rawValue, start: $0.span.start, end: $0.span.end) },
                extra: extra.isEmpty ? nil : extra)
        })
        return JSON.encode(root)
    }

    public static func table(_ corpus: Corpus) -> TextTable {
        TextTable(
            headers: ["id", "label", "published", "authors", "words", "title"],
            rows: corpus.articles.enumerated().map { index, a in
                [a.id, corpus.label(index), a.metadata.published?.description ?? "undated",
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
        return escapeTerminalControls(String(decoding: data, as: UTF8.self))
    }

    /// JSONEncoder escapes C0 controls but writes C1 (U+0080–U+009F), bidi and line
    /// separator characters raw, which a terminal may act on. They can only occur
    /// inside strings, where `\uXXXX` is the same text: the JSON decodes to the same
    /// values and is inert on screen.
    static func escapeTerminalControls(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && InertText.needsReplacement($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for c in json.unicodeScalars {
            if c.value >= 0x7F && InertText.needsReplacement(c) {
                let hex = String(c.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }
}

/// Encodes an absent value as an explicit JSON `null`; synthesized `Encodable`
/// would leave the key out, and scripts reading our JSON expect every key.
@propertyWrapper
struct ExplicitNull<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if let value = wrappedValue { try c.encode(value) } else { try c.encodeNil() }
    }
}
