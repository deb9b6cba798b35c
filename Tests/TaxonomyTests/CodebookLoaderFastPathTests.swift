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
      // Also at each offset of a printable text longer than the eight bytes tested at once.
      let padded = (0...17).map {
        String(repeating: "a", count: $0) + "\(scalar)" + String(repeating: "b", count: 17 - $0)
      }
      for text in ["\(scalar)", "ab\(scalar)", "\(scalar)cd", "é\(scalar)ü", "x\r\n\(scalar)"] + padded {
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
      // Lines longer than the eight bytes tested at once, with a line feed and a non-ASCII code
      // point at different offsets.
      "abcdefghijklmnop\nqrstuvwxyz0123456789\r\n", "0123456\n89abcdeé\nfghijklmnopqrs", "1234567é\n",
      String(repeating: "x", count: 23) + "\n" + String(repeating: "y", count: 9) + "ü"
        + String(repeating: "z", count: 8),
    ]
    for text in texts {
      #expect(scalarLines(text) == scalarLinesByCodePoint(text), "\(text.debugDescription)")
    }
  }

  /// `Codebook.checkNesting` as first written, byte by byte (the reference for the one that steps
  /// over comments and quoted text): the first problem's line, column and message, or nil.
  static func nestingProblemByByte(_ text: String) -> String? {
    var depth = 0
    var line = 1
    var column = 0
    var quote: UInt8?
    var inComment = false
    var atLineStart = true
    var indent = 0
    var previous: UInt8 = 0x0A
    for byte in Array(text.utf8) {
      column += 1
      if byte == 0x0A {
        line += 1
        column = 0
        inComment = false
        atLineStart = true
        indent = 0
        previous = byte
        continue
      }
      if atLineStart {
        if byte == 0x20 {
          indent += 1
          if indent > 2 * Codebook.maximumNesting { return "\(line):\(column): indented" }
          previous = byte
          continue
        }
        atLineStart = false
      }
      if inComment {
        previous = byte
        continue
      }
      if let open = quote {
        if byte == open && previous != UInt8(ascii: "\\") { quote = nil }
        previous = byte
        continue
      }
      switch byte {
      case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09 || previous == 0x0A:
        inComment = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        quote = byte
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > Codebook.maximumNesting { return "\(line):\(column): brackets" }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth = max(0, depth - 1)
      default:
        break
      }
      previous = byte
    }
    return nil
  }

  /// The problem `Codebook.checkNesting` finds, in the form of `nestingProblemByByte`.
  static func nestingProblem(_ text: String) -> String? {
    do {
      try Codebook.checkNesting(text, source: "t")
      return nil
    } catch {
      guard case .yamlSyntax(let location, let message) = error else { return "other" }
      return "\(location.line):\(location.column): \(message.hasPrefix("brackets") ? "brackets" : "indented")"
    }
  }

  @Test func nestingCheckStepsOverCommentsAndQuotesAsTheByteWalk() {
    let deep = String(repeating: "[", count: 101)
    let indented = String(repeating: " ", count: 201) + "x"
    let texts = [
      "", "a: [b]", deep, "# \(deep)\n", "a: '\(deep)'", "a: \"\(deep)\"", "a: 'x\ny \(deep)", "a: \"x\\\" \(deep)\"",
      "a: 'it''s' \(deep)", "a#\(deep)", "a #\(deep)\nb: \(deep)", "'q\n\(indented)'", "# c\n\(indented)",
      "x: 'ab\\'\(deep)", "é: 'ü \(deep)\n\(deep)", "\t#x\n" + String(repeating: "{", count: 101),
      "a: \"long quoted text without the end\n  continues\n\(indented)",
    ]
    for text in texts {
      #expect(Self.nestingProblem(text) == Self.nestingProblemByByte(text), "\(text.prefix(40).debugDescription)")
    }
    // The shipped codebook has none.
    #expect(Self.nestingProblem(EmbeddedData.files.first { $0.name == "customer-feedback.yaml" }!.contents) == nil)
  }

  /// Every position the loader records for a rule of the shipped codebook is where the rule's code
  /// point is written in the file (or, in a single-quoted scalar, the first quote of a `''`).
  @Test func rulePositionsPointAtTheirCharactersInTheFile() throws {
    let file = try #require(EmbeddedData.files.first { $0.name == "customer-feedback.yaml" })
    let lines = scalarLinesByCodePoint(file.contents)
    let codebook = try Codebook.shipped()
    var checked = 0
    for tag in codebook.tags {
      for rule in tag.rules + tag.exclude {
        let positions = try #require(rule.positions)
        let scalars = Array(rule.text.unicodeScalars)
        #expect(positions.count == scalars.count + 1)
        for (scalar, position) in zip(scalars, positions) {
          #expect(lines[position.line - 1][position.column - 1] == scalar, "\(tag.code) \(position)")
          checked += 1
        }
        let last = positions[positions.count - 2]
        #expect(positions[positions.count - 1] == SourcePosition(line: last.line, column: last.column + 1))
      }
    }
    #expect(checked > 80_000)
  }
}
