import ConcordKit
@testable import ConcordTUI
import Foundation
import XCTest

/// Full-screen golden tests: every view of the seed corpus at 80×24 and 120×35, in
/// colour, without colour (NO_COLOR) and in ASCII (a non-UTF-8 locale), each cell's
/// text and style compared with `Tests/Golden/`. A change to what a screen shows
/// fails here with the first line that differs; when the change is meant,
/// `CONCORD_UPDATE_GOLDENS=1 swift test --filter GoldenTests` writes the files anew
/// (and the diff is reviewed like code).
final class GoldenTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let views: [(key: Character, name: String)] = [("1", "articles"), ("2", "timeline"), ("3", "matrix"),
                                                          ("4", "discrepancies"), ("5", "compare")]
    static let sizes = [(80, 24), (120, 35)]
    static let modes = ["colour", "no-colour", "ascii"]

    /// A screen as text: its lines (ASCII-mapped in ASCII mode), then each line's
    /// styles as one letter a cell, then what the letters mean.
    static func snapshot(_ buffer: Buffer, ascii: Bool) -> String {
        var styles: [Style] = []
        var text: [String] = []
        var codes: [String] = []
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for y in 0..<buffer.height {
            var line = "", code = ""
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                line += ascii ? NCursesBackend.ascii(cell.text) : cell.text
                var k = styles.firstIndex(of: cell.style)
                if k == nil { styles.append(cell.style); k = styles.count - 1 }
                code.append(k! < letters.count ? letters[k!] : "?")
            }
            text.append(line)
            codes.append(code)
        }
        let legend = styles.enumerated().map { k, s in
            "\(k < letters.count ? letters[k] : "?") fg=\(s.fg.map { "\($0)" } ?? "-") bg=\(s.bg.map { "\($0)" } ?? "-")"
                + (s.bold ? " bold" : "") + (s.reverse ? " reverse" : "") + (s.underline ? " underline" : "") + (s.dim ? " dim" : "")
        }
        return (text + ["---- styles ----"] + codes + ["---- legend ----"] + legend).joined(separator: "\n") + "\n"
    }

    /// The signs Concord itself writes have ASCII stand-ins, the bounds of a count
    /// (≥100, ≤400) among them; text it does not know is a question mark.
    func testASCIIStandIns() {
        XCTAssertEqual(NCursesBackend.ascii("≥"), ">")
        XCTAssertEqual(NCursesBackend.ascii("≤"), "<")
        XCTAssertEqual(NCursesBackend.ascii("─"), "-")
        XCTAssertEqual(NCursesBackend.ascii("x"), "x")
        XCTAssertEqual(NCursesBackend.ascii("é"), "?")
    }

    func testEveryViewAtTwoSizesInThreeModes() throws {
        let corpus = try CorpusLoader().load(Self.root.appendingPathComponent("data").path)
        let (set, _, _) = CommitmentSet.load(for: corpus, explicit: nil)
        let regenerate = ProcessInfo.processInfo.environment["CONCORD_UPDATE_GOLDENS"] == "1"
        var checked = 0
        for (key, name) in Self.views {
            for (w, h) in Self.sizes {
                for mode in Self.modes {
                    var state = AppState(corpus: corpus, width: w, height: h,
                                         capabilities: Capabilities(color: mode == "colour", unicode: mode != "ascii"), commitments: set)
                    state = press(state, [.char(key)])
                    let got = Self.snapshot(render(state), ascii: mode == "ascii")
                    let file = Self.root.appendingPathComponent("Tests/Golden/\(name)-\(w)x\(h)-\(mode).txt")
                    if regenerate {
                        try got.write(to: file, atomically: true, encoding: .utf8)
                        continue
                    }
                    let want = try String(contentsOf: file, encoding: .utf8)
                    checked += 1
                    if got != want {
                        let g = got.components(separatedBy: "\n"), wl = want.components(separatedBy: "\n")
                        let i = (0..<min(g.count, wl.count)).first { g[$0] != wl[$0] } ?? min(g.count, wl.count)
                        XCTFail("\(file.lastPathComponent) differs at line \(i + 1):\n  want: \(i < wl.count ? wl[i] : "(end)")\n  got:  \(i < g.count ? g[i] : "(end)")")
                    }
                }
            }
        }
        if !regenerate { XCTAssertEqual(checked, 30) }
    }
}
