#if canImport(Glibc)
import Glibc
#endif
import ConcordKit
import Foundation

/// Watches a corpus folder (and the folders under it) for added, changed, removed
/// and renamed articles, and for a changed `concord.yaml` or commitments file, with
/// Linux's inotify. Concord's own writes (its hidden `.concord/` cache, the notes
/// file, saved screens and exports) are not changes. The run loop polls it and,
/// once the folder has been quiet for a moment, reloads as `R` does. Elsewhere, or
/// past `maxFolders`, there is no watch and `R` remains.
public final class FolderWatch {
    /// The most folders watched (one inotify watch each).
    public static let maxFolders = 2048

    private var fd: Int32 = -1
    private var folders: [Int32: String] = [:]
    /// Why the folder is not (or not wholly) watched, when it is not.
    public private(set) var unavailable: String?
    /// Whether any folder is watched.
    public var isActive: Bool { fd >= 0 && !folders.isEmpty }

    public init(root: String) {
        #if canImport(Glibc)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
            unavailable = "a single file is not watched"
            return
        }
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { unavailable = "the folder cannot be watched (\(String(cString: strerror(errno))))"; return }
        var pending = [root]
        while let dir = pending.popLast() {
            guard add(dir) else { break }
            // The folders under it, by the entry types readdir gives (a stat only where
            // the file system leaves the type unknown): a tree of 100,000 files took
            // half a second with a stat each.
            guard let d = opendir(dir) else { continue }
            while let entry = readdir(d) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let type = entry.pointee.d_type
                if type == UInt8(DT_DIR) {
                    pending.append(path)
                } else if type == UInt8(DT_UNKNOWN) {
                    var st = stat()
                    if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { pending.append(path) }
                }
            }
            closedir(d)
        }
        #else
        unavailable = "this platform has no folder watch here"
        #endif
    }

    deinit {
        #if canImport(Glibc)
        if fd >= 0 { close(fd) }
        #endif
    }

    /// Watches one more folder; false when the limit is reached.
    private func add(_ dir: String) -> Bool {
        #if canImport(Glibc)
        guard folders.count < FolderWatch.maxFolders else {
            unavailable = "over \(FolderWatch.maxFolders) folders: changes past them need R"
            return false
        }
        let mask = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF)
        let wd = inotify_add_watch(fd, dir, mask)
        if wd >= 0 { folders[wd] = dir }
        #endif
        return true
    }

    /// Whether a name in a watched folder matters: an article, a YAML file (settings,
    /// commitments) other than the notes, or a folder; not a hidden file nor one of
    /// the browser's own outputs.
    public static func matters(_ name: String, isFolder: Bool) -> Bool {
        if name.isEmpty || name.hasPrefix(".") || CorpusLoader.isConcordOutput(name) { return false }
        if isFolder { return true }
        if name == Annotations.fileName { return false }
        let ext = (name as NSString).pathExtension.lowercased()
        return CorpusLoader.isArticleFile(name) || ext == "yaml" || ext == "yml"
    }

    /// Sets up the watch of `root` on another thread (scanning a large tree takes a
    /// moment the browser's keys must not wait for); `take()` gives it once made.
    public final class Setup: @unchecked Sendable {
        private let lock = NSLock()
        private var made: FolderWatch?

        public init(root: String) {
            Thread.detachNewThread { [self] in
                let watch = FolderWatch(root: root)
                lock.lock(); made = watch; lock.unlock()
            }
        }

        /// The watch, once it is set up (then nil again).
        public func take() -> FolderWatch? {
            lock.lock(); defer { lock.unlock() }
            let watch = made
            made = nil
            return watch
        }
    }

    /// Reads the events waiting (never blocks); true when one of them matters.
    public func drain() -> Bool {
        #if canImport(Glibc)
        guard fd >= 0 else { return false }
        var changed = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let (wd, mask, len) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (e.wd, e.mask, Int(e.len))
                }
                let nameStart = offset + header
                let nameEnd = min(n, nameStart + len)
                let name = nameEnd > nameStart
                    ? String(decoding: buffer[nameStart..<nameEnd].prefix { $0 != 0 }, as: UTF8.self) : ""
                offset = nameStart + len
                let isFolder = mask & UInt32(IN_ISDIR) != 0
                if mask & UInt32(IN_DELETE_SELF) != 0 { folders[wd] = nil; changed = true; continue }
                guard FolderWatch.matters(name, isFolder: isFolder) else { continue }
                changed = true
                // A new folder is watched too (its files count from now on; R reads all).
                if isFolder, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, let parent = folders[wd] {
                    _ = add((parent as NSString).appendingPathComponent(name))
                }
            }
        }
        return changed
        #else
        return false
        #endif
    }
}
