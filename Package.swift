// swift-tools-version:5.10
import PackageDescription

let package = Package(
    name: "Concord",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "concord", targets: ["concord"]),
        .library(name: "ConcordKit", targets: ["ConcordKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // The parse cache (.concord/cache.sqlite): SQLite through GRDB, on the system's libsqlite3.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ConcordKit",
            dependencies: [.product(name: "Yams", package: "Yams"), "CLibXML2",
                           .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Restores the terminal when the process dies of a fatal signal (C: the
        // handler must be async-signal-safe).
        .target(name: "CTermGuard"),
        .target(
            name: "ConcordTUI",
            dependencies: ["ConcordKit", "CNCurses", "CTermGuard"]
        ),
        .executableTarget(
            name: "concord",
            dependencies: [
                "ConcordKit", "ConcordTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target (scripts/fuzz.sh builds it with -sanitize=fuzzer,address
        // -DFUZZING); built normally it replays inputs.
        .target(name: "CFuzzDriver"),
        .executableTarget(name: "concord-fuzz", dependencies: ["ConcordKit", "CFuzzDriver"], path: "Sources/ConcordFuzz"),
        .testTarget(name: "ConcordKitTests", dependencies: ["ConcordKit"]),
        .testTarget(name: "ConcordTUITests", dependencies: ["ConcordTUI", "ConcordKit"]),
    ]
)
