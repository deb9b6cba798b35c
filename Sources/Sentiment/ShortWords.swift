/// A short closed list of cue words ("love", "how", "took" …) that rules test a token's norm
/// against by comparing bytes: no `String` is made and nothing is hashed per test (a
/// `Set<String>` lookup of a norm cost a String, a hash and a comparison, several hundred
/// instructions, once or more per sentence).
///
/// Byte equality is `String` equality here: norms are NFKC_Casefold forms (so in NFC) and every
/// listed word is NFC, and no character other than the ASCII ones decomposes canonically to a
/// lower-case ASCII letter, an apostrophe or a dash.
struct ShortWords: Sendable, ExpressibleByArrayLiteral {
  /// A word's bytes, zero-padded, in two little-endian words, and its length.
  private struct Packed: Sendable {
    var low: UInt64
    var high: UInt64
    var count: Int
  }

  /// The longest word that can be listed, in bytes.
  static let maximumLength = 16

  private let words: [Packed]
  /// Bit n is set when some word has n bytes: most norms are rejected by their length alone,
  /// before they are packed and compared.
  private let lengths: UInt32

  init(arrayLiteral elements: String...) {
    self.init(elements)
  }

  /// The words of `elements`.
  init(_ elements: [String]) {
    lengths = elements.reduce(0) { $0 | 1 << UInt32($1.utf8.count) }
    words = elements.map { word in
      var bytes = Array(word.utf8)
      precondition(bytes.count <= Self.maximumLength, "ShortWords: \(word) is too long")
      let count = bytes.count
      bytes += [UInt8](repeating: 0, count: Self.maximumLength - count)
      return bytes.withUnsafeBufferPointer { buffer in
        let (low, high) = Self.pack(buffer)
        return Packed(low: low, high: high, count: count)
      }
    }
  }

  /// Whether some word has `count` bytes: false rules out every norm of that length before its
  /// bytes are read.
  @inline(__always)
  func mayHold(count: Int) -> Bool {
    count <= Self.maximumLength && lengths & 1 << UInt32(truncatingIfNeeded: count) != 0
  }

  /// Whether `norm` is one of the words.
  @inline(__always)
  func contains(_ norm: UnsafeBufferPointer<UInt8>) -> Bool {
    guard mayHold(count: norm.count) else { return false }
    let (low, high) = Self.pack(norm)
    for word in words where word.count == norm.count && word.low == low && word.high == high { return true }
    return false
  }

  /// The bytes of `bytes` (at most 16), zero-padded, as two little-endian words.
  @inline(__always)
  private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
    var low: UInt64 = 0
    var high: UInt64 = 0
    for index in 0..<min(bytes.count, 8) { low |= UInt64(bytes[index]) << (8 * UInt64(index)) }
    if bytes.count > 8 {
      for index in 8..<bytes.count { high |= UInt64(bytes[index]) << (8 * UInt64(index - 8)) }
    }
    return (low, high)
  }
}
