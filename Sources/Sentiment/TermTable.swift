#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open-addressing hash table from UTF-8 byte strings to small integers. Keys live back to back
/// in one byte array, so a lookup hashes the caller's bytes in place: no String, no allocation.
///
/// Hash: 8 bytes at a time, each word mixed by a multiply-xorshift step (the finaliser of
/// SplitMix64, Steele et al. 2014); short keys (most words) cost one or two multiplies instead of
/// one per byte. Probing: linear; the load factor stays ≤ 0.5; equal hashes are confirmed with
/// `memcmp`. A probe first reads a 2-byte fingerprint per slot from a separate array small enough
/// to stay in the L1/L2 cache, so a lookup of an absent word (most tokens) does not touch `slots`.
struct TermTable: Sendable {
  fileprivate struct Slot: Sendable {
    /// The key's first 8 bytes, zero-padded: a key of ≤ 8 bytes (most words) is compared without
    /// reading `keyBytes`.
    var head: UInt64 = 0
    var hash: UInt32 = 0
    var offset: Int32 = 0
    var length: Int32 = 0
    /// -1 = empty.
    var value: Int32 = -1
  }

  private var keyBytes: [UInt8] = []
  private var slots: [Slot] = Array(repeating: Slot(), count: 16)
  /// Per slot: 0 = empty, else `fingerprint(hash)`.
  private var fingerprints = [UInt16](repeating: 0, count: 16)
  private(set) var count = 0

  /// An empty table.
  init() {}

  /// An empty table that holds `keys` keys without growing (it grows, as any, to hold more).
  init(reservingCapacity keys: Int) {
    var capacity = 16
    while keys * 2 > capacity { capacity *= 2 }
    slots = Array(repeating: Slot(), count: capacity)
    fingerprints = Array(repeating: 0, count: capacity)
  }

  /// The key's hash and its first 8 bytes (little-endian, zero-padded). `readable` bytes from the
  /// key's start may be read (≥ its count): when 8 are readable where the last partial word starts,
  /// that word is one masked load instead of a byte loop.
  @inline(__always)
  private static func hashAndHead(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) -> (
    hash: UInt32, head: UInt64
  ) {
    var hash = seed(count: bytes.count)
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (UInt32(truncatingIfNeeded: hash), 0) }
    var head: UInt64 = 0
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      if offset == 0 { head = word }
      hash = mix(hash ^ word)
      offset += 8
    }
    if offset < bytes.count {
      var tail: UInt64 = 0
      if offset + 8 <= readable {
        let remaining = UInt64(bytes.count - offset)
        // Masking shifts (`&<<`): the counts are below 64, and the checked `<<` tested each for
        // overshifting (a few instructions a token).
        tail =
          UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
          & ((1 &<< (8 &* remaining)) &- 1)
      } else {
        var shift: UInt64 = 0
        while offset < bytes.count {
          tail |= UInt64(bytes[offset]) &<< shift
          shift += 8
          offset += 1
        }
      }
      if bytes.count < 8 { head = tail }
      hash = mix(hash ^ tail)
    }
    return (folded(hash), UInt64(littleEndian: head))
  }

  /// The hash's starting value for a key of `count` bytes.
  @inline(__always)
  fileprivate static func seed(count: Int) -> UInt64 {
    0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: count)
  }

  /// The 32-bit hash of a mixed 64-bit one.
  @inline(__always)
  fileprivate static func folded(_ hash: UInt64) -> UInt32 {
    UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
  }

  /// The high bits of a hash (the slot index uses the low ones), never 0.
  @inline(__always)
  fileprivate static func fingerprint(_ hash: UInt32) -> UInt16 {
    UInt16(truncatingIfNeeded: hash >> 16) | 1
  }

  @inline(__always)
  fileprivate static func mix(_ value: UInt64) -> UInt64 {
    var z = value &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    return z ^ (z >> 27)
  }

  /// Inserts or replaces; returns the previous value for the key, if any.
  @discardableResult
  mutating func insert(_ key: [UInt8], value: Int32) -> Int32? {
    key.withUnsafeBufferPointer { insert($0, value: value) }
  }

  /// `insert(_:value:)` of bytes in place.
  @discardableResult
  mutating func insert(_ buffer: UnsafeBufferPointer<UInt8>, value: Int32) -> Int32? {
    if (count + 1) * 2 > slots.count { grow() }
    let (hash, head) = Self.hashAndHead(buffer, readable: buffer.count)
    var index = Int(hash) & (slots.count - 1)
    while slots[index].value >= 0 {
      if slots[index].hash == hash && equals(slots[index], buffer, head: head) {
        let previous = slots[index].value
        slots[index].value = value
        return previous
      }
      index = (index + 1) & (slots.count - 1)
    }
    slots[index] = Slot(
      head: head, hash: hash, offset: Int32(keyBytes.count), length: Int32(buffer.count), value: value)
    fingerprints[index] = Self.fingerprint(hash)
    keyBytes.append(contentsOf: buffer)
    count += 1
    return nil
  }

  /// The value of `key`, inserting it with `value` when it is absent: one hash and one probe,
  /// where `lookup` then `insert` made two of each (the model builder adds every word of every
  /// term this way, most of them new). The table grows, as in `insert`, only to add a key.
  mutating func value(of key: UnsafeBufferPointer<UInt8>, insertingIfAbsent value: Int32) -> Int32 {
    let (hash, head) = Self.hashAndHead(key, readable: key.count)
    var index = Int(hash) & (slots.count - 1)
    while slots[index].value >= 0 {
      if slots[index].hash == hash && equals(slots[index], key, head: head) { return slots[index].value }
      index = (index + 1) & (slots.count - 1)
    }
    if (count + 1) * 2 > slots.count {
      grow()
      index = Int(hash) & (slots.count - 1)
      while slots[index].value >= 0 { index = (index + 1) & (slots.count - 1) }
    }
    slots[index] = Slot(head: head, hash: hash, offset: Int32(keyBytes.count), length: Int32(key.count), value: value)
    fingerprints[index] = Self.fingerprint(hash)
    keyBytes.append(contentsOf: key)
    count += 1
    return value
  }

  func lookup(_ key: [UInt8]) -> Int32? {
    key.withUnsafeBufferPointer { lookup($0) }
  }

  func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
    lookup(key, readable: key.count)
  }

  /// `lookup(key)` where `readable` bytes (≥ `key.count`) may be read from the key's start.
  func lookup(_ key: UnsafeBufferPointer<UInt8>, readable: Int) -> Int32? {
    let (hash, head) = Self.hashAndHead(key, readable: readable)
    let wanted = Self.fingerprint(hash)
    return fingerprints.withUnsafeBufferPointer { fingerprints in
      slots.withUnsafeBufferPointer { slots in
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while true {
          let found = fingerprints[index]
          if found == 0 { return nil }
          if found == wanted {
            let slot = slots[index]
            if slot.hash == hash && equals(slot, key, head: head) { return slot.value }
          }
          index = (index + 1) & mask
        }
      }
    }
  }

  /// `lookup(key, readable:)` of a key of 1 to 8 bytes at `base`, where 8 bytes may be read: the
  /// key is one masked load, its hash one `mix` (the value `hashAndHead` computes for it), and a
  /// slot of the same length and first 8 bytes holds it (no hash compare, no `memcmp`). Most
  /// words are this short; the general path's loops and its `memcmp` call cost about half of
  /// each lookup made for a token (`DefaultProfileScorer.mapTokens`).
  @inline(__always)
  func lookup(short base: UnsafeRawPointer, count: Int) -> Int32? {
    fingerprints.withUnsafeBufferPointer { fingerprints in
      slots.withUnsafeBufferPointer { slots in
        Reader(fingerprints: fingerprints, slots: slots).lookup(short: base, count: count)
      }
    }
  }

  /// A `Reader` of the table's storage, for a loop of lookups (one per token of a text,
  /// `DefaultProfileScorer.mapTokens`) that reads the arrays through pointers taken once: read
  /// through the table, their addresses and counts were loaded again for each lookup (the loop's
  /// stores may alias them), and a `withUnsafeBufferPointer` per text retained each array. Valid
  /// while this table value is neither mutated nor released (its arrays' storage then stays where
  /// the pointers point): for a holder that keeps the table as a constant.
  func unsafeReader() -> Reader {
    Reader(fingerprints: fingerprints.withUnsafeBufferPointer { $0 }, slots: slots.withUnsafeBufferPointer { $0 })
  }

  /// The table's fingerprints and slots (`unsafeReader()`), for keys of up to 8 bytes: a longer
  /// key's tail is compared in `keyBytes`, which `lookup(_:readable:)` reads.
  struct Reader: @unchecked Sendable {
    fileprivate let fingerprints: UnsafeBufferPointer<UInt16>
    fileprivate let slots: UnsafeBufferPointer<Slot>

    /// `TermTable.lookup(short:count:)`.
    @inline(__always)
    func lookup(short base: UnsafeRawPointer, count: Int) -> Int32? {
      let word = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
      let head = word & (UInt64.max &>> (64 &- 8 &* UInt64(truncatingIfNeeded: count)))
      let hash = TermTable.folded(TermTable.mix(TermTable.seed(count: count) ^ head))
      let wanted = TermTable.fingerprint(hash)
      let mask = slots.count &- 1
      var index = Int(hash) & mask
      while true {
        let found = fingerprints[index]
        if found == 0 { return nil }
        if found == wanted && slots[index].head == head && Int(slots[index].length) == count {
          return slots[index].value
        }
        index = (index &+ 1) & mask
      }
    }
  }

  /// Calls `body` with each key's bytes and its value, in slot order.
  @inline(__always)
  func forEach(_ body: (UnsafeBufferPointer<UInt8>, Int32) -> Void) {
    keyBytes.withUnsafeBufferPointer { bytes in
      for slot in slots where slot.value >= 0 {
        body(UnsafeBufferPointer(rebasing: bytes[Int(slot.offset)..<Int(slot.offset + slot.length)]), slot.value)
      }
    }
  }

  @inline(__always)
  private func equals(_ slot: Slot, _ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> Bool {
    guard Int(slot.length) == key.count, slot.head == head else { return false }
    guard key.count > 8, let keyBase = key.baseAddress else { return true }
    return keyBytes.withUnsafeBufferPointer { stored in
      memcmp(stored.baseAddress! + Int(slot.offset) + 8, keyBase + 8, key.count - 8) == 0
    }
  }

  private mutating func grow() {
    let old = slots
    slots = Array(repeating: Slot(), count: old.count * 2)
    fingerprints = Array(repeating: 0, count: slots.count)
    for slot in old where slot.value >= 0 {
      var index = Int(slot.hash) & (slots.count - 1)
      while slots[index].value >= 0 { index = (index + 1) & (slots.count - 1) }
      slots[index] = slot
      fingerprints[index] = Self.fingerprint(slot.hash)
    }
  }
}

extension TermTable {
  /// The table's fields for `ModelArchive`.
  func archive(into writer: inout ModelArchiveWriter) {
    writer.array(keyBytes)
    writer.array(slots)
    writer.array(fingerprints)
    writer.integer(count)
  }

  /// A table read back from `ModelArchive`: its slots as written, so no key is hashed again.
  init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    keyBytes = try reader.array(of: UInt8.self)
    slots = try reader.array(of: Slot.self)
    fingerprints = try reader.array(of: UInt16.self)
    count = try reader.integer()
    // Probing masks with `slots.count - 1`: a power of two, one fingerprint per slot.
    guard slots.count >= 16, slots.count & (slots.count - 1) == 0, fingerprints.count == slots.count,
      count >= 0, count * 2 <= slots.count
    else { throw .init(what: "term table shape") }
    // A probe stops at an empty slot (fingerprint 0), and only a full slot has one.
    guard slots.indices.allSatisfy({ (fingerprints[$0] != 0) == (slots[$0].value >= 0) }),
      slots.lazy.filter({ $0.value >= 0 }).count == count
    else { throw .init(what: "term table slots") }
    let keyCount = keyBytes.count
    guard
      slots.allSatisfy({
        $0.value < 0 || ($0.offset >= 0 && $0.length >= 0 && Int($0.offset) + Int($0.length) <= keyCount)
      })
    else { throw .init(what: "term table key outside its bytes") }
  }

  /// The sizes of the archived element types, for `ModelArchive`'s layout fingerprint.
  static var archivedLayout: [Int] { [MemoryLayout<Slot>.stride, MemoryLayout<Slot>.size] }
}
