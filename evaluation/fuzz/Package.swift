// swift-tools-version:6.0
// Coverage-guided fuzzing of Verbatim with libFuzzer (not part of `make test`; see README.md here).
// Each target is a libFuzzer entry point over the root package's libraries, built with
// `-sanitize=fuzzer,address`: every input must end without a crash, a trap or a memory error, and
// the text target checks the tokenizer's offset invariant on the way.
import PackageDescription

let fuzzing: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-parse-as-library"])]

let package = Package(
  name: "VerbatimFuzz",
  dependencies: [.package(name: "Verbatim", path: "../..")],
  targets: [
    .target(name: "FuzzDriver"),
    .executableTarget(
      name: "FuzzText",
      dependencies: [
        "FuzzDriver", .product(name: "Tokenization", package: "Verbatim"),
        .product(name: "Sentiment", package: "Verbatim"),
        .product(name: "Taxonomy", package: "Verbatim"),
      ],
      swiftSettings: fuzzing, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]),
    .executableTarget(
      name: "FuzzImport",
      dependencies: ["FuzzDriver", .product(name: "SurveyImport", package: "Verbatim")],
      swiftSettings: fuzzing, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]),
    .executableTarget(
      name: "FuzzRatings",
      dependencies: ["FuzzDriver", .product(name: "Agreement", package: "Verbatim")],
      swiftSettings: fuzzing, linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]),
  ],
  swiftLanguageModes: [.v6]
)
