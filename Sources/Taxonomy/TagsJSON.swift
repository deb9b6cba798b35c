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
    // Index loops read the members in place: iterating copied each match and item (retaining its
    // strings and arrays) and destroyed the copy.
    var capacity = 16
    for index in matches.indices {
      guard let code = plainCount(matches[index].code), let label = plainCount(matches[index].label) else {
        return nil
      }
      capacity += 96 + code + label
      if matches[index].sentiment != nil {
        guard let sentimentLabel = plainCount(matches[index].sentiment!.label) else { return nil }
        capacity += 64 + sentimentLabel
      }
      for position in matches[index].evidence.indices {
        guard let rule = plainCount(matches[index].evidence[position].rule) else { return nil }
        capacity += 80 + rule
      }
    }
    return capacity
  }

  /// Writes `"tags":[…]` for `matches` (whose strings `assembledCapacity` accepted).
  static func assemble(_ matches: [TagMatch], into buffer: inout JSONFragmentBuffer) {
    buffer.fragment(#""tags":["#)
    // Index loops, as in `assembledCapacity`.
    for index in matches.indices {
      buffer.fragment(index == 0 ? #"{"code":""# : #",{"code":""#)
      write(matches[index].code, to: &buffer)
      buffer.fragment(#"","label":""#)
      write(matches[index].label, to: &buffer)
      buffer.fragment(#"""#)
      if matches[index].sentiment != nil {
        buffer.fragment(#","sentiment":{"label":""#)
        write(matches[index].sentiment!.label, to: &buffer)
        buffer.fragment(#"","compound":"#)
        buffer.number(matches[index].sentiment!.compound)
        buffer.fragment("}")
      }
      if matches[index].implied { buffer.fragment(#","implied":true"#) }
      buffer.fragment(#","evidence":["#)
      for position in matches[index].evidence.indices {
        buffer.fragment(position == 0 ? #"{"start":"# : #",{"start":"#)
        writeDecimal(matches[index].evidence[position].start, to: &buffer)
        buffer.fragment(#","end":"#)
        writeDecimal(matches[index].evidence[position].end, to: &buffer)
        buffer.fragment(#","rule":""#)
        write(matches[index].evidence[position].rule, to: &buffer)
        buffer.fragment(#""}"#)
      }
      buffer.fragment("]}")
    }
    buffer.fragment("]")
  }

  /// The UTF-8 length of `text` when it needs no JSON escape, else nil.
  static func plainCount(_ text: String) -> Int? {
    // Read in place (a native string's bytes, as the codebook's are): a mutable copy for
    // `withUTF8` retained and released the string at each of a tag's strings.
    if let count = text.utf8.withContiguousStorageIfAvailable({ JSONWriter.needsEscape($0) ? -1 : $0.count }) {
      return count < 0 ? nil : count
    }
    var text = text
    return text.withUTF8 { JSONWriter.needsEscape($0) ? nil : $0.count }
  }

  /// Appends the bytes of `text` (which need no escape).
  private static func write(_ text: String, to buffer: inout JSONFragmentBuffer) {
    // In place, as in `plainCount`.
    if text.utf8.withContiguousStorageIfAvailable({ buffer._writeASCII($0) }) != nil { return }
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
