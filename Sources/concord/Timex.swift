import ArgumentParser
import ConcordKit
import Foundation

enum TimexFormat: String, CaseIterable, ExpressibleByArgument {
    case json, timeml, table
}

struct TimexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Tag time expressions (TIMEX3) in article files.",
        discussion: """
        For each file (or every article under a folder) prints its time expressions \
        with TIMEX3 type and value. Relative expressions are resolved against the \
        article's published date, else the latest full date before them in the text, \
        else --anchor (or the corpus anchor from concord.yaml).

        --format json prints JSON Lines, one line per file:
          {"doc": "<file name without extension>", "timexes": [{"start", "end", "text", "type", "value"}]}
        with offsets in Unicode scalars into the body. --format timeml prints the body \
        with inline <TIMEX3 tid type value> tags.

        EXAMPLES:
          concord timex data/articles/002_b93beab6d5cb87c1.txt
          concord timex ../shared/eval/timebank --format json > out.jsonl
          concord timex notes.txt --anchor 2026-01-16 --format timeml
        """
    )

    @Argument(help: "Article files or folders.", completion: .file())
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: json, timeml or table.")
    var format: TimexFormat = .table

    @Option(help: "Anchor date (YYYY-MM-DD) for files without a publication date.")
    var anchor: String?

    @Option(name: .customLong("max-article-mb"),
            help: "Largest article file read, in MiB; a larger one is listed as a problem and skipped.")
    var maxArticleMB: Int = CorpusLoader.defaultMaxArticleMB

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
        if let anchor, CalendarDate.parseISO(anchor) == nil || anchor.count != 10 {
            throw ValidationError("--anchor must be a date YYYY-MM-DD, not '\(anchor)'")
        }
    }

    func run() throws {
        let tagger = TemporalTagger.shared
        let anchorDate = anchor.flatMap(CalendarDate.parseISO)
        var out = ""
        var table = TextTable(headers: ["doc", "start", "end", "type", "value", "anchor", "text"], rows: [],
                              maxWidths: [24, 6, 6, 8, 16, 24, 50])
        for path in paths {
            let corpus = try loadReporting(path, maxArticleMB: maxArticleMB)
            let corpusAnchor = anchorDate ?? corpus.config.anchor
            for article in corpus.articles {
                let timexes = tagger.tag(article, corpusAnchor: corpusAnchor)
                if timexes.count >= tagger.maxTimexes {
                    warn("\(article.path): warning: more than \(tagger.maxTimexes) time expressions; only the first are printed")
                }
                switch format {
                case .json:
                    out += TimexExport.jsonLine(article, timexes) + "\n"
                case .timeml:
                    out += TimexExport.timeML(article, timexes) + "\n"
                case .table:
                    for t in timexes {
                        table.rows.append([article.id, String(t.span.start), String(t.span.end), t.type.rawValue,
                                           t.value, t.anchor?.description ?? "", article.text(t.span)])
                    }
                }
                if out.utf8.count > 1 << 20 { writeOut(out); out = "" }
            }
        }
        if format == .table { out += table.text() }
        writeOut(out)
    }
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Print every dated event across the sources, in order.",
        discussion: """
        Time expressions in text, heading and caption blocks, grouped by TIMEX3 value and \
        sorted chronologically (a year before its months; a range by its start). Undated \
        and unresolved mentions (PRESENT_REF, durations, values with unknown parts) are \
        listed apart.

        JSON: {"entries": [{"value", "type", "label", "mentions": [{"source", "text", \
        "sentence", "start", "end", "anchor"}]}], "undated": [...]} where source is the \
        article id and offsets are Unicode scalars into the body.

        EXAMPLES:
          concord timeline
          concord timeline data --format json
          concord timeline ~/news --format csv > timeline.csv
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @OptionGroup var format: FormatOption

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        let timeline = Timeline.build(loaded)
        for note in timeline.notes { warn(note.description) }
        emit(format.format, json: { TimelineExport.json(timeline) }, table: { TimelineExport.table(timeline) })
    }
}

/// Loads a corpus and its commitments (or reports errors with file:line:column and exits 2).
func loadCommitments(_ corpus: Corpus, explicit: String?, required: Bool) throws -> CommitmentSet? {
    let (set, problems, path) = CommitmentSet.load(for: corpus, explicit: explicit)
    for p in problems { warn(p.description) }
    if problems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
    if set == nil && required {
        warn("concord: error: no commitments file (looked for \(path ?? (corpus.root as NSString).appendingPathComponent("commitments.yaml"))); give --commitments FILE, or run 'concord discover \(corpus.root)'")
        throw ExitCode(2)
    }
    return set
}

struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Print the agreement matrix: each commitment against each source.",
        discussion: """
        Every sentence that contains all terms of one 'match' alternative of a commitment \
        is evidence; its stance is confirmed, hedged or contradicted by the cue words that \
        govern the terms. A cell aggregates its evidence: confirmed, hedged, contradicted, \
        mixed, or silent when there is none.

        Commitments come from --commitments FILE, else the file named by 'commitments:' in \
        concord.yaml, else commitments.yaml at the corpus root. Without one, use --discover.

        EXAMPLES:
          concord matrix
          concord matrix data --format json
          concord matrix ~/news --commitments pledges.yaml --format csv
          concord matrix ~/news --discover
          concord matrix data --format md --evidence > matrix.md
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @OptionGroup var format: FormatOption
    @Option(help: "Commitments file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var commitments: String?
    @Flag(help: "Propose the rows from the articles instead of a commitments file.")
    var discover = false
    @Flag(help: "With --format md: after the table, every cell's evidence sentences with stance, cue and your notes.")
    var evidence = false

    func validate() throws {
        if evidence && format.format != .md { throw ValidationError("--evidence goes with --format md (JSON always carries the evidence)") }
    }

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        let set: CommitmentSet
        if discover {
            set = CommitmentDiscovery.discover(loaded)
        } else if let s = try loadCommitments(loaded, explicit: commitments, required: false) {
            set = s
        } else {
            set = CommitmentDiscovery.discover(loaded)
            warn("concord: no commitments file; showing discovered commitments (see 'concord discover')")
        }
        let matrix = AgreementMatrix.build(loaded, set)
        // The analyst's notes (concord-notes.yaml) go into the JSON, each cell with its own.
        var notes = Annotations()
        if isFolder(loaded.root) {
            let (read, problems) = Annotations.load(corpusRoot: loaded.root)
            for p in problems { warn(p.description) }
            notes = read
        }
        emit(format.format, json: { MatrixExport.json(loaded, matrix, annotations: notes) },
             table: { MatrixExport.table(loaded, matrix, format: format.format) })
        if evidence {
            print("\n" + MatrixExport.evidenceMarkdown(loaded, matrix, annotations: notes, marker: { SourceMarkers.marker($0) }), terminator: "")
        }
    }
}

struct DiscrepanciesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discrepancies",
        abstract: "List statements where sources give different values for the same thing.",
        discussion: """
        Dates of the same event (matched by what the sentences describe: the kind of \
        event, names and places, within two weeks), numbers for the same thing, and \
        contradictory claims (a "first" meeting against a report that they met before).

        Each item has a confidence (0-1) that its claims are about the same thing \
        and differ, and the reason they were paired; items are listed most confident \
        first, and those under 0.5 only with --all.

        JSON: {"discrepancies": [{"kind": "date|number|claim", "topic", "confidence", \
        "reason", "claims": [{"source", "label", "value", "text", "start", "end", \
        "expression", "inferred"}]}]}.

        EXAMPLES:
          concord discrepancies
          concord discrepancies data --format json
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @Option(name: .shortAndLong, help: "Output format: table, json or md.")
    var format: OutputFormat = .table

    @Flag(help: "List low-confidence discrepancies too.")
    var all = false

    func validate() throws {
        if format == .csv { throw ValidationError("--format must be table, json or md") }
    }

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        let found = DiscrepancyFinder.find(loaded, timeline: Timeline.build(loaded)).sorted(by: Discrepancy.byConfidence)
        let items = all ? found : found.filter { $0.confidence >= DiscrepancyFinder.defaultThreshold }
        if items.count < found.count {
            warn("concord: \(found.count - items.count) low-confidence discrepancies not listed (--all lists them)")
        }
        emit(format, json: { DiscrepancyExport.json(loaded, items) }, table: { DiscrepancyExport.table(loaded, items) })
    }
}

struct DiscoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "discover",
        abstract: "Propose commitments and shared facts from the articles and write them as a commitments file.",
        discussion: """
        Finds sentences in which the parties (the names most sources mention) report an \
        agreement or a commitment (agreed, pledged, committed, signed, announced, will, \
        reaffirmed, confirmed, decided), clusters them across sources by their content \
        words, and names each cluster by its key phrase. Then, in the room left, the facts \
        two sources or more report of one event ("Homes destroyed", "Residents \
        evacuated"). Prints YAML, or writes it with --output (an existing file is never \
        overwritten without --force).

        EXAMPLES:
          concord discover ~/news/summit
          concord discover ~/news/summit --output ~/news/summit/commitments.yaml
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @Option(name: .shortAndLong, help: "Write the file here instead of printing it.") var output: String?
    @Flag(help: "Overwrite --output if it exists.") var force = false

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        let yaml = CommitmentDiscovery.yaml(CommitmentDiscovery.discover(loaded))
        guard let output else { writeOut(yaml); return }
        if FileManager.default.fileExists(atPath: output) && !force {
            warn("concord: error: \(output) exists; use --force to overwrite it")
            throw ExitCode(2)
        }
        do {
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            warn("concord: error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        warn("wrote \(output)")
    }
}

func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
}

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print two sources' sentences side by side, paired by what they say.",
        discussion: """
        The browser's compare view (key 5) for scripts. Each sentence of LEFT is paired \
        with the most similar sentence of RIGHT (content words as stems, dates as \
        their values); a pair is "disagree" when its sentences give different dates \
        or different values of one discrepancy; sentences without a partner are \
        "only-left" or "only-right". A source is named by its id, its label, or its \
        number in `concord articles` (from 1); by default the first two.

        JSON: {"left": {"source", "label", "title"}, "right": {…}, "pairs": \
        [{"relation": "both|disagree|only-left|only-right", "left": {"text", "start", \
        "end"} or null, "right": … }]}.

        EXAMPLES:
          concord compare data
          concord compare data --left 2 --right 4 --format md
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @Option(help: "The left source: an id, a label or a number (from 1).")
    var left: String?
    @Option(help: "The right source: an id, a label or a number (from 1).")
    var right: String?
    @Option(name: .shortAndLong, help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        guard loaded.articles.count >= 2 else {
            warn("concord: compare needs two sources; \(corpus.path) has \(loaded.articles.count)")
            throw ExitCode(2)
        }
        func pick(_ name: String?, default index: Int, option: String) throws -> Int {
            guard let name else { return index }
            if let i = loaded.articles.firstIndex(where: { $0.id == name }) { return i }
            if let i = loaded.articles.indices.first(where: { loaded.label($0) == name }) { return i }
            if let n = Int(name), n >= 1, n <= loaded.articles.count { return n - 1 }
            warn("concord: --\(option) \(name): no source has this id, label or number (1-\(loaded.articles.count); `concord articles` lists them)")
            throw ExitCode(2)
        }
        let a = try pick(left, default: 0, option: "left")
        let b = try pick(right, default: a == 0 ? 1 : 0, option: "right")
        let timeline = Timeline.build(loaded)
        let found = DiscrepancyFinder.find(loaded, timeline: timeline)
        let pairs = CompareAligner.align(loaded.articles[a], loaded.articles[b], ai: a, bi: b, timeline: timeline, discrepancies: found)
        emit(format, json: { CompareExport.json(loaded, a, b, pairs) }, table: { CompareExport.table(loaded, a, b, pairs) })
    }
}
