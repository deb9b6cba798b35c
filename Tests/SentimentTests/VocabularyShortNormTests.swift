import Testing

@testable import Sentiment

/// `Vocabulary` answers norms of one or two printable ASCII bytes and of three lower-case letters
/// from a direct table, and every other norm from its hash table: both must give the id the norm
/// was added with, and -1 for a norm never added, whatever its bytes.
struct VocabularyShortNormTests {
  /// Bytes at and beside the edges of the direct table's ranges (printable 0x21–0x7E, letters
  /// a–z), and a UTF-8 lead byte.
  private static let alphabet: [UInt8] = [0x20, 0x21, 0x27, 0x41, 0x5A, 0x60, 0x61, 0x7A, 0x7B, 0x7E, 0x7F, 0xC3]

  /// Every string of `length` bytes of `alphabet`.
  private static func strings(of length: Int) -> [[UInt8]] {
    guard length > 0 else { return [[]] }
    return strings(of: length - 1).flatMap { prefix in alphabet.map { prefix + [$0] } }
  }

  @Test func agreesWithADictionary() {
    var vocabulary = Vocabulary()
    var reference: [[UInt8]: Int32] = [:]
    let norms = (0...4).flatMap { Self.strings(of: $0) }
    // Every third norm added (with longer words between, as a model adds them), so that absent
    // norms sit beside present ones in both tables.
    for (index, norm) in norms.enumerated() where index % 3 == 0 {
      reference[norm] = vocabulary.id(adding: norm)
      _ = vocabulary.id(adding: Array("filler\(index)".utf8))
    }
    var mismatches: [[UInt8]] = []
    for norm in norms {
      let expected = reference[norm] ?? -1
      let found = norm.withUnsafeBufferPointer { vocabulary.id(of: $0) }
      let foundReadable = (norm + [0, 0, 0, 0, 0, 0, 0, 0]).withUnsafeBufferPointer {
        vocabulary.id(of: UnsafeBufferPointer(rebasing: $0[0..<norm.count]), readable: $0.count)
      }
      if found != expected || foundReadable != expected { mismatches.append(norm) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  @Test func addingAgainKeepsTheID() {
    var vocabulary = Vocabulary()
    let first = vocabulary.id(adding: Array("the".utf8))
    _ = vocabulary.id(adding: Array("and".utf8))
    #expect(vocabulary.id(adding: Array("the".utf8)) == first)
    #expect(Array("the".utf8).withUnsafeBufferPointer { vocabulary.id(of: $0) } == first)
    #expect(Array("The".utf8).withUnsafeBufferPointer { vocabulary.id(of: $0) } == -1)
  }
}
