import Foundation
import Testing

@testable import Sentiment

/// The ShippedLexicons C target embeds lexicons/ with `#embed`, from a list written by hand in
/// Sources/ShippedLexicons/lexicons.c: the list must name every data file of the folder, and each
/// embedded file must be the file's bytes.
@Suite struct ShippedLexiconsTests {
  /// lexicons/ of this checkout (the tests run from the package, whose layout is fixed).
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("lexicons")

  @Test func everyDataFileOfTheFolderIsEmbeddedAsItIs() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted()
    #expect(names.count >= 6)
    #expect(EmbeddedData.files.map(\.name) == names)
    for (name, contents) in EmbeddedData.files {
      let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
      #expect(Array(contents.utf8) == Array(bytes), "\(name)")
      // The loaders count lines by "\n": a file saved with Windows line ends would keep "\r" in
      // its last column (the plugin that embedded the files before converted them).
      #expect(!bytes.contains(0x0D), "\(name) has a carriage return: save it with Unix line ends")
      #expect(String(data: bytes, encoding: .utf8) != nil, "\(name) is not UTF-8")
    }
  }
}
