import Foundation
import TestSupport
import Testing

// Brief h62a: in JSON Lines a text may hold a line break ("\n", "\r\n" escaped in the member), and a
// phone number broken over two lines was kept. It is masked and counted once; a blank line between
// the groups, or digits that are no phone number, stay. Fictional numbers (Ofcom's drama range).
@Suite struct RedactLineBreakTests {
  @Test func aPhoneNumberBrokenOverTwoLinesOfAJSONLTextIsMaskedAndCountedOnce() throws {
    let input = """
      {"id":"a","text":"call 07700\\n900111 please"}
      {"id":"b","text":"call 07700\\r\\n900222"}
      {"id":"c","text":"call 07700\\n\\n900333"}
      {"id":"d","text":"room 101\\n102 was cold"}

      """
    let result = try TestSupport.runVerbatim(["redact", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0)
    #expect(
      result.stdoutText == """
        {"id":"a","text":"call [PHONE] please","redactions":{"PHONE":1}}
        {"id":"b","text":"call [PHONE]","redactions":{"PHONE":1}}
        {"id":"c","text":"call 07700\\n\\n900333","redactions":{}}
        {"id":"d","text":"room 101\\n102 was cold","redactions":{}}

        """)
    #expect(result.stderrText == "verbatim: redacted 2 span(s) of text in 2 of 4 record(s): PHONE 2\n")
  }
}
