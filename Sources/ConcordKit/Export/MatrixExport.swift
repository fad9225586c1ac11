import Foundation

extension CommitmentSet {
    /// Loads the commitments for a corpus: an explicit file, else the one named in
    /// concord.yaml, else `commitments.yaml` at the corpus root. Returns nil (and no
    /// problems) when there is none.
    public static func load(for corpus: Corpus, explicit: String?) -> (CommitmentSet?, [CorpusProblem], String?) {
        var path: String?
        if let explicit { path = explicit }
        else if let named = corpus.config.commitments {
            // An absolute path is used as given; a relative one is read from the corpus folder.
            path = named.hasPrefix("/") ? named : (corpus.root as NSString).appendingPathComponent(named)
        }
        else {
            let candidate = (corpus.root as NSString).appendingPathComponent("commitments.yaml")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue { path = candidate }
        }
        guard let path else { return (nil, [], nil) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (nil, [CorpusProblem(.error, path: path, "cannot be read (missing, a folder, or no permission)")], path)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (nil, [CorpusProblem(.error, path: path, line: 1, column: 1, "not valid UTF-8")], path)
        }
        let (set, problems) = CommitmentSet.parse(text, path: path)
        return (set, problems, path)
    }
}

/// `concord matrix` output.
public enum MatrixExport {
    struct SourceJSON: Encodable {
        var id: String
        var label: String
        var path: String
        @ExplicitNull var title: String?
        @ExplicitNull var outlet: String?
        @ExplicitNull var published: String?
    }
    struct EvidenceJSON: Encodable {
        var text: String; var start: Int; var end: Int; var stance: String
        /// The word that decided the stance, with its offsets; null for a plain statement.
        @ExplicitNull var cue: String?
        @ExplicitNull var cueStart: Int?
        /// Another actor (not one of the commitment's parties) who says or does it; null otherwise.
        @ExplicitNull var actor: String?
    }
    /// The analyst's word on the cell (concord-notes.yaml), when there is one:
    /// `verified` is true (marked verified), false (marked wrong) or null.
    struct AnalystJSON: Encodable {
        @ExplicitNull var stance: String?
        @ExplicitNull var verified: Bool?
        @ExplicitNull var note: String?
    }
    struct CellJSON: Encodable {
        var source: String; var label: String; var stance: String; var evidence: [EvidenceJSON]
        var analyst: AnalystJSON?
    }
    struct RowJSON: Encodable { var id: String; var title: String; var cells: [CellJSON] }
    struct Root: Encodable { var sources: [SourceJSON]; var commitments: [RowJSON] }

    static func sources(_ corpus: Corpus) -> [SourceJSON] {
        corpus.articles.enumerated().map { SourceJSON(id: $1.id, label: corpus.label($0), path: $1.path, title: $1.metadata.title, outlet: $1.metadata.outlet,
                                          published: $1.metadata.published?.description) }
    }

    public static func json(_ corpus: Corpus, _ matrix: AgreementMatrix, annotations: Annotations = Annotations()) -> String {
        JSON.encode(Root(sources: sources(corpus), commitments: matrix.rows.map { row in
            RowJSON(id: row.commitment.id, title: row.commitment.title, cells: row.cells.map { cell in
                let source = corpus.articles[cell.article].id
                let note = annotations.annotation(commitment: row.commitment.id, source: source).map {
                    AnalystJSON(stance: $0.stance?.rawValue, verified: $0.mark.map { $0 == .verified }, note: $0.note)
                }
                return CellJSON(source: source, label: corpus.label(cell.article), stance: cell.stance.rawValue, evidence: cell.evidence.map {
                    EvidenceJSON(text: $0.text, start: $0.span.start, end: $0.span.end, stance: $0.stance.rawValue,
                                 cue: $0.cue.map { c in corpus.articles[cell.article].text(c) }, cueStart: $0.cue?.start,
                                 actor: $0.actor)
                }, analyst: note)
            })
        }))
    }

    /// Every cell's evidence as Markdown ("## Evidence", a section per row): the
    /// cell's stance and the analyst's word on it, then each sentence with its stance,
    /// the other actor who says it and the cue that decided. `marker` names a source
    /// ("A"); all text is made inert.
    public static func evidenceMarkdown(_ corpus: Corpus, _ matrix: AgreementMatrix, annotations: Annotations,
                                        marker: (Int) -> String) -> String {
        var out = "## Evidence\n"
        for row in matrix.rows {
            out += "\n### \(InertText.sanitize(row.commitment.title)) (`\(row.commitment.id)`)\n\n"
            for cell in row.cells {
                out += "- **\(marker(cell.article)) \(InertText.sanitize(corpus.label(cell.article)))**: \(cell.stance.rawValue)"
                // The analyst's word, after Concord's.
                if let a = annotations.annotation(commitment: row.commitment.id, source: corpus.articles[cell.article].id) {
                    var mine: [String] = []
                    if let st = a.stance { mine.append("your stance: \(st.rawValue)") }
                    if let m = a.mark { mine.append(m.rawValue) }
                    if let n = a.note { mine.append("note: “" + InertText.sanitize(n) + "”") }
                    out += " — " + mine.joined(separator: "; ")
                }
                out += "\n"
                for e in cell.evidence {
                    let cue = e.cue.map { " — cue: “" + InertText.sanitize(corpus.articles[cell.article].text($0)) + "”" } ?? ""
                    let actor = e.actor.map { " (another actor: " + InertText.sanitize($0) + ")" } ?? ""
                    out += "  - \(e.stance.rawValue)\(actor)\(cue): \(InertText.sanitize(e.text))\n"
                }
            }
        }
        return out
    }

    public static let glyphs: [Stance: String] = [.confirmed: "●", .hedged: "◐", .contradicted: "✕", .mixed: "±", .mentioned: "○", .silent: "·"]

    /// Rows are commitments, columns sources (stance words in CSV, glyphs in the table).
    public static func table(_ corpus: Corpus, _ matrix: AgreementMatrix, format: OutputFormat) -> TextTable {
        // CSV columns are named by article id (stable for scripts); the table and
        // Markdown by the sources' labels.
        let ids = format == .csv ? corpus.articles.map(\.id) : corpus.labels
        let headers = ["commitment"] + ids + ["coverage"]
        let rows = matrix.rows.map { row in
            [row.commitment.id] + row.cells.map { format == .csv ? $0.stance.rawValue : (glyphs[$0.stance] ?? "?") + " " + $0.stance.rawValue }
                + ["\(row.coverage)/\(row.cells.count)"]
        }
        return TextTable(headers: headers, rows: rows, maxWidths: [26] + ids.map { _ in 16 } + [8])
    }
}
