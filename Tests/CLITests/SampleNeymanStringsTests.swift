import Foundation
import TestSupport
import Testing

/// QA review 17: `import` writes metadata values as strings ("Q2": "4") under "meta"; Neyman
/// allocation reads such a field as the number it holds, as it reads a JSON number.
@Suite struct SampleNeymanStringsTests {
  private func lines(_ value: (Int) -> String) -> Data {
    let records = (0..<40).map { index in
      "{\"id\": \"v\(index)\", \"text\": \"t\", \"meta\": {\"channel\": \"\(index % 2 == 0 ? "web" : "app")\", "
        + "\"Q2\": \(value(index))}}"
    }
    return Data((records.joined(separator: "\n") + "\n").utf8)
  }

  private let arguments = [
    "sample", "--input", "-", "--size", "10", "--seed", "5", "--strata", "channel", "--allocation", "neyman",
    "--variability-field", "Q2",
  ]

  @Test func numericStringsSampleAsNumbers() throws {
    // "web" varies (1…5), "app" does not (3): Neyman gives "web" more units than its share.
    let score = { (index: Int) in index % 2 == 0 ? 1 + (index / 2) % 5 : 3 }
    let numbers = try TestSupport.runVerbatim(arguments, input: lines { "\(score($0))" })
    let strings = try TestSupport.runVerbatim(arguments, input: lines { "\"\(score($0))\"" })
    #expect(numbers.status == 0 && strings.status == 0, "\(strings.stderrText)")
    let ids = { (data: Data) in try TestSupport.jsonLines(data).map { $0["id"] as? String } }
    #expect(try ids(strings.stdout) == ids(numbers.stdout))
    let web = try TestSupport.jsonLines(numbers.stdout).filter {
      (($0["meta"] as? [String: Any])?["channel"] as? String) == "web"
    }
    #expect(web.count > 5, "Neyman allocation favours the stratum that varies")
  }

  @Test func blanksAreCountedAndWordsRefused() throws {
    let blanks = try TestSupport.runVerbatim(
      arguments, input: lines { $0 == 3 ? "\"\"" : ($0 == 5 ? "null" : "\"2\"") })
    #expect(blanks.status == 0)
    #expect(blanks.stderrText.contains("2 record(s) have no \"Q2\""), "\(blanks.stderrText)")
    let words = try TestSupport.runVerbatim(arguments, input: lines { $0 == 3 ? "\"four\"" : "\"2\"" })
    #expect(words.status == 65)
    #expect(words.stderrText.contains("standard input:4"), "\(words.stderrText)")
    // A field no record has is a usage error; one that only the first record lacks is a blank.
    let typo = try TestSupport.runVerbatim(arguments.map { $0 == "Q2" ? "Q9" : $0 }, input: lines { _ in "\"2\"" })
    #expect(typo.status == 2, "\(typo.stderrText)")
    let firstBlank = try TestSupport.runVerbatim(arguments, input: lines { $0 == 0 ? "null" : "\"2\"" })
    #expect(firstBlank.status == 0 && firstBlank.stderrText.contains("1 record(s) have no"), "\(firstBlank.stderrText)")
  }
}
