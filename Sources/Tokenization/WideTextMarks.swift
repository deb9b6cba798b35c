internal import ICUBridge

/// The sentiment scorer's whole-text marks (its `TextMarks`: "-", "$", a quote, "!" or "?", three
/// identical ASCII letters in a row, an ASCII digit) 32 bytes at a time with AVX2, where the
/// processor has it (`vb_text_marks_avx2`): the scorer finds them once per text with 16-byte steps
/// of Swift's SIMD types otherwise, and this takes the bulk of a longer text in about a third of
/// their instructions. Here because the C helpers are this module's.
public enum WideTextMarks {
  /// The marks of the `count` bytes at `base` from offset 0 up to `end`, in the scorer's bits
  /// (1 "-", 2 "$", 4 `"` or "'", 8 "!" or "?", 16 a letter run starting before `end`, 32 a digit);
  /// the caller reads the bytes from `end` on (a letter run starting there may use the bytes
  /// before it). `end` is 0 (and the marks none) without AVX2 or for fewer than 34 bytes.
  public static func marks(_ base: UnsafePointer<UInt8>, count: Int) -> (marks: UInt8, end: Int) {
    #if arch(x86_64)
      guard count >= 34, SpanCandidates.hasAVX2 else { return (0, 0) }
      var end = 0
      let marks = vb_text_marks_avx2(base, count, &end)
      return (UInt8(truncatingIfNeeded: marks), end)
    #else
      return (0, 0)
    #endif
  }
}
