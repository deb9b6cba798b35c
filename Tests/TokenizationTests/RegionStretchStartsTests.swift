import Testing

@testable import Tokenization

/// `ICURegions.next` records where a region's stretches start (`RegionStretchStarts`), and
/// `Tokenizer.emitRegion` splits the region there instead of walking its spaces again with
/// `RegionStretches.nextStart`: the two must give the same stretches, on every region, whether all
/// starts fit in the record or only the first few do.
@Suite struct RegionStretchStartsTests {
  /// The ends of the stretches of `region` as `emitRegion` finds them from `starts`
  /// (`RegionStretchStarts.stretchEnd`).
  static func recordedEnds(
    _ bytes: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, _ starts: RegionStretchStarts, flags: CharacterFlagCache
  ) -> [Int] {
    var ends: [Int] = []
    var start = region.lowerBound
    var recorded = 0
    while start < region.upperBound {
      start = starts.stretchEnd(after: start, recorded: &recorded, in: region, bytes, flags: flags)
      ends.append(start)
    }
    return ends
  }

  /// The ends `RegionStretches.nextStart` finds, one stretch after another.
  static func walkedEnds(_ bytes: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, flags: CharacterFlagCache) -> [Int]
  {
    var ends: [Int] = []
    var start = region.lowerBound
    while start < region.upperBound {
      start = RegionStretches.nextStart(bytes, in: region, after: start, flags: flags)
      ends.append(start)
    }
    return ends
  }

  @Test(arguments: [64, 2, 0])
  func recordedStartsAreTheWalkedOnes(capacity: Int) {
    let flags = CharacterFlagCache()
    let storage = UnsafeMutablePointer<Int>.allocate(capacity: max(capacity, 1))
    defer { storage.deallocate() }
    var state: UInt64 = 11
    var failures: [String] = []
    for _ in 0..<20_000 {
      let bytes = Array(RegionStretchTests.text(&state).utf8)
      bytes.withUnsafeBufferPointer { buffer in
        var starts = RegionStretchStarts(storage: storage, capacity: capacity)
        var from = 0
        while let region = ICURegions.next(buffer, from: from, flags: flags, stretchStarts: &starts) {
          if region != ICURegions.next(buffer, from: from, flags: flags) { failures.append("region \(bytes)") }
          let recorded = Self.recordedEnds(buffer, region, starts, flags: flags)
          let walked = Self.walkedEnds(buffer, region, flags: flags)
          if recorded != walked { failures.append("\(bytes) \(region): \(recorded) != \(walked)") }
          from = region.upperBound
        }
      }
      if failures.count > 5 { break }
    }
    #expect(failures.isEmpty, "\(failures.prefix(5))")
  }
}
