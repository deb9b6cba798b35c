import Foundation
import TestSupport
import Testing

/// QA review 41, finding 8: `gate --taxonomy BOOK --code-level 3` passed (exit 0) on a human file
/// whose labels were not codes of the codebook ("Wi-Fi" for "facilities.wifi"), with only a note;
/// `validate` refuses the same file (exit 65). With --taxonomy, a label that is not a code is an
/// error naming the label, where it occurs and the closest code.
@Suite struct TaxonomyUnknownCodeTests {
  static let codebook = """
    id: hotel-test
    version: 1.0.0
    tags:
      - code: facilities
        label: Facilities
        description: The building.
        rules: ['pool']
      - code: facilities.wifi
        label: Wi-Fi
        description: Internet access.
        rules: ['wifi']
      - code: service
        label: Service
        description: Staff.
        rules: ['staff']
      - code: service.wait_time
        label: Wait time
        description: Waiting.
        rules: ['waited']

    """

  static func files(_ ratings: String) throws -> (book: String, ratings: String, folder: URL) {
    let folder = try TestSupport.temporaryDirectory()
    return (
      try ReviewFixSupport.write(Self.codebook, "hotel.yaml", in: folder),
      try ReviewFixSupport.write(ratings, "human.csv", in: folder), folder
    )
  }

  @Test func aLabelThatIsNoCodeIsAnError() throws {
    let (book, ratings, _) = try Self.files(
      "item,coder,label\n1,gold,facilities.wifi\n1,m,facilities.wifi\n2,gold,service.wait_time\n2,m,Wi-Fi\n")
    for command in [["agree"], ["gate", "--min", "f1.micro=0.5"]] {
      let result = try TestSupport.runVerbatim(
        command + [
          "--ratings", ratings, "--multilabel", "--reference", "gold", "--taxonomy", book, "--code-level", "2",
        ])
      #expect(result.status == 65, "\(command): \(result.stdoutText)\(result.stderrText)")
      #expect(result.stderrText.contains("\(ratings):5"), "\(result.stderrText)")
      #expect(result.stderrText.contains("\"Wi-Fi\" is not a code of \(book)"), "\(result.stderrText)")
      #expect(result.stderrText.contains("\"facilities.wifi\""), "\(result.stderrText)")
      #expect(result.stdoutText.isEmpty, "\(result.stdoutText)")
    }
  }

  /// A misspelt code is pointed to its closest code; single-label ratings are checked too.
  @Test func theClosestCodeIsSuggested() throws {
    let (book, ratings, _) = try Self.files("item,coder,label\n1,a,service.wait_tme\n1,b,service.wait_time\n")
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", ratings, "--taxonomy", book, "--code-level", "1",
    ])
    #expect(result.status == 65, "\(result.stderrText)")
    #expect(result.stderrText.contains("\(ratings):2"), "\(result.stderrText)")
    #expect(result.stderrText.contains("did you mean \"service.wait_time\""), "\(result.stderrText)")
  }

  /// Without --taxonomy, codes roll up by their dots and any label is accepted, as before.
  @Test func withoutACodebookAnyLabelRollsUpByItsDots() throws {
    let (_, ratings, _) = try Self.files("item,coder,label\n1,a,x.y\n1,b,x\n")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--code-level", "1"])
    #expect(result.status == 0, "\(result.stderrText)")
  }
}
