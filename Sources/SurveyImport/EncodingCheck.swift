#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Detects a file whose XML declaration says ISO-8859-1 / Windows-1252 but whose bytes are UTF-8:
/// libxml2 decodes such a file without complaint into mojibake ("Ã©" for "é").
///
/// Rule: the file is UTF-8 in disguise when it holds at least one non-ASCII byte and every
/// non-ASCII byte belongs to a well-formed multi-byte UTF-8 sequence. Real Latin-1 text almost
/// never passes (an accented letter followed by ASCII is not a valid UTF-8 sequence). The scan is
/// streaming (constant memory) and runs only for files declaring a single-byte encoding.
enum EncodingCheck {
  static let singleByteNames: Set<String> = [
    "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "windows-1252", "cp1252", "us-ascii",
    "ascii", "iso-8859-15",
  ]

  /// The encoding named in an XML declaration at the start of `head`, if any.
  static func declaredEncoding(in head: [UInt8]) -> String? {
    var bytes = Array(head.prefix(512))
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard bytes.starts(with: Array("<?xml".utf8)), let close = firstIndex(of: Array("?>".utf8), in: bytes),
      let key = firstIndex(of: Array("encoding".utf8), in: Array(bytes[..<close]))
    else { return nil }
    var index = key + 8
    while index < close, bytes[index] == 0x20 || bytes[index] == UInt8(ascii: "=") { index += 1 }
    guard index < close, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return nil }
    let quote = bytes[index]
    let value = bytes[(index + 1)..<close].prefix { $0 != quote }
    return String(decoding: value, as: UTF8.self)
  }

  private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    for start in 0...(haystack.count - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start
    }
    return nil
  }

  /// Throws `encodingMismatch` (with the line and column of the first UTF-8 sequence) when the
  /// file declares a single-byte encoding but is UTF-8.
  static func check(path: String, head: [UInt8]) throws(ImportError) {
    guard let declared = declaredEncoding(in: head), singleByteNames.contains(declared.lowercased()) else { return }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var line = 1
    var column = 0
    var firstLine = 0
    var firstColumn = 0
    var pending = 0  // continuation bytes still expected
    var sawMultiByte = false
    while true {
      let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if got < 0 { throw .readFailed(path: path, reason: String(cString: strerror(errno))) }
      if got == 0 { break }
      for index in 0..<got {
        let byte = buffer[index]
        column += 1
        if pending > 0 {
          guard byte & 0xC0 == 0x80 else { return }  // not UTF-8: genuinely single-byte
          pending -= 1
          continue
        }
        if byte < 0x80 {
          if byte == 0x0A {
            line += 1
            column = 0
          }
          continue
        }
        switch byte {
        case 0xC2...0xDF: pending = 1
        case 0xE0...0xEF: pending = 2
        case 0xF0...0xF4: pending = 3
        default: return
        }
        if !sawMultiByte {
          sawMultiByte = true
          firstLine = line
          firstColumn = column
        }
      }
    }
    guard sawMultiByte, pending == 0 else { return }
    throw .encodingMismatch(path: path, line: firstLine, column: firstColumn, declared: declared, actual: "UTF-8")
  }
}
