import Testing
import VerbatimCore

@Suite struct JSONTests {
  /// Round trip: parse(write(x)) == x, and members keep their order and number text.
  @Test func roundTripKeepsOrderAndNumberText() throws {
    let text = #"{"b":1,"a":[true,false,null,-0.5e+10,"x\"y\\z\n\u00e9\ud83d\ude00"],"c":{"n":1.50}}"#
    let value = try JSONParser.parse(text)
    guard case .object(let members) = value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "c"])
    #expect(value["c"]?["n"] == .number("1.50"))
    #expect(value["a"] == .array([.bool(true), .bool(false), .null, .number("-0.5e+10"), .string("x\"y\\z\né😀")]))
    var writer = JSONWriter()
    writer.value(value)
    #expect(try JSONParser.parse(writer.string) == value)
  }

  /// RFC 8259 §6–7 and the JSONTestSuite "n_" cases: each must be rejected.
  @Test(arguments: [
    "{", "[1,]", "{\"a\" 1}", "01", "1.", ".5", "+1", "\"\\x\"", "\"\u{01}\"", "[1] x", "nul", "{\"a\":1,}",
    "\"\\ud800\"", "\"abc", "tru", "",
  ])
  func rejectsInvalidJSON(_ text: String) {
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
  }

  @Test func errorOffsetPointsAtTheProblem() {
    do {
      _ = try JSONParser.parse(#"{"id": broken}"#)
      Issue.record("accepted")
    } catch {
      #expect(error.offset == 7)
    }
  }

  @Test func stringsFindEveryEscapeAndControlCharacterWhereverItIs() throws {
    // RFC 8259 §7: a string ends at an unescaped `"`, `\` starts an escape, and characters below
    // U+0020 may not appear unescaped; the error offset is the control character's byte.
    let filler = "abcdéfghijklmnopqrstuvwxyz0123456789ABCD"
    for length in 0...filler.count {
      let head = String(filler.prefix(length))
      let tail = String(filler.dropFirst(length))
      #expect(try JSONParser.parse("\"\(head)\"") == .string(head))
      #expect(try JSONParser.parse("\"\(head)\\n\(tail)\"") == .string(head + "\n" + tail))
      #expect(try JSONParser.parse("[\"\(head)\",\"\(tail)\"]") == .array([.string(head), .string(tail)]))
      do {
        _ = try JSONParser.parse("\"\(head)\u{1F}\(tail)\"")
        Issue.record("accepted a control character after \(length) characters")
      } catch {
        #expect(error.offset == 1 + head.utf8.count)
      }
    }
  }

  @Test func deepNestingIsRefusedNotACrash() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
  }

  @Test func writerKeysAndStringsOfEveryLengthRoundTrip() throws {
    // parse(write(x)) == x for names and values from empty to past any short-text fast path, with
    // and without characters that RFC 8259 §7 requires escaped, and commas only between members.
    var members: [JSONMember] = []
    for length in [0, 1, 7, 8, 47, 48, 49, 100] {
      let plain = String(repeating: "k", count: length)
      let escaped = String(plain.prefix(max(0, length - 1))) + (length > 0 ? "\"" : "")
      members.append(JSONMember(plain + "\(length)", .string(escaped)))
      members.append(JSONMember(escaped + "\\\(length)", .string(plain + "\n")))
    }
    var writer = JSONWriter()
    writer.beginObject()
    for member in members {
      writer.key(member.key)
      writer.value(member.value)
    }
    writer.endObject()
    writer.startLine()
    writer.beginArray()
    writer.string("a")
    writer.string("")
    writer.endArray()
    let text = writer.string
    let split = text.index(before: text.lastIndex(of: "[")!)
    #expect(try JSONParser.parse(String(text[...split])) == .object(members))
    #expect(text.hasSuffix(#"}["a",""]"#))
  }

  @Test func writerEscapesAndFormatsNumbers() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("s")
    writer.string("a\"b\\c\u{1}\t")
    writer.key("d")
    writer.number(0.1 + 0.2)
    writer.key("nan")
    writer.number(Double.nan)
    writer.key("z")
    writer.number(-0.0)
    writer.endObject()
    #expect(writer.string == #"{"s":"a\"b\\c\u0001\t","d":0.30000000000000004,"nan":null,"z":0.0}"#)
  }

  /// The writer puts a double's digits straight into its buffer; they must be the standard
  /// library's shortest round-trip text (`description`, Steele & White / Ryū-style), which the
  /// other writers of the project (and `format`) use. Checked on random bit patterns of every
  /// magnitude, and that the text parses back to the same double.
  @Test func writerDoublesMatchTheStandardLibrarysShortestText() {
    var generator = SystemRandomNumberGenerator()
    var checked = 0
    while checked < 20_000 {
      let value = Double(bitPattern: generator.next())
      guard value.isFinite, value != 0 else { continue }
      var writer = JSONWriter()
      writer.number(value)
      #expect(writer.string == value.description)
      #expect(Double(writer.string) == value)
      checked += 1
    }
    for value in [1.0, -2.5, 1e-05, 0.18181818181818182, 123_456_789.0, 1e300, Double.leastNonzeroMagnitude] {
      var writer = JSONWriter()
      writer.number(value)
      #expect(writer.string == value.description)
    }
  }
}

/// XML 1.0 §2.2: control characters other than tab, LF and CR are not allowed, not even as
/// character references; the escaper must never produce them.
@Suite struct XMLEscapingTests {
  @Test func escapesMarkupAndNeverEmitsForbiddenCharacters() {
    #expect(xmlEscaped("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;")
    #expect(xmlEscaped("line1\nline2\tx") == "line1&#10;line2\tx")
    let escaped = xmlEscaped("bell\u{7} nul\u{0}")
    #expect(escaped == "bell\u{FFFD} nul\u{FFFD}")
    #expect(!escaped.contains("&#7;") && !escaped.contains("&#0;"))
  }
}
