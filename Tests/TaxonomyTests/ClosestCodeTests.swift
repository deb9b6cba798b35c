import Taxonomy
import Testing

/// `Codebook.closestCode(to:)`, the suggestion of `agree --taxonomy` for a label that is not a code
/// (QA review 41, finding 8). Distances counted by hand: "service.wait_tme" is one insertion from
/// "service.wait_time"; "bilingrefund" is no fold of a code and 6 edits from "billing.refund"'s
/// last segment "refund" (too far), but 2 from "billing.refund" itself (two insertions).
@Suite struct ClosestCodeTests {
  static func codebook() throws -> Codebook {
    try Codebook.parse(
      yaml: """
        id: test
        version: 0.1.0
        tags:
          - code: facilities.wifi
            label: Wi-Fi
            rules: ['wifi']
          - code: service.wait_time
            label: Wait time
            rules: ['waited']
          - code: billing.refund
            label: Refund
            rules: ['refund']

        """, source: "test.yaml")
  }

  @Test func suggestions() throws {
    let book = try Self.codebook()
    #expect(book.closestCode(to: "Wi-Fi")?.code == "facilities.wifi")
    #expect(book.closestCode(to: "Wi-Fi")?.reason.contains("labelled") == true)
    #expect(book.closestCode(to: "Service.Wait_Time")?.code == "service.wait_time")
    #expect(book.closestCode(to: "Service.Wait_Time")?.reason == "codes are case-sensitive")
    #expect(book.closestCode(to: "WaitTime")?.code == "service.wait_time")
    #expect(book.closestCode(to: "service.wait_tme")?.code == "service.wait_time")
    #expect(book.closestCode(to: "service.wait_tme")?.reason == "a spelling 1 edit(s) away")
    #expect(book.closestCode(to: "bilingrefund")?.code == "billing.refund")
    #expect(book.closestCode(to: "parking") == nil)
  }
}
