/// `concord timeline` output.
public enum TimelineExport {
    struct MentionJSON: Encodable {
        var source: String
        var label: String
        var text: String
        var sentence: String
        var start: Int
        var end: Int
        var anchor: String?
        var mod: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(source, forKey: .source)
            try c.encode(label, forKey: .label)
            try c.encode(text, forKey: .text)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(anchor, forKey: .anchor)
            try c.encodeIfPresent(mod, forKey: .mod)
        }
        enum CodingKeys: String, CodingKey { case source, label, text, sentence, start, end, anchor, mod }
    }

    struct EntryJSON: Encodable {
        var value: String
        var type: String
        var label: String
        var mentions: [MentionJSON]
    }

    struct Root: Encodable {
        var entries: [EntryJSON]
        var undated: [EntryJSON]
    }

    static func entryJSON(_ e: TimelineEntry) -> EntryJSON {
        EntryJSON(value: e.value, type: e.type.rawValue, label: e.label, mentions: e.mentions.map { m in
            MentionJSON(source: m.source, label: m.label, text: m.text, sentence: m.sentence, start: m.span.start, end: m.span.end,
                        anchor: m.anchor?.description, mod: m.mod)
        })
    }

    public static func json(_ timeline: Timeline) -> String {
        JSON.encode(Root(entries: timeline.entries.map(entryJSON), undated: timeline.undated.map(entryJSON)))
    }

    /// One row per mention: dated entries first, then the undated ones.
    public static func table(_ timeline: Timeline) -> TextTable {
        var rows: [[String]] = []
        for (section, entries) in [("dated", timeline.entries), ("undated", timeline.undated)] {
            for e in entries {
                for m in e.mentions {
                    rows.append([e.value, e.label, e.type.rawValue, m.source, m.label, m.text, m.anchor?.description ?? (section == "undated" && m.value.contains("X") ? "unresolved" : ""),
                                 String(m.span.start), String(m.span.end), m.sentence])
                }
            }
        }
        return TextTable(headers: ["value", "date", "type", "source", "label", "text", "anchor", "start", "end", "sentence"],
                         rows: rows, maxWidths: [12, 16, 8, 22, 20, 20, 26, 6, 6, 60])
    }
}
