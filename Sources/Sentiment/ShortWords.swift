/// A short closed list of cue words ("love", "how", "took" …) that rules test a token's norm
/// against by comparing bytes: no `String` is made per test, and the norm's bytes, packed in two
/// words, are hashed with two multiplications (a `Set<String>` lookup of a norm cost a String, a
/// hash and a comparison, several hundred instructions, once or more per sentence).
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

  /// The words in an open-addressing table (`slot(_:_:count:)`, linear probing, at most half
  /// full; an empty slot has a count of -1): a test compares about one word, where a scan of the
  /// list compared every word of the norm's length (about 75 instructions a test; with the masked
  /// packing of `contains(_:readable:)`, `score` runs some 1.5M fewer on the VADER texts).
  private let table: [Packed]
  /// 64 − log2(`table.count`): the hash's top bits index the table.
  private let shift: UInt64
  /// Bit n is set when some word has n bytes: most norms are rejected by their length alone,
  /// before they are packed and compared.
  private let lengths: UInt32

  init(arrayLiteral elements: String...) {
    self.init(elements)
  }

  /// The words of `elements`. Each word is packed straight from its UTF-8 (`pack(utf8:)`): the
  /// rules' lists are built at start-up, and an array of each word's bytes, padded by a second
  /// array, cost two allocations a word (some 4.5M instructions a run of `score`).
  init(_ elements: [String]) {
    // At least two slots, and at least twice as many as words: a probe always reaches an empty one.
    var bits: UInt64 = 1
    while 1 << bits < 2 * elements.count { bits += 1 }
    let shift = 64 - bits
    var lengths: UInt32 = 0
    var table = [Packed](repeating: Packed(low: 0, high: 0, count: -1), count: 1 << bits)
    table.withUnsafeMutableBufferPointer { table in
      let mask = table.count &- 1
      for element in elements {
        let word = Self.pack(utf8: element)
        lengths |= 1 << UInt32(word.count)
        var slot = Self.slot(word.low, word.high, count: word.count, shift: shift)
        while table[slot].count >= 0 {
          if table[slot].count == word.count && table[slot].low == word.low && table[slot].high == word.high { break }
          slot = (slot &+ 1) & mask
        }
        table[slot] = word
      }
    }
    self.shift = shift
    self.lengths = lengths
    self.table = table
  }

  /// `word`'s bytes packed as `pack(_:)` packs them, with its length.
  private static func pack(utf8 word: String) -> Packed {
    var utf8 = word
    return utf8.withUTF8 { bytes in
      precondition(bytes.count <= Self.maximumLength, "ShortWords: \(word) is too long")
      let (low, high) = Self.pack(bytes)
      return Packed(low: low, high: high, count: bytes.count)
    }
  }

  /// Where a word's probe starts (multiplicative hashing of its packed bytes and length).
  @inline(__always)
  private static func slot(_ low: UInt64, _ high: UInt64, count: Int, shift: UInt64) -> Int {
    let mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: count)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed &>> shift)
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
    return contains(low: low, high: high, count: norm.count)
  }

  /// `contains(norm)` where `readable` bytes (≥ `norm.count`) may be read from the norm's start:
  /// a norm of at most eight bytes is packed with one masked load, not byte by byte (some 20
  /// instructions a test).
  @inline(__always)
  func contains(_ norm: UnsafeBufferPointer<UInt8>, readable: Int) -> Bool {
    guard mayHold(count: norm.count) else { return false }
    guard norm.count <= 8 && readable >= 8, let base = norm.baseAddress else { return contains(norm) }
    let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
    // (`mayHold` ruled out an empty norm unless an empty word is listed: a shift by 64 masks to 0.)
    let low = norm.count == 8 ? word : word & ((1 &<< (8 &* UInt64(truncatingIfNeeded: norm.count))) &- 1)
    return contains(low: low, high: 0, count: norm.count)
  }

  /// Whether the word of `count` bytes packed as `low` and `high` (`pack`) is one of the words.
  @inline(__always)
  private func contains(low: UInt64, high: UInt64, count: Int) -> Bool {
    table.withUnsafeBufferPointer { table in
      let mask = table.count &- 1
      var slot = Self.slot(low, high, count: count, shift: shift)
      while true {
        let word = table[slot]
        if word.low == low && word.high == high && word.count == count { return true }
        if word.count < 0 { return false }
        slot = (slot &+ 1) & mask
      }
    }
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
