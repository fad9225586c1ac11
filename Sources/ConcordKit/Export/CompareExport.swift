/// `concord compare` output: two sources' sentences side by side, as the browser's
/// compare view aligns them.
public enum CompareExport {
    struct SourceJSON: Encodable { var source: String; var label: String; @ExplicitNull var title: String? }
    struct SentenceJSON: Encodable { var text: String; var start: Int; var end: Int }
    struct PairJSON: Encodable { var relation: String; var left: SentenceJSON?; var right: SentenceJSON? }
    struct Root: Encodable { var left: SourceJSON; var right: SourceJSON; var pairs: [PairJSON] }

    /// The relation as printed: both, only-left, only-right, disagree.
    public static func name(_ r: ComparePair.Relation) -> String {
        switch r {
        case .both: return "both"
        case .onlyLeft: return "only-left"
        case .onlyRight: return "only-right"
        case .disagree: return "disagree"
        }
    }

    public static func json(_ corpus: Corpus, _ a: Int, _ b: Int, _ pairs: [ComparePair]) -> String {
        func source(_ i: Int) -> SourceJSON {
            SourceJSON(source: corpus.articles[i].id, label: corpus.label(i), title: corpus.articles[i].metadata.title)
        }
        func sentence(_ i: Int, _ s: Span?) -> SentenceJSON? {
            s.map { SentenceJSON(text: corpus.articles[i].text($0), start: $0.start, end: $0.end) }
        }
        return JSON.encode(Root(left: source(a), right: source(b), pairs: pairs.map {
            PairJSON(relation: name($0.relation), left: sentence(a, $0.left), right: sentence(b, $0.right))
        }))
    }

    public static func table(_ corpus: Corpus, _ a: Int, _ b: Int, _ pairs: [ComparePair]) -> TextTable {
        let rows = pairs.map { p -> [String] in
            [name(p.relation), p.left.map { corpus.articles[a].text($0) } ?? "", p.right.map { corpus.articles[b].text($0) } ?? ""]
        }
        return TextTable(headers: ["relation", corpus.label(a), corpus.label(b)], rows: rows, maxWidths: [10, 60, 60])
    }
}
