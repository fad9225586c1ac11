import Foundation
import GRDB

/// The persistent parse cache of a corpus folder: `.concord/cache.sqlite`, an
/// SQLite database (through GRDB) holding each file's parsed articles (blocks,
/// sentences, metadata with provenance, problems) and, once a timeline was built,
/// their time expressions.
///
/// A row is keyed by the file's path relative to the corpus, and is used only while
/// the file's size and modification time (to the nanosecond) are those recorded, or,
/// when they changed, while its content hash still matches. A different Concord
/// build (version, cache layout, or executable) empties the cache; time expressions
/// are kept per corpus anchor (concord.yaml's `anchor`), the only setting they depend on.
///
/// The cache never holds anything the user wrote that is not also in their files:
/// deleting `.concord/` is always safe. A damaged cache file is deleted and rebuilt
/// with a warning; a cache that cannot be opened or written (read-only folder,
/// locked by another process past the wait) is left alone and the corpus loads
/// without it, with a warning.
public final class ParseCache: @unchecked Sendable {
    public static let folderName = ".concord"
    public static let fileName = "cache.sqlite"

    /// The path of the database file.
    public let path: String
    private let db: DatabasePool
    private let lock = NSLock()
    private var disabled = false
    /// Warnings met while using the cache (shown as corpus problems).
    private var problemList: [CorpusProblem] = []
    /// Each cached file's articles' memos, in file order, for `storeTimexes`.
    private var memos: [(file: String, memos: [TimexMemo])] = []

    /// What changes every time Concord's code does: its version, the blob layout and
    /// the running executable's size and modification time.
    public static let buildKey: String = {
        var key = "concord \(ConcordInfo.version) layout \(ArticleCodec.layoutVersion)"
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 {
            key += " exe \(st.st_size) \(ParseCache.mtime(st))"
        } else if let exe = Bundle.main.executablePath, stat(exe, &st) == 0 {
            key += " exe \(st.st_size) \(ParseCache.mtime(st))"
        }
        return key
    }()

    static func mtime(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        return Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
    }

    /// One lock for every cache in the process: a reload opens a second connection
    /// pool on the same file while the first may still be storing time expressions
    /// from a background thread; their reads and writes never run at once.
    private static let processLock = NSLock()

    private func writeLocked<T>(_ body: (Database) throws -> T) throws -> T {
        ParseCache.processLock.lock(); defer { ParseCache.processLock.unlock() }
        return try db.write(body)
    }

    private func readLocked<T>(_ body: (Database) throws -> T) throws -> T {
        ParseCache.processLock.lock(); defer { ParseCache.processLock.unlock() }
        return try db.read(body)
    }

    private init(path: String, db: DatabasePool) {
        self.path = path
        self.db = db
    }

    /// Opens (creating it if needed) the cache of a corpus folder. Returns nil, with a
    /// warning, when it cannot be used; a damaged file is replaced, with a warning.
    public static func open(corpusRoot: String, buildKey: String = ParseCache.buildKey) -> (ParseCache?, [CorpusProblem]) {
        let folder = (corpusRoot as NSString).appendingPathComponent(folderName)
        let file = (folder as NSString).appendingPathComponent(fileName)
        var problems: [CorpusProblem] = []
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            // A read-only corpus folder simply has no cache; that is not worth a warning.
            guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)) != nil else {
                return (nil, [])
            }
        } else if !isDirectory.boolValue {
            return (nil, [CorpusProblem(.warning, path: folder, "is not a folder; the parse cache is not used")])
        }
        var rebuilt = false
        // Another Concord opening the same cache at the same moment (switching it to WAL,
        // creating its tables) can refuse a connection at once, without waiting: retried.
        for attempt in 0..<8 {
            do {
                let cache = try ParseCache(path: file, db: connect(file))
                try cache.prepare(buildKey: buildKey)
                return (cache, problems)
            } catch let error as DatabaseError where !rebuilt && isDamage(error) {
                rebuilt = true
                remove(file)
                problems.append(CorpusProblem(.warning, path: file, "the parse cache was damaged (\(error.resultCode)); it was deleted and is rebuilt"))
            } catch let error as DatabaseError where attempt < 7 && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                usleep(UInt32(25_000 << min(attempt, 4)))
            } catch {
                if !FileManager.default.isWritableFile(atPath: folder) { return (nil, problems) }
                return (nil, problems + [CorpusProblem(.warning, path: file, "the parse cache cannot be used (\(describe(error))); the corpus is parsed without it")])
            }
        }
        return (nil, problems)
    }

    static func connect(_ file: String) throws -> DatabasePool {
        var config = Configuration()
        // Another Concord on the same corpus may be writing: wait for it, a while.
        config.busyMode = .timeout(5)
        config.label = "concord-cache"
        // (Not memory-mapped: mapping made reads about 0.15 s faster on a second open of
        // 100,000 articles, but every page read then counts as resident memory, 330 MiB
        // more at that size, against the 2 GiB the scale issue allows.)
        return try DatabasePool(path: file, configuration: config)
    }

    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_FORMAT
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return "\(e.resultCode)" + (e.message.map { ": \($0)" } ?? "") }
        return "\(error)"
    }

    static func remove(_ file: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(file + suffix) }
    }

    private func prepare(buildKey: String) throws {
        try writeLocked { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS files(
                    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash INTEGER NOT NULL,
                    articles BLOB NOT NULL, timex_key TEXT, timexes BLOB);
                CREATE TABLE IF NOT EXISTS derived(name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, value BLOB NOT NULL);
                """)
            let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'build'")
            if stored != buildKey {
                try db.execute(sql: "DELETE FROM files")
                try db.execute(sql: "DELETE FROM derived")
                try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('build', ?)", arguments: [buildKey])
            }
        }
        // A damaged page shows on the first full read; check the index now.
        _ = try readLocked { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM files") }
    }

    /// Warnings met so far (each reported once).
    public func takeProblems() -> [CorpusProblem] {
        lock.lock(); defer { lock.unlock() }
        let p = problemList
        problemList = []
        return p
    }

    private func fail(_ what: String, _ error: Error) {
        lock.lock(); defer { lock.unlock() }
        guard !disabled else { return }
        disabled = true
        problemList.append(CorpusProblem(.warning, path: path, "the parse cache could not be \(what) (\(ParseCache.describe(error))); the corpus is parsed without it"))
    }

    private var isDisabled: Bool { lock.lock(); defer { lock.unlock() }; return disabled }

    // MARK: Reading

    /// What the cache knows of a file, without its blobs.
    public struct Stamp: Sendable {
        public var size: Int64
        public var mtime: Int64
        public var hash: Int64
    }

    /// Every cached file's stamp, by relative path.
    public func stamps() -> [String: Stamp] {
        guard !isDisabled else { return [:] }
        do {
            return try readLocked { db in
                var out: [String: Stamp] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash FROM files")
                while let row = try rows.next() {
                    out[row[0]] = Stamp(size: row[1], mtime: row[2], hash: row[3])
                }
                return out
            }
        } catch {
            fail("read", error)
            return [:]
        }
    }

    /// One cached file: its stamp, its articles blob and, when stored for `timexKey`,
    /// its time expressions.
    struct Hit {
        var stamp: Stamp
        /// Part of one buffer holding the articles of every file of the fetch.
        var articles: ArraySlice<UInt8>
        /// Part of one buffer holding the time expressions of every file of the fetch
        /// (kept by the articles, undecoded, until a timeline asks for them).
        var timexes: ArraySlice<UInt8>?
    }

    /// The cached rows of some files (those the cache has), read in batches by path.
    func fetch(_ paths: [String], timexKey: String) -> [String: Hit] {
        guard !isDisabled, !paths.isEmpty else { return [:] }
        do {
            return try readLocked { db in
                // The blobs are copied once, straight from SQLite's buffer, into one buffer
                // for the whole fetch (one allocation instead of one a file): one for the
                // articles, freed once they are decoded, and one for the time expressions,
                // which the articles keep undecoded until a timeline asks for them.
                var found: [(path: String, stamp: Stamp, range: Range<Int>, timexes: Range<Int>?)] = []
                found.reserveCapacity(paths.count)
                var buffer: [UInt8] = []
                buffer.reserveCapacity(paths.count * 4096)
                var timexBuffer: [UInt8] = []
                var start = 0
                while start < paths.count {
                    let part = Array(paths[start..<min(paths.count, start + 500)])
                    start += 500
                    let marks = Array(repeating: "?", count: part.count).joined(separator: ",")
                    let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash, articles, timex_key, timexes FROM files WHERE path IN (\(marks))",
                                                   arguments: StatementArguments(part))
                    while let row = try rows.next() {
                        let key: String? = row[5]
                        let from = buffer.count
                        try row.withUnsafeData(atIndex: 4) { if let data = $0 { buffer.append(contentsOf: data) } }
                        var timexes: Range<Int>?
                        if key == timexKey {
                            let t = timexBuffer.count
                            try row.withUnsafeData(atIndex: 6) { data in
                                if let data { timexBuffer.append(contentsOf: data); timexes = t..<timexBuffer.count }
                            }
                        }
                        found.append((row[0], Stamp(size: row[1], mtime: row[2], hash: row[3]), from..<buffer.count, timexes))
                    }
                }
                // What is kept is not bigger than it needs to be.
                if timexBuffer.capacity > timexBuffer.count + timexBuffer.count / 8 {
                    let exact = [UInt8](unsafeUninitializedCapacity: timexBuffer.count) { out, n in
                        n = timexBuffer.withUnsafeBufferPointer { out.initialize(from: $0).1 }
                    }
                    timexBuffer = exact
                }
                var out: [String: Hit] = [:]
                out.reserveCapacity(found.count)
                for f in found {
                    out[f.path] = Hit(stamp: f.stamp, articles: buffer[f.range], timexes: f.timexes.map { timexBuffer[$0] })
                }
                return out
            }
        } catch {
            fail("read", error)
            return [:]
        }
    }

    /// The source labels stored for a corpus with this fingerprint (see
    /// `SourceLabels.fingerprint`), if those are the ones stored.
    func labels(fingerprint: String) -> [String]? {
        guard !isDisabled else { return nil }
        do {
            return try readLocked { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT fingerprint, value FROM derived WHERE name = 'labels'"),
                      (row[0] as String) == fingerprint else { return nil }
                let bytes = try row.withUnsafeData(atIndex: 1) { $0.map { [UInt8]($0) } ?? [] }
                return try? ArticleCodec.decode(strings: bytes)
            }
        } catch {
            fail("read", error)
            return nil
        }
    }

    /// Keeps a complete corpus's source labels (one set per cache: the last corpus's).
    func storeLabels(_ labels: [String], fingerprint: String) {
        guard !isDisabled else { return }
        do {
            try writeLocked { db in
                try db.execute(sql: "INSERT OR REPLACE INTO derived(name, fingerprint, value) VALUES ('labels', ?, ?)",
                               arguments: [fingerprint, Data(ArticleCodec.encode(strings: labels))])
            }
        } catch {
            fail("written", error)
        }
    }

    /// How many files the cache holds.
    func count() -> Int {
        guard !isDisabled else { return 0 }
        do {
            return try readLocked { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0 }
        } catch {
            fail("read", error)
            return 0
        }
    }

    // MARK: Writing

    struct Write {
        var path: String
        var stamp: Stamp
        /// nil: only the stamp changed (the content hash matched).
        var articles: [UInt8]?
    }

    func store(_ writes: [Write]) {
        guard !isDisabled, !writes.isEmpty else { return }
        do {
            try writeLocked { db in
                for w in writes {
                    if let blob = w.articles {
                        try db.execute(sql: "INSERT OR REPLACE INTO files(path, size, mtime, hash, articles) VALUES (?, ?, ?, ?, ?)",
                                       arguments: [w.path, w.stamp.size, w.stamp.mtime, w.stamp.hash, Data(blob)])
                    } else {
                        try db.execute(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?",
                                       arguments: [w.stamp.size, w.stamp.mtime, w.path])
                    }
                }
            }
        } catch {
            fail("written", error)
        }
    }

    /// Moves what was written back into the database file and empties the write-ahead
    /// log. SQLite does this when the last connection closes; a command keeps its
    /// corpus (and the cache) until it ends, and a log of hundreds of megabytes makes
    /// the next open read every page through it. Not done is not an error (another
    /// process may be reading): the log is then merged later.
    func checkpoint() {
        guard !isDisabled else { return }
        ParseCache.processLock.lock(); defer { ParseCache.processLock.unlock() }
        _ = try? db.writeWithoutTransaction { try $0.checkpoint(.truncate) }
    }

    /// Forgets files that are gone (deleted, renamed, or no longer articles).
    /// `found`: how many of `present` the cache held; when that is all it holds,
    /// nothing is gone and the table is not read.
    func keepOnly(_ present: [String], found: Int) {
        guard !isDisabled, count() != found else { return }
        let keep = Set(present)
        let gone = stamps().keys.filter { !keep.contains($0) }
        guard !gone.isEmpty else { return }
        do {
            try writeLocked { db in
                for p in gone { try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [p]) }
            }
        } catch {
            fail("written", error)
        }
    }

    /// Remembers which memos belong to each file of a batch (each file once per
    /// load), so that time expressions tagged later can be stored with it.
    func register(_ files: [(file: String, memos: [TimexMemo])]) {
        guard !files.isEmpty else { return }
        lock.lock(); defer { lock.unlock() }
        memos += files
    }

    /// Stores the time expressions tagged in this process (each file once all its
    /// articles are tagged for the same anchor).
    public func storeTimexes(_ corpus: Corpus) {
        lock.lock()
        let files = memos
        lock.unlock()
        var writes: [(String, String, Data)] = []
        for (file, list) in files {
            guard list.contains(where: \.isNew) else { continue }
            var lists: [[Timex]] = []
            var key: String?
            for memo in list {
                guard let k = memo.currentKey, key == nil || key == k, let t = memo.get(k) else { lists = []; break }
                key = k
                lists.append(t)
            }
            guard let key, lists.count == list.count else { continue }
            list.forEach { _ = $0.takeNew() }
            writes.append((file, key, Data(ArticleCodec.encode(timexes: lists))))
        }
        guard !isDisabled, !writes.isEmpty else { return }
        do {
            try writeLocked { db in
                for (file, key, blob) in writes {
                    try db.execute(sql: "UPDATE files SET timex_key = ?, timexes = ? WHERE path = ?", arguments: [key, blob, file])
                }
            }
            checkpoint()
        } catch {
            fail("written", error)
        }
    }

    /// FNV-1a, 64 bits: a content hash for telling a touched file from a changed one.
    static func hash(_ data: Data) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { raw in
            for b in raw { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        }
        return Int64(bitPattern: h)
    }
}
