import Foundation
import TestSupport
import Testing

/// QA review 18: files as spreadsheets and survey tools write them.
@Suite struct QAReview18Tests {
  func file(_ name: String, _ bytes: Data) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try bytes.write(to: url)
    return url.path
  }

  // Excel leaves empty columns after the last coder (",," at every line end, here with CRLF and a
  // byte-order mark): they are not coders, and the figures equal those of the file without them.
  @Test func wideRatingsWithExcelsTrailingEmptyColumns() throws {
    let rows = [
      ("1", "pos", "pos", "neg"), ("2", "neu", "neu", ""), ("3", "neg", "neg", "neg"), ("4", "pos", "neu", "pos"),
    ]
    let plain = "item,a,b,c\n" + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3)\n" }.joined()
    let excel = "\u{FEFF}item,a,b,c,,\r\n" + rows.map { "\($0.0),\($0.1),\($0.2),\($0.3),,\r\n" }.joined()
    let expected = try TestSupport.runVerbatim(["agree", "--ratings", try file("plain.csv", Data(plain.utf8))])
    let got = try TestSupport.runVerbatim(["agree", "--ratings", try file("excel.csv", Data(excel.utf8))])
    #expect(expected.status == 0 && got.status == 0, "\(got.stderrText)")
    #expect(got.stdout == expected.stdout)
    // A column with values but no coder name is still an error.
    let unnamed = "item,a,,c\n1,pos,neg,pos\n"
    let refused = try TestSupport.runVerbatim(["agree", "--ratings", try file("unnamed.csv", Data(unnamed.utf8))])
    #expect(refused.status == 65)
    #expect(refused.stderrText.contains("empty coder name in the header (column 3)"))
  }

  // A ratings file saved as UTF-16 (as Excel's "Unicode text") or Windows-1252 gets the iconv command
  // that converts it, as `score` and `import` give.
  @Test func ratingsInAnotherEncodingGetTheConversion() throws {
    var utf16 = Data([0xFF, 0xFE])
    utf16.append("item,coder,label\n1,a,pos\n".data(using: .utf16LittleEndian)!)
    let wide = try TestSupport.runVerbatim(["agree", "--ratings", try file("u16.csv", utf16)])
    #expect(wide.status == 65)
    #expect(wide.stderrText.contains("is UTF-16, not UTF-8"), "\(wide.stderrText)")
    #expect(wide.stderrText.contains("iconv -f UTF-16 -t UTF-8"))
    let latin1 = Data("item,coder,label\n1,a,caf".utf8) + Data([0xE9]) + Data("\n1,b,pos\n".utf8)
    let refused = try TestSupport.runVerbatim(["agree", "--ratings", try file("l1.csv", latin1)])
    #expect(refused.status == 65)
    #expect(refused.stderrText.contains(":2:8: invalid UTF-8"), "\(refused.stderrText)")
    #expect(refused.stderrText.contains("iconv -f WINDOWS-1252 -t UTF-8"))
  }

  // Excel's "sep=;" first line names the delimiter: the header is the line after it.
  @Test func excelSeparatorLine() throws {
    let path = try file("sep.csv", Data("sep=;\r\nid;comment;score\r\n1;hello, there;3\r\n2;bye;4\r\n".utf8))
    let result = try TestSupport.runVerbatim(["import", path])
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.map { $0["id"] as? String } == ["1:comment", "2:comment"])
    #expect(records.first?["text"] as? String == "hello, there")
  }
}
