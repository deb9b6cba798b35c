/// Open-addressing hash tables keyed by byte strings and by integer pairs, used by the phrase
/// matcher so that looking up a token's norm neither allocates nor hashes a `String`.

/// FNV-1a, 64-bit (Fowler, Noll & Vo; http://www.isthe.com/chongo/tech/comp/fnv/).
@inline(__always)
func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes {
    hash ^= UInt64(byte)
    hash &*= 0x0000_0100_0000_01b3
  }
  return hash
}

/// Maps byte strings to non-negative `Int32` values.
struct ByteStringTable: Sendable {
  /// One key: its hash, where its bytes are in `arena`, and its value (one cache line holds four).
  private struct Entry: Sendable {
    var hash: UInt64
    var start: Int32
    var length: Int32
    var value: Int32
  }

  private var slots: [Int32]  // entry index or -1
  private var entries: [Entry] = []
  private var arena: [UInt8] = []
  private var mask: Int

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { entries.count }

  func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = fnv1a(key)
    var slot = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        arena.withUnsafeBufferPointer { arena in
          while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if entry.hash == hash && Int(entry.length) == key.count
              && (entry.length == 0 || memoryEqual(arena.baseAddress! + Int(entry.start), key.baseAddress!, key.count))
            {
              return entry.value
            }
            slot = (slot + 1) & mask
          }
        }
      }
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
    if (entries.count + 1) * 2 > slots.count { grow() }
    let bytes = Array(key.utf8)
    let hash = bytes.withUnsafeBufferPointer { fnv1a($0) }
    let entry = Int32(entries.count)
    entries.append(Entry(hash: hash, start: Int32(arena.count), length: Int32(bytes.count), value: value))
    arena.append(contentsOf: bytes)
    place(entry: entry, hash: hash)
    return value
  }

  private mutating func place(entry: Int32, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for index in entries.indices { place(entry: Int32(index), hash: entries[index].hash) }
  }
}

@inline(__always)
private func memoryEqual(_ left: UnsafePointer<UInt8>, _ right: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  var index = 0
  while index < count {
    if left[index] != right[index] { return false }
    index += 1
  }
  return true
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
