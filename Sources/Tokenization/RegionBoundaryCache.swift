/// ICU's word boundaries of recent regions that `AlphabeticWordBreaker` declines (`ICURegions`:
/// Chinese, Japanese, Korean and Thai from ICU's dictionaries, Hebrew, rare marks), so that a region
/// seen before costs a hash lookup instead of ICU's iterator (dictionary segmentation of a short
/// Chinese or Japanese phrase costs tens of thousands of instructions).
///
/// A region is segmented on its own (`Tokenizer.emitRegion` hands ICU the region's bytes alone), so
/// its boundaries are a function of its bytes: a cached list is exactly what ICU would return.
/// The keys are in a `ByteKeyTable`, the boundaries in an arena beside it; both are emptied
/// together when either is full, so memory stays bounded whatever the input. One cache per
/// tokenizer (not shared).
struct RegionBoundaryCache {
  /// Regions longer than this go to ICU every time (a long stretch without spaces is rarely seen
  /// twice, and it would crowd the arena).
  static let maximumKeyLength = 256
  private static let boundaryBudget = 1 << 17

  private var table = ByteKeyTable<ArenaSpan>(slotCount: 4096, keyBudget: 1 << 19, blank: ArenaSpan())
  private var boundaries: [Int32] = []

  /// Appends the cached boundaries of `key` (offsets from its start) to `output` and returns true,
  /// or returns false on a miss.
  mutating func appendBoundaries(of key: UnsafeBufferPointer<UInt8>, hash: UInt64, to output: inout [Int32]) -> Bool {
    guard let found = table.entry(of: key, hash: hash) else { return false }
    boundaries.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[found.range])) }
    return true
  }

  /// Remembers that `key`'s boundaries are `found`.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, boundaries found: ArraySlice<Int32>) {
    guard key.count <= Self.maximumKeyLength else { return }
    if table.needsClearing(forKeyOf: key.count) || boundaries.count + found.count > Self.boundaryBudget {
      table.removeAll()
      boundaries.removeAll(keepingCapacity: true)
    }
    table.insert(key, hash: hash, entry: ArenaSpan(start: Int32(boundaries.count), count: Int32(found.count)))
    boundaries.append(contentsOf: found)
  }
}
