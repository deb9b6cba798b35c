import Testing
import VerbatimCore

/// Where a member's name and value stand, for the errors that name a member ("field \"text\" must be
/// a string", a repeated name): the expected columns are found by searching the text itself for the
/// member, counting Unicode scalars as Python's `str.index` does, not by the parser under test.
@Suite struct JSONMemberPositionTests {
  /// The 1-based scalar column of the `occurrence`-th (0-based) match of `needle` in `text`, plus
  /// `shift` scalars.
  private func column(of needle: String, in text: String, occurrence: Int = 0, shift: Int = 0) -> Int {
    let scalars = Array(text.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    var found = -1
    var seen = 0
    for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<(start + pattern.count)]) == pattern {
      if seen == occurrence {
        found = start
        break
      }
      seen += 1
    }
    return found + 1 + shift
  }

  private func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @Test(arguments: [
    #"{"id":1,"text":5}"#,
    #"{"ïd":"é😀","text" : [1,2]}"#,
    #"  {"meta":{"text":"x"},"text":{"a":1}}"#,
    #"{"id":"a\"text\":","text":true}"#,
  ])
  func valueColumnPointsAtTheTopLevelValue(_ line: String) {
    // The top-level "text" member is the last one in every line above: its value follows the last `"text"`.
    let occurrences = line.components(separatedBy: #""text""#).count - 1
    let nameColumn = column(of: #""text""#, in: line, occurrence: occurrences - 1)
    let afterColon = Array(line.unicodeScalars)[(nameColumn - 1 + 6)...].prefix { $0 == " " || $0 == ":" }.count
    let expected = nameColumn + 6 + afterColon
    #expect(withBytes(line) { JSONParser.valueColumn(ofMember: "text", in: $0) } == expected, "\(line)")
  }

  @Test func nestedMembersAreFoundByTheirPath() {
    let line = #"{"id":1,"meta":{"channel":"chat","list":[{"x":1},{"x":"ü","score":null}]}}"#
    #expect(
      withBytes(line) { JSONParser.valueColumn(ofMember: "channel", at: "meta", in: $0) }
        == column(of: #""chat""#, in: line))
    #expect(
      withBytes(line) { JSONParser.valueColumn(ofMember: "score", at: "meta.list[1]", in: $0) }
        == column(of: "null", in: line))
    #expect(withBytes(line) { JSONParser.valueColumn(ofMember: "channel", in: $0) } == nil)
    #expect(
      withBytes(line) { JSONParser.valueColumn(ofMember: "x", at: "meta.list[0]", in: $0) }
        == column(of: "1}", in: line))
  }

  @Test func aRepeatedNameIsPlacedAtItsSecondOccurrence() throws {
    for (line, needle) in [
      (#"{"id":1,"text":"é","text":"x"}"#, #""text""#),
      (#"{"id":"ø","meta":{"k":1,"k":2}}"#, #""k""#),
      (#"{"list":[{"x":1},{"x":1,"x":2}]}"#, #""x""#),
    ] {
      let (path, name) = try #require(try JSONParser.parse(line).firstRepeatedName)
      let occurrence = line.components(separatedBy: needle).count - 2
      #expect(
        withBytes(line) { JSONParser.repeatedNameColumn(path: path, name: name, in: $0) }
          == column(of: needle, in: line, occurrence: occurrence), "\(line)")
    }
    #expect(withBytes(#"{"a":1,"b":{"a":2}}"#) { JSONParser.repeatedNameColumn(path: "", name: "a", in: $0) } == nil)
  }

  @Test func invalidJSONHasNoPositions() {
    #expect(withBytes(#"{"id":1,"text":}"#) { JSONParser.memberPositions(in: $0) }.isEmpty)
  }

  /// The positions are recorded on a second parse only: the same members, in document order.
  @Test func positionsFollowDocumentOrder() throws {
    let line = #"{"b":1,"a":{"c":[{"d":2}]},"e":3}"#
    let positions = withBytes(line) { JSONParser.memberPositions(in: $0) }
    #expect(positions.map(\.name) == ["b", "a", "c", "d", "e"])
    #expect(positions.map(\.path) == ["", "", "a", "a.c[0]", ""])
    #expect(positions.map(\.nameOffset) == positions.map(\.nameOffset).sorted())
  }
}
