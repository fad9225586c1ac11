import Foundation

/// A folder of articles with its configuration and any problems met loading it.
public struct Corpus: Sendable {
    /// The path the corpus was opened from.
    public let root: String
    public let config: CorpusConfig
    public let articles: [Article]
    public let problems: [CorpusProblem]

    public init(root: String, config: CorpusConfig = CorpusConfig(), articles: [Article], problems: [CorpusProblem] = []) {
        self.root = root
        self.config = config
        self.articles = articles
        self.problems = problems
    }

    public var errors: [CorpusProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [CorpusProblem] { problems.filter { $0.severity == .warning } }

    public func article(id: String) -> Article? { articles.first { $0.id == id } }

    /// The title from concord.yaml, else the folder name.
    public var title: String {
        config.title ?? (root as NSString).lastPathComponent
    }
}

/// Loads a corpus from a folder (every `.txt` and `.md` file under it, hidden files
/// skipped) or from a single file.
public struct CorpusLoader: Sendable {
    public var parser: ArticleParser
    public static let extensions: Set<String> = ["txt", "md"]

    public init(parser: ArticleParser = ArticleParser()) {
        self.parser = parser
    }

    /// The article files under a folder, sorted by relative path.
    public static func articleFiles(under root: String) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = e.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let type = e.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { e.skipDescendants() }
                continue
            }
            guard type != .typeDirectory else { continue }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            files.append(relative)
        }
        return files.sorted()
    }

    /// Loads the corpus. Throws only when the path does not exist or concord.yaml is unreadable;
    /// every other problem is listed in `problems` and the rest of the corpus still loads.
    public func load(_ path: String, progress: ((Int, Int) -> Void)? = nil) throws -> Corpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError.notFound(path)
        }
        var problems: [CorpusProblem] = []
        var config = CorpusConfig()
        let root: String
        let files: [String]
        if isDirectory.boolValue {
            root = path
            files = CorpusLoader.articleFiles(under: path)
            let configPath = (path as NSString).appendingPathComponent(CorpusConfig.fileName)
            if FileManager.default.fileExists(atPath: configPath) {
                guard let data = FileManager.default.contents(atPath: configPath) else {
                    throw CorpusError.unreadable(configPath, "permission denied or not a file")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw CorpusError.config(CorpusProblem(.error, path: configPath, line: 1, column: 1, "not valid UTF-8"))
                }
                let (parsed, configProblems) = CorpusConfig.parse(text, path: configPath)
                config = parsed
                problems += configProblems
            }
        } else {
            root = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
            files = [(path as NSString).lastPathComponent]
        }
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
        var seenIds: [String: Int] = [:]
        for (n, file) in files.enumerated() {
            progress?(n, files.count)
            let full = (root as NSString).appendingPathComponent(file)
            let display = isDirectory.boolValue ? (path as NSString).appendingPathComponent(file) : path
            guard let data = FileManager.default.contents(atPath: full) else {
                problems.append(CorpusProblem(.error, path: display, "cannot be read (permission denied or not a regular file); skipped"))
                continue
            }
            let (loaded, fileProblems) = loadFile(data, path: display, relativePath: file, seenIds: &seenIds)
            problems += fileProblems
            if let loaded { articles.append(loaded) }
        }
        progress?(files.count, files.count)
        if articles.isEmpty && files.isEmpty {
            problems.append(CorpusProblem(.warning, path: path, "no .txt or .md articles found"))
        }
        return Corpus(root: path, config: config, articles: articles, problems: problems)
    }

    /// Parses one file's bytes into an article, or reports why it cannot be one.
    public func loadFile(_ data: Data, path: String, relativePath: String, seenIds: inout [String: Int]) -> (Article?, [CorpusProblem]) {
        var problems: [CorpusProblem] = []
        let scan = data.prefix(8192)
        if scan.contains(0) {
            return (nil, [CorpusProblem(.error, path: path, "binary file (contains NUL bytes); skipped")])
        }
        let (scalars, firstInvalid) = data.withUnsafeBytes { raw -> ([Unicode.Scalar], Int?) in
            decodeUTF8(raw.bindMemory(to: UInt8.self))
        }
        if let bad = firstInvalid {
            let (line, column) = CorpusLoader.lineColumn(ofByte: bad, in: data)
            problems.append(CorpusProblem(.error, path: path, line: line, column: column,
                                          "invalid UTF-8; shown as \u{FFFD}"))
        }
        var id = ((relativePath as NSString).lastPathComponent as NSString).deletingPathExtension
        if let count = seenIds[id] {
            let alternative = (relativePath as NSString).deletingPathExtension
            problems.append(CorpusProblem(.warning, path: path, "another article is named '\(id)'; this one is '\(alternative)'"))
            seenIds[id] = count + 1
            id = alternative
        } else {
            seenIds[id] = 1
        }
        let (article, parseProblems) = parser.parse(fileScalars: scalars, id: id, path: relativePath)
        problems += parseProblems.map { var p = $0; p.path = path; return p }
        return (article, problems)
    }

    /// 1-based line and column (in scalars) of a byte offset.
    static func lineColumn(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        var i = data.startIndex
        let end = data.index(data.startIndex, offsetBy: offset)
        while i < end {
            let b = data[i]
            if b == 10 { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return (line, column)
    }
}
