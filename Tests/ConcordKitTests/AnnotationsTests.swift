@testable import ConcordKit
import Foundation
import XCTest

final class AnnotationsTests: XCTestCase {
    func testRoundTripKeepsEveryCharacter() {
        var a = Annotations()
        a.set(CellAnnotation(mark: .verified), commitment: "tram", source: "a")
        a.set(CellAnnotation(stance: .hedged, note: "AP says \"maybe\";\nsee p. 2 \\ \u{1B}[31m and ‘quotes’ #hash: colon"), commitment: "tram", source: "b")
        a.set(CellAnnotation(mark: .wrong, stance: .silent), commitment: "bike: lane", source: "c d")
        let text = a.yaml()
        XCTAssertFalse(text.unicodeScalars.contains { $0.value == 0x1B }, "no raw control character in the file")
        let (back, problems) = Annotations.parse(text, path: "n.yaml")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(back, a)
        XCTAssertEqual(back.annotation(commitment: "tram", source: "b")?.note, "AP says \"maybe\";\nsee p. 2 \\ \u{1B}[31m and ‘quotes’ #hash: colon")
        XCTAssertEqual(back.all.map(\.commitment), ["bike: lane", "tram", "tram"], "stable order")
    }

    func testEmptyAnnotationsAreRemoved() {
        var a = Annotations()
        a.set(CellAnnotation(note: "x"), commitment: "c", source: "s")
        XCTAssertEqual(a.count, 1)
        a.set(CellAnnotation(note: "   "), commitment: "c", source: "s")
        XCTAssertTrue(a.isEmpty)
        XCTAssertEqual(Annotations.parse(a.yaml(), path: "n").0, a)
    }

    func testErrorsHaveTheirPlace() {
        let text = "cells:\n  - commitment: tram\n    source: a\n    mark: maybe\n  - commitment: bike\n    colour: red\n    source: b\n    stance: sure\n  - source: c\n"
        let (a, problems) = Annotations.parse(text, path: "n.yaml")
        XCTAssertTrue(a.isEmpty)
        XCTAssertEqual(problems.map(\.description), [
            "n.yaml:4:11: error: 'mark' is verified or wrong, not 'maybe'",
            "n.yaml:6:5: warning: unknown key 'colour' (known: commitment, source, mark, stance, note); ignored",
            "n.yaml:8:13: error: 'stance' is one of confirmed, hedged, contradicted, mixed, mentioned, silent, not 'sure'",
            "n.yaml:9:5: error: a cell needs both 'commitment' and 'source'",
        ])
        XCTAssertEqual(Annotations.parse("cells: 3\n", path: "n").1.first?.message, "'cells' must be a list")
        XCTAssertEqual(Annotations.parse("[1, 2]\n", path: "n").1.first?.severity, .error)
        XCTAssertEqual(Annotations.parse("cells: [" + String(repeating: "[", count: 200) + "\n", path: "n").1.first?.severity, .error)
    }

    func testSaveAndLoad() throws {
        let dir = try Fixtures.tempDir(self)
        XCTAssertEqual(Annotations.load(corpusRoot: dir.path).0, Annotations(), "no file: no annotations")
        var a = Annotations()
        a.set(CellAnnotation(mark: .verified, note: "checked"), commitment: "c", source: "s")
        try a.save(corpusRoot: dir.path)
        let (back, problems) = Annotations.load(corpusRoot: dir.path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(back, a)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        XCTAssertEqual(names, [Annotations.fileName], "no temporary file is left")
        try Data([0xFF, 0xFE]).write(to: dir.appendingPathComponent(Annotations.fileName))
        XCTAssertEqual(Annotations.load(corpusRoot: dir.path).1.first?.message, "not valid UTF-8")
    }

    func testMatrixJSONCarriesTheAnnotation() throws {
        let corpus = try Fixtures.seedCorpus()
        let (set, _, _) = CommitmentSet.load(for: corpus, explicit: nil)
        let matrix = AgreementMatrix.build(corpus, try XCTUnwrap(set))
        let row = matrix.rows[0].commitment.id
        var notes = Annotations()
        notes.set(CellAnnotation(mark: .wrong, stance: .hedged, note: "n"), commitment: row, source: corpus.articles[1].id)
        let json = try JSONSerialization.jsonObject(with: Data(MatrixExport.json(corpus, matrix, annotations: notes).utf8)) as? [String: Any]
        let cells = ((json?["commitments"] as? [[String: Any]])?.first?["cells"] as? [[String: Any]]) ?? []
        XCTAssertNil(cells[0]["analyst"])
        let analyst = try XCTUnwrap(cells[1]["analyst"] as? [String: Any])
        XCTAssertEqual(analyst["stance"] as? String, "hedged")
        XCTAssertEqual(analyst["verified"] as? Bool, false, "marked wrong")
        XCTAssertEqual(analyst["note"] as? String, "n")
        notes.set(CellAnnotation(mark: .verified, stance: nil, note: nil), commitment: row, source: corpus.articles[1].id)
        let again = try JSONSerialization.jsonObject(with: Data(MatrixExport.json(corpus, matrix, annotations: notes).utf8)) as? [String: Any]
        let cell = (((again?["commitments"] as? [[String: Any]])?.first?["cells"] as? [[String: Any]]) ?? [])[1]
        let verified = try XCTUnwrap(cell["analyst"] as? [String: Any])
        XCTAssertEqual(verified["verified"] as? Bool, true)
        XCTAssertTrue(verified["stance"] is NSNull, "no stance of the analyst's: null")
    }
}
