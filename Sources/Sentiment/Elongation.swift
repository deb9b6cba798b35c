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
  /// for the texts that may hold one: not ASCII, or with three identical ASCII letters in a row
  /// (`TextMarks.letterRun`).
  static func hasRun(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var found = false
    forEachScalar(bytes) { _, run in
      if run >= 3 { found = true }
    }
    return found
  }

  /// `bytes` with every run of three or more identical scalars cut to `keep` copies, in `output`.
  static func squeeze(_ bytes: UnsafeBufferPointer<UInt8>, keeping keep: Int, into output: inout [UInt8]) {
    output.removeAll(keepingCapacity: true)
    forEachScalar(bytes) { scalar, run in
      let copies = run >= 3 ? keep : run
      for _ in 0..<copies { output.append(contentsOf: scalar) }
    }
  }

  /// Whether `bytes` (UTF-8) hold an ASCII digit: a word written with digits ("2000s", "a1000") has
  /// runs that are no lengthening.
  static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }

  /// Whether `bytes` (UTF-8) are one scalar ("a", "й").
  static func isOneScalar(_ bytes: [UInt8]) -> Bool {
    !bytes.isEmpty && scalarLength(bytes[0]) >= bytes.count
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

/// A lengthened word of a text (`Elongation`), as `DefaultProfileScorer` maps it: 8 bytes, so that
/// a text's list of them is one small array.
struct LengthenedWord: Sendable {
  /// The word's token index.
  var token: Int32
  /// How many copies of each run of three or more the rules read ("whyyy" → "why": 1; "tooo" →
  /// "too": 2), the form `mapTokens` looked up; 0 when they read the word as written (a hashtag, a
  /// word with a digit).
  var keep: UInt8
  /// Whether the shortened form matched a term (which then gets `elongationIncrement`); otherwise
  /// only the rules read it ("whyyy", "pleeease").
  var matchedTerm: Bool
}
