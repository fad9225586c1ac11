import ConcordKit
import Foundation

/// The views reachable with the number keys.
public enum ViewID: Int, CaseIterable, Sendable {
    case articles = 1
    case timeline = 2
    case matrix = 3
    case discrepancies = 4
    case compare = 5

    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .timeline: return "Timeline"
        case .matrix: return "Matrix"
        case .discrepancies: return "Discrepancies"
        case .compare: return "Compare"
        }
    }

    /// A short name for the tab bar on 64–109 column screens.
    public var shortTitle: String {
        switch self {
        case .articles: return "Articles"
        case .timeline: return "Time"
        case .matrix: return "Matrix"
        case .discrepancies: return "Diffs"
        case .compare: return "Cmp"
        }
    }
}

/// How finely the timeline is shown.
public enum TimelineZoom: String, CaseIterable, Sendable {
    case day, month, year
}

/// Row order of the matrix.
public enum MatrixSort: String, CaseIterable, Sendable {
    case file, coverage, disagreement
}

/// Which matrix rows are shown by their stances (`S` cycles).
public enum MatrixStanceFilter: String, CaseIterable, Sendable {
    /// Every row.
    case all
    /// Rows whose sources say different things (two stances among confirmed,
    /// hedged, contradicted, mixed) or that some sources leave out.
    case disagreeing = "sources disagree"
    /// Rows where some source contradicts (or is mixed).
    case contradicted = "a source contradicts"
    /// Rows with a cell you have not marked verified.
    case unverified = "not all verified"

    func keeps(_ row: MatrixRow, verified: (Int) -> Bool) -> Bool {
        switch self {
        case .all: return true
        case .disagreeing: return row.disagreement > 0
        case .contradicted: return row.cells.contains { $0.stance == .contradicted || $0.stance == .mixed }
        case .unverified: return row.cells.contains { $0.stance != .silent && !verified($0.article) }
        }
    }
}

public enum Pane: Sendable { case list, reader }

public enum PromptKind: Sendable { case search, note, dateRange, stance }

public enum SortOrder: String, CaseIterable, Sendable {
    case file, date, outlet
}

public enum Overlay: Equatable, Sendable {
    case help(top: Int)
    case problems(top: Int)
    /// The matrix's source picker: the source under the cursor.
    case sources(cursor: Int)
    /// The timeline's source picker.
    case timelineSources(cursor: Int)
    /// Compare's picker: the source under the cursor, for the left side (0) then the right (1).
    case comparePick(cursor: Int, side: Int)
}

/// A search hit in an article body.
public struct SearchMatch: Equatable, Sendable {
    public var article: Int
    public var span: Span
}

public struct SearchState: Equatable, Sendable {
    public var query: String
    public var matches: [SearchMatch]
    public var current: Int?
}

/// Messages that drive `update`: keys, resizes, and signals.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case interrupt
    /// A background analysis finished: the current view can be shown.
    case analysisReady
    /// The background loader's news: files read so far, and the corpus as loaded so far.
    case loaded(CorpusUpdate)
    /// The watched folder changed (and has been quiet since): reload it.
    case folderChanged
}

/// Display capabilities decided at start-up.
public struct Capabilities: Equatable, Sendable {
    public var color: Bool
    public var unicode: Bool

    public init(color: Bool = true, unicode: Bool = true) {
        self.color = color
        self.unicode = unicode
    }
}

/// The whole UI state (the Elm architecture's model). `update` is its only mutator.
public struct AppState: Sendable {
    public internal(set) var corpus: Corpus
    public var width: Int
    public var height: Int
    public var capabilities: Capabilities
    public var view: ViewID = .articles
    public var focus: Pane = .list
    public var sort: SortOrder = .file
    /// Article indices in list order.
    public var order: [Int]
    /// Position of the selected article in `order`.
    public var selected = 0
    public var listTop = 0
    public var readerTop = 0
    public var showBoilerplate = false
    public var layout: ReaderLayout?
    /// A span to highlight in the reader (an evidence or timeline sentence).
    public var highlight: (article: Int, span: Span)?
    public var overlay: Overlay?
    /// The search text being typed, when the prompt is open.
    public var prompt: String?
    public var search: SearchState?
    /// The last search in the timeline, matrix or discrepancies view.
    public var viewSearch: ViewSearch?
    /// Filters on the timeline, matrix and discrepancies views (`|`): view → query.
    public var rowFilters: [ViewID: String] = [:]
    public var message: String?
    public var shouldQuit = false
    /// Set by `update` when the user asks to save the screen; the run loop does it.
    public var saveScreenRequested = false
    /// Set by `E`: the run loop writes `ViewExport.markdown` to a file.
    public var exportRequested = false
    /// A web address the loop is to open in a browser (`o`).
    public var openURLRequested: String?

    /// Analyses are computed on first use and shared by every copy of the state.
    public internal(set) var analyses: Analyses
    /// Files read so far and in all, while the corpus is still loading.
    public var loading: (done: Int, total: Int)?
    /// The analyst's marks, stances and notes on matrix cells (concord-notes.yaml).
    public var annotations = Annotations()
    /// Where they are saved (the corpus folder); nil when the corpus is one file.
    public var annotationsRoot: String?
    /// Set by `update` when the annotations changed; the run loop writes the file.
    public var saveAnnotationsRequested = false
    /// What the open prompt is for: a search, or the selected cell's note.
    public var promptKind: PromptKind = .search
    /// Set by `R`: the run loop starts reading the folder again.
    public var reloadRequested = false
    /// When true (the real browser), a view whose analysis is not computed yet shows
    /// "Computing…" and the analysis runs in the background; when false (tests,
    /// scripts), it is computed on the spot.
    public var asyncAnalyses = false
    /// Keys for the current view pressed while it was being computed (as less keeps
    /// the keys typed while it reads): applied in order once the view is ready, and
    /// dropped when the user leaves the view first.
    public var typeAhead: [Action] = []

    /// Whether the current view can be drawn and used now.
    public var viewReady: Bool { !asyncAnalyses || analyses.isReady(view) }
    public var timeline: Timeline { analyses.timeline }

    // Timeline view
    public var timelineSelected = 0
    public var timelineTop = 0
    /// Show only this article's mentions.
    public var timelineFilter: Int?
    public var timelineZoom: TimelineZoom = .day
    /// Group keys whose mentions are listed.
    public var timelineExpanded: Set<String> = []
    /// The view to go back to from the reader (set when a view opened an article).
    public var returnView: ViewID?

    // Matrix view
    public var commitments: CommitmentSet { analyses.commitments }
    /// True when the rows were discovered rather than read from a commitments file.
    public var commitmentsDiscovered: Bool { analyses.commitmentsDiscovered }
    public var matrix: AgreementMatrix { analyses.matrix }
    public var matrixSort: MatrixSort = .file
    public var matrixStanceFilter: MatrixStanceFilter = .all
    /// Sources the matrix does not show (picked with `c`).
    public var matrixHiddenSources: Set<Int> = []
    /// Sources the timeline leaves out (picked with `c`).
    public var timelineHiddenSources: Set<Int> = []
    /// The timeline's date range (`r`): first and last day (ordinals), as typed.
    public var timelineRange: (first: Int, last: Int, text: String)?
    /// Selected row (position in `matrixOrder`) and column (article index).
    public var matrixRow = 0
    public var matrixColumn = 0
    public var matrixTop = 0
    /// The evidence panel for the selected cell, and the selected evidence in it.
    public var evidenceOpen = false
    public var evidenceSelected = 0

    // Discrepancies view
    /// The discrepancies view's items: most confident first, low-confidence ones
    /// only when asked for (`a`).
    public var discrepancies: [Discrepancy] {
        showAllDiscrepancies ? analyses.rankedDiscrepancies : analyses.confidentDiscrepancies
    }
    public var hiddenDiscrepancies: Int { analyses.rankedDiscrepancies.count - analyses.confidentDiscrepancies.count }
    public var discrepancySelected = 0
    public var discrepancyTop = 0
    public var discrepancyExpanded: Set<Int> = []
    /// Whether the discrepancies view lists low-confidence items too.
    public var showAllDiscrepancies = false

    // Compare view
    public var compareLeft = 0
    public var compareRight = 1
    public var compareTop = 0

    /// Builds every analysis once. Without a commitments set, the rows are discovered.
    public init(corpus: Corpus, width: Int, height: Int, capabilities: Capabilities = Capabilities(),
                commitments: CommitmentSet? = nil) {
        self.corpus = corpus
        self.width = width
        self.height = height
        self.capabilities = capabilities
        order = Array(corpus.articles.indices)
        analyses = Analyses(corpus: corpus, commitments: commitments)
        compareRight = corpus.articles.count > 1 ? 1 : 0
        ensureLayout()
    }

    /// The article shown in the reader.
    public var currentArticleIndex: Int? {
        order.indices.contains(selected) ? order[selected] : nil
    }

    public var currentArticle: Article? {
        currentArticleIndex.map { corpus.articles[$0] }
    }

    /// The key context of what has focus.
    public var context: KeyContext {
        switch view {
        case .articles: return focus == .list ? .list : .reader
        case .timeline: return .timeline
        case .matrix: return .matrix
        case .discrepancies: return .discrepancies
        case .compare: return .compare
        }
    }

    // MARK: Layout shared by update and render

    public static let minimumWidth = 40
    public static let minimumHeight = 10

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// The body between the title bar and the status line.
    public var bodyRect: Rect { Rect(x: 0, y: 1, width: width, height: max(0, height - 2)) }

    /// The list pane (with its header row), the reader's title row, and the reader.
    public var articleRects: (list: Rect, readerTitle: Rect, reader: Rect) {
        let body = bodyRect
        let wanted = order.count + 1
        let listHeight = min(wanted, max(3, body.height / 3))
        let (list, rest) = body.splitTop(listHeight)
        let (title, reader) = rest.splitTop(1)
        return (list, title, reader)
    }

    public var readerHeight: Int { articleRects.reader.height }
    public var listRows: Int { max(1, articleRects.list.height - 1) }

    /// Rebuilds the reader layout if the article, width or boilerplate setting changed,
    /// keeping the reader on the same text.
    public mutating func ensureLayout() {
        guard let index = currentArticleIndex else { layout = nil; return }
        let width = max(1, articleRects.reader.width - 2)
        if let l = layout, l.articleIndex == index, l.width == width, l.showBoilerplate == showBoilerplate { return }
        let sameArticle = layout?.articleIndex == index
        var anchor: Int?
        if let old = layout, sameArticle, readerTop > 0, !old.lines.isEmpty {
            anchor = old.lines[min(readerTop, old.lines.count - 1)...].lazy.compactMap(\.anchor).first
        }
        let article = corpus.articles[index]
        let new = ReaderLayout(article: article, index: index, width: width, showBoilerplate: showBoilerplate)
        layout = new
        if !sameArticle {
            readerTop = 0
        } else if let anchor, let line = new.lineIndex(forOffset: anchor) {
            readerTop = line
        }
        clampReader()
    }

    mutating func clampReader() {
        let total = layout?.lines.count ?? 0
        readerTop = max(0, min(readerTop, total - readerHeight))
    }

    mutating func clampList() {
        if order.isEmpty { selected = 0; listTop = 0; return }
        selected = max(0, min(selected, order.count - 1))
        listTop = scrolled(top: listTop, selected: selected, count: order.count, height: listRows)
    }
}

/// The corpus analyses behind the views, each computed once on first use (so the
/// first frame needs only the corpus) and shared by all copies of the state.
public final class Analyses: @unchecked Sendable {
    public let corpus: Corpus
    /// The commitments file's rows, if there is one (else rows are discovered).
    let given: CommitmentSet?

    public init(corpus: Corpus, commitments: CommitmentSet?) {
        self.corpus = corpus
        given = commitments
    }

    /// One analysis, computed once, by whichever thread asks first (the browser, or
    /// the warm-up thread that computes them all in the background after loading);
    /// a second asker waits for the first. Locks are always taken from an analysis to
    /// the ones it uses (matrix → words), never back, so they cannot deadlock.
    final class Slot<T>: @unchecked Sendable {
        private let compute = NSLock()
        private let guardLock = NSLock()
        private var value: T?

        var peek: T? { guardLock.lock(); defer { guardLock.unlock() }; return value }

        func get(_ make: () -> T) -> T {
            if let v = peek { return v }
            compute.lock(); defer { compute.unlock() }
            if let v = peek { return v }
            let v = make()
            guardLock.lock(); value = v; guardLock.unlock()
            return v
        }
    }

    private let wordsSlot = Slot<CorpusWords>()
    private let timelineSlot = Slot<Timeline>()
    private let commitmentsSlot = Slot<CommitmentSet>()
    private let matrixSlot = Slot<AgreementMatrix>()
    private let discrepanciesSlot = Slot<[Discrepancy]>()
    private let rankedSlot = Slot<[Discrepancy]>()
    private let confidentSlot = Slot<[Discrepancy]>()

    public var words: CorpusWords { wordsSlot.get { CorpusWords(corpus) } }
    public var timeline: Timeline { timelineSlot.get { Timeline.build(corpus) } }
    public var commitmentsDiscovered: Bool { given == nil }
    public var commitments: CommitmentSet { commitmentsSlot.get { given ?? CommitmentDiscovery.discover(corpus, words: words) } }
    public var matrix: AgreementMatrix { matrixSlot.get { AgreementMatrix.build(corpus, commitments, words: words) } }
    public var discrepancies: [Discrepancy] { discrepanciesSlot.get { DiscrepancyFinder.find(corpus, timeline: timeline, words: words) } }
    /// Most confident first; and only those at or above the default threshold.
    public var rankedDiscrepancies: [Discrepancy] { rankedSlot.get { discrepancies.sorted(by: Discrepancy.byConfidence) } }
    public var confidentDiscrepancies: [Discrepancy] {
        confidentSlot.get { rankedDiscrepancies.filter { $0.confidence >= DiscrepancyFinder.defaultThreshold } }
    }

    /// Whether what a view shows is computed (the articles view needs nothing).
    public func isReady(_ view: ViewID) -> Bool {
        switch view {
        case .articles: return true
        case .timeline: return timelineSlot.peek != nil
        case .matrix: return matrixSlot.peek != nil
        case .discrepancies: return confidentSlot.peek != nil
        case .compare: return timelineSlot.peek != nil && discrepanciesSlot.peek != nil
        }
    }

    private let startLock = NSLock()
    private var started: Set<ViewID> = []

    /// For tests: no background work starts while true.
    var paused = false

    /// Starts computing what a view needs on a background thread (once per view).
    public func prepare(_ view: ViewID) {
        guard !isReady(view), !paused else { return }
        startLock.lock()
        let first = started.insert(view).inserted
        startLock.unlock()
        guard first else { return }
        inBackground { a in
            switch view {
            case .articles: break
            case .timeline: _ = a.timeline
            case .matrix: _ = a.matrix
            case .discrepancies: _ = a.confidentDiscrepancies
            case .compare: _ = a.timeline; _ = a.discrepancies
            }
        }
    }

    /// Computes every analysis on a background thread, most used first, so that
    /// switching views later does not wait.
    public func warmUp() {
        inBackground { a in
            _ = a.timeline
            _ = a.matrix
            _ = a.confidentDiscrepancies
        }
    }

    // MARK: Who lets go of a replaced corpus

    /// Runs work on a background thread that does not own these analyses: while it
    /// runs they are held in `running`, and the browser's loop lets go of them
    /// (`releaseFinished`), so that a corpus replaced by `R` (its articles, word
    /// index and parse-cache connections) is always freed on the browser's thread,
    /// never by a thread that is ending.
    private func inBackground(_ work: @escaping @Sendable (Analyses) -> Void) {
        busyLock.lock(); busy += 1; busyLock.unlock()
        Analyses.runningLock.lock(); Analyses.running[ObjectIdentifier(self)] = self; Analyses.runningLock.unlock()
        let thread = Thread { [unowned self] in
            work(self)
            busyLock.lock(); busy -= 1; busyLock.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private let busyLock = NSLock()
    private var busy = 0
    /// True while a background thread works on these analyses.
    var isBusy: Bool { busyLock.lock(); defer { busyLock.unlock() }; return busy > 0 }

    private static let runningLock = NSLock()
    nonisolated(unsafe) private static var running: [ObjectIdentifier: Analyses] = [:]

    /// Lets go of the analyses whose background work is done (called by the browser's
    /// loop on its own thread; the last reference to a replaced corpus goes here).
    public static func releaseFinished() {
        runningLock.lock()
        let finished = running.filter { !$0.value.isBusy }
        for key in finished.keys { running[key] = nil }
        runningLock.unlock()
        _ = finished  // released here, on the caller's thread
    }

    private let memoLock = NSLock()
    private var memos: [String: (key: String, value: Any)] = [:]

    /// A value derived from the analyses and a few view settings (the key), kept until
    /// the settings change: one per name.
    func memo<T>(_ name: String, _ key: String, _ make: () -> T) -> T {
        memoLock.lock()
        if let m = memos[name], m.key == key, let v = m.value as? T { memoLock.unlock(); return v }
        memoLock.unlock()
        let v = make()
        memoLock.lock()
        memos[name] = (key, v)
        memoLock.unlock()
        return v
    }

    /// Sentence alignments of article pairs, computed once per pair (the compare view
    /// asks on every frame and keystroke; only the browser's thread uses it).
    private var alignments: [Int: [ComparePair]] = [:]

    public func alignment(_ a: Int, _ b: Int) -> [ComparePair] {
        let key = a * corpus.articles.count + b
        if let cached = alignments[key] { return cached }
        let pairs = CompareAligner.align(corpus.articles[a], corpus.articles[b], ai: a, bi: b,
                                         timeline: timeline, discrepancies: discrepancies)
        alignments[key] = pairs
        return pairs
    }
}
