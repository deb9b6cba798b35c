/// One replaced span: where it was in the input and where its placeholder is in the output.
///
/// Offsets count Unicode code points (Python `str` indexing), like the tokenizer's `start`/`end`.
public struct RedactedSpan: Sendable, Equatable {
  /// What the span held.
  public var type: RedactionType
  /// The replaced code points in the original text.
  public var original: Range<Int>
  /// The placeholder's code points in the redacted text.
  public var redacted: Range<Int>

  public init(type: RedactionType, original: Range<Int>, redacted: Range<Int>) {
    self.type = type
    self.original = original
    self.redacted = redacted
  }
}

/// The outcome of `Redactor.redact(_:)`.
public struct RedactionResult: Sendable, Equatable {
  /// The text with every detected span replaced by its placeholder. Tokenize this text: offsets
  /// computed on it are the offsets downstream stages report.
  public var text: String
  /// How many spans of each kind were replaced (kinds with no replacement are absent).
  public var counts: [RedactionType: Int]
  /// The replaced spans in text order, without overlaps.
  public var spans: [RedactedSpan]

  public init(text: String, counts: [RedactionType: Int], spans: [RedactedSpan]) {
    self.text = text
    self.counts = counts
    self.spans = spans
  }

  /// True when nothing was replaced (`text` is then the input itself).
  public var isUnchanged: Bool { spans.isEmpty }

  /// The counts in `RedactionType` order (deterministic, for reports and manifests).
  public var sortedCounts: [(type: RedactionType, count: Int)] {
    counts.sorted { $0.key < $1.key }.map { (type: $0.key, count: $0.value) }
  }

  /// Maps a code-point offset in the redacted text back to the original text. Offsets inside a
  /// placeholder map to the start of the span it replaced.
  public func originalOffset(ofRedacted offset: Int) -> Int {
    var shift = 0
    for span in spans {
      if offset < span.redacted.lowerBound { break }
      if offset < span.redacted.upperBound { return span.original.lowerBound }
      shift = span.original.upperBound - span.redacted.upperBound
    }
    return offset + shift
  }
}
