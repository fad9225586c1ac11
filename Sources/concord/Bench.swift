import ArgumentParser
import ConcordKit
import ConcordTUI
import Foundation

/// Measures load, parse and first-frame times in-process (used by scripts/bench.sh).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Print load, segmentation and first-frame timings for a corpus.",
        discussion: """
        Times are wall-clock on one thread, best of --runs. The first frame is the \
        corpus load plus building the UI state and rendering the first screen \
        (100×30) into the cell buffer, i.e. everything before ncurses flushes.

        EXAMPLES:
          concord bench data
          concord bench ../shared/eval/silver --runs 3
        """,
        shouldDisplay: false
    )

    @OptionGroup var corpus: CorpusArgument
    @Option(help: "How many runs; the best is reported.") var runs = 3
    @Option(help: "Commitments file for timing the matrix (default: the corpus's own, else discovered rows).")
    var commitments: String?
    @Flag(help: "Instead of timings, print the memory each analysis keeps (resident, after freeing what it no longer uses), holding every result as the browser does.")
    var memory = false

    func run() throws {
        if memory { return try runMemory() }
        var bestLoad = Double.infinity, bestFrame = Double.infinity
        var loaded: Corpus?
        for _ in 0..<max(1, runs) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let c = try loadCorpus(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let state = AppState(corpus: c, width: 100, height: 30)
            let frame = render(state)
            let t2 = DispatchTime.now().uptimeNanoseconds
            precondition(frame.width == 100)
            bestLoad = min(bestLoad, Double(t1 - t0) / 1e6)
            bestFrame = min(bestFrame, Double(t2 - t0) / 1e6)
            loaded = c
        }
        guard let c = loaded else { return }
        // Temporal tagging alone, on already loaded articles.
        var bestTag = Double.infinity
        var timexCount = 0
        for _ in 0..<max(1, runs) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            var n = 0
            for a in c.articles { n += TemporalTagger.shared.tag(a, corpusAnchor: c.config.anchor).count }
            let t1 = DispatchTime.now().uptimeNanoseconds
            bestTag = min(bestTag, Double(t1 - t0) / 1e6)
            timexCount = n
        }
        let chars = c.articles.reduce(0) { $0 + $1.length }
        let sentences = c.articles.reduce(0) { $0 + $1.sentences.count }
        print("corpus:              \(corpus.path)")
        print("articles:            \(c.articles.count)")
        print("characters:          \(chars)")
        print("sentences:           \(sentences)")
        print(String(format: "load+segment:        %.1f ms (%.1f M chars/s)", bestLoad, Double(chars) / bestLoad / 1000))
        print(String(format: "first frame:         %.1f ms", bestFrame))
        print(String(format: "temporal tagging:    %.1f ms (%.1f M chars/s, %d timexes)", bestTag, Double(chars) / bestTag / 1000, timexCount))
        // Matrix, discovery and discrepancies (timeline built once, as the TUI does).
        let set = try loadCommitments(c, explicit: commitments, required: false)
        var bestMatrix = Double.infinity, bestDiscover = Double.infinity, bestDisc = Double.infinity, bestTimeline = Double.infinity
        var rows = 0, found = 0
        for _ in 0..<max(1, runs) {
            let timeline0 = DispatchTime.now().uptimeNanoseconds
            let timeline = Timeline.build(c)
            let timeline1 = DispatchTime.now().uptimeNanoseconds
            // One shared word index, as the browser uses (its build time counts).
            let t0 = DispatchTime.now().uptimeNanoseconds
            let words = CorpusWords(c)
            let discovered = CommitmentDiscovery.discover(c, words: words)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let matrix = AgreementMatrix.build(c, set ?? discovered, words: words)
            let t2 = DispatchTime.now().uptimeNanoseconds
            let t3 = DispatchTime.now().uptimeNanoseconds
            let items = DiscrepancyFinder.find(c, timeline: timeline, words: words)
            let t4 = DispatchTime.now().uptimeNanoseconds
            bestDiscover = min(bestDiscover, Double(t1 - t0) / 1e6)
            bestMatrix = min(bestMatrix, Double(t2 - t1) / 1e6)
            bestTimeline = min(bestTimeline, Double(timeline1 - timeline0) / 1e6)
            bestDisc = min(bestDisc, Double(t4 - t3) / 1e6)
            rows = matrix.rows.count
            found = items.count
        }
        print(String(format: "timeline:            %.1f ms", bestTimeline))
        print(String(format: "matrix:              %.1f ms (%d rows%@)", bestMatrix, rows, set == nil ? " discovered" : ""))
        print(String(format: "discovery:           %.1f ms", bestDiscover))
        print(String(format: "discrepancies:       %.1f ms (%d found)", bestDisc, found))
        print(String(format: "matrix+discovery+discrepancies: %.1f ms", bestMatrix + bestDiscover + bestDisc))
        print("peak memory (RSS):   \(peakRSSMegabytes()) MiB")
    }
}

extension Bench {
    /// Loads the corpus and builds each analysis once, keeping all of them, and prints
    /// the resident memory after each step (freed memory handed back first).
    func runMemory() throws {
        func resident() -> Double {
            // glibc's malloc_trim, where there is one (not in the Swift Glibc module).
            typealias Trim = @convention(c) (Int) -> Int32
            if let sym = dlsym(nil, "malloc_trim") { _ = unsafeBitCast(sym, to: Trim.self)(0) }
            guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
                  let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
            return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
        }
        var last = resident()
        func step(_ name: String, _ extra: String = "") {
            let now = resident()
            print(String(format: "%-22@ %8.1f MiB resident (+%.1f)%@", name as NSString, now, now - last, extra as NSString))
            last = now
        }
        step("start")
        let c = try loadCorpus(corpus.path, maxArticleMB: corpus.maxArticleMB, cache: corpus.cache)
        let chars = c.articles.reduce(0) { $0 + $1.length }
        step("corpus", String(format: "  %d articles, %d characters", c.articles.count, chars))
        let timeline = Timeline.build(c)
        step("timeline", String(format: "  %d values", timeline.entries.count + timeline.undated.count))
        let words = CorpusWords(c)
        for i in c.articles.indices { _ = words.sentences(i) }
        step("word index: sentences", String(format: "  %d word types", words.vocabulary.count))
        _ = words.postings("the")
        step("word index: postings")
        let set = try loadCommitments(c, explicit: commitments, required: false)
        let rows = set ?? CommitmentDiscovery.discover(c, words: words)
        step("discovery")
        let matrix = AgreementMatrix.build(c, rows, words: words)
        step("matrix", String(format: "  %d rows, %d evidence sentences", matrix.rows.count,
                              matrix.rows.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.evidence.count } }))
        let items = DiscrepancyFinder.find(c, timeline: timeline, words: words)
        step("discrepancies", String(format: "  %d items", items.count))
        print("peak memory (RSS):   \(peakRSSMegabytes()) MiB")
        withExtendedLifetime((c, timeline, words, matrix, items)) {}
    }
}

func peakRSSMegabytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) / 1024
}
