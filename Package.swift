// swift-tools-version:6.0
// Verbatim — customer-feedback text analytics, validated against human coders.
// The ShippedLexicons C target embeds lexicons/ with C23's `#embed`: the toolchain's Clang must
// have it (Clang 19 or later; tested with Swift 6.3.1, whose Clang is 21).
//
// Targets follow the pipeline: import → tokenize → score → tag → evaluate → report, and the
// `verbatim` CLI on top only wires them. Only the shims touch C:
//  * ICU: `CICU` (system library, link flags) + `ICUBridge` (a C target whose public header exposes
//    only plain C types). Foundation on Linux carries its own ICU; a Swift module that could see the
//    system ICU headers fails with "'UErrorCode' has different definitions" (see
//    ../shared/notes/native-libraries.md), so Swift never imports ICU headers directly.
//  * libxml2: `CLibXML2` (system library; its shim header undefines LIBXML_ICU_ENABLED for the same
//    reason) + `XMLBridge` (C helpers Swift cannot write, e.g. a no-op variadic error handler).
import PackageDescription

// Release builds skip the run-time exclusivity checks (the compile-time ones stay, and debug builds
// and `swift test` keep the run-time ones, so a violation still fails the tests): they cost about
// 6% of the CPU time of `tokenize` and `score` (swift_beginAccess on every access to a class's
// stored property; evaluation/RESULTS.md, round 11).
let strictSwift: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
  name: "Verbatim",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "verbatim", targets: ["verbatim"]),
    .library(name: "Tokenization", targets: ["Tokenization"]),
    .library(name: "Sentiment", targets: ["Sentiment"]),
    .library(name: "Taxonomy", targets: ["Taxonomy"]),
    .library(name: "Agreement", targets: ["Agreement"]),
    .library(name: "SurveyImport", targets: ["SurveyImport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
  ],
  targets: [
    // MARK: Native shims
    .systemLibrary(
      name: "CICU", path: "Sources/CICU", pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"])]),
    .target(
      name: "ICUBridge", dependencies: ["CICU"], path: "Sources/ICUBridge",
      cSettings: [.unsafeFlags(["-O2"])],
      linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "XMLBridge", dependencies: ["CLibXML2"], path: "Sources/XMLBridge",
      linkerSettings: [.linkedLibrary("xml2")]),

    // MARK: Build-time data embedding
    // The shipped sentiment model, built once at build time (lexicons/ → tables → Swift source).
    .executableTarget(name: "ModelArchiveTool", dependencies: ["Sentiment"], swiftSettings: strictSwift),
    .plugin(name: "EmbedModel", capability: .buildTool(), dependencies: ["ModelArchiveTool"]),
    // The shipped codebook, its rules parsed once at build time (taxonomies/ → archive → Swift source).
    .executableTarget(
      name: "CodebookArchiveTool", dependencies: ["Taxonomy", "Tokenization"], swiftSettings: strictSwift),
    .plugin(name: "EmbedCodebook", capability: .buildTool(), dependencies: ["CodebookArchiveTool"]),

    // MARK: Pipeline stages
    .target(name: "VerbatimCore", swiftSettings: strictSwift),
    .target(name: "Agreement", dependencies: ["VerbatimCore"], swiftSettings: strictSwift),
    .target(name: "SurveyImport", dependencies: ["VerbatimCore", "CLibXML2", "XMLBridge"], swiftSettings: strictSwift),
    .target(name: "Tokenization", dependencies: ["VerbatimCore", "ICUBridge"], swiftSettings: strictSwift),
    .target(name: "Redaction", dependencies: ["VerbatimCore"], swiftSettings: strictSwift),
    // The shipped lexicons' bytes (C23 #embed of lexicons/*), for Sentiment.
    .target(name: "ShippedLexicons", path: "Sources/ShippedLexicons"),
    // The shipped codebooks' bytes (C23 #embed of taxonomies/*), for Taxonomy.
    .target(name: "ShippedTaxonomies", path: "Sources/ShippedTaxonomies"),
    .target(
      name: "Sentiment", dependencies: ["VerbatimCore", "Tokenization", "ShippedLexicons"], swiftSettings: strictSwift),
    .target(
      name: "SentimentArchive", dependencies: ["Sentiment", "ICUBridge"], swiftSettings: strictSwift,
      plugins: ["EmbedModel"]),
    .target(
      name: "Taxonomy", dependencies: ["VerbatimCore", "Tokenization", "Sentiment", "ShippedTaxonomies", "Yams"],
      swiftSettings: strictSwift),
    .target(
      name: "CodebookArchive", dependencies: ["Taxonomy", "Tokenization"], swiftSettings: strictSwift,
      plugins: ["EmbedCodebook"]),
    .target(
      name: "Reporting", dependencies: ["VerbatimCore", "Agreement", "Sentiment", "Taxonomy"],
      swiftSettings: strictSwift),
    .target(
      name: "Pipeline",
      dependencies: [
        "VerbatimCore", "SurveyImport", "Tokenization", "Redaction", "Sentiment", "Taxonomy", "Agreement",
        "Reporting",
      ],
      swiftSettings: strictSwift),
    .executableTarget(
      name: "verbatim",
      dependencies: [
        "VerbatimCore", "SurveyImport", "Tokenization", "Redaction", "Sentiment", "SentimentArchive", "Taxonomy",
        "CodebookArchive", "Agreement", "Reporting", "Pipeline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift),

    // MARK: Tests (Swift Testing)
    .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strictSwift),
    .testTarget(name: "VerbatimCoreTests", dependencies: ["VerbatimCore", "TestSupport"]),
    .testTarget(name: "TokenizationTests", dependencies: ["Tokenization", "TestSupport"]),
    .testTarget(name: "SentimentTests", dependencies: ["Sentiment", "SentimentArchive", "TestSupport"]),
    .testTarget(name: "TaxonomyTests", dependencies: ["Taxonomy", "CodebookArchive", "Sentiment", "TestSupport"]),
    .testTarget(name: "AgreementTests", dependencies: ["Agreement", "TestSupport"]),
    .testTarget(name: "SurveyImportTests", dependencies: ["SurveyImport", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "RedactionTests", dependencies: ["Redaction", "TestSupport"]),
    .testTarget(name: "ReportingTests", dependencies: ["Reporting", "TestSupport"]),
    .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["verbatim", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
