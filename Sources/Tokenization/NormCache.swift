#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The NFKC_Casefold forms of recent non-ASCII tokens, so that a word seen before costs a hash
/// lookup instead of ICU's UTF-8 → UTF-16 → normalise → UTF-8 round trip (about half a microsecond).
/// Words repeat (Zipf's law), so most tokens of a non-English text hit.
///
/// NFKC_Casefold is a function of the token's bytes alone, so a cached form is exactly what ICU
/// would return. Open addressing over a fixed table; keys and forms live in one byte arena. When the
/// table is three-quarters full or the arena reaches its budget, everything is dropped and filling
/// starts again: memory stays bounded whatever the input. One cache per tokenizer (not shared).
struct NormCache {
  /// Tokens longer than this are normalised by ICU every time (rare, and they would crowd the arena).
  static let maximumKeyLength = 64
  private static let slotCount = 8192
  private static let arenaBudget = 1 << 20

  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: Int32 = -1
    var keyLength: Int32 = 0
    var formLength: Int32 = 0
  }

  /// Allocated on the first insertion: a tokenizer that only ever sees ASCII never pays for it.
  private var slots: [Slot] = []
  private var arena: [UInt8] = []
  private var used = 0

  /// Appends the cached form of `key` to `output` and returns true, or returns false on a miss.
  /// (The arena is borrowed once for the comparison and the copy: appending an `ArraySlice` of it
  /// retained the arena and went through the generic sequence path, about 100 instructions.)
  @inline(__always)
  mutating func appendForm(of key: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [UInt8]) -> Bool {
    withForm(of: key, hash: hash) { output.append(contentsOf: $0) }
  }

  /// Calls `body` with the cached form of `key` (a buffer into the arena, valid during the call)
  /// and returns true, or returns false on a miss.
  @inline(__always)
  mutating func withForm(
    of key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) -> Bool {
    guard !slots.isEmpty else { return false }
    let mask = Self.slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.keyStart < 0 { return false }
      if slot.hash == hash, Int(slot.keyLength) == key.count {
        let start = Int(slot.keyStart)
        let matched = arena.withUnsafeBufferPointer { stored -> Bool in
          guard memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0 else { return false }
          let formStart = start + key.count
          body(UnsafeBufferPointer(rebasing: stored[formStart..<(formStart + Int(slot.formLength))]))
          return true
        }
        if matched { return true }
      }
      index = (index + 1) & mask
    }
  }

  /// Remembers that `key` normalises to `form`.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, form: ArraySlice<UInt8>) {
    if slots.isEmpty { slots = [Slot](repeating: Slot(), count: Self.slotCount) }
    if used * 4 >= Self.slotCount * 3 || arena.count + key.count + form.count > Self.arenaBudget { clear() }
    let mask = Self.slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].keyStart >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      hash: hash, keyStart: Int32(arena.count), keyLength: Int32(key.count), formLength: Int32(form.count))
    arena.append(contentsOf: key)
    arena.append(contentsOf: form)
    used += 1
  }

  private mutating func clear() {
    for index in slots.indices { slots[index] = Slot() }
    arena.removeAll(keepingCapacity: true)
    used = 0
  }

  /// FNV-1a over the key's bytes, eight at a time (a per-process table needs no stronger hash: a
  /// collision costs one comparison, never a wrong answer).
  static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let raw = UnsafeRawBufferPointer(key)
    var offset = 0
    while offset + 8 <= key.count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
      hash ^= hash >> 29
      offset += 8
    }
    while offset < key.count {
      hash = (hash ^ UInt64(key[offset])) &* 0x0000_0100_0000_01b3
      offset += 1
    }
    return hash ^ (hash >> 32)
  }
}
