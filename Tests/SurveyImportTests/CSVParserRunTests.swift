import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// The CSV parser adds runs of ordinary bytes at once. These records put quotes, delimiters, line
/// ends and limits at the edges of such runs and of the parser's 1 MiB read buffer, and check the
/// fields against the text as written (RFC 4180) and the problems' positions counted by hand.
@Suite struct CSVParserRunTests {
  static func records(_ data: [UInt8]) throws -> [(fields: [String], problem: CSVProblem?)] {
    let path = try FlatFormatFindingsTests.write("runs.csv", Data(data))
    let parser = try CSVParser(path: path, delimiter: UInt8(ascii: ","))
    var fields: [[UInt8]] = []
    var result: [(fields: [String], problem: CSVProblem?)] = []
    while try parser.nextRecord(into: &fields) {
      result.append((fields.map { String(decoding: $0, as: UTF8.self) }, parser.problem))
    }
    return result
  }

  @Test func quotesAndDelimitersBetweenRuns() throws {
    let rows = try Self.records(
      Array("plain text,\"quoted, with comma\",\"say \"\"hi\"\" twice\"\r\nline\"inner\"quote,\"multi\nline\",\n".utf8))
    #expect(rows.count == 2)
    #expect(rows[0].fields == ["plain text", "quoted, with comma", "say \"hi\" twice"])
    #expect(rows[1].fields == ["line\"inner\"quote", "multi\nline", ""])
    #expect(rows.allSatisfy { $0.problem == nil })
  }

  /// `"abc"def`: the text after the closing quote is reported at its own column (the `d`).
  @Test func textAfterAClosingQuoteIsPlacedExactly() throws {
    let rows = try Self.records(Array("1,\"abc\"def,x\n2,ok,y\n".utf8))
    #expect(rows[0].problem?.line == 1)
    #expect(rows[0].problem?.column == 8)
    #expect(rows[0].problem?.field == 2)
    #expect(rows[1].fields == ["2", "ok", "y"])
    #expect(rows[1].problem == nil)
  }

  /// Fields of 1.5 MB, quoted and not, cross the read buffer's end: each is read whole.
  @Test func fieldsAcrossTheReadBuffer() throws {
    let long = String(repeating: "abcdefghij", count: 150_000)
    let rows = try Self.records(Array("1,\(long),x\n2,\"\(long)\",y\n3,z,\(long)\n".utf8))
    #expect(rows.map(\.fields.count) == [3, 3, 3])
    #expect(rows[0].fields[1] == long && rows[1].fields[1] == long && rows[2].fields[2] == long)
    #expect(rows[2].fields[1] == "z")
    #expect(rows.allSatisfy { $0.problem == nil })
  }

  /// A quoted field of exactly the limit is kept; one byte more is a problem naming the field and
  /// the line and column where the field starts; the next record is read as usual.
  @Test func theFieldLimitInsideQuotes() throws {
    let limit = ImportLimits.maximumFieldBytes
    let atLimit = [UInt8](repeating: UInt8(ascii: "q"), count: limit)
    var data = Array("1,\"".utf8) + atLimit + Array("\",a\n".utf8)
    data += Array("2,\"".utf8) + atLimit + Array("q\",b\n3,c,d\n".utf8)
    let rows = try Self.records(data)
    #expect(rows.count == 3)
    #expect(rows[0].problem == nil)
    #expect(rows[0].fields.map(\.utf8.count) == [1, limit, 1])
    #expect(rows[1].problem?.field == 2)
    #expect(rows[1].problem?.line == 2)
    #expect(rows[1].problem?.column == 3)
    #expect(rows[1].problem?.message.contains("field 2 is larger than") == true)
    #expect(rows[2].fields == ["3", "c", "d"])
  }
}
