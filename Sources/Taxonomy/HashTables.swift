/// Open-addressing hash tables keyed by byte strings and by integer pairs, used by the phrase
/// matcher so that looking up a token's norm neither allocates nor hashes a `String`.

/// Maps byte strings to non-negative `Int32` values. A slot holds a key's length, its first 8
/// bytes and its value, so looking up a key of at most 8 bytes (most words) reads one slot per
/// probe and nothing else; longer keys compare their remaining bytes in an arena.
struct ByteStringTable: Sendable {
  private struct Slot: Sendable {
    /// The key's first 8 bytes (fewer are padded with zeros), as one little-endian word.
    var head: UInt64
    /// The key's length; -1 marks an empty slot.
    var length: Int32
    var value: Int32
  }

  private var slots: [Slot]
  /// Per slot: where the bytes after the first 8 of a longer key start in `arena`.
  private var tailStarts: [Int32]
  private var arena: [UInt8] = []
  private var mask: Int
  private(set) var count = 0

  private static let empty = Slot(head: 0, length: -1, value: -1)

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Self.empty, count: size)
    tailStarts = [Int32](repeating: 0, count: size)
    mask = size - 1
  }

  /// The first 8 bytes of `bytes` (fewer padded with zeros) as one little-endian word.
  @inline(__always)
  private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = bytes.baseAddress else { return 0 }
    let count = bytes.count
    if count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
    var word: UInt64 = 0
    var index = 0
    if count >= 4 {
      word = UInt64(UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)))
      index = 4
    }
    while index < count {
      word |= UInt64(base[index]) << UInt64(index * 8)
      index += 1
    }
    return word
  }

  /// A hash of the key: its head and length, then each further 8-byte word, mixed by a multiply and
  /// an xor-shift (the finalizer constants of SplitMix64; Steele, Lea & Flood 2014, "Fast
  /// splittable pseudorandom number generators", doi:10.1145/2714064.2660195).
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
    let count = bytes.count
    var hash = (head ^ UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    if count > 8, let base = bytes.baseAddress {
      var index = 8
      while index < count {
        let word =
          index + 8 <= count
          ? UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
          : Self.head(UnsafeBufferPointer(start: base + index, count: count - index))
        hash = (hash ^ (hash >> 31) ^ word) &* 0xBF58_476D_1CE4_E5B9
        index += 8
      }
    }
    hash = (hash ^ (hash >> 31)) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 29)
  }

  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let head = Self.head(key)
    var slot = Int(truncatingIfNeeded: Self.hash(key, head: head)) & mask
    let length = Int32(truncatingIfNeeded: key.count)
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let stored = slots[slot]
        if stored.length < 0 { return nil }
        if stored.length == length && stored.head == head && (key.count <= 8 || tailMatches(slot, key)) {
          return stored.value
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether the bytes after the first 8 of `key` are those of the longer key in `slot`.
  private func tailMatches(_ slot: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    arena.withUnsafeBufferPointer { arena in
      let start = Int(tailStarts[slot])
      for index in 8..<key.count where arena[start + index - 8] != key[index] { return false }
      return true
    }
  }

  func value(for key: String) -> Int32? {
    var copy = key
    return copy.withUTF8 { value(for: $0) }
  }

  /// Inserts `key` with `value` unless present; returns the stored value.
  @discardableResult
  mutating func insert(_ key: String, value: Int32) -> Int32 {
    if let existing = self.value(for: key) { return existing }
    if (count + 1) * 2 > slots.count { grow() }
    var copy = key
    copy.withUTF8 { bytes in
      var tailStart: Int32 = 0
      if bytes.count > 8 {
        tailStart = Int32(arena.count)
        arena.append(contentsOf: bytes[8...])
      }
      place(
        Slot(head: Self.head(bytes), length: Int32(bytes.count), value: value), tailStart: tailStart,
        hash: Self.hash(bytes, head: Self.head(bytes)))
    }
    count += 1
    return value
  }

  private mutating func place(_ entry: Slot, tailStart: Int32, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot].length >= 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
    tailStarts[slot] = tailStart
  }

  /// Doubles the slots, placing every key again (its hash recomputed from its head and tail).
  private mutating func grow() {
    let oldSlots = slots
    let oldTails = tailStarts
    slots = [Slot](repeating: Self.empty, count: oldSlots.count * 2)
    tailStarts = [Int32](repeating: 0, count: oldSlots.count * 2)
    mask = slots.count - 1
    for (index, stored) in oldSlots.enumerated() where stored.length >= 0 {
      var bytes = withUnsafeBytes(of: stored.head.littleEndian) { Array($0.prefix(min(8, Int(stored.length)))) }
      if stored.length > 8 {
        let start = Int(oldTails[index])
        bytes += arena[start..<(start + Int(stored.length) - 8)]
      }
      let hash = bytes.withUnsafeBufferPointer { Self.hash($0, head: stored.head) }
      place(stored, tailStart: oldTails[index], hash: hash)
    }
  }
}

/// Maps pairs of non-negative 32-bit integers (a state and a symbol) to `Int32` values: the edges
/// of a trie.
struct PairTable: Sendable {
  private var keys: [UInt64]
  private var values: [Int32]
  private var mask: Int
  private(set) var count = 0
  private static let empty = UInt64.max

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    keys = [UInt64](repeating: Self.empty, count: size)
    values = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  @inline(__always)
  private static func key(_ first: Int32, _ second: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
  }

  @inline(__always)
  private static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
  }

  @inline(__always)
  func value(_ first: Int32, _ second: Int32) -> Int32? {
    let key = Self.key(first, second)
    var slot = Self.slot(key, mask)
    return keys.withUnsafeBufferPointer { keys in
      while true {
        let stored = keys[slot]
        if stored == key { return values[slot] }
        if stored == Self.empty { return nil }
        slot = (slot + 1) & mask
      }
    }
  }

  mutating func insert(_ first: Int32, _ second: Int32, value: Int32) {
    if (count + 1) * 2 > keys.count { grow() }
    let key = Self.key(first, second)
    var slot = Self.slot(key, mask)
    while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
    if keys[slot] == Self.empty { count += 1 }
    keys[slot] = key
    values[slot] = value
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
    values = [Int32](repeating: -1, count: oldKeys.count * 2)
    mask = keys.count - 1
    count = 0
    for index in 0..<oldKeys.count where oldKeys[index] != Self.empty {
      insert(
        Int32(truncatingIfNeeded: oldKeys[index] >> 32), Int32(truncatingIfNeeded: oldKeys[index]),
        value: oldValues[index])
    }
  }
}
