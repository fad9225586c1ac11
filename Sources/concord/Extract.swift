import ArgumentParser
import ConcordKit
import Foundation

enum ExtractFormat: String, CaseIterable, ExpressibleByArgument {
    case json, text
}

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print each article's metadata and main text (web pages, feeds, text files).",
        discussion: """
        For each input file (or every article under a folder) prints one JSON line:
          {"path", "title", "outlet", "authors", "published", "url", "language", "text"}
        where text is the main text only: heading and text blocks in order, separated \
        by blank lines, without the page's navigation, share bars, comments, related \
        links, footers, captions or bylines. --format text prints just the main text, \
        articles separated by a line with a form feed.

        EXAMPLES:
          concord extract saved/page.html
          concord extract ~/pages --format json > pages.jsonl
          concord extract feed.xml --format text | less
        """
    )

    @Argument(help: "Web pages, feeds, article files or folders.", completion: .file())
    var paths: [String]

    @Option(name: .shortAndLong, help: "Output format: json or text.")
    var format: ExtractFormat = .json

    @Option(name: .customLong("max-article-mb"),
            help: "Largest article file read, in MiB; a larger one is listed as a problem and skipped.")
    var maxArticleMB: Int = CorpusLoader.defaultMaxArticleMB

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        var out = ""
        var first = true
        var failed = false
        for path in paths {
            let corpus: Corpus
            do {
                corpus = try loadReporting(path, maxArticleMB: maxArticleMB)
            } catch {
                failed = true
                continue
            }
            for article in corpus.articles {
                let shown = corpus.articles.count == 1 && !isDirectory(path)
                    ? path : (corpus.root as NSString).appendingPathComponent(article.path)
                switch format {
                case .json:
                    out += ExtractExport.jsonLine(article, path: shown) + "\n"
                case .text:
                    if !first { out += "\u{0C}\n" }
                    out += InertText.sanitize(ExtractExport.mainText(article), keepNewlines: true) + "\n"
                }
                first = false
                if out.utf8.count > 1 << 20 { writeOut(out); out = "" }
            }
        }
        writeOut(out)
        if failed { throw ExitCode(2) }
    }

    func isDirectory(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &dir) && dir.boolValue
    }
}
