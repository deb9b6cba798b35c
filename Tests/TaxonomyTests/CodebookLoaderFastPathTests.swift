import Testing
import Yams

@testable import Taxonomy

/// The codebook loader's fast paths against their general forms: the null test's length bound
/// (against Yams's resolver), the byte scan for refused characters (against the code point test)
/// and the byte-cut lines (against the code point split).
@Suite struct CodebookLoaderFastPathTests {
  @Test func nullTestAgreesWithTheResolver() throws {
    let values = [
      "", "~", "null", "Null", "NULL", "nul", "nulls", "none", "NULL ", "0", "1.5", "yes", "long text here",
      "null\n", "~\r\n", "NULL\u{2028}", "NULL\u{85}", "Null\r\n", "notnull\n", "~~~~~~~~", "é", "NULLNULL",
    ]
    for value in values {
      for style in [Node.Scalar.Style.plain, .singleQuoted, .doubleQuoted, .literal, .folded] {
        let node = Node.scalar(Node.Scalar(value, Tag(.implicit), style))
        #expect(
          isYAMLNull(node) == (Resolver.default.resolveTag(of: node) == .null), "\(value.debugDescription)")
      }
      for tag in [Tag.Name.null, .str] {
        let node = Node.scalar(Node.Scalar(value, Tag(tag)))
        #expect(isYAMLNull(node) == (tag == .null), "\(value.debugDescription) \(tag)")
      }
    }
    // Parsed from YAML: plain, quoted and explicitly tagged nulls.
    let yaml = "- ~\n- null\n- '~'\n- \"null\"\n- !!null ''\n- !!str null\n-\n- x\n- NULL\n- long plain text\n"
    let parsed = try #require(try Yams.compose(yaml: yaml))
    let items = try #require(parsed.sequence.map(Array.init))
    #expect(
      items.map { isYAMLNull($0) } == [true, true, false, false, true, false, true, false, true, false])
  }

  @Test func characterScanFindsWhatTheCodePointTestRefuses() {
    func refused(_ text: String) -> Bool {
      (try? Codebook.checkCharacters(text, source: "t")) == nil
    }
    var scalars: [Unicode.Scalar] = []
    for value in Array(0...0x2FF) + [0x2028, 0xD7FF, 0xE000, 0xFEFF, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600] {
      if let scalar = Unicode.Scalar(UInt32(value)) { scalars.append(scalar) }
    }
    for scalar in scalars {
      for text in ["\(scalar)", "ab\(scalar)", "\(scalar)cd", "é\(scalar)ü", "x\r\n\(scalar)"] {
        var bytes = text
        let scanned = bytes.withUTF8 { Codebook.mayHoldDisallowedCharacter($0) }
        #expect(scanned == refused(text), "U+\(String(scalar.value, radix: 16))")
      }
    }
  }

  @Test func byteCutLinesAreTheCodePointLines() {
    let texts = [
      "", "\n", "\r\n", "\r", "a", "a\n", "a\r\nb", "a\rb\n", "é\r\nü\n\n", "x\r\r\ny", "tags:\n  - code: a\n",
      "’ OR \"don’t\"\r\n£$€ ☃\n\u{1F600}\r", "\n\n\r\n\r\n", "ab\u{2028}cd\nef",
    ]
    for text in texts {
      #expect(scalarLines(text) == scalarLinesByCodePoint(text), "\(text.debugDescription)")
    }
  }
}
