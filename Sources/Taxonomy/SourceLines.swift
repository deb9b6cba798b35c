/// The lines of a codebook file, cut at each "\n" (an empty last line included) without the "\r"
/// of a CRLF ending, as `scalarLines(_:)` gives them; a line's code points are decoded when a rule
/// on it is first mapped (`ScalarSourceMap`), not for every line of the file (decoding them all
/// cost 4.5M instructions for the shipped codebook, whose rules lie on a fifth of its lines).
///
/// The lines are cut in the UTF-8 bytes: a line feed or carriage return is never part of a
/// longer sequence. An ASCII line's code points are its bytes.
final class SourceLines {
  /// The file's UTF-8 bytes.
  private let bytes: [UInt8]
  /// Per line: where it starts and ends (before its "\n", and the "\r" before that) in `bytes`,
  /// and whether it is ASCII.
  private let starts: [Int32]
  private let ends: [Int32]
  private let isASCII: [Bool]
  /// The code points of each line decoded so far.
  private var decoded: [[Unicode.Scalar]?]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var starts: [Int32] = []
    var ends: [Int32] = []
    var isASCII: [Bool] = []
    bytes.withUnsafeBufferPointer { bytes in
      var start = 0
      while true {
        var end = start
        var ascii = true
        while end < bytes.count {
          // Eight bytes without a line feed (none equal to 0x0A: Anderson, "Bit Twiddling Hacks",
          // "Determine if a word has a zero byte") are stepped over in one test.
          if end + 8 <= bytes.count, let base = bytes.baseAddress {
            let word = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
            if (feeds &- 0x0101_0101_0101_0101) & ~feeds & highBits == 0 {
              if word & highBits != 0 { ascii = false }
              end += 8
              continue
            }
          }
          guard bytes[end] != 0x0A else { break }
          if bytes[end] >= 0x80 { ascii = false }
          end += 1
        }
        var lineEnd = end
        if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        starts.append(Int32(start))
        ends.append(Int32(lineEnd))
        isASCII.append(ascii)
        guard end < bytes.count else { break }
        start = end + 1
      }
    }
    self.starts = starts
    self.ends = ends
    self.isASCII = isASCII
    decoded = Array(repeating: nil, count: starts.count)
  }

  /// Number of lines.
  var count: Int { starts.count }

  /// The code points of line `row` (0-based).
  subscript(row: Int) -> [Unicode.Scalar] {
    if let line = decoded[row] { return line }
    let line = bytes.withUnsafeBufferPointer { bytes in
      let slice = UnsafeBufferPointer(rebasing: bytes[Int(starts[row])..<Int(ends[row])])
      return isASCII[row]
        ? slice.map { Unicode.Scalar($0) } : Array(String(decoding: slice, as: UTF8.self).unicodeScalars)
    }
    decoded[row] = line
    return line
  }

  /// `body` with the bytes of line `row` when it is ASCII (its code points are then its bytes), else
  /// with nil.
  func withASCIILine<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
    guard isASCII[row] else { return body(nil) }
    return bytes.withUnsafeBufferPointer { bytes in
      body(UnsafeBufferPointer(rebasing: bytes[Int(starts[row])..<Int(ends[row])]))
    }
  }
}
