#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// ICU's word boundaries of recent regions that `AlphabeticWordBreaker` declines (`ICURegions`:
/// Chinese, Japanese, Korean and Thai from ICU's dictionaries, Hebrew, rare marks), so that a region
/// seen before costs a hash lookup instead of ICU's iterator (dictionary segmentation of a short
/// Chinese or Japanese phrase costs tens of thousands of instructions).
///
/// A region is segmented on its own (`Tokenizer.emitRegion` hands ICU the region's bytes alone), so
/// its boundaries are a function of its bytes: a cached list is exactly what ICU would return.
/// Open addressing over a fixed table; keys and boundaries live in two arenas. When the table is
/// three-quarters full or an arena reaches its budget, everything is dropped and filling starts
/// again: memory stays bounded whatever the input. One cache per tokenizer (not shared).
struct RegionBoundaryCache {
  /// Regions longer than this go to ICU every time (a long stretch without spaces is rarely seen
  /// twice, and it would crowd the arena).
  static let maximumKeyLength = 256
  private static let slotCount = 4096
  private static let keyBudget = 1 << 19
  private static let boundaryBudget = 1 << 17

  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: Int32 = -1
    var keyLength: Int32 = 0
    var boundaryStart: Int32 = 0
    var boundaryCount: Int32 = 0
  }

  /// Allocated on the first insertion: a tokenizer that never meets such a region never pays for it.
  private var slots: [Slot] = []
  private var keys: [UInt8] = []
  private var boundaries: [Int32] = []
  private var used = 0

  /// Appends the cached boundaries of `key` (offsets from its start) to `output` and returns true,
  /// or returns false on a miss.
  mutating func appendBoundaries(of key: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [Int32]) -> Bool {
    guard !slots.isEmpty else { return false }
    let mask = Self.slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while true {
      let slot = slots[index]
      if slot.keyStart < 0 { return false }
      if slot.hash == hash, Int(slot.keyLength) == key.count,
        keys.withUnsafeBufferPointer({ stored in
          memcmp(stored.baseAddress! + Int(slot.keyStart), key.baseAddress!, key.count) == 0
        })
      {
        let start = Int(slot.boundaryStart)
        boundaries.withUnsafeBufferPointer { stored in
          output.append(contentsOf: UnsafeBufferPointer(rebasing: stored[start..<(start + Int(slot.boundaryCount))]))
        }
        return true
      }
      index = (index + 1) & mask
    }
  }

  /// Remembers that `key`'s boundaries are `found`.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, boundaries found: ArraySlice<Int32>) {
    guard key.count <= Self.maximumKeyLength else { return }
    if slots.isEmpty { slots = [Slot](repeating: Slot(), count: Self.slotCount) }
    if used * 4 >= Self.slotCount * 3 || keys.count + key.count > Self.keyBudget
      || boundaries.count + found.count > Self.boundaryBudget
    {
      clear()
    }
    let mask = Self.slotCount - 1
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].keyStart >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      hash: hash, keyStart: Int32(keys.count), keyLength: Int32(key.count), boundaryStart: Int32(boundaries.count),
      boundaryCount: Int32(found.count))
    keys.append(contentsOf: key)
    boundaries.append(contentsOf: found)
    used += 1
  }

  private mutating func clear() {
    for index in slots.indices { slots[index] = Slot() }
    keys.removeAll(keepingCapacity: true)
    boundaries.removeAll(keepingCapacity: true)
    used = 0
  }
}
