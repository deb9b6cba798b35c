import Redaction
import Testing

/// QA review 40: personal data left in clear, and feedback taken for personal data.
@Test(arguments: [
  // RFC 5322 §3.2.3 atext in the local part: the part before `'` or `&` was left in clear.
  ("write to sean.o'brien@eircom.net", "write to [EMAIL]"),
  ("jane&john@family.com", "[EMAIL]"),
  ("bounce+list=example.org@lists.example.com", "[EMAIL]"),
  // A Japanese or Chinese sentence after an address's ideographic stop is no domain label.
  ("メール tanaka@example.jp。返金はまだです。", "メール [EMAIL]。返金はまだです。"),
  ("wang@163.com。谢谢你的帮助", "[EMAIL]。谢谢你的帮助"),
  // An address typed with an East Asian input method stays one (QA review 31).
  ("tanaka.taro＠example。co。jp です", "[EMAIL] です"),
])
func addressesEndWhereTheyEnd(input: String, expected: String) {
  #expect(redacted(input, only: .email) == expected)
}

/// An e-mail address in a URL's path, percent-encoded or not, hides the path from there.
@Test func anAddressInAURLPathIsRedacted() {
  #expect(
    redacted("see https://acme.com/unsubscribe/jane.doe%40gmail.com now", only: .url)
      == "see https://acme.com/unsubscribe/[URL] now")
  #expect(redacted("https://example.com/help/returns ok", only: .url) == "https://example.com/help/returns ok")
}

/// Phone numbers: a one-digit area code after the "00" international prefix (ITU-T E.164 country
/// code 33, French mobile 6), and an Indian mobile number in its usual 5 + 5 digits (TRAI plan:
/// mobile numbers start with 6–9).
@Test(arguments: [
  ("mon portable 0033 6 12 34 56 78", "mon portable [PHONE]"),
  ("bel me op 0031 6 12345678", "bel me op [PHONE]"),
  ("call 98765 43210 please", "call [PHONE] please"),
  ("my number 98765 43210", "my number [PHONE]"),
])
func phoneNumbersInTheirNationalForms(input: String, expected: String) {
  #expect(redacted(input, only: .phone) == expected)
}

@Test(arguments: [
  "order 98765 43210",  // a reference label
  "we paid 12345 67890",  // 5 + 5 not starting with 6–9
  "codes 98765-43210",  // not the space-separated form
])
func fivePlusFiveDigitsThatAreNoPhone(input: String) {
  #expect(redacted(input, only: .phone) == input)
}

/// Outline and update numbers are no IP addresses; an address after other words is.
@Test func outlineNumbersAreNoAddresses() {
  #expect(redacted("section 1.2.3.4 says", only: .ip) == "section 1.2.3.4 says")
  #expect(redacted("Since update 4.2.1.0 it crashes", only: .ip) == "Since update 4.2.1.0 it crashes")
  #expect(redacted("my ip 10.1.2.3", only: .ip) == "my ip [IP]")
}

/// Customer tiers and conditions after "I'm" are no names; a name is.
@Test(arguments: ["I'm Prime member", "I'm Gold status", "I'm Diabetic"])
func tiersAndConditionsAreNoNames(input: String) {
  #expect(redacted(input, only: .name) == input)
}

@Test func aNameAfterImIsStillRedacted() {
  #expect(redacted("Hi, I'm Sarah Jones and", only: .name) == "Hi, I'm [NAME] and")
}

/// The held-out set of QA review 40 (written after the fixes above): a cue's value in brackets, and
/// "I'm Self employed".
@Test func aCuesValueInBracketsIsRedacted() {
  #expect(redacted("date of birth (14/02/1979)", only: .birthDate) == "date of birth ([DATE_OF_BIRTH])")
  #expect(redacted("account no. (12345678)", only: .accountNumber) == "account no. ([ACCOUNT_NUMBER])")
  #expect(redacted("order (12345678)", only: .accountNumber) == "order (12345678)")
  #expect(redacted("I'm Self employed", only: .name) == "I'm Self employed")
}
