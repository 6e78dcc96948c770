// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "callsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "callsim", targets: ["callsim"]),
        .library(name: "CallSimCore", targets: ["CallSimCore"]),
        .library(name: "CallSimContent", targets: ["CallSimContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        .target(name: "CallSimCore"),
        .target(
            name: "CallSimContent",
            dependencies: ["CallSimCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "CallSimStore",
            dependencies: ["CallSimCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "CallSimTerminal", dependencies: ["CallSimCore", "CReadline"]),
        .executableTarget(
            name: "callsim",
            dependencies: [
                "CallSimCore", "CallSimContent", "CallSimStore", "CallSimTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CallSimCoreTests", dependencies: ["CallSimCore"]),
        .testTarget(name: "CallSimContentTests", dependencies: ["CallSimContent", "CallSimCore"]),
        .testTarget(name: "CallSimStoreTests", dependencies: ["CallSimStore", "CallSimCore"]),
        .testTarget(name: "CallSimTerminalTests", dependencies: ["CallSimTerminal", "CallSimCore"]),
        .testTarget(name: "EvaluationTests", dependencies: ["CallSimCore", "CallSimContent"]),
        .testTarget(name: "EndToEndTests", dependencies: ["callsim", "CallSimStore", "CallSimCore"]),
    ],
    swiftLanguageModes: [.v6]
)
