import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Files that are not survey exports are named for what they are (issue 6: "a message that says
/// what the file is"). QA review 31 found a gzip file and random bytes reported as a CSV whose
/// open-ended columns could not be found, an Excel workbook as a ZIP archive without a LimeSurvey
/// response file, and a .qsf, a JSON array or a pretty-printed JSON document failing on their second
/// character. The magic numbers are the formats' own: gzip 1F 8B (RFC 1952 §2.3.1), the OLE2
/// compound file D0 CF 11 E0 A1 B1 1A E1 of .xls, "%PDF".
@Suite struct WrongFileMessageTests {
  static func sniffed(_ bytes: [UInt8], name: String) throws -> ImportError? {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    do {
      _ = try InputSniffer.sniff(path: url.path, forced: .auto)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    arguments: [
      ([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03], "a.csv.gz", "a gzip-compressed file"),
      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], "a.xls", "an old Excel workbook (.xls)"),
      (Array("%PDF-1.7\n".utf8), "a.pdf", "a PDF document"),
      (Array("[{\"id\": 1, \"text\": \"hi\"},\n {\"id\": 2, \"text\": \"yo\"}]\n".utf8), "a.json", "a JSON array"),
      (Array("{\n  \"id\": 1,\n  \"text\": \"hi\"\n}\n".utf8), "p.json", "JSON spread over several lines"),
      (
        Array("{\"SurveyEntry\":{\"SurveyID\":\"SV_1\"},\n\"SurveyElements\":[]}\n".utf8), "s.qsf",
        "a Qualtrics survey definition (.qsf)"
      ),
    ] as [([UInt8], String, String)])
  func isNamedForWhatItIs(bytes: [UInt8], name: String, expected: String) throws {
    let error = try #require(try Self.sniffed(bytes, name: name))
    #expect(error.description.contains(expected), "\(error)")
  }

  @Test func randomBytesAreBinaryButAStrayNULIsNot() throws {
    // A fixed pseudo-random sequence (a linear congruential generator, Numerical Recipes' constants).
    var state: UInt32 = 12_345
    let random = (0..<4096).map { _ -> UInt8 in
      state = state &* 1_664_525 &+ 1_013_904_223
      return UInt8(truncatingIfNeeded: state >> 24)
    }
    #expect(try Self.sniffed(random, name: "r.bin")?.description.contains("binary data, not text") == true)
    #expect(try Self.sniffed(Array("id,comment\n1,a".utf8) + [0] + Array("b\n".utf8), name: "nul.csv") == nil)
  }

  @Test func aJSONLinesFileWithALongFirstRecordIsJSONLines() throws {
    let long = "{\"id\":1,\"text\":\"" + String(repeating: "a", count: 70_000) + "\"}\n{\"id\":2,\"text\":\"b\"}\n"
    #expect(try Self.sniffed(Array(long.utf8), name: "long.jsonl") == nil)
  }

  @Test func archivesAreNamedByTheirMembers() {
    #expect(
      LimeSurveyArchive.describeOtherArchive(["[Content_Types].xml", "xl/workbook.xml"]).contains(
        "an Excel workbook (.xlsx)"))
    #expect(LimeSurveyArchive.describeOtherArchive(["mimetype", "content.xml"]).contains("an OpenDocument file"))
    #expect(LimeSurveyArchive.describeOtherArchive(["notes.txt"]).contains("without a LimeSurvey response file"))
    // Qualtrics' download is a ZIP holding the one export file, named after the survey: the message
    // names it (session 57: it said "without a LimeSurvey response file").
    #expect(
      LimeSurveyArchive.describeOtherArchive(["Customer Survey.json"]).contains(
        "holding Customer Survey.json: unzip it and import that file"))
  }
}
