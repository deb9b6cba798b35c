#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Detects a file whose XML declaration names a single-byte encoding (ISO-8859-x, windows-125x,
/// KOI8-R, MacRoman, US-ASCII…) but whose bytes are UTF-8: libxml2 decodes such a file without
/// complaint into mojibake ("Ã©" or "Ă©" for "é").
///
/// Rule (`UTF8Probe`): the file is UTF-8 in disguise when it holds at least one well-formed
/// multi-byte UTF-8 sequence and no fewer of them than non-ASCII bytes outside one. Real
/// single-byte text almost never passes (an accented or Cyrillic letter followed by ASCII or by
/// another letter is not a valid UTF-8 sequence). A UTF-8 file with a few stray bytes (one answer
/// pasted from a Latin-1 source) is reported as such (QA review 31: before, one stray byte let the
/// whole file through as mojibake). The scan is streaming (constant memory) and runs only for files declaring
/// an encoding that is not UTF-8, UTF-16/32 or a multi-byte East Asian encoding.
enum EncodingCheck {
  /// Declared encodings that are not single-byte (lower-cased prefixes): the check does not apply.
  static let multiByteNamePrefixes = [
    "utf", "ucs", "unicode", "shift_jis", "shift-jis", "sjis", "windows-31j", "cp932", "ms932", "euc", "gb", "cp936",
    "big5", "cp950", "iso-2022", "ks_c", "cp949", "uhc", "hz", "x-euc", "x-sjis", "johab", "ebcdic", "ibm-939",
  ]

  /// Whether `name` (an XML declaration's encoding) is a single-byte encoding.
  static func isSingleByte(_ name: String) -> Bool {
    let lower = name.lowercased()
    return !lower.isEmpty && !multiByteNamePrefixes.contains { lower.hasPrefix($0) }
  }

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
  /// file declares a single-byte encoding but is UTF-8. Returns a warning when a file read in its
  /// single-byte encoding also holds UTF-8 sequences, which it decodes as two or three characters
  /// each ("Ã©" for "é"; QA review 40: such a mix imported without a word).
  @discardableResult
  static func check(path: String, head: [UInt8]) throws(ImportError) -> String? {
    try checkUTF16(name: path, head: head)
    guard let declared = declaredEncoding(in: head), isSingleByte(declared) else { return nil }
    return try scan(source: FileByteSource(path: path), name: path, declared: declared)
  }

  /// The same check for bytes that come from `open()` (called once for the head and, when the
  /// declaration names a single-byte encoding, once more for the scan).
  @discardableResult
  static func check(name: String, open: () throws(ImportError) -> any XMLByteSource) throws(ImportError) -> String? {
    var head = [UInt8](repeating: 0, count: 512)
    let source = try open()
    let got = try head.withUnsafeMutableBytes { buffer in
      Result { () throws(ImportError) in try source.read(into: buffer.baseAddress!, count: buffer.count) }
    }.get()
    head.removeLast(head.count - got)
    try checkUTF16(name: name, head: head)
    guard let declared = declaredEncoding(in: head), isSingleByte(declared) else { return nil }
    return try scan(source: open(), name: name, declared: declared)
  }

  /// A file with a UTF-16 byte-order mark whose declaration names an encoding that is not UTF-16
  /// (QA review 31: an ISO-8859-1 export converted with `iconv -t UTF-16` and its declaration left
  /// as it was got libxml2's "Char 0x0 out of allowed range").
  static func checkUTF16(name: String, head: [UInt8]) throws(ImportError) {
    guard head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) else { return }
    let ascii = head.dropFirst(2).filter { $0 != 0 }
    guard let declared = declaredEncoding(in: Array(ascii)) else { return }
    let lower = declared.lowercased()
    guard !lower.hasPrefix("utf-16"), !lower.hasPrefix("utf16"), !lower.hasPrefix("ucs-2"), !lower.hasPrefix("unicode")
    else { return }
    throw .encodingMismatch(
      path: name, line: 1, column: 1, declared: declared,
      actual: "UTF-16 (it starts with a UTF-16 byte-order mark)")
  }

  private static func scan(source: any XMLByteSource, name: String, declared: String) throws(ImportError)
    -> String?
  {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var probe = UTF8Probe()
    while true {
      let got = try buffer.withUnsafeMutableBytes { raw in
        Result { () throws(ImportError) in try source.read(into: raw.baseAddress!, count: raw.count) }
      }.get()
      if got == 0 { break }
      buffer.withUnsafeBytes { probe.feed(UnsafeRawBufferPointer(rebasing: $0[0..<got])) }
      if probe.isSingleByteText { return nil }  // stray bytes far outnumber sequences: genuinely single-byte
    }
    guard probe.mostlyUTF8Sequences else {
      guard probe.sequences > 0 else { return nil }
      return
        "the file declares \(declared) and is read so, but it also holds \(probe.sequences) UTF-8 sequence(s) (first at "
        + "line \(probe.first.line), column \(probe.first.column)), each read as two or three \(declared) characters "
        + "(\"Ã©\" for \"é\"): if part of the file was pasted from a UTF-8 source, convert that part"
    }
    guard probe.onlyUTF8Sequences else {
      throw .strayBytesInUTF8(path: name, encoding: declared, given: false, evidence: probe.evidence)
    }
    throw .encodingMismatch(
      path: name, line: probe.first.line, column: probe.first.column, declared: declared, actual: "UTF-8")
  }
}
