/// Word lengthening ("sooo slow", "loooove it", "yaaay", "ugggh"): a letter repeated three or more
/// times, which no English word has, written for emphasis. Brody & Diakopoulos (2011),
/// "Cooooooooooooooollllllllllllll!!!!!!!!!!!!!! Using Word Lengthening to Detect Sentiment in
/// Microblogs", EMNLP 2011, found lengthened words strongly associated with sentiment and their
/// canonical form recoverable by shortening the repeated letters.
///
/// A word that is not in the lexicon as written and has such a run is looked up again with every run
/// of three or more identical characters cut to two ("goooood" → "good"), then to one ("loooove"
/// → "love", "sooo" → "so"). Runs are of Unicode scalars, so "оооочень" shortens too.
enum Elongation {
  /// Whether `bytes` (UTF-8) hold a run of three or more identical scalars. Called per word only
  /// for the texts `mayHaveRun` lets through.
  static func hasRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    forEachScalar(bytes) { _, run in
      if run >= 3 { found = true }
    }
    return found
  }

  /// Whether a whole text may hold a lengthened word: three identical ASCII letters in a row, or
  /// any text that is not ASCII (its words are then checked one by one). Eight bytes a step, so
  /// the texts without one cost no per-token work.
  static func mayHaveRun(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) -> Bool {
    guard ascii else { return true }
    let count = bytes.count
    guard count >= 3, let base = bytes.baseAddress else { return false }
    let raw = UnsafeRawPointer(base)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    guard count >= 10 else { return hasLetterRun(base, from: 0, to: count) }
    // Whether a run starts at one of the eight offsets from `index`, from three loads one byte
    // apart (`index + 10 <= count`).
    @inline(__always) func runStarts(at index: Int) -> Bool {
      let first = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 1, as: UInt64.self))
      let third = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + 2, as: UInt64.self))
      // Byte k of `differences` is 0 exactly when bytes k, k + 1 and k + 2 are equal; `runs` has
      // the high bit of each such byte (an exact zero-byte test: no carries between bytes).
      let differences = (first ^ second) | (second ^ third)
      let runs = ~(((differences & low7) &+ low7) | differences | low7)
      guard runs != 0 else { return false }
      // …and of each byte of `first` that is an ASCII letter.
      let folded = (first & low7) | (0x20 &* ones)
      let letters = (folded &+ (0x80 - 0x61) &* ones) & ~(folded &+ (0x7F - 0x7A) &* ones) & ~first & highs
      return runs & letters != 0
    }
    var index = 0
    while index + 10 <= count {
      if runStarts(at: index) { return true }
      index += 8
    }
    // The last offsets (a run starts at most at count - 3): one more step, overlapping the last.
    return index < count - 2 && runStarts(at: count - 10)
  }

  /// Whether three identical ASCII letters start at some offset in `start..<end - 2`.
  private static func hasLetterRun(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Bool {
    var index = start
    while index + 2 < end {
      let byte = base[index]
      if byte == base[index + 1] && byte == base[index + 2]
        && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// `bytes` with every run of three or more identical scalars cut to `keep` copies, in `output`.
  static func squeeze(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: Int, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    forEachScalar(bytes) { scalar, run in
      let copies = run >= 3 ? keep : run
      for _ in 0..<copies { output.append(contentsOf: scalar) }
    }
  }

  /// Calls `body` with each maximal run of identical scalars: the scalar's bytes and the run length.
  private static func forEachScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void
  ) {
    var index = 0
    var runStart = 0
    var runLength = 0
    var runBytes = 0
    while index < bytes.count {
      let length = scalarLength(bytes[index])
      let end = min(index + length, bytes.count)
      if runLength > 0 && end - index == runBytes
        && (0..<runBytes).allSatisfy({ bytes[runStart + $0] == bytes[index + $0] })
      {
        runLength += 1
      } else {
        if runLength > 0 { body(UnsafeBufferPointer(rebasing: bytes[runStart..<(runStart + runBytes)]), runLength) }
        runStart = index
        runBytes = end - index
        runLength = 1
      }
      index = end
    }
    if runLength > 0 { body(UnsafeBufferPointer(rebasing: bytes[runStart..<(runStart + runBytes)]), runLength) }
  }

  /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
  @inline(__always) private static func scalarLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
  }
}
