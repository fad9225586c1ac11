/// `concord discrepancies` output.
public enum DiscrepancyExport {
    struct ClaimJSON: Encodable {
        var source: String
        var label: String
        var value: String
        var text: String
        var start: Int
        var end: Int
        var expression: String
        var inferred: Bool
    }
    struct ItemJSON: Encodable { var kind: String; var topic: String; var confidence: Double; var reason: String; var claims: [ClaimJSON] }
    struct Root: Encodable { var discrepancies: [ItemJSON] }

    public static func json(_ corpus: Corpus, _ items: [Discrepancy]) -> String {
        JSON.encode(Root(discrepancies: items.map { d in
            ItemJSON(kind: d.kind.rawValue, topic: d.topic, confidence: d.confidence, reason: d.reason, claims: d.claims.map { c in
                ClaimJSON(source: corpus.articles[c.article].id, label: corpus.label(c.article), value: c.value, text: c.text, start: c.span.start,
                          end: c.span.end, expression: corpus.articles[c.article].text(c.expression), inferred: c.inferred)
            })
        }))
    }

    public static func table(_ corpus: Corpus, _ items: [Discrepancy]) -> TextTable {
        var rows: [[String]] = []
        for d in items {
            for c in d.claims {
                rows.append([d.kind.rawValue, d.topic, String(format: "%.2f", d.confidence), c.value + (c.inferred ? " (inferred anchor)" : ""), corpus.articles[c.article].id, corpus.label(c.article),
                             corpus.articles[c.article].text(c.expression), c.text])
            }
        }
        return TextTable(headers: ["kind", "topic", "conf", "value", "source", "label", "expression", "sentence"], rows: rows,
                         maxWidths: [6, 30, 4, 28, 22, 20, 20, 70])
    }
}
