import Foundation
import SurveyImport
import TestSupport
import Testing

/// An answer made only of white space is blank in every format, and white space is the Unicode
/// `White_Space` property, not just ASCII space, tab and line ends (review r8b #8: NBSP and
/// U+3000 answers were counted as records and coded as neutral verbatims).
@Suite struct UnicodeBlankAnswerTests {
  /// The 25 code points with the `White_Space` property, from the Unicode Character Database,
  /// PropList.txt (Unicode 15.1): 0009..000D, 0020, 0085, 00A0, 1680, 2000..200A, 2028, 2029,
  /// 202F, 205F, 3000.
  static let whiteSpace: [UInt32] =
    Array(0x09...0x0D) + [0x20, 0x85, 0xA0, 0x1680] + Array(0x2000...0x200A)
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]

  /// Zero-width characters that are not `White_Space` (General_Category Cf) but show nothing:
  /// ZERO WIDTH SPACE, WORD JOINER, ZERO WIDTH NO-BREAK SPACE (byte-order mark).
  static let zeroWidth: [UInt32] = [0x200B, 0x2060, 0xFEFF]

  static func text(_ scalars: [UInt32]) -> String {
    String(String.UnicodeScalarView(scalars.map { Unicode.Scalar($0)! }))
  }

  static func write(_ name: String, _ contents: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
  }

  @Test func thePropertyListHasTwentyFiveCodePoints() {
    // PropList.txt: "# Total code points: 25" for White_Space.
    #expect(Self.whiteSpace.count == 25)
  }

  /// One CSV row per white-space code point (and per zero-width one), each answer being that
  /// character alone or repeated with ASCII spaces around it: every one is blank.
  @Test func csvAnswersOfAnyUnicodeWhiteSpaceAreBlank() throws {
    var rows = ["id,comment"]
    let cases = Self.whiteSpace + Self.zeroWidth
    for (index, code) in cases.enumerated() {
      let answer = Self.text([code, 0x20, code])
      // Quoted, so line ends and tabs stay inside the field.
      rows.append("\(index + 1),\"\(answer)\"")
    }
    let path = try Self.write("blank.csv", rows.joined(separator: "\r\n") + "\r\n")
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.isEmpty, "\(result.records.map(\.id))")
    #expect(result.summary.blank == cases.count)
  }

  /// The repro of the review, and the same answers in JSONL, Qualtrics XML (character
  /// references) and generic XML with a mapping.
  @Test func noBreakAndIdeographicSpacesAreBlankInEveryFormat() throws {
    let csv = try Fixture.run(path: try Self.write("nb.csv", "id,comment\n1,\u{A0}\n2,\u{3000}\n3,ok\n"))
    #expect(csv.records.map(\.id) == ["3:comment"])
    #expect(csv.summary.blank == 2)

    let jsonl = try Fixture.run(
      path: try Self.write(
        "nb.jsonl", "{\"id\":\"1\",\"text\":\"\\u00a0\\u2028\"}\n{\"id\":\"2\",\"text\":\"\\u3000\\ufeff\"}\n"))
    #expect(jsonl.records.isEmpty)
    #expect(jsonl.summary.blank == 2)

    let xml = try Fixture.run(
      path: try Self.write(
        "nb.xml",
        "<Responses><Response><_recordId>R_1</_recordId><Q1_TEXT>&#160;</Q1_TEXT><Q2_TEXT>&#x3000;&#x2029;"
          + "</Q2_TEXT><Q3_TEXT>&#x200B;</Q3_TEXT><Q4_TEXT>fine</Q4_TEXT></Response></Responses>\n"))
    #expect(xml.records.map(\.id) == ["R_1:Q4_TEXT"])
    #expect(xml.summary.blank == 3)

    let directory = try TestSupport.temporaryDirectory()
    let map = directory.appendingPathComponent("map.json")
    try Data(#"{"record":"R","id":"@id","text":["A","B"]}"#.utf8).write(to: map)
    let generic = directory.appendingPathComponent("g.xml")
    try Data("<x><R id=\"1\"><A>&#xA0;&#x202F;</A><B>&#x205F;</B></R></x>\n".utf8).write(to: generic)
    let mapped = try Fixture.run(path: generic.path) { $0.mapPath = map.path }
    #expect(mapped.records.isEmpty)
    #expect(mapped.summary.blank == 2)
  }

  /// `--keep-blank` still hands the answer out, with its white space as typed.
  @Test func keptBlankAnswerKeepsItsWhiteSpace() throws {
    let path = try Self.write("kb.csv", "id,comment\n1,\u{A0}\n")
    let result = try Fixture.run(path: path) { $0.keepBlank = true }
    #expect(result.records.map(\.text) == ["\u{A0}"])
    #expect(result.summary.blank == 1)
  }

  /// Characters that only look empty next to others are content: a no-break space with a letter,
  /// a zero width joiner (part of emoji and Indic spellings), a left-to-right mark, a soft hyphen
  /// (U+00AD, Cf but not White_Space), and a full stop.
  @Test func answersWithAnyOtherCharacterAreRecords() throws {
    let answers = ["\u{A0}a\u{A0}", "\u{200D}", "\u{200E}", "\u{AD}", "\u{3000}.", "\u{2028}1"]
    var rows = ["id,comment"]
    for (index, answer) in answers.enumerated() { rows.append("\(index + 1),\(answer)") }
    let result = try Fixture.run(path: try Self.write("content.csv", rows.joined(separator: "\n") + "\n"))
    #expect(result.records.map(\.text) == answers)
    #expect(result.summary.blank == 0)
  }
}
