// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "casekit",
    products: [
        .executable(name: "casekit", targets: ["casekit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "CaseKit", dependencies: ["CSQLite"]),
        .target(
            name: "CaseKitCLI",
            dependencies: [
                "CaseKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "casekit", dependencies: ["CaseKitCLI"]),
        .testTarget(name: "CaseKitTests", dependencies: ["CaseKit", "CSQLite"]),
        .testTarget(name: "CaseKitCLITests", dependencies: ["CaseKitCLI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["casekit", "CaseKit"]),
    ]
)
