import Foundation
import TestSupport
import Testing

@testable import SurveyImport

/// QA review 41: an XML record had no size limit. A Qualtrics `<Response>` of 60 elements of 9 MB
/// each (each under the 10,000,000-byte limit for one field) took 2.2 GB and became a 540 MB JSONL
/// line, which `score --jsonl`, `code -` and `import` then refuse as longer than 16 MiB. A record
/// keeps at most `ImportLimits.maximumRecordBytes` (16 MiB) of answers and metadata, as a CSV row
/// or a JSONL line: one over it is rejected (an error without `--keep-going`), and the records
/// after it are read as usual.
@Suite struct XMLRecordSizeTests {
  /// Two 9 MB values make 18 MB, over 16 MiB (16,777,216 bytes); 9 MB and 6 MB, 15 MB, are within.
  static let nine = String(repeating: "x", count: 9_000_000)
  static let six = String(repeating: "y", count: 6_000_000)

  static func qualtrics(_ first: String, _ second: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <Responses>
    <Response><_recordId>R_1</_recordId><QID1_TEXT>short</QID1_TEXT>
    <Notes>\(first)</Notes>
    <More>\(second)</More></Response>
    <Response><_recordId>R_2</_recordId><QID1_TEXT>fine</QID1_TEXT></Response>
    </Responses>

    """
  }

  @Test func aQualtricsResponseOverTheRecordLimitIsRejected() throws {
    let path = try Fixture.write("big.xml", Self.qualtrics(Self.nine, Self.nine))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_2:QID1_TEXT"], "the response after it is read as usual")
    #expect(result.rejects.count == 1)
    let reject = try #require(result.rejects.first)
    #expect(reject.line == 3, "the line where the <Response> starts")
    #expect(reject.respondent == "R_1", "its id was read before the limit")
    #expect(
      reject.reason.hasPrefix("a <Response> whose answers and metadata are larger than the 16 MiB limit for one record")
    )
    #expect(reject.reason.contains("passed at line 5"), "where it went over: \(reject.reason)")
    // Counts add up: two respondents, one record, one rejected response.
    #expect(result.summary.respondents == 2)
    #expect(result.summary.records + result.summary.rejected == 2)
  }

  /// Without `--keep-going` the import stops there with exit status 65, naming the file and line.
  @Test func withoutKeepGoingTheImportStops() throws {
    let path = try Fixture.write("big.xml", Self.qualtrics(Self.nine, Self.nine))
    let result = try Fixture.run(path: path)
    let error = try #require(result.error, "a record over the limit must stop the import")
    #expect(error.exitStatus == .dataError)
    #expect(error.description.contains("big.xml:3: a <Response> whose answers and metadata are larger than"))
    #expect(result.records.isEmpty)
  }

  /// The limit is the CSV/JSONL one, not lower: 15 MB of metadata and an answer are imported whole.
  @Test func aResponseWithinTheLimitIsImportedWhole() throws {
    let path = try Fixture.write("within.xml", Self.qualtrics(Self.nine, Self.six))
    let result = try Fixture.run(path: path)
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["R_1:QID1_TEXT", "R_2:QID1_TEXT"])
    let meta = result.records.first?.meta.map { ($0.key, $0.value.stringValue?.utf8.count ?? 0) }
    #expect(meta?.map(\.0) == ["Notes", "More"])
    #expect(meta?.map(\.1) == [9_000_000, 6_000_000])
  }

  @Test func aLimeSurveyRowOverTheRecordLimitIsRejected() throws {
    let path = try Fixture.write(
      "big.lsr",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <document><LimeSurveyDocType>Responses</LimeSurveyDocType>
      <responses><fields><fieldname>id</fieldname><fieldname>1X1X1</fieldname></fields>
      <rows>
      <row><id>1</id><_1X1X1>\(Self.nine)</_1X1X1><_1X1X2SQ1>\(Self.nine)</_1X1X2SQ1></row>
      <row><id>2</id><_1X1X1>fine</_1X1X1></row>
      </rows></responses></document>

      """)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["2:1X1X1"])
    #expect(result.rejects.map(\.line) == [5])
    #expect(result.rejects.first?.respondent == "1")
    #expect(result.rejects.first?.reason.hasPrefix("a <row> whose answers and metadata are larger than") == true)
  }

  /// The mapped reader's record (its text split over many text nodes, as libxml2 limits only one).
  @Test func aMappedRecordOverTheRecordLimitIsRejected() throws {
    let pieces = String(repeating: "<b>\(String(repeating: "z", count: 1_000_000))</b>", count: 9)
    let directory = try TestSupport.temporaryDirectory()
    let document = directory.appendingPathComponent("export.xml")
    let mapping = directory.appendingPathComponent("mapping.json")
    try Data(
      """
      <x>
      <R id="1"><C>\(pieces)</C><M>\(pieces)</M></R>
      <R id="2"><C>fine</C></R>
      </x>
      """.utf8
    ).write(to: document)
    try Data(#"{"record":"R","id":"@id","text":"C","meta":"M"}"#.utf8).write(to: mapping)
    let result = try Fixture.run(path: document.path) {
      $0.mapPath = mapping.path
      $0.keepGoing = true
    }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["2:C"])
    #expect(result.rejects.map(\.line) == [2])
    #expect(result.rejects.first?.reason.hasPrefix("a <R> whose answers and metadata are larger than") == true)
  }
}
