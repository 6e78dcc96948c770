// swift-tools-version: 6.1
// callsim's performance benchmarks, as a package of their own so that the main build and CI
// never fetch the benchmark dependency. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
// or `scripts/bench.sh` from the repository root.
import PackageDescription

let package = Package(
    name: "CallSimBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // MallocInterposer: malloc statistics without jemalloc (Swift 6.3+).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "callsim", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "CallSimBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CallSimCore", package: "callsim"),
                .product(name: "CallSimContent", package: "callsim"),
            ],
            path: "Benchmarks/CallSimBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The phrase matcher and the grader on the ../shared/bench workload (scripts/bench-matcher.sh).
        .executableTarget(
            name: "MatcherBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CallSimCore", package: "callsim"),
                .product(name: "CallSimContent", package: "callsim"),
            ],
            path: "Benchmarks/MatcherBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
