// swift-tools-version:6.0
// Benchmark of Verbatim's taxonomy tagger (outside the test suite). Run evaluation/taxonomy/bench.sh.
import Foundation
import PackageDescription

// The Verbatim package is three levels up; SwiftPM names a path dependency after its folder.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent

let package = Package(
  name: "TaxonomyBench",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: root.path)],
  targets: [
    .executableTarget(
      name: "TaxonomyBench",
      dependencies: [
        .product(name: "Taxonomy", package: rootIdentity),
        .product(name: "Tokenization", package: rootIdentity),
      ])
  ],
  swiftLanguageModes: [.v6]
)
