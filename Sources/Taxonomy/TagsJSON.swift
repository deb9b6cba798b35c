import VerbatimCore

/// The `"tags"` member of `JSONWriter.tagsMember(_:)` assembled in one buffer: the same bytes as
/// writing it name by name and value by value, for tags whose codes, labels, sentiment labels and
/// evidence rule names need no JSON escape (no control character, `"` or `\`). Writing it piece
/// by piece cost about 200 instructions a member name and as much a short string (5,700 a tagged
/// record of the VADER texts).
enum TagsJSON {
  /// The buffer size that holds the member of `matches`, or nil when one of their strings needs
  /// an escape (the caller writes those piece by piece).
  static func assembledCapacity(_ matches: [TagMatch]) -> Int? {
    // "tags":[ … ] and, per tag, its names, brackets and the sentiment's number (at most 24
    // bytes); per evidence item, its names and two integers (at most 20 bytes each).
    var capacity = 16
    for match in matches {
      guard let code = plainCount(match.code), let label = plainCount(match.label) else { return nil }
      capacity += 96 + code + label
      if let sentiment = match.sentiment {
        guard let sentimentLabel = plainCount(sentiment.label) else { return nil }
        capacity += 64 + sentimentLabel
      }
      for item in match.evidence {
        guard let rule = plainCount(item.rule) else { return nil }
        capacity += 80 + rule
      }
    }
    return capacity
  }

  /// Writes `"tags":[…]` for `matches` (whose strings `assembledCapacity` accepted).
  static func assemble(_ matches: [TagMatch], into buffer: inout JSONFragmentBuffer) {
    buffer.fragment(#""tags":["#)
    for (index, match) in matches.enumerated() {
      buffer.fragment(index == 0 ? #"{"code":""# : #",{"code":""#)
      write(match.code, to: &buffer)
      buffer.fragment(#"","label":""#)
      write(match.label, to: &buffer)
      buffer.fragment(#"""#)
      if let sentiment = match.sentiment {
        buffer.fragment(#","sentiment":{"label":""#)
        write(sentiment.label, to: &buffer)
        buffer.fragment(#"","compound":"#)
        buffer.number(sentiment.compound)
        buffer.fragment("}")
      }
      if match.implied { buffer.fragment(#","implied":true"#) }
      buffer.fragment(#","evidence":["#)
      for (position, item) in match.evidence.enumerated() {
        buffer.fragment(position == 0 ? #"{"start":"# : #",{"start":"#)
        writeDecimal(item.start, to: &buffer)
        buffer.fragment(#","end":"#)
        writeDecimal(item.end, to: &buffer)
        buffer.fragment(#","rule":""#)
        write(item.rule, to: &buffer)
        buffer.fragment(#""}"#)
      }
      buffer.fragment("]}")
    }
    buffer.fragment("]")
  }

  /// The UTF-8 length of `text` when it needs no JSON escape, else nil.
  static func plainCount(_ text: String) -> Int? {
    var text = text
    return text.withUTF8 { JSONWriter.needsEscape($0) ? nil : $0.count }
  }

  /// Appends the bytes of `text` (which need no escape).
  private static func write(_ text: String, to buffer: inout JSONFragmentBuffer) {
    var text = text
    text.withUTF8 { buffer._writeASCII($0) }
  }

  /// Appends the decimal digits of `value`, as `JSONWriter.number(_: Int)` writes them.
  static func writeDecimal(_ value: Int, to buffer: inout JSONFragmentBuffer) {
    // 20 digits and a sign at most.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { scratch in
      var magnitude = value.magnitude
      var position = 24
      repeat {
        position -= 1
        scratch[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if value < 0 {
        position -= 1
        scratch[position] = UInt8(ascii: "-")
      }
      buffer._writeASCII(UnsafeBufferPointer(rebasing: scratch[position..<24]))
    }
  }
}
