import Foundation

/// The `concord extract` output: an article's metadata and main text (heading and
/// text blocks in order, separated by blank lines; no boilerplate, captions or
/// bylines; a dateline that opened the lede stays in front of it).
public enum ExtractExport {
    struct Line: Encodable {
        var path: String
        @ExplicitNull var title: String?
        @ExplicitNull var outlet: String?
        var authors: [String]
        @ExplicitNull var published: String?
        @ExplicitNull var url: String?
        @ExplicitNull var language: String?
        var text: String
    }

    public static func mainText(_ article: Article) -> String {
        var parts: [String] = []
        var pendingDateline: String?
        for (i, block) in article.blocks.enumerated() {
            // A dateline split from its lede ("WEST PALM BEACH —") goes back in front of it.
            if block.kind == .dateline, i + 1 < article.blocks.count, article.blocks[i + 1].kind == .text,
               article.blocks[i + 1].line == block.line {
                pendingDateline = article.text(block.span)
                continue
            }
            guard block.kind == .text || block.kind == .heading else { continue }
            let text = article.text(block.span)
            parts.append(pendingDateline.map { $0 + " " + text } ?? text)
            pendingDateline = nil
        }
        return parts.joined(separator: "\n\n")
    }

    public static func jsonLine(_ article: Article, path: String) -> String {
        let m = article.metadata
        let line = Line(path: path, title: m.title, outlet: m.outlet, authors: m.authors, published: m.published?.description,
                        url: m.url, language: m.language, text: mainText(article))
        return JSON.encode(line, pretty: false)
    }
}
