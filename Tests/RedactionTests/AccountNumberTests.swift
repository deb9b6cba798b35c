import Redaction
import Testing

// UK bank accounts have 8 digits and sort codes 6 (written 12-34-56); US account numbers run to 17
// digits and ABA routing numbers have 9. No check digit tells these from other numbers, so they
// are claimed only after a cue.

@Test(arguments: [
  ("account number 12345678 sort code 12-34-56", "account number [ACCOUNT_NUMBER] sort code [ACCOUNT_NUMBER]"),
  ("acc no. 0012 3456 78 please", "acc no. [ACCOUNT_NUMBER] please"),
  ("my account is 12345678.", "my account is [ACCOUNT_NUMBER]."),
  ("Acct #: 123456789012", "Acct #: [ACCOUNT_NUMBER]"),
  ("a/c 12345678", "a/c [ACCOUNT_NUMBER]"),
  ("sort code 123456", "sort code [ACCOUNT_NUMBER]"),
  // QA review 31 (L10): the cue written as one word.
  ("sortcode 123456", "sortcode [ACCOUNT_NUMBER]"),
  ("Sort code: 12 34 56, account 87654321", "Sort code: [ACCOUNT_NUMBER], account [ACCOUNT_NUMBER]"),
  ("routing number 021000021", "routing number [ACCOUNT_NUMBER]"),
  ("account no 12345678901234567", "account no [ACCOUNT_NUMBER]"),
])
func numbersAfterAnAccountCueAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .accountNumber) == expected)
}

@Test(arguments: [
  // Too few or too many digits.
  "account for 3 years", "account since 2019", "account 12345", "account 123456789012345678",
  // Money and references are not accounts.
  "my account was charged £123456", "order 12345678", "booking 12345678", "code 123456",
  // A cue that is not the last word before the number.
  "account closed after 12345678 attempts", "the sort of code 123456",
])
func numbersWithoutAnAccountCueStay(input: String) {
  #expect(redacted(input, only: .accountNumber) == input)
}

@Test func accountCountsAndTypeName() throws {
  let result = try Redactor().redact("sort code 12-34-56 account 12345678")
  #expect(result.text == "sort code [ACCOUNT_NUMBER] account [ACCOUNT_NUMBER]")
  #expect(result.counts == [.accountNumber: 2])
  #expect(RedactionType(builtInName: "ACCOUNT_NUMBER") == .accountNumber)
}
