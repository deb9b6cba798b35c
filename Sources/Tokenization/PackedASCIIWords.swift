/// A list of short ASCII words (at most eight bytes each), each packed into an integer, first byte
/// lowest, so that a word of a text is looked up in its bytes, case-insensitively, without making a
/// `String` (the sentence rules run on every text).
struct PackedASCIIWords: Sendable {
  private let keys: Set<UInt64>
  /// The longest listed word, in bytes.
  let longest: Int

  /// `words` are lower-case ASCII.
  init(_ words: [String]) {
    keys = Set(words.map { word in word.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })
    longest = words.map(\.utf8.count).max() ?? 0
  }

  /// Whether `word`, with its ASCII capitals lower-cased, is listed.
  @inline(__always)
  func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count <= 8 else { return false }
    var key: UInt64 = 0
    for byte in word.reversed() { key = key << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
    return keys.contains(key)
  }
}
