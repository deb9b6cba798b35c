import VerbatimCore

/// How the bytes of a Triple-S data file become text.
///
/// The Triple-S XML 2.0 standard (2011) gives the data file no encoding attribute of its own: the
/// metadata's XML declaration (`<?xml … encoding="windows-1252"?>`) is the only statement of the
/// survey's character set, so it is applied to the data. Some writers add a `data-file-encoding`
/// (or `encoding`) attribute to `<record>`; when present it is the more specific statement and
/// wins. A declaration of UTF-16/32 describes only the metadata file (UTF-16 data is refused
/// elsewhere) and is not applied to the data.
///
/// Decoding, per fixed-width line or per CSV field:
/// 1. bytes that are valid UTF-8 are UTF-8, whatever the declaration: real single-byte text is
///    almost never valid UTF-8 once it holds a byte ≥ 0x80 (see `EncodingCheck`), and metadata
///    declared ISO-8859-1 is often shipped with UTF-8 data;
/// 2. other bytes are decoded with the declared encoding when it is ISO-8859-1 or windows-1252
///    (0x80–0x9F → € ‚ ƒ „ … ‘ ’ “ ” • – — ™ …); a byte windows-1252 leaves undefined (0x81,
///    0x8D, 0x8F, 0x90, 0x9D) makes the line or row a reject naming the byte and its offset;
/// 3. with no declaration, or an XML declaration of UTF-8 (US-ASCII, UTF-16), they are read as
///    ISO-8859-1: every byte is a character and nothing is lost (the XML declaration describes the
///    metadata file, and data shipped with it that is not UTF-8 is most often Latin-1 or
///    windows-1252; its lines that are UTF-8 are still read as UTF-8);
/// 3a. in every case, a C1 control character (U+0080–U+009F) that windows-1252 defines is read as
///    that character (0x92 → ’), as the WHATWG Encoding Standard reads every "iso-8859-1" label:
///    C1 controls never belong in a survey answer, while Windows tools write windows-1252 and
///    label it Latin-1 or nothing at all (`readingC1AsWindows1252`);
/// 3b. a `data-file-encoding` of UTF-8 (or US-ASCII) states the data's encoding outright: a line or
///    row that is not UTF-8 is a reject naming its first bad byte (QA review 38: it was read as
///    windows-1252, "M\u{C3}" became "MÃ", with a note only);
/// 4. with any other declared encoding (ISO-8859-15, windows-1251, Shift_JIS…), the first bytes
///    that are not UTF-8 stop the import with an error naming the encoding and how to convert the
///    file (exit 65): decoding them as Latin-1 would corrupt the text silently.
///
/// Single-byte encodings have one byte per character, so fixed-width positions (characters) and
/// byte offsets coincide on the lines they decode.
struct TripleSDataEncoding {
  enum Fallback: Equatable {
    /// Nothing declared: ISO-8859-1 (and a field that is valid UTF-8 on its own is UTF-8).
    case latin1Guess
    /// Declared ISO-8859-1 or windows-1252.
    case declared(SourceEncoding)
    /// Declared in an encoding this reader does not decode.
    case unsupported
    /// The data's own attribute declares UTF-8: bytes that are not UTF-8 are a reject.
    case declaredUTF8
  }

  /// The declared name as written, and where it was declared (for messages).
  let name: String?
  let origin: String
  let fallback: Fallback

  /// The encoding the metadata declares for its data: `attribute` is `<record>`'s
  /// `data-file-encoding`/`encoding`, `xmlDeclaration` the metadata file's declared encoding.
  init(attribute: String?, xmlDeclaration: String?) {
    if let attribute = attribute?.trimmed, !attribute.isEmpty {
      name = attribute
      origin = "the metadata's data-file-encoding"
      switch Self.known(attribute) {
      case .utf8?: fallback = .declaredUTF8
      case let encoding?: fallback = .declared(encoding)
      case nil: fallback = Self.isUnicode(attribute) ? .latin1Guess : .unsupported
      }
    } else if let declared = xmlDeclaration?.trimmed, !declared.isEmpty, !Self.isUnicode(declared) {
      name = declared
      origin = "the metadata's XML declaration"
      switch Self.known(declared) {
      case .utf8?: fallback = .latin1Guess
      case let encoding?: fallback = .declared(encoding)
      case nil: fallback = .unsupported
      }
    } else {
      name = nil
      origin = "nothing (no encoding declared)"
      fallback = .latin1Guess
    }
  }

  /// The encodings decoded here, by the usual names and aliases (IANA character-set registry);
  /// US-ASCII is decoded as UTF-8, of which it is a subset.
  static func known(_ name: String) -> SourceEncoding? {
    let key = String(name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
    switch key {
    case "utf8", "usascii", "ascii", "ansix3.41968", "iso646us": return .utf8
    case "iso88591", "latin1", "l1", "isolatin1", "cp819", "ibm819", "isoir100", "csisolatin1", "iso885911987":
      return .latin1
    case "windows1252", "cp1252", "xcp1252", "mswindows1252", "cswindows1252": return .windows1252
    default: return nil
    }
  }

  /// UTF-16/32, UCS-2/4: a Unicode encoding with more than one byte per unit (not for ASCII data).
  static func isUnicode(_ name: String) -> Bool {
    let lower = name.lowercased()
    return (lower.hasPrefix("utf") && known(name) != .utf8) || lower.hasPrefix("ucs") || lower.hasPrefix("unicode")
  }

  /// Why bytes that are not UTF-8 cannot be decoded, or nil when they can.
  enum Failure: Error {
    /// The line or row is rejected: `reason` names the byte and its 1-based column.
    case reject(String)
    /// The import stops: the declared encoding is not one this reader decodes.
    case unsupported(String)
  }

  /// The characters of `bytes`, which are not valid UTF-8 (the caller tries UTF-8 first).
  func decodeNonUTF8(_ bytes: some Collection<UInt8>) throws(Failure) -> [Unicode.Scalar] {
    switch fallback {
    case .latin1Guess, .declared(.latin1): return bytes.map { Unicode.Scalar($0) }
    case .declared(.windows1252):
      var scalars: [Unicode.Scalar] = []
      scalars.reserveCapacity(bytes.count)
      for (index, byte) in bytes.enumerated() {
        guard (0x80..<0xA0).contains(byte) else {
          scalars.append(Unicode.Scalar(byte))
          continue
        }
        let value = SourceEncoding.windows1252High[Int(byte - 0x80)]
        guard value != 0, let scalar = Unicode.Scalar(value) else {
          throw .reject(
            "byte 0x\(String(byte, radix: 16, uppercase: true)) at byte \(index + 1) is not a character in "
              + "\(name ?? "windows-1252") (declared by \(origin))")
        }
        scalars.append(scalar)
      }
      return scalars
    case .declared:
      return bytes.map { Unicode.Scalar($0) }
    case .declaredUTF8:
      let offset = Array(bytes).withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } ?? 0
      let byte = bytes[bytes.index(bytes.startIndex, offsetBy: offset)]
      throw .reject(
        "byte 0x\(String(byte, radix: 16, uppercase: true)) at byte \(offset + 1) is not UTF-8, which \(origin) "
          + "declares (\(name ?? "UTF-8")); if the data file is windows-1252 or ISO-8859-1, declare that "
          + "(data-file-encoding=\"windows-1252\"), or convert it to UTF-8")
    case .unsupported:
      let encoding = name ?? "?"
      throw .unsupported(
        "the data is not UTF-8 and \(origin) names \(encoding), which the Triple-S reader does not decode (it "
          + "reads UTF-8, ISO-8859-1 and windows-1252): convert the data file to UTF-8 (e.g. iconv -f \(encoding) "
          + "-t UTF-8)")
    }
  }

  /// `bytes` as a String: UTF-8 when valid, else decoded as described above.
  func string(_ bytes: [UInt8]) throws(Failure) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    return String(String.UnicodeScalarView(try decodeNonUTF8(bytes)))
  }

  /// `field` with each C1 control character that windows-1252 defines replaced by that character
  /// (U+0092 → U+2019 ’; step 3a above); the five bytes windows-1252 leaves undefined stay as they are.
  static func readingC1AsWindows1252(_ field: String) -> String {
    guard field.unicodeScalars.contains(where: { (0x80..<0xA0).contains($0.value) }) else { return field }
    var scalars = String.UnicodeScalarView()
    for scalar in field.unicodeScalars {
      if (0x80..<0xA0).contains(scalar.value),
        let mapped = Unicode.Scalar(
          SourceEncoding.windows1252High[
            Int(scalar.value - 0x80)]), mapped.value != 0
      {
        scalars.append(mapped)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// A one-line note for standard error when lines that are not UTF-8 were decoded: with the
  /// declared encoding, or read as windows-1252 when nothing (or UTF-8) was declared.
  func note(lines: Int, dataPath: String) -> String? {
    guard lines > 0 else { return nil }
    switch fallback {
    case .declared(let encoding):
      return "\(dataPath): \(lines) line(s) that are not UTF-8 decoded as \(encoding.rawValue) (declared by \(origin))"
    case .latin1Guess:
      let declared = name.map { "\(origin) says \($0)" } ?? "no encoding is declared"
      return "\(dataPath): \(lines) line(s) that are not UTF-8 read as windows-1252 (\(declared); declare the "
        + "data's encoding in the metadata, e.g. data-file-encoding=\"windows-1252\", to be explicit)"
    case .unsupported, .declaredUTF8:
      return nil
    }
  }
}
