import Testing

@testable import Tokenization

/// The span scanner steps over text in other scripts 16 bytes at a time (`SpanCandidates`: no byte
/// of it is a candidate): the spans after such text must be those found after a single
/// space, whatever the text's length and alignment, and whatever starts right after it.
@Suite struct SpanScannerSkipTests {
  static func spans(_ text: String) -> [SpecialSpan] {
    var spans: [SpecialSpan] = []
    Array(text.utf8).withUnsafeBufferPointer { SpecialSpanScanner.scan($0, into: &spans) }
    return spans
  }

  @Test func spansAfterOtherScriptsDoNotDependOnAlignment() {
    let tails = [
      "@acme", "#fail", ":)", "XD", "a@b.co", "https://x.com/a", "www.x.org", "good.com", ":D", "<3", "\u{FF20}acme",
      "\u{FF03}tag", "word :(", ".@acme", "x", "\u{EF}", "\u{FF21}@acme", "d\u{301}:)",
    ]
    let fillers = ["\u{434}", "\u{E9}", "\u{3B1}", " ", "\u{434} ", "\u{4E2D}", "\u{1F44D}", "\u{A0}"]
    var failures: [String] = []
    for tail in tails {
      let expected = Self.spans(" " + tail).map { ($0.range.lowerBound - 1, $0.range.upperBound - 1, $0.kind) }
      for filler in fillers {
        for repeats in 0..<20 {
          let prefix = String(repeating: filler, count: repeats) + " "
          let shift = prefix.utf8.count
          let found = Self.spans(prefix + tail).map {
            ($0.range.lowerBound - shift, $0.range.upperBound - shift, $0.kind)
          }
          if !found.elementsEqual(expected, by: { $0 == $1 }), failures.count < 5 {
            failures.append((prefix + tail).debugDescription)
          }
        }
      }
    }
    #expect(failures.isEmpty, "spans moved after: \(failures)")
  }
}
