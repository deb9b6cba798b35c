import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 20 #5b: a rejected Triple-S CSV record names the serial variable's value, as accepted
/// records do, when the row has it; the case number only when it does not.
@Suite struct TripleSRejectSerialTests {
  @Test func csvRejectsNameTheSerial() throws {
    let metadata = TripleSEncodingTests.metadata(
      declaration: "UTF-8", attribute: nil, csv: true, variables: [("Q1", 2, 2), ("Q2", 3, 3)])
    let data = "ID,Q1,Q2\nA3,x,fine\nA5,short\n,,blank serial\n\nA7,x,ok\n"
    let result = try TripleSEncodingTests.run(metadata: metadata, data: Array(data.utf8), csv: true) {
      $0.keepGoing = true
    }
    #expect(result.records.map(\.respondent) == ["A3", "A3", "A7", "A7"])
    #expect(result.rejects.map(\.respondent) == ["A5", "3"])
    #expect(result.rejects.first?.reason == "the record has 2 field(s), the metadata describes 3")
  }
}
