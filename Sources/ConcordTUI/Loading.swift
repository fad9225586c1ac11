import ConcordKit
import Foundation

/// One piece of news from the background loader: progress, and (now and then, and
/// at the end) the corpus as loaded so far. Compared by identity.
public final class CorpusUpdate: @unchecked Sendable, Equatable {
    public let done: Int
    public let total: Int
    /// The corpus loaded so far, when this update carries one.
    public let corpus: Corpus?
    /// True for the last update of a load.
    public let finished: Bool
    /// The commitments to use from now on (a reload reads the file again); nil keeps
    /// the current ones.
    public let commitments: CommitmentChoice?
    /// True when the folder was read again (`R`), not opened.
    public let isReload: Bool
    /// Something to tell the user with the finished update (a failed reload).
    public let note: String?

    public enum CommitmentChoice: Sendable {
        case file(CommitmentSet)
        case discover
    }

    public init(done: Int, total: Int, corpus: Corpus? = nil, finished: Bool = false, commitments: CommitmentChoice? = nil,
                isReload: Bool = false, note: String? = nil) {
        self.isReload = isReload
        self.note = note
        self.done = done
        self.total = total
        self.corpus = corpus
        self.finished = finished
        self.commitments = commitments
    }

    public static func == (a: CorpusUpdate, b: CorpusUpdate) -> Bool { a === b }
}

/// The mailbox between a loader thread and the event loop: the loader posts, the
/// loop takes the latest news (older snapshots are dropped, never queued).
public final class CorpusFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var progress: (Int, Int)?
    private var snapshot: CorpusUpdate?
    private var running = false

    public init() {}

    public func post(done: Int, total: Int) {
        lock.lock(); defer { lock.unlock() }
        progress = (done, total)
    }

    public func post(_ update: CorpusUpdate) {
        lock.lock(); defer { lock.unlock() }
        // A finished update is never replaced by a later partial one.
        if let old = snapshot, old.finished, !update.finished { return }
        snapshot = update
        if update.finished { running = false; progress = nil }
    }

    /// The news since the last call, if any. A partial snapshot is handed over only
    /// when `snapshots` is true (the loop takes them no faster than it can show them);
    /// progress and the finished corpus always.
    public func take(snapshots: Bool = true) -> CorpusUpdate? {
        lock.lock(); defer { lock.unlock() }
        if let s = snapshot, snapshots || s.finished {
            snapshot = nil
            progress = nil
            return s
        }
        if let (done, total) = progress {
            progress = nil
            return CorpusUpdate(done: done, total: total)
        }
        return nil
    }

    /// Marks a load as started; false when one is already running.
    public func begin() -> Bool {
        lock.lock(); defer { lock.unlock() }
        if running { return false }
        running = true
        return true
    }

    public var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }
}

/// How the browser gets its corpus: the function runs on a background thread,
/// posts progress and snapshots to the feed, and ends with a finished update.
public typealias CorpusSource = @Sendable (CorpusFeed) -> Void

extension CorpusFeed {
    /// Runs a load on its own thread, unless one is already running.
    func start(_ source: @escaping CorpusSource) -> Bool {
        guard begin() else { return false }
        let thread = Thread { source(self) }
        thread.stackSize = 8 << 20
        thread.start()
        return true
    }
}

extension AppState {
    /// Takes in the loader's news: progress goes to the status line; a corpus replaces
    /// the current one, keeping the view, the selected article and the reading position.
    mutating func receive(_ update: CorpusUpdate) {
        let before = update.isReload ? Set(corpus.articles.map(\.id)) : []
        if let corpus = update.corpus {
            let commitments: CommitmentSet?
            switch update.commitments {
            case .file(let set)?: commitments = set
            case .discover?: commitments = nil
            case nil: commitments = analyses.given
            }
            replaceCorpus(corpus, commitments: commitments)
        }
        if update.finished {
            loading = nil
            let n = corpus.articles.count
            let problems = corpus.problems.count
            if update.corpus == nil {
                message = update.note ?? "Nothing was loaded"
                return
            }
            var text = (update.isReload ? "Reloaded: " : "Loaded ") + "\(n) article\(n == 1 ? "" : "s")"
            if update.isReload {
                let after = Set(corpus.articles.map(\.id))
                text += " (\(after.subtracting(before).count) new, \(before.subtracting(after).count) gone)"
            }
            if problems > 0 { text += "; \(problems) problem\(problems == 1 ? "" : "s"), press ! to list" }
            if let note = update.note { text += "; " + note }
            message = text
        } else {
            loading = (update.done, update.total)
        }
    }

    /// Puts another corpus (a later snapshot of the same folder, or the folder
    /// re-read) in place. Article positions are carried over by article id.
    public mutating func replaceCorpus(_ new: Corpus, commitments: CommitmentSet?) {
        let old = corpus.articles
        var index: [String: Int] = [:]
        index.reserveCapacity(new.articles.count)
        for (i, a) in new.articles.enumerated() { index[a.id] = i }
        func map(_ i: Int) -> Int? { old.indices.contains(i) ? index[old[i].id] : nil }
        let current = currentArticleIndex.flatMap(map)
        let unchanged = current.map { new.articles[$0].content == currentArticle?.content } ?? false
        // The reader keeps its place: the first offset shown, found again in the new layout.
        var anchor: Int?
        if let l = layout, readerTop > 0, !l.lines.isEmpty {
            anchor = l.lines[min(readerTop, l.lines.count - 1)...].lazy.compactMap(\.anchor).first
        }
        let top = readerTop
        corpus = new
        analyses = Analyses(corpus: new, commitments: commitments)
        order = sortedOrder(sort)
        selected = current.flatMap { order.firstIndex(of: $0) } ?? min(selected, max(0, order.count - 1))
        if let h = highlight { highlight = map(h.article).map { ($0, h.span) } }
        timelineFilter = timelineFilter.flatMap(map)
        // (sources hidden by the pickers stay hidden, found by their ids)
        matrixHiddenSources = Set(matrixHiddenSources.compactMap(map))
        timelineHiddenSources = Set(timelineHiddenSources.compactMap(map))
        if matrixHiddenSources.count >= new.articles.count { matrixHiddenSources = [] }
        if timelineHiddenSources.count >= new.articles.count { timelineHiddenSources = [] }
        compareLeft = map(compareLeft) ?? min(compareLeft, max(0, new.articles.count - 1))
        compareRight = map(compareRight) ?? min(compareRight, max(0, new.articles.count - 1))
        matrixColumn = map(matrixColumn) ?? min(matrixColumn, max(0, new.articles.count - 1))
        if let r = returnView, r == .articles { returnView = nil }
        discrepancyExpanded = []
        evidenceSelected = 0
        viewSearch = nil
        layout = nil
        ensureLayout()
        if unchanged {
            readerTop = top
        } else if let anchor, let line = layout?.lineIndex(forOffset: anchor) {
            readerTop = line
        }
        clampList()
        clampReader()
        if let q = search?.query { runSearch(q, jump: false) }
        // Only the visible view is rebuilt now; the others when next shown.
        settleView()
    }
}
