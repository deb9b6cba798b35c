import Foundation
import TestSupport
import Testing

// Brief h63a, through the command: in JSON Lines, a reference broken over two lines after "order",
// a phone number after a model number, a postcode and a reference with an invisible character
// (escaped in the member), a number with l for 1 and an address with an em dash are masked whole
// and counted once each. Fictional data: Ofcom's drama range, example.com, made-up postcodes.
@Suite struct RedactGapsH63aTests {
  @Test func eachGapIsMaskedWholeAndCountedOnceInJSONL() throws {
    let input = """
      {"id":"a","text":"order 07700\\n900111 never came"}
      {"id":"b","text":"my iPhone 12 07700 900222 broke"}
      {"id":"c","text":"send it to SW1\\u200bA 9ZZ please"}
      {"id":"d","text":"Order #A\\u20607654321 and call 07700 9OOl33"}
      {"id":"e","text":"mail billing\\u2014support@example.com"}
      {"id":"f","text":"iPhone 12 Pro, room 101\\n102 was cold, 2 - 3 days"}

      """
    let result = try TestSupport.runVerbatim(["redact", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.stdoutText == """
        {"id":"a","text":"order [REFERENCE] never came","redactions":{"REFERENCE":1}}
        {"id":"b","text":"my iPhone 12 [PHONE] broke","redactions":{"PHONE":1}}
        {"id":"c","text":"send it to [POSTCODE] please","redactions":{"POSTCODE":1}}
        {"id":"d","text":"Order #[REFERENCE] and call [PHONE]","redactions":{"PHONE":1,"REFERENCE":1}}
        {"id":"e","text":"mail [EMAIL]","redactions":{"EMAIL":1}}
        {"id":"f","text":"iPhone 12 Pro, room 101\\n102 was cold, 2 - 3 days","redactions":{}}

        """)
    #expect(
      result.stderrText
        == "verbatim: redacted 6 span(s) of text in 5 of 6 record(s): EMAIL 1, PHONE 2, POSTCODE 1, REFERENCE 2\n")
  }
}
