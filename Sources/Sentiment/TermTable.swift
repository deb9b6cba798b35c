/// An open-addressing hash table from UTF-8 byte strings to small integers. Keys live back to back
/// in one byte array, so a lookup hashes the caller's bytes in place: no String, no allocation.
///
/// Hash: 32-bit FNV-1a (Fowler, Noll, Vo). Probing: linear; the load factor stays ≤ 0.5.
struct TermTable: Sendable {
  private struct Slot: Sendable {
    var hash: UInt32 = 0
    var offset: Int32 = 0
    var length: Int32 = 0
    /// -1 = empty.
    var value: Int32 = -1
  }

  private var keyBytes: [UInt8] = []
  private var slots: [Slot] = Array(repeating: Slot(), count: 16)
  private(set) var count = 0

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 2_166_136_261
    for byte in bytes {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    return hash
  }

  /// Inserts or replaces; returns the previous value for the key, if any.
  @discardableResult
  mutating func insert(_ key: [UInt8], value: Int32) -> Int32? {
    if (count + 1) * 2 > slots.count { grow() }
    return key.withUnsafeBufferPointer { buffer in
      let hash = Self.hash(buffer)
      var index = Int(hash) & (slots.count - 1)
      while slots[index].value >= 0 {
        if slots[index].hash == hash && equals(slots[index], buffer) {
          let previous = slots[index].value
          slots[index].value = value
          return previous
        }
        index = (index + 1) & (slots.count - 1)
      }
      slots[index] = Slot(
        hash: hash, offset: Int32(keyBytes.count), length: Int32(buffer.count), value: value)
      keyBytes.append(contentsOf: buffer)
      count += 1
      return nil
    }
  }

  func lookup(_ key: [UInt8]) -> Int32? {
    key.withUnsafeBufferPointer { lookup($0) }
  }

  func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
    let hash = Self.hash(key)
    var index = Int(hash) & (slots.count - 1)
    while true {
      let slot = slots[index]
      if slot.value < 0 { return nil }
      if slot.hash == hash && equals(slot, key) { return slot.value }
      index = (index + 1) & (slots.count - 1)
    }
  }

  private func equals(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(slot.length) == key.count else { return false }
    return keyBytes.withUnsafeBufferPointer { stored in
      let start = Int(slot.offset)
      for index in 0..<key.count where stored[start + index] != key[index] { return false }
      return true
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    for slot in old where slot.value >= 0 {
      var index = Int(slot.hash) & (slots.count - 1)
      while slots[index].value >= 0 { index = (index + 1) & (slots.count - 1) }
      slots[index] = slot
    }
  }
}
