import ConcordKit
import Foundation
import XCTest

/// Replays every input in Tests/fuzz-regressions/TARGET/ through its fuzz target.
final class FuzzRegressionTests: XCTestCase {
    func testEveryKeptInputStillPasses() throws {
        let base = Fixtures.packageRoot.appendingPathComponent("Tests/fuzz-regressions")
        var replayed = 0
        for target in FuzzEntry.targets {
            let dir = base.appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let data = try Data(contentsOf: dir.appendingPathComponent(name))
                let known = data.withUnsafeBytes { FuzzEntry.run(target, $0.bindMemory(to: UInt8.self)) }
                XCTAssertTrue(known, "\(target)/\(name)")
                replayed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(replayed, 6, "the hand-made regressions are there")
    }
}
