/// A list of short ASCII words (at most eight bytes each), each packed into an integer, first byte
/// lowest, so that a word of a text is looked up in its bytes, case-insensitively, without making a
/// `String` (the sentence rules run on every text).
struct PackedASCIIWords: Sendable {
  /// The packed words in an open-addressing table of a power-of-two size, probed from a
  /// multiplicative hash (0 marks an empty slot; no listed word packs to 0): a lookup costs a few
  /// instructions, where a `Set`'s seeded SipHash cost about a hundred.
  private let slots: [UInt64]
  /// 64 minus the table's bit count: the hash's top bits index the table.
  private let shift: UInt64
  /// The longest listed word, in bytes.
  let longest: Int

  /// `words` are lower-case ASCII.
  init(_ words: [String]) {
    let keys = Set(words.map { word in word.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } })
    var bits: UInt64 = 3
    while (1 << bits) < keys.count * 4 { bits += 1 }
    var table = [UInt64](repeating: 0, count: 1 << bits)
    let mask = table.count - 1
    for key in keys where key != 0 {
      var index = Self.slot(key, shift: 64 - bits)
      while table[index] != 0 { index = (index + 1) & mask }
      table[index] = key
    }
    slots = table
    shift = 64 - bits
    longest = words.map(\.utf8.count).max() ?? 0
  }

  @inline(__always)
  private static func slot(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Whether `word`, with its ASCII capitals lower-cased, is listed.
  @inline(__always)
  func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard word.count <= 8 else { return false }
    var key: UInt64 = 0
    for byte in word.reversed() { key = key << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
    guard key != 0 else { return false }
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var index = Self.slot(key, shift: shift)
      while true {
        let stored = slots[index]
        if stored == key { return true }
        if stored == 0 { return false }
        index = (index + 1) & mask
      }
    }
  }
}
