/// A 128-bit digest of an id (a respondent id, or a respondent and question pair): what
/// `HashedIDTable` keeps instead of the id's text, so that every id costs the same few bytes.
///
/// The two halves are SipHash-1-3 (Swift's `Hasher`) of the id's UTF-8 bytes under two different
/// prefixes, keyed with the process's random seed, so input cannot be crafted to collide. Two
/// distinct ids share a digest with probability 2⁻¹²⁸; among n ids, some pair does with probability
/// at most n²/2¹²⁹: about 4·10⁻²⁶ for 5 million ids. A collision would reject an answer as a
/// duplicate of another respondent's (listed in the rejects with its reason, never dropped).
struct IDDigest: Equatable {
  var high: UInt64
  var low: UInt64

  /// The digest of `text`, or of `text` and `second` as a pair (lengths included, so no two pairs
  /// share their bytes).
  init(_ text: String, _ second: String? = nil) {
    func halves(_ prefix: UInt8) -> UInt64 {
      var hasher = Hasher()
      hasher.combine(prefix)
      Self.combine(text, into: &hasher)
      if let second { Self.combine(second, into: &hasher) }
      return UInt64(bitPattern: Int64(hasher.finalize()))
    }
    high = halves(0x5A)
    low = halves(0xA5)
    // (0, 0) marks an empty slot.
    if high == 0 && low == 0 { low = 1 }
  }

  /// Feeds `text`'s length and UTF-8 bytes to `hasher`.
  private static func combine(_ text: String, into hasher: inout Hasher) {
    var text = text
    hasher.combine(text.utf8.count)
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }
}

/// An open-addressing hash table (linear probing) of `IDDigest`s, each with a line number, a flag
/// and a 64-bit question mask when `withEntries` (respondents), or alone (answers kept whole).
///
/// Memory is fixed per slot: 16 bytes for the digest, plus 12 (mask and line) with entries. The
/// table grows by half when it is 80% full and never holds more than `limit` digests (`insert`
/// then reports it full), so it never takes more than `limit / 0.8` slots: for 2,500,000
/// respondents 3,125,000 slots of 28 bytes, 88 MB; 1,000,000 respondents take 35–52 MB. While it
/// grows, the old slots are kept until the new ones are filled (up to 1.7 times as much).
struct HashedIDTable {
  /// The most digests kept.
  let limit: Int
  private let withEntries: Bool
  private var highs: [UInt64] = []
  private var lows: [UInt64] = []
  private var masks: [UInt64] = []
  private var lines: [UInt32] = []
  /// Digests kept.
  private(set) var count = 0

  init(limit: Int, withEntries: Bool) {
    self.limit = limit
    self.withEntries = withEntries
  }

  /// The most slots the table takes: room for `limit` digests at 80% load, and one empty slot.
  private var maximumCapacity: Int { limit + limit / 4 + 1 }

  /// The slot of `digest`, or of the empty slot where it would go (the table is never full).
  private func slot(of digest: IDDigest) -> (index: Int, found: Bool) {
    let capacity = highs.count
    var index = Int(truncatingIfNeeded: digest.high.multipliedFullWidth(by: UInt64(capacity)).high)
    while true {
      let high = highs[index]
      let low = lows[index]
      if high == digest.high && low == digest.low { return (index, true) }
      if high == 0 && low == 0 { return (index, false) }
      index += 1
      if index == capacity { index = 0 }
    }
  }

  /// Whether `digest` is kept.
  func contains(_ digest: IDDigest) -> Bool {
    guard count > 0 else { return false }
    return slot(of: digest).found
  }

  /// The line and mask kept with `digest` (tables `withEntries`), nil when it is not kept.
  func entry(_ digest: IDDigest) -> (line: Int, mask: UInt64)? {
    guard count > 0 else { return nil }
    let (index, found) = slot(of: digest)
    return found ? (Int(lines[index] & Self.lineBits), masks[index]) : nil
  }

  /// The bits of a kept line; the top bit is the flag (`flag(_:)`).
  private static let lineBits: UInt32 = 0x7FFF_FFFF

  /// Sets the flag kept with `digest` (tables `withEntries`); true when it was not set before,
  /// false when it was or `digest` is not kept.
  mutating func flag(_ digest: IDDigest) -> Bool {
    guard count > 0 else { return false }
    let (index, found) = slot(of: digest)
    guard found, lines[index] & ~Self.lineBits == 0 else { return false }
    lines[index] |= ~Self.lineBits
    return true
  }

  /// Sets the mask kept with `digest`, which must be kept.
  mutating func setMask(_ mask: UInt64, of digest: IDDigest) {
    let (index, found) = slot(of: digest)
    precondition(found)
    masks[index] = mask
  }

  /// Adds `digest` with `line` and `mask` (lines past 2,147,483,647 are kept as that line). Returns
  /// false, adding nothing, when it is already kept or the table holds `limit` digests (`isFull`).
  @discardableResult
  mutating func insert(_ digest: IDDigest, line: Int = 0, mask: UInt64 = 0) -> Bool {
    if count > 0, slot(of: digest).found { return false }
    guard count < limit else { return false }
    if (count + 1) * 5 > highs.count * 4 { grow() }
    let index = slot(of: digest).index
    highs[index] = digest.high
    lows[index] = digest.low
    if withEntries {
      masks[index] = mask
      lines[index] = UInt32(clamping: line) & Self.lineBits
    }
    count += 1
    return true
  }

  /// Whether `limit` digests are kept.
  var isFull: Bool { count >= limit }

  /// Moves every digest into a table half as large again (at least 1,024 slots, at most
  /// `maximumCapacity`).
  private mutating func grow() {
    let capacity = min(max(1024, highs.count + highs.count / 2), maximumCapacity)
    guard capacity > highs.count else { return }
    let old = (highs, lows, masks, lines)
    highs = [UInt64](repeating: 0, count: capacity)
    lows = [UInt64](repeating: 0, count: capacity)
    if withEntries {
      masks = [UInt64](repeating: 0, count: capacity)
      lines = [UInt32](repeating: 0, count: capacity)
    }
    for index in old.0.indices where old.0[index] != 0 || old.1[index] != 0 {
      let target = slot(of: IDDigest(high: old.0[index], low: old.1[index])).index
      highs[target] = old.0[index]
      lows[target] = old.1[index]
      if withEntries {
        masks[target] = old.2[index]
        lines[target] = old.3[index]
      }
    }
  }
}

extension IDDigest {
  /// A digest from its halves (as stored).
  fileprivate init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }
}
