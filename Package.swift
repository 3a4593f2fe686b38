// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "reportconv",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reportconv", targets: ["reportconv"]),
        .library(name: "ReportKit", targets: ["ReportKit"]),
        .library(name: "ReportModel", targets: ["ReportModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libxml2 from the system (see Sources/CLibXML2/shim.h for the ICU clash it avoids).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // The report model: plain value types, no output format in sight.
        .target(name: "ReportModel"),

        // Safe libxml2 parsing shared by the validators and the native XML reader.
        .target(name: "ReportXML", dependencies: ["CLibXML2"]),

        // Schema validation: XSD, RELAX NG and DTD through libxml2; JSON Schema 2020-12; the
        // bundled schemas compiled once per process.
        .target(name: "ReportValidation", dependencies: ["ReportXML", "ReportSchemas", "CLibXML2"]),

        // The schemas in Schemas/, embedded as generated Swift source so that the binary works alone.
        .target(name: "ReportSchemas"),

        // Readers: plain text (with YAML front matter), native report XML, model JSON.
        .target(name: "ReportReaders", dependencies: [
            "ReportModel", "ReportXML", "ReportValidation",
            .product(name: "Yams", package: "Yams"),
        ]),

        // Analysis: sentences, quotations, entities, dates, citations, figures.
        .target(name: "ReportAnalysis", dependencies: ["ReportModel"], exclude: ["Data"]),

        // Writers: one per format, behind ReportWriter and one format registry.
        .target(name: "ReportWriters", dependencies: ["ReportModel"]),

        // The pipeline: read, analyse, write, validate, write atomically; batches.
        .target(name: "ReportKit", dependencies: [
            "ReportModel", "ReportReaders", "ReportAnalysis", "ReportWriters",
            "ReportValidation", "ReportSchemas",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),

        // The command-line tool: the only user of ArgumentParser.
        .executableTarget(name: "reportconv", dependencies: [
            "ReportKit", "ReportModel", "ReportReaders", "ReportWriters", "ReportValidation", "ReportSchemas",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // The benchmark: corpus throughput and scaling with document size (not a test).
        .executableTarget(name: "ReportBenchmark", dependencies: [
            "ReportKit", "ReportModel", "ReportReaders", "ReportAnalysis", "ReportWriters", "ReportValidation",
        ]),

        // Test support shared by the test targets (paths, golden files, running the binary).
        .target(name: "_ReportTestSupport", dependencies: ["ReportModel"], path: "Tests/_ReportTestSupport"),

        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "_ReportTestSupport"]),
        .testTarget(name: "ReportReadersTests", dependencies: ["ReportReaders", "ReportWriters", "_ReportTestSupport"]),
        .testTarget(name: "ReportAnalysisTests", dependencies: ["ReportAnalysis", "ReportReaders", "_ReportTestSupport"]),
        .testTarget(name: "ReportWritersTests", dependencies: ["ReportWriters", "ReportReaders", "ReportValidation", "ReportModel", "_ReportTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "ReportValidationTests", dependencies: ["ReportValidation", "ReportXML", "ReportSchemas", "_ReportTestSupport"]),
        .testTarget(name: "ReportKitTests", dependencies: [
            "ReportKit", "ReportModel", "ReportWriters", "ReportValidation", "_ReportTestSupport",
        ]),
        .testTarget(name: "reportconvTests", dependencies: ["reportconv", "ReportKit", "ReportWriters", "ReportSchemas", "_ReportTestSupport"], exclude: ["Evaluation"]),
    ]
)
