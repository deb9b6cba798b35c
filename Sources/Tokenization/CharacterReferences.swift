#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// HTML character references left in survey text ("wasn&#39;t", "Fish &amp; chips", "I &lt;3
/// it"), read as the characters they stand for.
///
/// Web forms, review sites and some survey platforms store answers HTML-escaped, and exports and
/// scraped data sets carry the escapes into the text: a respondent's "wasn't" arrives as
/// "wasn&#39;t", which word breaking cuts into "wasn", "&", "#", "39", ";" and "t", so the negation
/// is lost ("the fit wasn&#39;t good" scored positive). The tokenizer decodes the references before
/// it breaks the text and maps every token and sentence back to the original bytes: offsets, token
/// texts and the text itself stay as the input has them, and only the norms read the decoded
/// characters ("wasn&#39;t" is one word with the norm "wasn't"; "&lt;3" is the emoticon "<3").
///
/// What is decoded (the HTML Standard's character references, §13.2.5.72–80, restricted to
/// well-formed ones):
/// - numeric references with a closing semicolon, decimal (`&#39;`, at most 7 digits) or
///   hexadecimal (`&#x27;`, at most 6 digits), of a Unicode scalar that is not NUL, a surrogate or a
///   control character other than tab, line feed and carriage return; the numbers 0x80–0x9F are
///   read as the Windows-1252 characters the HTML Standard maps them to (`&#146;` is "’");
/// - the named references of HTML 4 for Latin-1, the typographic punctuation and the euro sign
///   (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`, `&eacute;`, `&rsquo;`, `&hellip;` …),
///   with their semicolon and in their exact case.
///
/// Anything else stays as typed: "AT&T", "&amp" without its semicolon, "&bogus;", "&#0;". A
/// reference escaped twice ("&amp;#39;", common in scraped data) is read as its character; three
/// times, as the reference escaped once ("&amp;amp;#39;" reads as "&#39;").
/// What the tokenizer read differently from the text as typed (`TokenizedText.repairs`).
public struct TextRepairs: OptionSet, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  /// HTML character references, read as their characters (`CharacterReferences`).
  public static let characterReferences = TextRepairs(rawValue: 1)
  /// Mojibake, read as the characters it garbles (`Mojibake`).
  public static let mojibake = TextRepairs(rawValue: 2)
}

public enum CharacterReferences {
  /// Where a decoded byte comes from: the byte offset and code-point offset of the original
  /// character or reference it belongs to.
  public struct Origin: Sendable, Equatable {
    public var byte: Int32
    public var scalar: Int32
  }

  /// Decodes the references in `bytes` (valid UTF-8) into `decoded`, and repairs its mojibake
  /// with `repairingMojibake` (`Mojibake`), with `origins` holding, for each decoded byte and one
  /// past the end, where it comes from (`origins.count == decoded.count + 1`). Returns what was
  /// decoded; nothing, leaving both arrays as they are, when there is nothing to decode (most
  /// texts: a search for "&", and for mojibake's lead byte 0xC3, decides it).
  public static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, references: Bool = true, repairingMojibake: Bool = false,
    into decoded: inout [UInt8], origins: inout [Origin]
  ) -> TextRepairs {
    guard let start = firstCandidate(in: bytes, references: references, mojibake: repairingMojibake) else {
      return []
    }
    return decode(
      bytes, from: start, references: references, mojibake: repairingMojibake, into: &decoded, origins: &origins)
  }

  /// Where the first byte that may open a reference ("&") or a mojibake sequence (0xC3) stands, or
  /// nil when there is none (most texts: one or two `memchr`s). Inlined, so that the tokenizer
  /// decides without a call for such texts.
  @inline(__always)
  static func firstCandidate(in bytes: UnsafeBufferPointer<UInt8>, references: Bool, mojibake: Bool) -> Int? {
    guard let base = bytes.baseAddress, bytes.count >= 2 else { return nil }
    var start = bytes.count
    if references, let found = memchr(base, 0x26, bytes.count) {  // "&"
      start = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
    }
    if mojibake, let found = memchr(base, 0xC3, start) {
      start = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
    }
    return start < bytes.count ? start : nil
  }

  /// `decode(_:references:repairingMojibake:into:origins:)` from `start` (nothing to decode before
  /// it); what was decoded.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, references: Bool, mojibake: Bool,
    into decoded: inout [UInt8], origins: inout [Origin]
  ) -> TextRepairs {
    /// The scalar, byte length and code-point length of a reference or mojibake sequence at `index`.
    func sequence(at index: Int) -> (scalar: UInt32, length: Int, scalars: Int)? {
      switch bytes[index] {
      case 0x26 where references:
        return Self.reference(in: bytes, at: index).map { ($0.scalar, $0.length, $0.length) }
      case 0xC3 where mojibake:
        return Mojibake.sequence(in: bytes, at: index)
      default:
        return nil
      }
    }
    // Find the first sequence before writing anything.
    var index = start
    while index < bytes.count {
      if sequence(at: index) != nil { break }
      index += 1
    }
    guard index < bytes.count else { return [] }
    var repairs: TextRepairs = []
    decoded.removeAll(keepingCapacity: true)
    origins.removeAll(keepingCapacity: true)
    decoded.reserveCapacity(bytes.count)
    origins.reserveCapacity(bytes.count + 1)
    var scalarIndex: Int32 = -1
    var position = 0
    while position < bytes.count {
      let byte = bytes[position]
      if byte == 0x26 || byte == 0xC3, let (scalar, length, scalars) = sequence(at: position) {
        repairs.insert(byte == 0x26 ? .characterReferences : .mojibake)
        scalarIndex += 1
        let origin = Origin(byte: Int32(position), scalar: scalarIndex)
        let before = decoded.count
        Self.appendUTF8(scalar, to: &decoded)
        for _ in before..<decoded.count { origins.append(origin) }
        scalarIndex += Int32(scalars - 1)
        position += length
        continue
      }
      if byte & 0xC0 != 0x80 { scalarIndex += 1 }
      decoded.append(byte)
      origins.append(Origin(byte: Int32(position), scalar: scalarIndex))
      position += 1
    }
    origins.append(Origin(byte: Int32(bytes.count), scalar: scalarIndex + 1))
    return repairs
  }

  /// Maps the ranges of `tokens` and `sentences`, found in the decoded text, back to the original
  /// one through `origins` (see `decode`).
  static func mapBack(_ tokens: inout [Token], _ sentences: inout [Sentence], origins: [Origin]) {
    origins.withUnsafeBufferPointer { origins in
      /// The original bytes and code points of a decoded byte range.
      func original(_ range: Range<Int>) -> (bytes: Range<Int>, start: Int, end: Int) {
        let lower = origins[range.lowerBound]
        let upper = origins[range.upperBound]
        return (Int(lower.byte)..<Int(upper.byte), Int(lower.scalar), Int(upper.scalar))
      }
      tokens.withUnsafeMutableBufferPointer { tokens in
        for index in tokens.indices {
          (tokens[index].utf8Range, tokens[index].start, tokens[index].end) = original(tokens[index].utf8Range)
        }
      }
      sentences.withUnsafeMutableBufferPointer { sentences in
        for index in sentences.indices {
          (sentences[index].utf8Range, sentences[index].start, sentences[index].end) = original(
            sentences[index].utf8Range)
        }
      }
    }
  }

  /// The scalar and byte length of a well-formed reference at `start` (an "&"), or nil.
  /// An ampersand escaped itself and followed by a reference's body ("&amp;#39;", "&amp;quot;": text
  /// escaped twice, as scraped and re-exported data often is) is that reference, read at once.
  static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (scalar: UInt32, length: Int)? {
    guard let (scalar, length) = referenceBody(in: bytes, from: start + 1) else { return nil }
    if scalar == 0x26, let (inner, innerLength) = referenceBody(in: bytes, from: start + 1 + length) {
      return (inner, 1 + length + innerLength)
    }
    return (scalar, 1 + length)
  }

  /// The scalar of the reference whose body ("#39;", "amp;") starts at `start` (after its "&"),
  /// and the body's length.
  private static func referenceBody(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (
    scalar: UInt32, length: Int
  )? {
    var index = start
    guard index < bytes.count else { return nil }
    if bytes[index] == 0x23 {  // "#"
      index += 1
      guard index < bytes.count else { return nil }
      let hexadecimal = bytes[index] == 0x78 || bytes[index] == 0x58  // "x", "X"
      if hexadecimal { index += 1 }
      let digitsStart = index
      var value: UInt32 = 0
      while index < bytes.count, index - digitsStart < (hexadecimal ? 6 : 7),
        let digit = Self.digit(bytes[index], hexadecimal: hexadecimal)
      {
        value = value * (hexadecimal ? 16 : 10) + digit
        index += 1
      }
      guard index > digitsStart, index < bytes.count, bytes[index] == 0x3B,  // ";"
        let scalar = Self.allowedScalar(value)
      else { return nil }
      return (scalar, index + 1 - start)
    }
    // A name: ASCII letters and digits, then ";".
    let nameStart = index
    while index < bytes.count, index - nameStart <= Self.longestName, Self.isNameByte(bytes[index]) { index += 1 }
    guard index > nameStart, index < bytes.count, bytes[index] == 0x3B,
      let scalar = Self.named(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]))
    else { return nil }
    return (scalar, index + 1 - start)
  }

  private static func digit(_ byte: UInt8, hexadecimal: Bool) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x61...0x66 where hexadecimal: return UInt32(byte - 0x61 + 10)
    case 0x41...0x46 where hexadecimal: return UInt32(byte - 0x41 + 10)
    default: return nil
    }
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
  }

  /// The scalar a numeric reference stands for, or nil when it is not decoded (NUL, controls other
  /// than tab, LF and CR, surrogates, beyond U+10FFFF, and the 0x80–0x9F numbers the HTML Standard
  /// maps to no character: it reads the others as Windows-1252's characters, `Mojibake.windows1252Upper`).
  static func allowedScalar(_ value: UInt32) -> UInt32? {
    switch value {
    case 0x09, 0x0A, 0x0D: return value
    case 0x00..<0x20, 0x7F: return nil
    case 0x80...0x9F: return Mojibake.windows1252Upper[Int(value - 0x80)]
    case 0xD800...0xDFFF: return nil
    case 0x11_0000...: return nil
    default: return value
    }
  }

  static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
    switch scalar {
    case ..<0x80:
      bytes.append(UInt8(scalar))
    case ..<0x800:
      bytes.append(UInt8(0xC0 | (scalar >> 6)))
      bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    case ..<0x1_0000:
      bytes.append(UInt8(0xE0 | (scalar >> 12)))
      bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    default:
      bytes.append(UInt8(0xF0 | (scalar >> 18)))
      bytes.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (scalar & 0x3F)))
    }
  }

  /// The scalar of a named reference (without "&" and ";"), or nil.
  static func named(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
    guard name.count <= longestName else { return nil }
    var key: UInt64 = 0
    for (index, byte) in name.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
    return namedTable[key]
  }

  /// The longest name of `names` (8 bytes: a name fits one integer key).
  static let longestName = 8

  private static let namedTable: [UInt64: UInt32] = {
    var table: [UInt64: UInt32] = [:]
    for (name, scalar) in names {
      precondition(name.utf8.count <= longestName, "CharacterReferences: a name longer than its key")
      var key: UInt64 = 0
      for (index, byte) in name.utf8.enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
      table[key] = scalar
    }
    return table
  }()

  /// The named references decoded: HTML 4's special characters (markup, Latin Extended-A,
  /// spacing modifiers, general punctuation, the euro sign) and its Latin-1 set (U+00A0–U+00FF,
  /// which `htmlentities` in PHP writes for every accented letter), with `apos`, and `hellip`,
  /// `bull` and `trade` of its symbols.
  static let names: [(String, UInt32)] = [
    ("quot", 0x22), ("amp", 0x26), ("apos", 0x27), ("lt", 0x3C), ("gt", 0x3E),
    ("OElig", 0x152), ("oelig", 0x153), ("Scaron", 0x160), ("scaron", 0x161), ("Yuml", 0x178),
    ("circ", 0x2C6), ("tilde", 0x2DC), ("ensp", 0x2002), ("emsp", 0x2003), ("thinsp", 0x2009),
    ("zwnj", 0x200C), ("zwj", 0x200D), ("lrm", 0x200E), ("rlm", 0x200F), ("ndash", 0x2013),
    ("mdash", 0x2014), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A), ("ldquo", 0x201C),
    ("rdquo", 0x201D), ("bdquo", 0x201E), ("dagger", 0x2020), ("Dagger", 0x2021), ("permil", 0x2030),
    ("lsaquo", 0x2039), ("rsaquo", 0x203A), ("euro", 0x20AC), ("hellip", 0x2026), ("bull", 0x2022),
    ("trade", 0x2122),
    ("nbsp", 0xA0), ("iexcl", 0xA1), ("cent", 0xA2), ("pound", 0xA3), ("curren", 0xA4), ("yen", 0xA5),
    ("brvbar", 0xA6), ("sect", 0xA7), ("uml", 0xA8), ("copy", 0xA9), ("ordf", 0xAA), ("laquo", 0xAB),
    ("not", 0xAC), ("shy", 0xAD), ("reg", 0xAE), ("macr", 0xAF), ("deg", 0xB0), ("plusmn", 0xB1),
    ("sup2", 0xB2), ("sup3", 0xB3), ("acute", 0xB4), ("micro", 0xB5), ("para", 0xB6), ("middot", 0xB7),
    ("cedil", 0xB8), ("sup1", 0xB9), ("ordm", 0xBA), ("raquo", 0xBB), ("frac14", 0xBC), ("frac12", 0xBD),
    ("frac34", 0xBE), ("iquest", 0xBF), ("Agrave", 0xC0), ("Aacute", 0xC1), ("Acirc", 0xC2),
    ("Atilde", 0xC3), ("Auml", 0xC4), ("Aring", 0xC5), ("AElig", 0xC6), ("Ccedil", 0xC7),
    ("Egrave", 0xC8), ("Eacute", 0xC9), ("Ecirc", 0xCA), ("Euml", 0xCB), ("Igrave", 0xCC),
    ("Iacute", 0xCD), ("Icirc", 0xCE), ("Iuml", 0xCF), ("ETH", 0xD0), ("Ntilde", 0xD1), ("Ograve", 0xD2),
    ("Oacute", 0xD3), ("Ocirc", 0xD4), ("Otilde", 0xD5), ("Ouml", 0xD6), ("times", 0xD7),
    ("Oslash", 0xD8), ("Ugrave", 0xD9), ("Uacute", 0xDA), ("Ucirc", 0xDB), ("Uuml", 0xDC),
    ("Yacute", 0xDD), ("THORN", 0xDE), ("szlig", 0xDF), ("agrave", 0xE0), ("aacute", 0xE1),
    ("acirc", 0xE2), ("atilde", 0xE3), ("auml", 0xE4), ("aring", 0xE5), ("aelig", 0xE6), ("ccedil", 0xE7),
    ("egrave", 0xE8), ("eacute", 0xE9), ("ecirc", 0xEA), ("euml", 0xEB), ("igrave", 0xEC),
    ("iacute", 0xED), ("icirc", 0xEE), ("iuml", 0xEF), ("eth", 0xF0), ("ntilde", 0xF1), ("ograve", 0xF2),
    ("oacute", 0xF3), ("ocirc", 0xF4), ("otilde", 0xF5), ("ouml", 0xF6), ("divide", 0xF7),
    ("oslash", 0xF8), ("ugrave", 0xF9), ("uacute", 0xFA), ("ucirc", 0xFB), ("uuml", 0xFC),
    ("yacute", 0xFD), ("thorn", 0xFE), ("yuml", 0xFF),
  ]
}
