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
/// 1. bytes that are valid UTF-8 are UTF-8, except under a declared ISO-8859-1 or windows-1252
///    (2a);
/// 2. other bytes are decoded with the declared encoding when it is ISO-8859-1 or windows-1252
///    (0x80–0x9F → € ‚ ƒ „ … ‘ ’ “ ” • – — ™ …); a byte windows-1252 leaves undefined (0x81,
///    0x8D, 0x8F, 0x90, 0x9D) makes the line or row a reject naming the byte and its offset;
/// 2a. under a declared ISO-8859-1 or windows-1252 one decoding holds for the whole data file
///    (`fileDecoding`, decided by `decide(_:dataPath:)` from a first pass, `DeclaredEncodingEvidence`;
///    QA review 40: "NESCAFÉ®" in Latin-1, bytes C9 AE, happens to be valid UTF-8 and became
///    "NESCAFɮ"): the declared one, also on lines that happen to be valid UTF-8, unless the file
///    shows it is UTF-8: every line is UTF-8 and it starts with a UTF-8 byte-order mark, holds a
///    byte windows-1252 leaves undefined (declared windows-1252), or has a fixed-width line that
///    fits the record in UTF-8 characters, exactly or where single bytes do not (metadata declared ISO-8859-1 is
///    often shipped with UTF-8 data). A file that is UTF-8 but for fewer stray bytes than UTF-8
///    sequences is refused, as the CSV reader refuses such a file given `--encoding`: either
///    decoding would garble part of it. A note says which decoding was used when it mattered;
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

  /// How a data file declared ISO-8859-1 or windows-1252 is decoded as a whole (step 2a).
  enum FileDecoding: Equatable {
    /// UTF-8 where valid, else the fallback (not decided for the file: the other fallbacks).
    case utf8WhereValid
    /// The declared single-byte encoding, on every line or field.
    case declared
    /// UTF-8 on every line or field (the file shows it is UTF-8).
    case utf8
  }

  /// The declared name as written, and where it was declared (for messages).
  let name: String?
  let origin: String
  let fallback: Fallback
  /// The decoding of the whole file, once `decide(_:dataPath:)` has run.
  var fileDecoding = FileDecoding.utf8WhereValid

  /// Whether the data is declared ISO-8859-1 or windows-1252, so that one decoding is decided for
  /// the whole file (step 2a) from a first pass over it.
  var decidesPerFile: Bool {
    if case .declared(let encoding) = fallback { return encoding == .latin1 || encoding == .windows1252 }
    return false
  }

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

  /// `bytes` as a String: UTF-8 when valid (and the file is not decided `.declared`), else decoded
  /// as described above.
  func string(_ bytes: [UInt8]) throws(Failure) -> String {
    if fileDecoding != .declared, let text = String(validating: bytes, as: UTF8.self) { return text }
    return String(String.UnicodeScalarView(try decodeNonUTF8(bytes)))
  }

  /// Decides `fileDecoding` for a file declared ISO-8859-1 or windows-1252 from what a first pass
  /// found (step 2a); returns a note saying what was decided, when the file holds UTF-8 sequences.
  /// - Throws: `ImportError.undecidedReading` for a file that is UTF-8 but for fewer stray bytes
  ///   than UTF-8 sequences, naming the first stray byte.
  mutating func decide(_ evidence: DeclaredEncodingEvidence, dataPath: String) throws(ImportError) -> String? {
    guard decidesPerFile else { return nil }
    let declared = name ?? "?"
    let probe = evidence.probe.evidence
    let stray = max(probe.strayBytes, evidence.invalidLine == 0 ? 0 : 1)
    if stray > 0 {
      if probe.sequences > stray || (probe.byteOrderMark && probe.sequences > 0) {
        let first = probe.firstStray ?? FilePosition(line: evidence.invalidLine, column: 0)
        throw .undecidedReading(
          path: dataPath, line: first.line, column: first.column,
          message:
            "\(origin) declares the data \(declared), but it is UTF-8 except for \(stray) byte(s) that are not, the "
            + "first here: it holds \(probe.sequences) well-formed UTF-8 sequence(s), the first at "
            + "\(probe.firstSequence)\(probe.byteOrderMark ? " (and starts with a UTF-8 byte-order mark)" : ""); "
            + "decoded either way, part of it would be garbled: fix the stray byte(s), or declare the data UTF-8 "
            + "(data-file-encoding=\"UTF-8\" on <record>: a line or row with a stray byte is then rejected, and "
            + "--keep-going goes past it)")
      }
      fileDecoding = .declared
    } else if probe.byteOrderMark || evidence.undefinedByteLine > 0 || evidence.utf8CharactersLine > 0 {
      fileDecoding = .utf8
      let why =
        probe.byteOrderMark
        ? "it starts with a UTF-8 byte-order mark"
        : evidence.undefinedByteLine > 0
          ? "line \(evidence.undefinedByteLine) holds a byte \(declared) leaves undefined"
          : "line \(evidence.utf8CharactersLine) fits the record's length in UTF-8 characters, not in single bytes"
      return "\(dataPath): decoded as UTF-8, not as \(declared) as \(origin) says: every line is UTF-8, and \(why)"
    } else {
      fileDecoding = .declared
    }
    guard evidence.utf8Lines.count > 0 else { return nil }
    return "\(dataPath): decoded as \(declared), as \(origin) says, on every line: \(evidence.utf8Lines.count) "
      + "line(s) with bytes ≥ 0x80 are also valid UTF-8 (the first is line \(evidence.utf8Lines.first)), but nothing "
      + "in the file shows it is UTF-8; if it is, declare it (data-file-encoding=\"UTF-8\" on <record>)"
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

/// What a first pass over a Triple-S data file declared ISO-8859-1 or windows-1252 found, for
/// `TripleSDataEncoding.decide(_:dataPath:)`.
struct DeclaredEncodingEvidence {
  /// Every byte of the file, with a line feed after each line.
  private(set) var probe = UTF8Probe()
  /// The first line that is not valid UTF-8 (0: none).
  private(set) var invalidLine = 0
  /// Lines that are valid UTF-8 with bytes ≥ 0x80: how many, and the first.
  private(set) var utf8Lines = FixedWidthEvidence.Tally()
  /// The first valid UTF-8 line holding a byte windows-1252 does not define (0: none).
  private(set) var undefinedByteLine = 0
  /// The first fixed-width line that fits the record in UTF-8 characters, exactly or where single
  /// bytes do not (set by the caller, which knows the record; 0: none).
  var utf8CharactersLine = 0
  private let windows1252: Bool

  init(windows1252: Bool) { self.windows1252 = windows1252 }

  /// Adds line `line` (without its terminator); returns whether it is valid UTF-8 with bytes ≥ 0x80.
  @discardableResult
  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Bool {
    probe.feed(UnsafeRawBufferPointer(bytes))
    withUnsafeBytes(of: UInt8(0x0A)) { probe.feed($0) }
    guard bytes.contains(where: { $0 >= 0x80 }) else { return false }
    guard String(validating: bytes, as: UTF8.self) != nil else {
      if invalidLine == 0 { invalidLine = line }
      return false
    }
    utf8Lines.add(line)
    if undefinedByteLine == 0, windows1252,
      bytes.contains(where: { $0 == 0x81 || $0 == 0x8D || $0 == 0x8F || $0 == 0x90 || $0 == 0x9D })
    {
      undefinedByteLine = line
    }
    return true
  }

  /// A line too long to be read: a line feed keeps the probe's line numbers.
  mutating func skip() {
    withUnsafeBytes(of: UInt8(0x0A)) { probe.feed($0) }
  }
}
