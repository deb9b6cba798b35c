import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// Qualtrics delivers its exports zipped: the download is a ZIP holding one file named after the
/// survey ("Customer Survey.json"). The JSON member is streamed out of the archive (inflated as it
/// is read, as a LimeSurvey .lsa's .lsr is), never extracted; messages and rejects name it
/// `archive!member`.
@Suite struct QualtricsJSONZipTests {
  /// A ZIP archive of stored (uncompressed) members, as `zip -0` writes it.
  static func storedZip(_ members: [(String, String)]) -> [UInt8] {
    func u16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func u32(_ value: Int) -> [UInt8] { u16(value & 0xFFFF) + u16(value >> 16 & 0xFFFF) }
    var body: [UInt8] = []
    var directory: [UInt8] = []
    for (name, text) in members {
      let data = Array(text.utf8)
      let nameBytes = Array(name.utf8)
      let crc = Int(CRC32.checksum(data))
      let common = u16(20) + u16(0) + u16(0) + u16(0) + u16(0) + u32(crc) + u32(data.count) + u32(data.count)
      let offset = body.count
      body += [0x50, 0x4B, 0x03, 0x04] + common + u16(nameBytes.count) + u16(0) + nameBytes + data
      directory +=
        [0x50, 0x4B, 0x01, 0x02] + u16(20) + common + u16(nameBytes.count) + u16(0) + u16(0) + u16(0) + u16(0)
        + u32(0) + u32(offset) + nameBytes
    }
    let end =
      [0x50, 0x4B, 0x05, 0x06] + u16(0) + u16(0) + u16(members.count) + u16(members.count) + u32(directory.count)
      + u32(body.count) + u16(0)
    return body + directory + end
  }

  static func write(_ bytes: [UInt8], _ name: String = "export.zip") throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test func theZippedExportIsReadWithoutUnzipping() throws {
    let zip = Self.storedZip([("Customer Survey.json", QualtricsJSONTests.document())])
    let result = try Fixture.run(path: try Self.write(zip))
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.summary.format == .qualtricsJSON)
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT", "R_2:QID4_TEXT"], "as from the unzipped file")
    #expect(result.summary.blank == 1 && result.summary.notShown == 1, "\(result.summary)")
  }

  @Test func zippedNDJSONToo() throws {
    let zip = Self.storedZip([("Customer Survey.ndjson", QualtricsJSONTests.responses.joined(separator: "\n"))])
    let result = try Fixture.run(path: try Self.write(zip))
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT", "R_2:QID4_TEXT"], "\(String(describing: result.error))")
  }

  /// A reject names the member inside the archive, at its line and column.
  @Test func rejectsNameTheMember() throws {
    let text = "{\"responses\": [\n{\"responseId\": \"R_9\", \"values\": {\"QID1_TEXT\": 5,}}\n]}"
    let path = try Self.write(Self.storedZip([("S.json", text)]))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    let reject = try #require(result.rejects.first)
    #expect(reject.file == path + "!S.json" && reject.line == 2, "\(reject)")
  }

  /// Another JSON file zipped is not taken for a Qualtrics export.
  @Test func otherZippedJSONIsNamed() throws {
    let path = try Self.write(Self.storedZip([("data.json", #"{"items": []}"#)]))
    let result = try Fixture.run(path: path)
    #expect(
      result.error?.description.contains("holding data.json, which is not a Qualtrics JSON export") == true,
      "\(String(describing: result.error))")
  }
}
