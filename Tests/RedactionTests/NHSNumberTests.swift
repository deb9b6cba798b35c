import Redaction
import Testing

// QA review 42 (LOW): "NHS number 943 476 5919" came out as [PHONE]. After the cue "NHS" ten digits
// (3-3-4 or unbroken) are [NHS_NUMBER]. 943 476 5919 is the NHS Data Dictionary's example (modulus
// 11: 9·10 + 4·9 + 3·8 + 4·7 + 7·6 + 6·5 + 5·4 + 9·3 + 1·2 = 299, 11 − 299 mod 11 = 9); after the
// cue a failing check digit is a typo and still redacted (cue over checksum).
@Test(arguments: [
  ("NHS number 943 476 5919", "NHS number [NHS_NUMBER]"),
  ("my NHS no. is 9434765919.", "my NHS no. is [NHS_NUMBER]."),
  ("NHS #943-476-5919 please", "NHS #[NHS_NUMBER] please"),
  ("NHS number: 943 476 5918", "NHS number: [NHS_NUMBER]"),
])
func nhsNumbersAfterTheirCueAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Without the cue, or not ten digits: no NHS number ("NHS 111" is the helpline; 3-3-4 digits without
// the cue are a phone number's shape and stay [PHONE]).
@Test(arguments: [
  "called NHS 111 twice", "NHS waited 2 days", "NHS number 943 476 59", "NHS since 2019", "the NHS in 2023",
  "NHS 943 476 59190", "NHS number 9434765919123",
])
func nhsNearMissesStay(input: String) {
  #expect(redacted(input, only: .nhsNumber) == input)
}

@Test func nhsNumberIsOnlyAfterItsCue() {
  #expect(redacted("call 943 476 5919") == "call [PHONE]")
}

@Test func nhsNumberTypeNameAndOrder() {
  #expect(RedactionType(builtInName: "nhs_number") == .nhsNumber)
  #expect(RedactionType.nhsNumber.placeholder == "[NHS_NUMBER]")
  // Declared after the older kinds, so their count order holds.
  #expect(RedactionType.builtIn.firstIndex(of: .nhsNumber)! > RedactionType.builtIn.firstIndex(of: .reference)!)
}
