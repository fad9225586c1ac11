import Foundation

/// The `concord extract` output: an article's metadata and main text (heading and
/// text blocks in order, separated by blank lines; no boilerplate, captions,
/// bylines or datelines).
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
        for block in article.blocks where block.kind == .text || block.kind == .heading {
            parts.append(article.text(block.span))
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
