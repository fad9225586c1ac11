// Coverage-guided fuzzing of Concord's parsing entry points (scripts/fuzz.sh).
//
// Built with `-sanitize=fuzzer,address -DFUZZING`, main hands over to
// libFuzzer's driver: CONCORD_FUZZ_TARGET names the entry point (see
// FuzzEntry.targets) and the arguments are libFuzzer's. Built normally, it
// replays files: `concord-fuzz TARGET FILE...`.
import CFuzzDriver
import ConcordKit
import Foundation

nonisolated(unsafe) private var fuzzTarget = "article"

@main
struct ConcordFuzz {
    static func main() throws {
        #if FUZZING
        fuzzTarget = ProcessInfo.processInfo.environment["CONCORD_FUZZ_TARGET"] ?? "article"
        guard FuzzEntry.targets.contains(fuzzTarget) else { fatalError("unknown CONCORD_FUZZ_TARGET \(fuzzTarget)") }
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            FuzzEntry.run(fuzzTarget, UnsafeBufferPointer(start: data, count: size))
            return 0
        })
        #else
        let args = CommandLine.arguments.dropFirst()
        guard let target = args.first, FuzzEntry.targets.contains(target) else {
            FileHandle.standardError.write(Data("usage: concord-fuzz TARGET FILE...   (TARGET: \(FuzzEntry.targets.joined(separator: ", ")))\n".utf8))
            exit(64)
        }
        for path in args.dropFirst() {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            _ = data.withUnsafeBytes { FuzzEntry.run(target, $0.bindMemory(to: UInt8.self)) }
            print("ok \(path)")
        }
        #endif
    }
}
