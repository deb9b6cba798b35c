import Foundation
import SurveyImport
import TestSupport
import Testing

/// QA review 20 #7: a CSV row rejected for an oversized field or a byte that is not UTF-8 names
/// its respondent when the id column was read whole and is readable.
@Suite struct CSVRejectRespondentTests {
  @Test func rejectsNameTheRespondentWhenTheIdWasRead() throws {
    let long = [UInt8](repeating: UInt8(ascii: "x"), count: ImportLimits.maximumFieldBytes + 1)
    var data = Array("id,comment,score\nr1,".utf8) + long + Array(",5\n".utf8)
    data += Array("r2,caf".utf8) + [0xE9] + Array(",1\n".utf8)
    data += Array("r".utf8) + [0xE9] + Array(",fine,1\n".utf8)
    data += long + Array(",fine,1\nr5,kept,2\n".utf8)
    let path = try FlatFormatFindingsTests.write("rows.csv", Data(data))
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.records.map(\.respondent) == ["r5"])
    #expect(result.rejects.map(\.line) == [2, 3, 4, 5])
    #expect(result.rejects.map(\.respondent) == ["r1", "r2", nil, nil])
    #expect(result.rejects.first?.reason.contains("field 2 is larger than") == true)
  }
}
