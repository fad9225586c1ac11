import Foundation

/// A folder of articles with its configuration and any problems met loading it.
public struct Corpus: Sendable {
    /// The path the corpus was opened from.
    public let root: String
    public let config: CorpusConfig
    public let articles: [Article]
    public let problems: [CorpusProblem]
    /// Each source's short label, in article order (see `SourceLabels`); made on
    /// first use (a command that shows no source, such as `check`, never pays for
    /// the labels of a large corpus).
    /// A complete corpus loaded through the parse cache keeps its labels there, under a
    /// fingerprint of everything they are made from (a second open of 100,000
    /// articles read them instead of spending most of a second making them).
    public var labels: [String] {
        labelMemo.get {
            guard isComplete, let cache, !articles.isEmpty else { return SourceLabels.make(articles, config: config) }
            let fingerprint = SourceLabels.fingerprint(articles, config: config)
            if let stored = cache.labels(fingerprint: fingerprint), stored.count == articles.count { return stored }
            let made = SourceLabels.make(articles, config: config)
            cache.storeLabels(made, fingerprint: fingerprint)
            return made
        }
    }
    private let labelMemo = LabelMemo()
    /// False for a snapshot of a corpus still loading (its labels are not cached).
    let isComplete: Bool
    /// The parse cache the corpus was loaded through, if any (time expressions tagged
    /// later are stored in it).
    public let cache: ParseCache?

    public init(root: String, config: CorpusConfig = CorpusConfig(), articles: [Article], problems: [CorpusProblem] = [],
                cache: ParseCache? = nil, isComplete: Bool = true) {
        self.cache = cache
        self.isComplete = isComplete
        self.root = root
        self.config = config
        self.articles = articles
        self.problems = problems
    }

    /// The short label of the article at `index`.
    public func label(_ index: Int) -> String { index >= 0 && index < labels.count ? labels[index] : "?" }

    /// The short label of an article of this corpus, by id.
    public func label(of article: Article) -> String {
        if let i = articles.firstIndex(where: { $0.id == article.id }) { return labels[i] }
        return article.sourceLabel
    }

    public var errors: [CorpusProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [CorpusProblem] { problems.filter { $0.severity == .warning } }

    public func article(id: String) -> Article? { articles.first { $0.id == id } }

    /// The title from concord.yaml, else the folder name.
    public var title: String {
        config.title ?? (root as NSString).lastPathComponent
    }
}

/// A corpus's labels, made once by whichever thread asks first.
final class LabelMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var value: [String]?
    func get(_ make: () -> [String]) -> [String] {
        lock.lock(); defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}

/// A corpus folder's settings and file list, before its files are read.
public struct PreparedCorpus: Sendable {
    /// The path the corpus is opened from.
    public let path: String
    let root: String
    let isDirectory: Bool
    public let config: CorpusConfig
    /// Article files, relative to the folder, sorted.
    public let files: [String]
    /// Problems met so far (unreadable folders, concord.yaml).
    public let problems: [CorpusProblem]

    /// The corpus before any file is read: its settings and problems, no articles.
    public var empty: Corpus { Corpus(root: path, config: config, articles: [], problems: problems) }
}

extension CorpusLoader {
    /// `concord-screen-N.txt` (`w`) and `concord-export-N.md` (`E`), as the browser
    /// names them.
    public static func isConcordOutput(_ name: String) -> Bool {
        for (prefix, ext) in [("concord-screen-", ".txt"), ("concord-export-", ".md")] where name.hasPrefix(prefix) && name.hasSuffix(ext) {
            let middle = name.dropFirst(prefix.count).dropLast(ext.count)
            if !middle.isEmpty && middle.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        }
        // A view's export: concord-<view>-<yyyyMMdd-HHmmss>[-N].md
        for view in ["articles", "timeline", "matrix", "discrepancies"] {
            let prefix = "concord-\(view)-"
            guard name.hasPrefix(prefix), name.hasSuffix(".md") else { continue }
            let stamp = Array(name.dropFirst(prefix.count).dropLast(3))
            guard stamp.count >= 15, stamp[8] == "-" else { continue }
            let digits = stamp[0..<8] + stamp[9..<15]
            let rest = stamp[15...]
            let suffixOK = rest.isEmpty || (rest.first == "-" && rest.count > 1 && rest.dropFirst().allSatisfy { $0.isASCII && $0.isNumber })
            if digits.allSatisfy({ $0.isASCII && $0.isNumber }) && suffixOK { return true }
        }
        return false
    }
}

/// Loads a corpus from a folder (every `.txt` and `.md` file under it, hidden files
/// skipped) or from a single file.
public struct CorpusLoader: Sendable {
    public var parser: ArticleParser
    /// The endings of article files (pages may also be gzipped: HTMLExtractor.isPage).
    public static let extensions: [StaticString] = [".txt", ".md", ".html", ".htm", ".rss", ".atom", ".xml"]

    /// Whether a file name is an article: .txt, .md, .html, .htm, a feed, or a gzipped
    /// page. (Compared on bytes, ASCII case folded: the walk of a large folder asks it
    /// of every name.)
    public static func isArticleFile(_ name: String) -> Bool {
        for ext in extensions where name.hasSuffixFoldingASCII(ext) && name.utf8.count > ext.utf8CodeUnitCount { return true }
        return HTMLExtractor.isPage(name)
    }

    /// The largest article file read (bytes); a larger one is a problem entry and
    /// skipped, so one huge file cannot stall a corpus. `--max-article-mb` raises it.
    public var maxArticleBytes = CorpusLoader.defaultMaxArticleMB << 20
    public static let defaultMaxArticleMB = 64

    public init(parser: ArticleParser = ArticleParser()) {
        self.parser = parser
    }

    /// The article files under a folder, sorted by relative path.
    public static func articleFiles(under root: String) -> [String] { walk(root).files }

    /// Walks a folder (without following links to folders, so link loops end) and
    /// returns the article files, sorted, and a problem for every folder or entry that
    /// cannot be read: nothing is skipped without a word.
    static func walk(_ root: String) -> (files: [String], problems: [CorpusProblem]) {
        var files: [String] = []
        var problems: [CorpusProblem] = []
        var pending: [String] = [""]
        // Paths are joined as strings (NSString's path methods cost more than the
        // system calls on a folder of 100,000 files); the entry's type from readdir
        // saves a stat per file where the file system gives it.
        let rootPrefix = root.hasSuffix("/") ? root : root + "/"
        while let relative = pending.popLast() {
            let full = relative.isEmpty ? root : rootPrefix + relative
            guard let dir = opendir(full) else {
                let reason = String(cString: strerror(errno))
                problems.append(CorpusProblem(relative.isEmpty ? .error : .warning, path: full,
                                              "folder cannot be read (\(reason)); its articles are not loaded"))
                continue
            }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { ptr in
                    ptr.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name.utf8.first == UInt8(ascii: ".") { continue }
                // Concord's own outputs (a saved screen, an exported view) are not articles,
                // also when the browser runs inside the corpus folder and R reloads it.
                if name.hasPrefix("concord-") && CorpusLoader.isConcordOutput(name) { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                let childFull = rootPrefix + child
                let type = entry.pointee.d_type
                if type == UInt8(DT_DIR) {
                    pending.append(child)
                    continue
                }
                if type == UInt8(DT_REG) {
                    if isArticleFile(name) { files.append(child) }
                    continue
                }
                var st = stat()
                guard lstat(childFull, &st) == 0 else {
                    problems.append(CorpusProblem(.warning, path: childFull, "cannot be examined (\(String(cString: strerror(errno)))); skipped"))
                    continue
                }
                let kind = st.st_mode & S_IFMT
                if kind == S_IFDIR {
                    pending.append(child)
                    continue
                }
                guard isArticleFile(name) else { continue }
                if kind == S_IFREG {
                    files.append(child)
                } else if kind == S_IFLNK {
                    // A link counts as the file it points to; a link to a pipe could block forever.
                    var target = stat()
                    if stat(childFull, &target) != 0 {
                        problems.append(CorpusProblem(.warning, path: childFull, "a link that points nowhere (\(String(cString: strerror(errno)))); skipped"))
                    } else if target.st_mode & S_IFMT == S_IFREG {
                        files.append(child)
                    } else {
                        problems.append(CorpusProblem(.warning, path: childFull, "a link to something that is not a regular file; skipped"))
                    }
                } else {
                    problems.append(CorpusProblem(.warning, path: childFull, "not a regular file (a device, pipe or socket); skipped"))
                }
            }
        }
        return (files.sorted(), problems)
    }

    /// Loads the corpus. Throws only when the path does not exist or concord.yaml is unreadable;
    /// every other problem is listed in `problems` and the rest of the corpus still loads.
    /// `progress` hears (files done, files in all); `partial`, when given, receives the
    /// corpus loaded so far at most every quarter second (the browser shows it while
    /// the rest loads).
    public func load(_ path: String, progress: ((Int, Int) -> Void)? = nil,
                     partial: ((Corpus) -> Void)? = nil) throws -> Corpus {
        load(try prepare(path), progress: progress, partial: partial)
    }

    /// The first, quick part of loading: the folder's settings (concord.yaml) and its
    /// list of article files. `load(_:progress:partial:)` then reads the files.
    public func prepare(_ path: String) throws -> PreparedCorpus {
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
            let walked = CorpusLoader.walk(path)
            files = walked.files
            problems += walked.problems
            let configPath = (path as NSString).appendingPathComponent(CorpusConfig.fileName)
            if FileManager.default.fileExists(atPath: configPath) {
                guard let data = FileManager.default.contents(atPath: configPath) else {
                    throw CorpusError.unreadable(configPath, "permission denied or not a file")
                }
                let (scalars, firstInvalid) = data.withUnsafeBytes { raw -> ([Unicode.Scalar], Int?) in
                    decodeUTF8(raw.bindMemory(to: UInt8.self))
                }
                if let bad = firstInvalid {
                    // Listed like any other problem (check shows it and exits 2); the corpus still loads.
                    let (line, column) = CorpusLoader.lineColumn(ofByte: bad, in: data)
                    problems.append(CorpusProblem(.error, path: configPath, line: line, column: column,
                                                  "not valid UTF-8; the settings in this file are not used"))
                } else {
                    let (parsed, configProblems) = CorpusConfig.parse(String(String.UnicodeScalarView(scalars)), path: configPath)
                    config = parsed
                    problems += configProblems
                }
            }
        } else {
            root = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
            files = [(path as NSString).lastPathComponent]
        }
        return PreparedCorpus(path: path, root: root, isDirectory: isDirectory.boolValue, config: config, files: files, problems: problems)
    }

    /// Reads and parses a prepared corpus's files (through the cache when `useCache`).
    public func load(_ prepared: PreparedCorpus, progress: ((Int, Int) -> Void)? = nil,
                     partial: ((Corpus) -> Void)? = nil) -> Corpus {
        let path = prepared.path, root = prepared.root, config = prepared.config, files = prepared.files
        let isDirectory = ObjCBool(prepared.isDirectory)
        var problems = prepared.problems
        var cache: ParseCache?
        if isDirectory.boolValue && useCache {
            let (opened, cacheProblems) = ParseCache.open(corpusRoot: path)
            cache = opened
            problems += cacheProblems
        }
        var wrote = false
        var found = 0  // files the cache held: when that is all it holds, no row is stale
        let timexKey = TimexMemo.key(config.anchor)
        CorpusLoader.prepareLibraries()
        var articles: [Article] = []
        articles.reserveCapacity(files.count)
        var seenIds: [String: Int] = [:]
        seenIds.reserveCapacity(files.count)
        // The first snapshot goes out after the first chunk, the next ones at intervals.
        var lastSnapshot: UInt64 = 0
        var snapshotGap = CorpusLoader.snapshotInterval
        var lastCostPerArticle: UInt64 = 0
        let loadStart = DispatchTime.now().uptimeNanoseconds
        var start = 0
        // The cache's rows for the next chunk are read on another thread while this
        // chunk is decoded and named (on a second open, reading the database was a
        // third of the time, all of it on the loading thread).
        var chunk = CorpusLoader.chunkSize
        var pending = cache.map { CachePrefetch($0, Array(files[0..<min(files.count, chunk)]), timexKey: timexKey) }
        // Files are read and parsed in chunks, each on all cores; ids are then given in
        // file order, so they do not depend on which core finished first.
        while start < files.count {
            progress?(start, files.count)
            let part = Array(files[start..<min(files.count, start + chunk)])
            start += part.count
            chunk = min(CorpusLoader.maxChunkSize, 2 * chunk)
            let hits = pending?.wait() ?? [:]
            pending = nil
            if let cache, start < files.count {
                pending = CachePrefetch(cache, Array(files[start..<min(files.count, start + chunk)]), timexKey: timexKey)
            }
            found += hits.count
            var results = [FileResult](repeating: FileResult(), count: part.count)
            results.withUnsafeMutableBufferPointer { out in
                let base = out.baseAddress!
                DispatchQueue.concurrentPerform(iterations: part.count) { i in
                    let file = part[i]
                    let full = (root as NSString).appendingPathComponent(file)
                    let display = isDirectory.boolValue ? (path as NSString).appendingPathComponent(file) : path
                    // Named after the file in advance, as assignIds will usually name them
                    // (an article read from the cache is made with that id at once).
                    let c = FeedReader.isFeed(file) ? nil : IdCandidates(file: file)
                    var result = loadOne(full: full, display: display, relativePath: file, hit: hits[file],
                                         timexKey: timexKey, caching: cache != nil, id: c?.name ?? "")
                    if let c {
                        if !result.articles.allSatisfy({ $0.id == c.name }) {
                            result.articles = result.articles.map { $0.id == c.name ? $0 : $0.withId(c.name) }
                        }
                        result.candidates = c
                    }
                    result.display = display
                    base[i] = result
                }
            }
            var writes: [ParseCache.Write] = []
            var registered: [(file: String, memos: [TimexMemo])] = []
            // (Each result's fields are read in place: copying 1,024 results a chunk, with
            // every field's reference count, showed in a second open's profile.)
            for i in results.indices {
                if !results[i].problems.isEmpty { problems += results[i].problems }
                if let w = results[i].write { writes.append(w) }
                // The usual case: one article, already named after its file, a name not
                // taken yet (what assignIds does, without its arrays).
                if let c = results[i].candidates, results[i].articles.count == 1,
                   seenIds.updateValue(1, forKey: c.nameKey) == nil {
                    let article = results[i].articles[0]
                    articles.append(article)
                    if cache != nil { registered.append((part[i], [article.timexMemo])) }
                    continue
                }
                let named = CorpusLoader.assignIds(results[i].articles, relativePath: part[i],
                                                   display: results[i].display, seenIds: &seenIds, candidates: results[i].candidates)
                if !named.problems.isEmpty { problems += named.problems }
                articles += named.articles
                if cache != nil && !named.articles.isEmpty { registered.append((part[i], named.articles.map(\.timexMemo))) }
            }
            cache?.register(registered)
            cache?.store(writes)
            wrote = wrote || !writes.isEmpty
            if let partial, start < files.count {
                let now = DispatchTime.now().uptimeNanoseconds
                // A snapshot costs time in proportion to the articles so far (labels,
                // the browser's rebuild): the gap grows with it, so that snapshots
                // never take more than a tenth of the load; and none is taken when it
                // would cost more than a tenth of the time the rest will take (a second
                // open through the cache reads 100,000 files in two seconds, and a
                // snapshot of 40,000 of them, made from scratch while the rest is read,
                // delayed the whole corpus by a few tenths of a second).
                let elapsed = now - loadStart
                let remaining = elapsed / UInt64(start) * UInt64(files.count - start)
                let expectedCost = lastCostPerArticle * UInt64(articles.count)
                if now - lastSnapshot >= snapshotGap && remaining > max(CorpusLoader.snapshotInterval, 10 * expectedCost) {
                    let snapshot = Corpus(root: path, config: config, articles: articles, problems: problems, cache: cache,
                                          isComplete: false)
                    partial(snapshot)
                    let after = DispatchTime.now().uptimeNanoseconds
                    snapshotGap = max(CorpusLoader.snapshotInterval, 10 * (after - now))
                    lastCostPerArticle = (after - now) / UInt64(max(1, articles.count))
                    lastSnapshot = after
                }
            }
        }
        progress?(files.count, files.count)
        if let cache {
            cache.keepOnly(files, found: found)
            if wrote { cache.checkpoint() }
            problems += cache.takeProblems()
        }
        if articles.isEmpty && files.isEmpty && !problems.contains(where: { $0.path == path && $0.severity == .error }) {
            problems.append(CorpusProblem(.warning, path: path, "no articles found (.txt, .md, .html, .htm, .html.gz, .rss, .atom, .xml feeds)"))
        }
        return Corpus(root: path, config: config, articles: articles, problems: problems, cache: cache)
    }

    /// Files parsed together on all cores before ids are given and a snapshot may be
    /// shown: the first chunk is small, so that the first articles show at once; each
    /// next one twice the last, up to `maxChunkSize` (with chunks of 64 throughout, a
    /// second open of 100,000 files through the cache spent much of its time waking
    /// the other core for a millisecond of work).
    static let chunkSize = 64
    static let maxChunkSize = 1024

    /// The cache's rows for a chunk of files, being read on another thread.
    final class CachePrefetch: @unchecked Sendable {
        private var hits: [String: ParseCache.Hit] = [:]
        private let done = DispatchSemaphore(value: 0)

        init(_ cache: ParseCache, _ files: [String], timexKey: String) {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                hits = cache.fetch(files, timexKey: timexKey)
                done.signal()
            }
        }

        /// The rows, once read (waits for them).
        func wait() -> [String: ParseCache.Hit] {
            done.wait()
            return hits
        }
    }
    /// The least time between two snapshots passed to `load(partial:)` (nanoseconds).
    static let snapshotInterval: UInt64 = 250_000_000

    /// Whether `load` reads and fills the folder's parse cache (`.concord/cache.sqlite`).
    public var useCache = false

    /// libxml2 must be set up once before documents are parsed on several threads.
    static func prepareLibraries() { _ = librariesReady }
    private static let librariesReady: Bool = { HTMLExtractor.initialize(); return true }()

    /// One file's outcome: its articles (ids not yet given), problems, and what to write to the cache.
    struct FileResult {
        var articles: [Article] = []
        var problems: [CorpusProblem] = []
        var write: ParseCache.Write?
        var candidates: CorpusLoader.IdCandidates?
        /// The file's path as problems name it.
        var display = ""
    }

    /// Reads one file, from the cache when its stamp (or, failing that, its content
    /// hash) matches, else by parsing it.
    func loadOne(full: String, display: String, relativePath: String, hit: ParseCache.Hit?,
                 timexKey: String, caching: Bool, id: String = "") -> FileResult {
        var st = stat()
        let statted = stat(full, &st) == 0
        if statted, Int(st.st_size) > maxArticleBytes {
            return FileResult(problems: [CorpusProblem(.error, path: display,
                "is \(String(format: "%.1f", Double(st.st_size) / 1_048_576)) MiB, over the \(maxArticleBytes >> 20) MiB limit for one article; skipped (raise it with --max-article-mb)")])
        }
        let size = Int64(st.st_size), mtime = ParseCache.mtime(st)
        func fromCache() -> FileResult? {
            guard let hit, let decoded = try? ArticleCodec.decode(hit.articles, displayPath: display, id: id) else { return nil }
            if let blob = hit.timexes {
                let stored = StoredTimexes(bytes: blob, lengths: decoded.articles.map(\.length))
                for (i, a) in decoded.articles.enumerated() { a.timexMemo.setStored(timexKey, stored, index: i) }
            }
            return FileResult(articles: decoded.articles, problems: decoded.problems)
        }
        let stamp = hit?.stamp
        if statted, let stamp, stamp.size == size, stamp.mtime == mtime, let cached = fromCache() { return cached }
        guard let data = FileManager.default.contents(atPath: full) else {
            return FileResult(problems: [CorpusProblem(.error, path: display, "cannot be read (permission denied or not a regular file); skipped")])
        }
        guard caching else {
            let (articles, problems) = parseFile(data, path: display, relativePath: relativePath)
            return FileResult(articles: articles, problems: problems)
        }
        let hash = ParseCache.hash(data)
        let newStamp = ParseCache.Stamp(size: Int64(data.count), mtime: mtime, hash: hash)
        if let stamp, stamp.hash == hash, stamp.size == Int64(data.count), var cached = fromCache() {
            // Touched, not changed.
            cached.write = ParseCache.Write(path: relativePath, stamp: newStamp, articles: nil)
            return cached
        }
        let (articles, problems) = parseFile(data, path: display, relativePath: relativePath)
        let blob = ArticleCodec.encode(articles, problems: problems, displayPath: display)
        return FileResult(articles: articles, problems: problems,
                          write: ParseCache.Write(path: relativePath, stamp: newStamp, articles: blob))
    }

    /// Gives a file's articles their ids (unique in the corpus, case-insensitively) and
    /// reports every id that had to step aside.
    static func assignIds(_ parsed: [Article], relativePath: String, display: String,
                          seenIds: inout [String: Int], candidates: IdCandidates? = nil) -> (articles: [Article], problems: [CorpusProblem]) {
        var problems: [CorpusProblem] = []
        var articles: [Article] = []
        if FeedReader.isFeed(relativePath) {
            let stem = (relativePath as NSString).deletingPathExtension
            let width = String(parsed.count).count
            for (n, article) in parsed.enumerated() {
                let number = String(repeating: "0", count: width - String(n + 1).count) + String(n + 1)
                let (id, clash) = uniqueId(for: stem + "-" + number + ".txt", seenIds: &seenIds)
                if let clash { problems.append(CorpusProblem(.warning, path: display, "another article is named '\(clash)'; item \(n + 1) is '\(id)'")) }
                articles.append(article.withId(id))
            }
            return (articles, problems)
        }
        let c = candidates ?? IdCandidates(file: relativePath)
        for article in parsed {
            let (id, clash) = uniqueId(c, seenIds: &seenIds)
            if let clash { problems.append(CorpusProblem(.warning, path: display, "another article is named '\(clash)'; this one is '\(id)'")) }
            // (The loader names a file's articles after it in advance; usually that holds.)
            articles.append(article.id == id ? article : article.withId(id))
        }
        return (articles, problems)
    }

    /// Parses one file's bytes into an article, or reports why it cannot be one.
    public func loadFile(_ data: Data, path: String, relativePath: String, seenIds: inout [String: Int]) -> (Article?, [CorpusProblem]) {
        let (articles, problems) = loadArticles(data, path: path, relativePath: relativePath, seenIds: &seenIds)
        return (articles.first, problems)
    }

    /// Parses one file's bytes into its articles (one, or one per feed item), or
    /// reports why it holds none.
    public func loadArticles(_ data: Data, path: String, relativePath: String, seenIds: inout [String: Int]) -> ([Article], [CorpusProblem]) {
        let (parsed, problems) = parseFile(data, path: path, relativePath: relativePath)
        let named = CorpusLoader.assignIds(parsed, relativePath: relativePath, display: path, seenIds: &seenIds)
        return (named.articles, problems + named.problems)
    }

    /// Parses one file's bytes into its articles, with the id `""` (`assignIds` names them).
    func parseFile(_ data: Data, path: String, relativePath: String) -> ([Article], [CorpusProblem]) {
        var problems: [CorpusProblem] = []
        if FeedReader.isFeed(relativePath) {
            switch FeedReader.read(data) {
            case .failure(.notXML):
                return ([], [CorpusProblem(.warning, path: path, "not a readable XML file (an RSS or Atom feed was expected); skipped")])
            case .failure(.notAFeed(let root)):
                return ([], [CorpusProblem(.warning, path: path, "XML but not an RSS or Atom feed (its root is <\(root)>); skipped")])
            case .success(let items):
                if items.isEmpty { problems.append(CorpusProblem(.warning, path: path, "feed with no items")) }
                let articles = items.enumerated().map { n, item in
                    parser.article(from: item.page, id: "", path: relativePath + "#" + String(n + 1))
                }
                return (articles, problems)
            }
        }
        if HTMLExtractor.isPage(relativePath) {
            let gz = relativePath.hasSuffixFoldingASCII(".gz")
            if gz, data.count >= 18 {
                // gzip's trailer holds the uncompressed size (mod 4 GiB): a page that would
                // unpack past the article limit is refused before libxml2 inflates it.
                let n = data.count
                let size = Int(data[n - 4]) | Int(data[n - 3]) << 8 | Int(data[n - 2]) << 16 | Int(data[n - 1]) << 24
                let ratio = data.count > 0 ? size / max(1, data.count) : 0
                if size > maxArticleBytes || ratio > 1000 {
                    return ([], problems + [CorpusProblem(.error, path: path, "unpacks to \(size >> 20) MiB (over the \(maxArticleBytes >> 20) MiB limit for one article, or a suspicious ratio); skipped")])
                }
            }
            guard let page = HTMLExtractor.extract(data, gzipPath: gz ? path : nil) else {
                return ([], problems + [CorpusProblem(.error, path: path, "not a readable web page (libxml2 could not parse it); skipped")])
            }
            let article = parser.article(from: page, id: "", path: relativePath)
            if !article.blocks.contains(where: { $0.kind == .text }) {
                problems.append(CorpusProblem(.warning, path: path, "web page with no main text found; its \(article.blocks.count) blocks are kept as boilerplate"))
            }
            return ([article], problems)
        }
        // (a raw pointer, not `Data`'s byte iterator, which costs a call per byte)
        let binary = data.withUnsafeBytes { raw in
            raw.count > 0 && memchr(raw.baseAddress!, 0, min(raw.count, 8192)) != nil
        }
        if binary {
            return ([], [CorpusProblem(.error, path: path, "binary file (contains NUL bytes); skipped")])
        }
        var (scalars, firstInvalid) = data.withUnsafeBytes { raw -> ([Unicode.Scalar], Int?) in
            decodeUTF8(raw.bindMemory(to: UInt8.self))
        }
        if let bad = firstInvalid {
            // Not UTF-8 from here: text saved in Windows-1252 (older editors, exports),
            // whole or pasted into UTF-8. Each byte that is not part of a well-formed
            // UTF-8 sequence is read as Windows-1252 (every byte is a character there),
            // so no letter is lost; the place is reported.
            let (line, column) = CorpusLoader.lineColumn(ofByte: bad, in: data)
            scalars = data.withUnsafeBytes { raw in
                HTMLExtractor.repairingStrayBytes(raw.bindMemory(to: UInt8.self)).withUnsafeBytes { decodeUTF8($0.bindMemory(to: UInt8.self)).scalars }
            }
            problems.append(CorpusProblem(.warning, path: path, line: line, column: column,
                                          "not valid UTF-8 from here; bytes that are not UTF-8 read as Windows-1252"))
        }
        // Old Mac files end lines with a lone CR: read it as a line end (one scalar for
        // one, so every offset still points into the file's text).
        CorpusLoader.normalizeLoneCR(&scalars)
        let (article, parseProblems) = parser.parse(fileScalars: scalars, id: "", path: relativePath)
        problems += parseProblems.map { var p = $0; p.path = path; return p }
        return ([article], problems)
    }

    /// A unique, stable id for a file: its name without extension, else its path
    /// without extension, else that with "~2", "~3"…. Ids are compared without
    /// regard to case ("x.TXT" and "a/x.txt" clash). Returns the id and, when it
    /// had to step aside, the id it clashed with.
    static func uniqueId(for relativePath: String, seenIds: inout [String: Int]) -> (id: String, clash: String?) {
        uniqueId(IdCandidates(relativePath), seenIds: &seenIds)
    }

    /// A file's preferred ids (its name, then its path, each without the extension)
    /// and their case-folded keys: computed where the file is parsed, on all cores,
    /// so that giving ids in file order is only look-ups.
    struct IdCandidates {
        let name: String, path: String
        let nameKey: String
        /// Needed only when the name is taken (made then).
        var pathKey: String { path == name ? nameKey : path.lowercasedFast }

        init(_ relativePath: String) {
            (name, path) = CorpusLoader.stems(relativePath)
            nameKey = name.lowercasedFast
        }

        /// For a page ("a/p.html.gz" is named as "a/p.html"), else the path itself.
        init(file relativePath: String) {
            self.init(HTMLExtractor.isPage(relativePath) ? CorpusLoader.pageStem(relativePath) : relativePath)
        }
    }

    static func uniqueId(_ c: IdCandidates, seenIds: inout [String: Int]) -> (id: String, clash: String?) {
        func take(_ key: String) -> Bool {
            if seenIds[key] != nil { return false }
            seenIds[key] = 1
            return true
        }
        if take(c.nameKey) { return (c.name, nil) }
        if c.path != c.name, take(c.pathKey) { return (c.path, c.name) }
        var n = 2
        while !take("\(c.path)~\(n)".lowercasedFast) { n += 1 }
        return ("\(c.path)~\(n)", c.name)
    }

    /// A relative path's file name and path, each without its extension ("a/b.txt" →
    /// "b", "a/b"), as NSString's path methods give them, without their cost.
    static func stems(_ relativePath: String) -> (name: String, path: String) {
        var trimmed = Substring(relativePath)
        while trimmed.utf8.count > 1, trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        let u = trimmed.utf8
        let slash = u.lastIndex(of: UInt8(ascii: "/"))
        let nameStart = slash.map { u.index(after: $0) } ?? u.startIndex
        var path = trimmed
        if let dot = u[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot != nameStart {
            path = trimmed[..<dot]
        }
        return (String(path[nameStart...]), String(path))
    }

    /// "a/page.html.gz" → "a/page.html": uniqueId then strips the page extension.
    static func pageStem(_ relativePath: String) -> String {
        relativePath.hasSuffixFoldingASCII(".gz") ? String(relativePath.dropLast(3)) : relativePath
    }

    /// Replaces each CR not followed by LF with LF.
    static func normalizeLoneCR(_ scalars: inout [Unicode.Scalar]) {
        var i = 0
        let n = scalars.count
        while i < n {
            if scalars[i] == "\r" && (i + 1 >= n || scalars[i + 1] != "\n") { scalars[i] = "\n" }
            i += 1
        }
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
