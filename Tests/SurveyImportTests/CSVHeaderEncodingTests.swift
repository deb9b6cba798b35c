import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// A CSV's header rows (the column names, Qualtrics' question-text row, SurveyMonkey's second
/// header row) are text as much as its answers are. Field test h45: a byte that is not UTF-8 there
/// was read as ISO-8859-1 without a word, so Excel's windows-1252 `’` (0x92) became the control
/// character U+0092 inside a question id and question text, while the same byte in an answer is
/// refused with advice to give --encoding.
@Suite struct CSVHeaderEncodingTests {
  static func write(_ bytes: [UInt8]) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("cp1252.csv")
    try Data(bytes).write(to: url)
    return url.path
  }

  /// "What’s" in windows-1252: the apostrophe is the single byte 0x92.
  static let whats: [UInt8] = Array("What".utf8) + [0x92] + Array("s".utf8)

  @Test func aNameThatIsNotUTF8IsRefusedAtItsPlace() throws {
    let path = try Self.write(Array("id,".utf8) + Self.whats + Array("_TEXT\n1,fine\n".utf8))
    let result = try Fixture.run(path: path)
    let message = try #require(result.error.map { "\($0)" })
    #expect(message.contains("cp1252.csv:1:4:"), "\(message)")
    #expect(message.contains("header row: invalid UTF-8 in column 2"), "\(message)")
    #expect(message.contains("give --encoding"), "\(message)")
    #expect(result.records.isEmpty)
  }

  @Test func aQuestionTextThatIsNotUTF8IsRefused() throws {
    let path = try Self.write(
      Array("ResponseId,StartDate,Q1_TEXT\nResponse ID,Start Date,".utf8) + Self.whats
        + Array(" up?\nR_1,2024-01-02 10:00:00,fine\n".utf8))
    let result = try Fixture.run(path: path)
    let message = try #require(result.error.map { "\($0)" })
    #expect(message.contains("cp1252.csv:2:"), "\(message)")
    #expect(message.contains("Qualtrics' question-text row: invalid UTF-8 in column Q1_TEXT"), "\(message)")
    #expect(message.contains("if only this question text holds a stray byte"), "\(message)")
  }

  @Test func aSurveyMonkeyKindRowThatIsNotUTF8IsRefused() throws {
    let path = try Self.write(
      Array("Respondent ID,Why?,Which?,\n,Open-Ended Response,Caf".utf8) + [0xE9]
        + Array(",Other (please specify)\n1,slow,Caf".utf8) + [0xE9] + Array(",\n".utf8))
    let result = try Fixture.run(path: path)
    let message = try #require(result.error.map { "\($0)" })
    #expect(message.contains("cp1252.csv:2:22:"), "\(message)")
    #expect(message.contains("SurveyMonkey's second header row: invalid UTF-8 in column Which?"), "\(message)")
  }

  @Test func theSameFileReadAsWindows1252KeepsTheApostrophe() throws {
    let path = try Self.write(
      Array("ResponseId,StartDate,Q1_TEXT\nResponse ID,Start Date,".utf8) + Self.whats
        + Array(" up?\nR_1,2024-01-02 10:00:00,fine\n".utf8))
    let result = try Fixture.run(path: path) { $0.encoding = .windows1252 }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.first?.questionText == "What\u{2019}s up?")
  }
}
