import Foundation

/// `concord timex` output: JSON Lines and inline TimeML.
public enum TimexExport {
    struct TimexJSON: Encodable {
        var start: Int
        var end: Int
        var text: String
        var type: String
        var value: String
        var mod: String?
        var anchor: String?
        /// The rule that matched, for explaining a value.
        var rule: String
        /// The tense cue for a relative value ("past (said)").
        var tense: String?
    }

    struct DocJSON: Encodable {
        var doc: String
        var timexes: [TimexJSON]
    }

    public static func jsonLine(_ article: Article, _ timexes: [Timex]) -> String {
        let doc = DocJSON(doc: article.id, timexes: timexes.map {
            TimexJSON(start: $0.span.start, end: $0.span.end, text: article.text($0.span), type: $0.type.rawValue,
                      value: $0.value, mod: $0.mod, anchor: $0.anchor?.kind, rule: $0.rule, tense: $0.tense)
        })
        return JSON.encode(doc, pretty: false)
    }

    /// The body with inline `<TIMEX3 tid type value>` tags; text is XML-escaped.
    public static func timeML(_ article: Article, _ timexes: [Timex]) -> String {
        var out = "<TimeML doc=\"\(xmlEscape(article.id))\">\n<TEXT>"
        var pos = 0
        for (i, t) in timexes.enumerated() {
            out += xmlEscape(article.text(Span(pos, t.span.start)))
            var attributes = "tid=\"t\(i + 1)\" type=\"\(t.type.rawValue)\" value=\"\(xmlEscape(t.value))\""
            if let mod = t.mod { attributes += " mod=\"\(mod)\"" }
            out += "<TIMEX3 \(attributes)>" + xmlEscape(article.text(t.span)) + "</TIMEX3>"
            pos = t.span.end
        }
        out += xmlEscape(article.text(Span(pos, article.length)))
        return out + "</TEXT>\n</TimeML>"
    }

    static func xmlEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // XML 1.0 allows no C0 control but tab and line ends, even as a reference; C1
                // and bidi controls would act in a terminal: all are written inert (^[, <U+009B>).
                if c != "\n" && c != "\t" && c != "\r" && InertText.needsReplacement(c) {
                    var inert = String.UnicodeScalarView()
                    InertText.append(c, to: &inert)
                    out += xmlEscape(String(inert))
                } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
