import ArgumentParser
import ConcordKit
import ConcordTUI
import Foundation

@main
struct Concord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concord",
        abstract: "Compare how several news sources report one event.",
        discussion: """
        Concord reads a folder of articles (.txt and .md files, optional YAML front \
        matter) and lets you browse them, read a timeline of dated events, see which \
        commitments each source confirms, hedges, contradicts or leaves out, and where \
        sources disagree.

        EXAMPLES:
          concord                      Open the browser on ./data
          concord ~/news/summit        Open the browser on another folder
          concord articles data --format json
          concord timeline data --format csv
          concord matrix data --format md
          concord discrepancies data
          concord compare data --left 1 --right 3
          concord discover ~/news/summit --output ~/news/summit/commitments.yaml
          concord timex data/articles --format timeml
          concord check data
        """,
        version: ConcordInfo.version,
        subcommands: [Browse.self, Articles.self, TimelineCommand.self, MatrixCommand.self, DiscrepanciesCommand.self, CompareCommand.self, DiscoverCommand.self, Check.self, TimexCommand.self, Segments.self, ExtractCommand.self, Bench.self],
        defaultSubcommand: Browse.self
    )
}

/// The corpus path argument shared by every subcommand.
struct CorpusArgument: ParsableArguments {
    @Argument(help: "A folder of articles, or one article file.", completion: .directory)
    var path: String = "data"

    @Option(name: .customLong("max-article-mb"),
            help: "Largest article file read, in MiB; a larger one is listed as a problem and skipped.")
    var maxArticleMB: Int = CorpusLoader.defaultMaxArticleMB

    @Flag(name: .customLong("no-cache"),
          help: "Parse every file afresh and leave the folder's .concord/cache.sqlite alone (also CONCORD_NO_CACHE=1).")
    var noCache = false

    /// Whether the folder's parse cache is used.
    var cache: Bool { !noCache }

    func validate() throws {
        if maxArticleMB < 1 || maxArticleMB > 1 << 20 { throw ValidationError("--max-article-mb must be between 1 and 1048576") }
    }
}

struct FormatOption: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: table, json, csv or md.")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}

/// Loads a corpus, turning a missing path into a clear message and exit code 2.
func loadCorpus(_ path: String, maxArticleMB: Int = CorpusLoader.defaultMaxArticleMB, cache: Bool = true,
                progress: Bool = false, configErrorsAreFatal: Bool = true) throws -> Corpus {
    let corpus = try loadCorpusAllowingErrors(path, maxArticleMB: maxArticleMB, cache: cache, progress: progress)
    // A broken concord.yaml stops every command but 'check' (which lists it).
    let configErrors = corpus.errors.filter { ($0.path as NSString).lastPathComponent == CorpusConfig.fileName }
    if configErrorsAreFatal && !configErrors.isEmpty {
        for p in configErrors { warn(p.description) }
        throw ExitCode(2)
    }
    return corpus
}

/// Corpora loaded by a command stay until the process ends: freeing 100,000
/// articles one by one when a command returns takes a visible part of a second
/// and serves nothing (the process is about to end).
private final class KeptUntilExit: @unchecked Sendable {
    private let lock = NSLock()
    private var corpora: [Corpus] = []
    func keep(_ corpus: Corpus) { lock.lock(); corpora.append(corpus); lock.unlock() }
}
private let keptUntilExit = KeptUntilExit()

func loadCorpusAllowingErrors(_ path: String, maxArticleMB: Int, cache: Bool = true, progress: Bool) throws -> Corpus {
    do {
        // Long loads show progress on standard error before the browser starts.
        let report: ((Int, Int) -> Void)? = progress ? { done, total in
            guard total >= 500, done % 250 == 0 || done == total else { return }
            FileHandle.standardError.write(Data("\rLoading \(done)/\(total) articles…".utf8))
            if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        } : nil
        var loader = CorpusLoader()
        loader.maxArticleBytes = maxArticleMB << 20
        loader.useCache = cache && cacheAllowedByEnvironment
        let corpus = try loader.load(path, progress: report)
        keptUntilExit.keep(corpus)
        return corpus
    } catch let error as CorpusError {
        FileHandle.standardError.write(Data("concord: error: \(error)\n".utf8))
        throw ExitCode(2)
    }
}

/// False when CONCORD_NO_CACHE is set to anything but "" or "0".
var cacheAllowedByEnvironment: Bool {
    guard let v = ProcessInfo.processInfo.environment["CONCORD_NO_CACHE"] else { return true }
    return v.isEmpty || v == "0"
}

/// Loads a corpus and reports its problems on standard error (the output stays clean for pipes).
func loadReporting(_ path: String, maxArticleMB: Int = CorpusLoader.defaultMaxArticleMB, cache: Bool = true) throws -> Corpus {
    let corpus = try loadCorpus(path, maxArticleMB: maxArticleMB, cache: cache)
    for p in corpus.problems { warn(p.description) }
    return corpus
}

/// Prints a result as JSON or as a table, CSV or Markdown.
func emit(_ format: OutputFormat, json: () -> String, table: () -> TextTable) {
    switch format {
    case .json: writeOut(json() + "\n")
    default: writeOut(table().render(format))
    }
}

func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

func warn(_ text: String) {
    FileHandle.standardError.write(Data((InertText.sanitize(text) + "\n").utf8))
}

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the terminal browser (the default command).",
        discussion: """
        Keys: arrows or j/k move, Tab switches pane, Enter opens, / searches, \
        ? shows every key, q quits.

        EXAMPLES:
          concord
          concord browse data
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @Option(help: "Commitments file for the matrix (default: commitments.yaml in the corpus).", completion: .file(extensions: ["yaml", "yml"]))
    var commitments: String?
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (selecting text) instead of clicks and the wheel.")
    var noMouse = false
    @Flag(name: .customLong("no-watch"), help: "Do not watch the folder for changes (R still reloads).")
    var noWatch = false

    func run() throws {
        guard isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 else {
            warn("concord: the browser needs a terminal; for scripts use a subcommand, e.g. 'concord articles \(corpus.path) --format json' (see 'concord --help')")
            throw ExitCode(2)
        }
        var loader = CorpusLoader()
        loader.maxArticleBytes = corpus.maxArticleMB << 20
        loader.useCache = corpus.cache && cacheAllowedByEnvironment
        let prepared: PreparedCorpus
        do {
            prepared = try loader.prepare(corpus.path)
        } catch let error as CorpusError {
            warn("concord: error: \(error)")
            throw ExitCode(2)
        }
        // A broken concord.yaml or commitments file is reported before the screen is taken over.
        let configErrors = prepared.problems.filter { $0.severity == .error && ($0.path as NSString).lastPathComponent == CorpusConfig.fileName }
        if !configErrors.isEmpty {
            for p in configErrors { warn(p.description) }
            throw ExitCode(2)
        }
        let set = try loadCommitments(prepared.empty, explicit: commitments, required: false)
        // The analyst's notes: a broken file stops here (it must not be written over).
        let folder = isFolder(corpus.path)
        let (notes, noteProblems) = folder ? Annotations.load(corpusRoot: corpus.path) : (Annotations(), [])
        for p in noteProblems { warn(p.description) }
        if noteProblems.contains(where: { $0.severity == .error }) { throw ExitCode(2) }
        // A small folder is read before the first frame (it takes a blink); a large one
        // streams in while the browser is already usable. Either way `R` reads it afresh.
        let small = prepared.files.count <= Browse.streamingThreshold
        let source = Browse.source(loader: loader, first: small ? nil : prepared, path: corpus.path, explicitCommitments: commitments)
        let code: Int32
        if small {
            code = TerminalApp.run(initial: loader.load(prepared), commitments: set, source: source, preloaded: true,
                                   annotations: notes, annotationsRoot: folder ? corpus.path : nil, mouse: !noMouse,
                                   watchRoot: folder && !noWatch ? corpus.path : nil)
        } else {
            code = TerminalApp.run(initial: prepared.empty, commitments: set, source: source,
                                   annotations: notes, annotationsRoot: folder ? corpus.path : nil, mouse: !noMouse,
                                   watchRoot: folder && !noWatch ? corpus.path : nil)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// Folders with more article files than this open before they are fully read.
    static let streamingThreshold = 400

    /// Reads the folder for the browser: the first time (when `first` is given: the
    /// browser opened before reading it) from the prepared file list, with snapshots
    /// as it goes; on `R` afresh (new, changed and removed files, and the commitments
    /// file read again), with only the finished corpus shown.
    static func source(loader: CorpusLoader, first: PreparedCorpus?, path: String, explicitCommitments: String?) -> CorpusSource {
        let runs = RunCounter()
        return { feed in
            let isFirst = runs.next() == 0 && first != nil
            let prepared: PreparedCorpus
            if isFirst, let first {
                prepared = first
            } else {
                do {
                    prepared = try loader.prepare(path)
                } catch {
                    feed.post(CorpusUpdate(done: 0, total: 0, finished: true, note: "Could not reload: \(error)"))
                    return
                }
            }
            let total = prepared.files.count
            let done = ProgressBox()
            let corpus = loader.load(prepared, progress: { n, _ in
                done.value = n
                feed.post(done: n, total: total)
            }, partial: isFirst ? { partial in
                _ = partial.labels  // made here, off the browser's thread
                feed.post(CorpusUpdate(done: done.value, total: total, corpus: partial))
            } : nil)
            _ = corpus.labels
            var choice: CorpusUpdate.CommitmentChoice?
            var note: String?
            if !isFirst {
                let (set, problems, file) = CommitmentSet.load(for: corpus, explicit: explicitCommitments)
                if problems.contains(where: { $0.severity == .error }) {
                    note = "\(file ?? "the commitments file") has errors; the matrix keeps its rows (\(problems[0].description))"
                } else {
                    choice = set.map { .file($0) } ?? .discover
                }
            }
            feed.post(CorpusUpdate(done: total, total: total, corpus: corpus, finished: true, commitments: choice,
                                   isReload: !isFirst, note: note))
        }
    }
}

final class RunCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func next() -> Int { lock.lock(); defer { lock.unlock() }; n += 1; return n - 1 }
}

final class ProgressBox: @unchecked Sendable {
    var value = 0
}

struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles with their metadata and blocks.",
        discussion: """
        JSON gives every article's id, path, title, outlet, authors, published date, \
        word count, the provenance of each field and its blocks (kind, start, end; \
        offsets in Unicode scalars into the body).

        EXAMPLES:
          concord articles
          concord articles data --format json
          concord articles ~/news --format csv > articles.csv
        """
    )

    @OptionGroup var corpus: CorpusArgument
    @OptionGroup var format: FormatOption

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        emit(format.format, json: { ArticleExport.json(loaded) }, table: { ArticleExport.table(loaded) })
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a corpus and list every problem.",
        discussion: """
        Reports unreadable, binary and invalid UTF-8 files, malformed front matter, a \
        malformed concord.yaml, commitments file and concord-notes.yaml, each as \
        path:line:column. Exits 1 if any error was found.

        EXAMPLES:
          concord check
          concord check ~/news/summit
        """
    )

    @OptionGroup var corpus: CorpusArgument

    func run() throws {
        let loaded = try loadCorpus(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache, configErrorsAreFatal: false)
        // The commitments file (if any) is part of the corpus too.
        let (_, commitmentProblems, _) = CommitmentSet.load(for: loaded, explicit: nil)
        // So is the analyst's notes file.
        let noteProblems = isFolder(loaded.root) ? Annotations.load(corpusRoot: loaded.root).1 : []
        let problems = loaded.problems + commitmentProblems + noteProblems
        for p in problems { writeOut(InertText.sanitize(p.description) + "\n") }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        writeOut("\(loaded.articles.count) articles, \(errors) errors, \(warnings) warnings\n")
        if errors > 0 { throw ExitCode(1) }
    }
}

struct Segments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each article's blocks and sentences (for checking segmentation).",
        discussion: """
        EXAMPLES:
          concord segments data/articles/002_b93beab6d5cb87c1.txt
        """
    )

    @OptionGroup var corpus: CorpusArgument

    func run() throws {
        let loaded = try loadReporting(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        for a in loaded.articles {
            writeOut("# \(InertText.sanitize(a.id))\n")
            // Sentences are in block order: one pass over both (linear, not blocks × sentences).
            var next = 0
            for (bi, b) in a.blocks.enumerated() {
                writeOut("[\(b.kind.rawValue) line \(b.line + a.bodyLineOffset) \(b.span.start)-\(b.span.end)]\n")
                while next < a.sentences.count && a.sentences[next].block < bi { next += 1 }
                while next < a.sentences.count && a.sentences[next].block == bi {
                    writeOut("  | " + InertText.sanitize(a.text(a.sentences[next].span)) + "\n")
                    next += 1
                }
                if !b.kind.carriesSentences { writeOut("  ~ " + InertText.sanitize(a.text(b.span)) + "\n") }
            }
        }
    }
}
