/// The starts of a region's stretches after its first (`RegionStretches`), recorded by
/// `ICURegions.next` as it finds the region, so that `Tokenizer.emitRegion` need not walk the
/// region's spaces again to split it.
///
/// A region holds a run of ASCII spaces only where `ICURegions.next` took the stretch after it in:
/// because the character before the spaces clings to them (then no stretch starts after them, as
/// `RegionStretches.nextStart` also finds), or because that stretch holds a non-ASCII character
/// (then one starts there unless its first character clings to the spaces). So the starts recorded
/// there are exactly those `RegionStretches.nextStart` returns, in order. Where the region opens
/// with a character that clings to a space before it (`ICURegions.next` then starts it at `from`,
/// and what lies before may hold spaces), nothing is known (`abandon`). At most `capacity` starts
/// are kept; `complete` tells whether more followed (found again from the last one kept).
struct RegionStretchStarts {
  private let storage: UnsafeMutablePointer<Int>?
  private let capacity: Int
  /// How many starts may still be recorded in the current region (0 once it is abandoned).
  private var limit: Int
  /// How many starts were recorded for the current region.
  private(set) var count = 0
  /// Whether the recorded starts are all the region's (false: find those after the last recorded,
  /// or all of them when none was, with `RegionStretches.nextStart`).
  private(set) var complete = true

  /// Records into `storage` (owned by the caller), at most `capacity` starts per region; with no
  /// storage, nothing is recorded and every region is incomplete.
  init(storage: UnsafeMutablePointer<Int>?, capacity: Int) {
    self.storage = storage
    self.capacity = storage == nil ? 0 : capacity
    limit = self.capacity
    complete = storage != nil
  }

  /// Starts a new region.
  @inline(__always)
  mutating func reset() {
    count = 0
    limit = capacity
    complete = storage != nil
  }

  @inline(__always)
  mutating func append(_ start: Int) {
    guard count < limit, let storage else {
      complete = false
      return
    }
    storage[count] = start
    count &+= 1
  }

  /// Forgets the region's starts: they are found with `RegionStretches.nextStart`.
  @inline(__always)
  mutating func abandon() {
    count = 0
    limit = 0
    complete = false
  }

  /// The end of the stretch of `region` that starts at `start`, the `recorded`-th stretch after the
  /// region's first: the next recorded start, else the region's end when the record is complete,
  /// else the start `RegionStretches.nextStart` walks to (`recorded` counts the recorded starts
  /// used). `Tokenizer.emitRegion` splits a region this way; a test checks it against the walk.
  @inline(__always)
  func stretchEnd(
    after start: Int, recorded: inout Int, in region: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
    flags: CharacterFlagCache
  ) -> Int {
    if recorded < count {
      defer { recorded &+= 1 }
      return self[recorded]
    }
    if complete { return region.upperBound }
    return RegionStretches.nextStart(bytes, in: region, after: start, flags: flags)
  }

  /// The recorded start at `index` (< `count`).
  @inline(__always)
  subscript(index: Int) -> Int {
    precondition(index < count, "no such start")
    return storage![index]
  }
}
