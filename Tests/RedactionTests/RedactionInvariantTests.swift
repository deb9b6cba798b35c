import Redaction
import TestSupport
import Testing

/// Fragments that exercise every detector's edges when glued together at random.
private let fragments = [
  " ", " ", ", ", ". ", "-", ".", ":", "::", "(", ")", "+", "@", "/", "?", "#", "\n", "0", "00", "1", "4", "9", "12",
  "555", "2024", "4111", "1111", "7946", "GB82", "WEST", "DE89", "Hi", "Thanks", "Dear", "Mr.", "Sarah", "Anna-Maria",
  "O'Brien", "there", "john", "example", "com", "https://", "www.", "token=", "fe80", "db8", "é", "Zoë", "😡", "🇬🇧",
  "\u{301}", "“", "…", "\u{0}",
  // Folded before detection (Unicode spaces, other scripts' digits, dashes between digits): the
  // spans must still count the original code points.
  "\u{A0}", "\u{202F}", "\u{3000}", "\u{2028}", "４", "１１", "٣", "\u{2011}", "－", "＋", "連絡先は", "です",
]

@Test(arguments: [UInt64(1), 2, 3, 4, 5, 6, 7, 8])
func spansPartitionTheTextConsistently(seed: UInt64) throws {
  var random = SplitMix64(state: seed)
  let redactor = try Redactor(
    configuration: RedactionConfiguration(patterns: [CustomPattern(name: "REF", mask: "AA-99")]))
  var replacedSpans = 0
  for _ in 0..<500 {
    var text = ""
    for _ in 0..<Int.random(in: 1...40, using: &random) { text += fragments.randomElement(using: &random)! }
    let result = redactor.redact(text)
    let original = Array(text.unicodeScalars)
    let redacted = Array(result.text.unicodeScalars)
    var originalCursor = 0
    var redactedCursor = 0
    for span in result.spans {
      // Unchanged text between spans is identical on both sides.
      #expect(span.original.lowerBound >= originalCursor && span.redacted.lowerBound >= redactedCursor)
      #expect(
        original[originalCursor..<span.original.lowerBound] == redacted[redactedCursor..<span.redacted.lowerBound])
      #expect(String(String.UnicodeScalarView(redacted[span.redacted])) == span.type.placeholder)
      #expect(!span.original.isEmpty)
      originalCursor = span.original.upperBound
      redactedCursor = span.redacted.upperBound
    }
    #expect(original[originalCursor...] == redacted[redactedCursor...])
    #expect(result.counts.values.reduce(0, +) == result.spans.count)
    #expect(!result.isUnchanged || result.text == text)
    replacedSpans += result.spans.count
  }
  // The fragments do combine into personal data, so the checks above are not vacuous.
  #expect(replacedSpans > 0)
}
