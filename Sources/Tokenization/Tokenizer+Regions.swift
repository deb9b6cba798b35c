/// The regions of a mostly ASCII text that need ICU (`ICURegions`): segmented stretch by stretch,
/// by `AlphabeticWordBreaker` or ICU's iterator, and replayed from the caches.
extension Tokenizer {
  /// Emits the segments of one ICU region (`tokenizeASCII`) and returns where the last one ends (the
  /// region's end). A region that no span touches is emitted stretch by stretch (`RegionStretches`:
  /// its boundaries are those of the stretches segmented one by one), each replayed from
  /// `RegionTokenCache` when it was seen recently ("höflich", "服务很好，但是送货太慢了。", "👍🏽"), else
  /// segmented (`segmentRegion`) and remembered. Kept out of line: the ASCII loop around it stays
  /// small. A replayed stretch appends no boundaries: only `findSentences` reads the list after
  /// this, and it replaces it.
  @inline(never)
  func emitRegion(
    _ bytes: UnsafeBufferPointer<UInt8>, _ icu: Range<Int>, stretchStarts: RegionStretchStarts, spans: [SpecialSpan],
    spanIndex: inout Int, covered: inout Int, cursor: inout CodePointCursor, boundaries: inout [Int32],
    into result: inout TokenizedText
  ) throws(TokenizationError) -> Int {
    guard cachesRegionTokens, covered <= icu.lowerBound,
      spanIndex >= spans.count || spans[spanIndex].range.lowerBound >= icu.upperBound
    else {
      return try segmentRegion(
        bytes, icu, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor, boundaries: &boundaries,
        into: &result)
    }
    var stretchStart = icu.lowerBound
    // The stretches' ends are the starts `ICURegions.next` recorded, then the region's end (or, where
    // it did not record them all, those `RegionStretches.nextStart` finds after the last).
    var recorded = 0
    while stretchStart < icu.upperBound {
      let stretchEnd = stretchStarts.stretchEnd(
        after: stretchStart, recorded: &recorded, in: icu, bytes, flags: flagCache)
      let stretch = stretchStart..<stretchEnd
      stretchStart = stretchEnd
      guard stretch.count <= RegionTokenCache.maximumKeyLength else {
        _ = try segmentRegion(
          bytes, stretch, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
          boundaries: &boundaries, into: &result)
        continue
      }
      // A stretch is a function of its bytes (no span touches it): replayed when seen before.
      let key = UnsafeBufferPointer(rebasing: bytes[stretch])
      let hash = NormCache.hash(key)
      let codePoint = cursor.advance(bytes, to: stretch.lowerBound)
      if let characters = regionTokens.replay(
        key, hash: hash, offset: stretch.lowerBound, codePoint: codePoint, into: &result)
      {
        _ = cursor.advance(bytes, to: stretch.upperBound, from: stretch.lowerBound, characters: characters)
        continue
      }
      let firstToken = result.tokens.count
      let normStart = result.normBytes.count
      _ = try segmentRegion(
        bytes, stretch, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
        boundaries: &boundaries, into: &result)
      let characters = cursor.advance(bytes, to: stretch.upperBound) - codePoint
      result.tokens.withUnsafeBufferPointer { tokens in
        result.normBytes.withUnsafeBufferPointer { norms in
          regionTokens.insert(
            key, hash: hash, offset: stretch.lowerBound, codePoint: codePoint, characters: characters,
            tokens: UnsafeBufferPointer(rebasing: tokens[firstToken...]),
            norms: UnsafeBufferPointer(rebasing: norms[normStart...]), normBase: normStart)
        }
      }
    }
    return icu.upperBound
  }

  /// Emits the segments of a region, or of a stretch of one (`emitRegion`): its word boundaries
  /// from `AlphabeticWordBreaker`, or from ICU's iterator where that one declines. Returns where
  /// the last segment ends. The region's boundaries are appended after the previous regions'
  /// (emptying the list per region cost more than reading from where this region's start).
  private func segmentRegion(
    _ bytes: UnsafeBufferPointer<UInt8>, _ icu: Range<Int>, spans: [SpecialSpan], spanIndex: inout Int,
    covered: inout Int, cursor: inout CodePointCursor, boundaries: inout [Int32], into result: inout TokenizedText
  ) throws(TokenizationError) -> Int {
    let first = boundaries.count
    // The breaker is used in place (its accesses are unchecked): moving it into a local per text
    // cost an empty breaker made and released for every text, ASCII ones included.
    if !alphabeticWordBreaker.boundaries(bytes, region: icu, flags: flagCache, into: &boundaries) {
      try declinedRegionBoundaries(bytes, icu, into: &boundaries)
    }
    var segmentStart = icu.lowerBound
    for position in first..<boundaries.count {
      let segmentEnd = icu.lowerBound + Int(boundaries[position])
      try emitPieces(
        bytes, segmentStart..<segmentEnd, spans: spans, spanIndex: &spanIndex, covered: &covered, cursor: &cursor,
        into: &result)
      segmentStart = segmentEnd
    }
    return segmentStart
  }

  /// Appends the word boundaries of a region the alphabetic word breaker declines (offsets from its
  /// start). Where the region splits into stretches (`RegionStretches`), each run of stretches the
  /// breaker takes is segmented by it, and only the runs of stretches it declines go to ICU: the
  /// Chinese phrase, not the Cyrillic words and emoji beside it.
  private func declinedRegionBoundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, _ region: Range<Int>, into boundaries: inout [Int32]
  ) throws(TokenizationError) {
    var stretchStart = region.lowerBound
    var stretchEnd = RegionStretches.nextStart(bytes, in: region, after: stretchStart, flags: flagCache)
    guard stretchEnd < region.upperBound else {
      // One stretch (a phrase without spaces, most often): all of it to ICU.
      try icuBoundaries(UnsafeBufferPointer(rebasing: bytes[region]), into: &boundaries)
      return
    }
    var groupStart = region.lowerBound
    var groupDeclines = alphabeticWordBreaker.declines(bytes, stretchStart..<stretchEnd, flags: flagCache)
    while stretchEnd < region.upperBound {
      stretchStart = stretchEnd
      stretchEnd = RegionStretches.nextStart(bytes, in: region, after: stretchStart, flags: flagCache)
      let declines = alphabeticWordBreaker.declines(bytes, stretchStart..<stretchEnd, flags: flagCache)
      guard declines != groupDeclines else { continue }
      try appendGroupBoundaries(
        bytes, groupStart..<stretchStart, of: region, declined: groupDeclines, into: &boundaries)
      groupStart = stretchStart
      groupDeclines = declines
    }
    try appendGroupBoundaries(
      bytes, groupStart..<region.upperBound, of: region, declined: groupDeclines, into: &boundaries)
  }

  /// Appends the word boundaries of a run of stretches of `region` (offsets from the region's start):
  /// the alphabetic word breaker's, or ICU's where the run is `declined` (or the breaker declines it).
  private func appendGroupBoundaries(
    _ bytes: UnsafeBufferPointer<UInt8>, _ group: Range<Int>, of region: Range<Int>, declined: Bool,
    into boundaries: inout [Int32]
  ) throws(TokenizationError) {
    let first = boundaries.count
    if declined || !alphabeticWordBreaker.boundaries(bytes, region: group, flags: flagCache, into: &boundaries) {
      try icuBoundaries(UnsafeBufferPointer(rebasing: bytes[group]), into: &boundaries)
    }
    let offset = Int32(group.lowerBound - region.lowerBound)
    guard offset != 0 else { return }
    for index in first..<boundaries.count { boundaries[index] &+= offset }
  }

  /// Appends ICU's word boundaries of a region (offsets from its start): from the cache when the
  /// region was seen recently, else from ICU's iterator (and remembered).
  private func icuBoundaries(_ region: UnsafeBufferPointer<UInt8>, into boundaries: inout [Int32])
    throws(TokenizationError)
  {
    guard region.count <= RegionBoundaryCache.maximumKeyLength else {
      try words.boundaries(region, into: &boundaries)
      return
    }
    let hash = NormCache.hash(region)
    if regionCache.appendBoundaries(of: region, hash: hash, to: &boundaries) { return }
    let first = boundaries.count
    try words.boundaries(region, into: &boundaries)
    regionCache.insert(region, hash: hash, boundaries: boundaries[first...])
  }
}
