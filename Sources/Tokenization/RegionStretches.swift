/// Where a region that `AlphabeticWordBreaker` declines (`ICURegions`) splits into stretches that
/// can be segmented apart, so that ICU's iterator is handed only the stretches that need it (the
/// Chinese phrase of "Доставка была быстрой! 服务很好。 👍", not the Cyrillic words and the emoji
/// around it).
///
/// A region splits at a run of ASCII spaces exactly as a text splits into regions (`ICURegions`):
/// ICU's word rules (dictionary segmentation included) never look across a space, except where the
/// character beside it is Extend, Format, ZWJ or WSegSpace (WB3d and WB4 join it to the space). A
/// run of spaces with no such neighbour is one segment of its own, with a boundary on each side, so
/// the boundaries of the stretches segmented one by one are those of the whole region.
/// `RegionStretchTests` checks the tokens against ICU on the whole text.
enum RegionStretches {
  /// The start of the stretch after the one that starts at `start` in `region`: the end of the next
  /// run of ASCII spaces with no clinging neighbour, or `region.upperBound` when there is none. A
  /// stretch holds its trailing spaces.
  static func nextStart(
    _ bytes: UnsafeBufferPointer<UInt8>, in region: Range<Int>, after start: Int, flags: CharacterFlagCache
  ) -> Int {
    let space = UInt8(ascii: " ")
    var position = start
    while position < region.upperBound {
      // A region ends at a space or at the text's end, so the run of other bytes ends inside it.
      let spaceStart = ByteRuns.nonSpaceRunEnd(bytes, from: position)
      guard spaceStart < region.upperBound else { return region.upperBound }
      var spaceEnd = spaceStart + 1
      while spaceEnd < region.upperBound, bytes[spaceEnd] == space { spaceEnd += 1 }
      guard spaceEnd < region.upperBound else { return region.upperBound }
      position = spaceEnd
      // Spaces that open the region (after a character that clings to them) split nothing.
      guard spaceStart > start else { continue }
      if bytes[spaceStart - 1] >= 0x80,
        flags.flags(SpecialSpanScanner.scalar(bytes, before: spaceStart)).contains(.wordBreakClings)
      {
        continue
      }
      if bytes[spaceEnd] >= 0x80, flags.flags(decodeScalar(bytes, at: spaceEnd).0).contains(.wordBreakClings) {
        continue
      }
      return spaceEnd
    }
    return region.upperBound
  }
}
