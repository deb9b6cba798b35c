import Testing
import VerbatimCore

/// QA review 35 (F9): JUnit names keep distinct texts distinct. A raw tab in an attribute is read
/// back as a space (XML 1.0 §3.3.3, attribute-value normalisation), and every control character was
/// one U+FFFD, so "tab\there" and "tab here", or "x\u{1}y" and "x\u{2}y", became the same test.
@Suite struct XMLEscapedReversiblyTests {
  /// Undoes `xmlEscapedReversibly` as an XML parser and then a reader of its `\uXXXX` escapes would.
  static func decode(_ escaped: String) -> String {
    var text = escaped
    for (entity, character) in [
      ("&#10;", "\n"), ("&#13;", "\r"), ("&#9;", "\t"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""),
      ("&apos;", "'"), ("&amp;", "&"),
    ] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "\\" {
        result.append("\\")
        index += 2
      } else if scalars[index] == "\\", index + 5 < scalars.count, scalars[index + 1] == "u",
        let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        result.append(scalar)
        index += 6
      } else {
        result.append(scalars[index])
        index += 1
      }
    }
    return String(result)
  }

  @Test func tabCarriageReturnAndLineFeedAreCharacterReferences() {
    #expect(xmlEscapedReversibly("tab\there") == "tab&#9;here")
    #expect(xmlEscapedReversibly("a\r\nb") == "a&#13;&#10;b")
    #expect(xmlEscapedReversibly("<a & \"b\" 'c'>") == "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;")
  }

  @Test func controlCharactersAreVisibleEscapesNotOneReplacementCharacter() {
    #expect(xmlEscapedReversibly("x\u{1}y") == "x\\u0001y")
    #expect(xmlEscapedReversibly("x\u{2}y") == "x\\u0002y")
    #expect(xmlEscapedReversibly("esc\u{1B}") == "esc\\u001B")
    #expect(xmlEscapedReversibly("\u{FFFF}") == "\\uFFFF")
    // Nothing XML 1.0 forbids is written, not even as a reference.
    let escaped = xmlEscapedReversibly("nul\u{0} bell\u{7} \u{FFFE}")
    #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF })
    #expect(!escaped.contains("&#0;") && !escaped.contains("&#7;"))
  }

  @Test func aBackslashIsDoubledOnlyWhereItWouldReadAsAnEscape() {
    #expect(xmlEscapedReversibly(#"C:\data\codes.csv"#) == #"C:\data\codes.csv"#)
    #expect(xmlEscapedReversibly(#"x\u0001y"#) == #"x\\u0001y"#)
    #expect(xmlEscapedReversibly(#"a\\b"#) == #"a\\\b"#)
    #expect(xmlEscapedReversibly("a\\\u{1}") == #"a\\\u0001"#)
    #expect(xmlEscapedReversibly(#"end\"#) == #"end\"#)
  }

  /// Distinct texts give distinct escapes, and each decodes back to its text.
  @Test func distinctTextsStayDistinctAndDecodeBack() {
    let texts = [
      "tab\there", "tab here", "x\u{1}y", "x\u{2}y", "x\u{FFFD}y", #"x\u0001y"#, #"x\\u0001y"#, "x\\\u{1}y",
      "nl\nx", "nl x", "nl&#10;x", "cr\rx", #"a\b"#, #"a\\b"#, #"a\\\b"#, "\\", "\\\\", "\\u", "", "ünï ✓",
    ]
    let escaped = texts.map(xmlEscapedReversibly)
    #expect(Set(escaped).count == texts.count, "\(escaped)")
    for (text, form) in zip(texts, escaped) {
      #expect(Self.decode(form) == text, "\(form)")
    }
  }
}
