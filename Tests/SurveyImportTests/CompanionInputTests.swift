import Foundation
import SurveyImport
import TestSupport
import Testing
import VerbatimCore

/// QA review 35 (F6): the files besides the export that shape its records are listed, with their
/// size and SHA-256, for the manifests (which named the export alone).
@Suite struct CompanionInputTests {
  /// Reads `path` to the end and returns the companion files the reader used.
  static func companions(of path: String, _ configure: (inout ImportOptions) -> Void = { _ in }) throws
    -> [CompanionInput]
  {
    var options = ImportOptions()
    configure(&options)
    let reader = try SurveyReader(path: path, options: options)
    try reader.forEachRecord { _ in true }
    return reader.companionInputs
  }

  @Test func aQualtricsSurveyDefinitionIsListedWithItsDigest() throws {
    let qsfText = #"{"SurveyElements": [{"Element": "SQ", "Payload": {"QuestionID": "QID1", "QuestionText": "Why?"}}]}"#
    let qsf = try Fixture.write("s.qsf", qsfText)
    let xml = try Fixture.write(
      "export.xml", "<Responses><Response><_recordId>R_1</_recordId><QID1_TEXT>fine</QID1_TEXT></Response></Responses>")
    let listed = try Self.companions(of: xml) { $0.qsfPath = qsf }
    #expect(
      listed == [
        CompanionInput(
          role: "Qualtrics survey definition", path: qsf, bytes: qsfText.utf8.count,
          sha256: SHA256.hex(of: Array(qsfText.utf8)))
      ])
    #expect(try Self.companions(of: xml).isEmpty)
  }

  /// The digest is of the bytes read: a mapping given as a FIFO (`--map <(…)`) cannot be read a
  /// second time to hash it, and a byte-order mark the loader skips is part of the file's digest.
  @Test func aMappingIsHashedAsReadFromAFIFOAndWithItsByteOrderMark() throws {
    let folder = try TestSupport.temporaryDirectory()
    let fifo = folder.appendingPathComponent("map.fifo").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let contents = [0xEF, 0xBB, 0xBF] + Array(#"{"record":"entry","id":"rid","text":"comment"}"#.utf8)
    let xml = try Fixture.write(
      "gen.xml", "<feedback><entry><rid>1</rid><comment>Great</comment></entry></feedback>\n")
    let writer = Thread {
      if let handle = FileHandle(forWritingAtPath: fifo) {
        handle.write(Data(contents))
        try? handle.close()
      }
    }
    writer.start()
    let listed = try Self.companions(of: xml) { $0.mapPath = fifo }
    #expect(
      listed == [
        CompanionInput(
          role: "generic XML mapping", path: fifo, bytes: contents.count, sha256: SHA256.hex(of: contents))
      ])
  }

  @Test func aMappingAndATripleSDataFileFoundBesideTheMetadataAreListed() throws {
    let mapping = try Self.companions(of: Fixture.path("generic.xml")) { $0.mapPath = Fixture.path("generic-map.json") }
    #expect(mapping.map(\.role) == ["generic XML mapping"])
    let mapBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.path("generic-map.json"))))
    #expect(mapping.first?.bytes == mapBytes.count && mapping.first?.sha256 == SHA256.hex(of: mapBytes))
    // No --data: the reader finds survey.asc beside survey.sss.
    let tripleS = try Self.companions(of: Fixture.path("survey.sss"))
    #expect(tripleS.map(\.role) == ["Triple-S data"])
    #expect(tripleS.first?.path.hasSuffix("/survey.asc") == true)
    let dataBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Fixture.path("survey.asc"))))
    #expect(tripleS.first?.sha256 == SHA256.hex(of: dataBytes))
  }
}
