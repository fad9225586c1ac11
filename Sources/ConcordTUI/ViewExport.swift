import Foundation
import ConcordKit

/// The whole of the current view as Markdown (`e`): every row, not only the
/// visible ones; the matrix with every cell's evidence and the cue that decided
/// its stance; the timeline with every mention; the discrepancies with their
/// confidence, reason and claims.
public enum ViewExport {
    /// The export's path: `concord-<view>-<yyyyMMdd-HHmmss>.md` in `folder` (the
    /// corpus folder; the current folder when the corpus is a single file), with
    /// `-2`, `-3`… when that name is taken, so that nothing is overwritten.
    public static func path(view: ViewID, at date: Date, folder: String?, exists: (String) -> Bool) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ v: Int?) -> String { let v = v ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        let stamp = "\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))\(two(c.second))"
        let base = "concord-\(view.title.lowercased())-\(stamp)"
        let dir = folder.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var candidate = dir + base + ".md"
        var n = 2
        while exists(candidate) {
            candidate = dir + base + "-\(n).md"
            n += 1
        }
        return candidate
    }

    public static func markdown(_ state: AppState) -> String? {
        let corpus = state.corpus
        var out = "# " + InertText.sanitize(corpus.title) + "\n\n"
        var sources = "Sources:\n\n"
        for i in corpus.articles.indices {
            sources += "- \(state.sourceMarker(i)) \(corpus.label(i)) (`\(InertText.sanitize(corpus.articles[i].id))`)\n"
        }
        switch state.view {
        case .matrix:
            let matrix = state.matrix
            out += "## Agreement matrix" + (matrix.title.map { ": " + InertText.sanitize($0) } ?? "") + "\n\n" + sources + "\n"
            out += MatrixExport.table(corpus, matrix, format: .md).render(.md) + "\n"
            out += MatrixExport.evidenceMarkdown(corpus, matrix, annotations: state.annotations, marker: state.sourceMarker)
        case .timeline:
            out += "## Timeline\n\n" + sources + "\n" + TimelineExport.table(state.timeline).render(.md)
        case .discrepancies:
            out += "## Discrepancies" + (state.showAllDiscrepancies ? "" : " (confidence ≥ \(DiscrepancyFinder.defaultThreshold))") + "\n\n" + sources
            for d in state.discrepancies {
                out += "\n### [\(d.kind.rawValue)] \(InertText.sanitize(d.topic)) — \(Int((d.confidence * 100).rounded()))%\n\n"
                out += "Why: \(InertText.sanitize(d.reason))\n\n"
                for c in d.claims {
                    out += "- **\(state.sourceMarker(c.article)) \(corpus.label(c.article))** \(InertText.sanitize(c.value)): \(InertText.sanitize(c.text))\n"
                }
            }
        case .articles:
            out += "## Articles\n\n" + ArticleExport.table(corpus).render(.md)
        case .compare:
            return nil
        }
        return out
    }
}
