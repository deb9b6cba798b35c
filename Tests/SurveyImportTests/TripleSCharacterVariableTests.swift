import Foundation
import TestSupport
import Testing
import VerbatimCore

@testable import SurveyImport

/// Session 56 (a real Decipher "Hermes v2" Triple-S 1.2 export, 104 variables): Triple-S marks no
/// variable as open-ended, so every `character` variable is taken as one, and that export has at least 18 of
/// them that are no answers (uuid, date, markers, userAgent, ipAddress, url …). Naming the open
/// ones with `--question` dropped the others altogether, though every value is to end somewhere
/// (a CSV column `--question` leaves out is metadata); and nothing said which were taken.
@Suite struct TripleSCharacterVariableTests {
  /// The export's shape, cut to four variables: a serial, a captured id, an open end with a
  /// label on two lines, a single choice.
  static func files() throws -> (metadata: String, data: String) {
    let metadata = try Fixture.write(
      "d.sss",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <sss version="1.2">
        <origin>Hermes v2</origin>
        <survey>
          <record ident="a">
            <variable ident="1" type="quantity" use="serial">
              <name>record</name><label>Record number</label><position finish="7" start="1"/>
            </variable>
            <variable ident="2" type="character">
              <name>uuid</name><label>Participant identifier</label><position finish="23" start="8"/><size>16</size>
            </variable>
            <variable ident="3" type="character">
              <name>Q10oe</name><label>Why this company?
        Say why.</label><position finish="53" start="24"/><size>30</size>
            </variable>
            <variable ident="4" type="single">
              <name>S1b</name><label>Gender</label><position finish="54" start="54"/>
              <values><value code="1">Male</value><value code="2">Female</value></values>
            </variable>
          </record>
        </survey>
      </sss>

      """)
    func field(_ text: String, _ width: Int) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
    let data = try Fixture.write(
      "d.dat",
      field("34", 7) + "rdxjd3xwb8yye2jr" + field("Trusted, good service", 30) + "1\n"
        + field("37", 7) + "h81rbgf9ybj62btf" + field("", 30) + "2\n")
    return (metadata, data)
  }

  /// Without `--question` both character variables are questions (as before), and a note names
  /// them and says how to choose.
  @Test func everyCharacterVariableIsTakenAndSaidSo() throws {
    let (metadata, data) = try Self.files()
    let result = try Fixture.run(path: metadata) { $0.dataPath = data }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["34:uuid", "34:Q10oe", "37:uuid"])
    #expect(
      result.warnings.contains {
        $0.contains("2 character variables taken as open-ended questions (Triple-S marks none as such): uuid, Q10oe")
      }, "\(result.warnings)")
  }

  /// With `--question Q10oe` the other character variable is metadata (its padding dropped, and
  /// left out where blank), not dropped; the counts are those of the one question.
  @Test func aCharacterVariableLeftOutIsMetadata() throws {
    let (metadata, data) = try Self.files()
    let result = try Fixture.run(path: metadata) {
      $0.dataPath = data
      $0.questions = ["Q10oe"]
    }
    #expect(result.error == nil, "\(String(describing: result.error))")
    #expect(result.records.map(\.id) == ["34:Q10oe"])
    #expect(result.records.first?.text == "Trusted, good service")
    #expect(
      result.records.first?.meta.map(\.key) == ["uuid", "S1b"], "the id is kept, in metadata order")
    #expect(result.records.first?.meta.first?.value == .string("rdxjd3xwb8yye2jr"))
    #expect(result.summary.records == 1 && result.summary.blank == 1, "\(result.summary)")
    #expect(!result.warnings.contains { $0.contains("taken as open-ended") }, "no note once the user chose")
  }
}
