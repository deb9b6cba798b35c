import VerbatimCore

/// Whether an input given as UTF-16 (`--encoding utf-16`) can be UTF-16 at all (review h43 B3: a
/// UTF-8 file read as UTF-16 became CJK characters, and the import then said "cannot tell which
/// CSV columns hold open-ended answers").
///
/// Every comma, quote, brace and line end of a CSV or JSONL file is ASCII, and an ASCII character
/// in UTF-16 is two bytes of which one is 0x00. So a file in UTF-16 has a zero byte within its
/// first few characters, and one whose first `sampleLimit` bytes (or all of it, when shorter) hold
/// none is in another encoding: UTF-8 when those bytes are well-formed UTF-8, else a single-byte
/// one. A UTF-16 byte-order mark settles it the other way. One pass over at most `sampleLimit`
/// bytes, kept for the UTF-8 test.
struct UTF16Fit {
  /// The bytes looked at before deciding (64 KiB: many lines of any export).
  static let sampleLimit = 1 << 16

  /// What the input looks like when it is not UTF-16.
  enum Verdict: Equatable {
    /// UTF-16, or not enough bytes to tell (fewer than two).
    case fits
    /// No zero byte in the first `probed` bytes; `utf8` says whether they are UTF-8.
    case notUTF16(probed: Int, utf8: Bool)
  }

  private var sample: [UInt8] = []
  private var decided: Verdict?

  /// Looks at the next bytes of the input; the verdict once it is known (nil: read on).
  mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Verdict? {
    if let decided { return decided }
    let room = Self.sampleLimit - sample.count
    sample.append(contentsOf: bytes.prefix(room))
    if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) || sample.contains(0) {
      decided = .fits
    } else if sample.count == Self.sampleLimit {
      decided = verdict(cut: true)
    }
    if decided != nil { sample = [] }
    return decided
  }

  /// The verdict at the end of the input.
  mutating func finish() -> Verdict {
    if let decided { return decided }
    decided = sample.count < 2 ? .fits : verdict(cut: false)
    return decided!
  }

  /// The verdict on a sample without a zero byte: the sample cut at the limit may end inside a
  /// UTF-8 character, whose first bytes are then no evidence against UTF-8.
  private func verdict(cut: Bool) -> Verdict {
    let invalid = sample.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
    let utf8 = invalid.map { cut && $0 >= sample.count - 3 } ?? true
    return .notUTF16(probed: sample.count, utf8: utf8)
  }
}
