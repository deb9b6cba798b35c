import Redaction
import Testing

// The format and allocation rules: HMRC, National Insurance Manual NIM39110, "National Insurance
// Numbers (NINOs): Format and Security: What a NINO looks like" — two prefix letters, six digits,
// a suffix A, B, C or D; D, F, I, Q, U, V never in the prefix, O never second; BG, GB, KN, NK, NT,
// TN, ZZ not allocated.

@Test(arguments: [
  ("My NI number is AB 12 34 56 C thanks", "My NI number is [NINO] thanks"),
  ("NI: AB123456C.", "NI: [NINO]."),
  ("ni no ab123456c", "ni no [NINO]"),
  ("national insurance JC 98 76 54 A", "national insurance [NINO]"),
  ("(CE 123456 D)", "([NINO])"),
  ("PY123456B, WH 12 34 56 A", "[NINO], [NINO]"),
  // Letters that are allowed: O first (OA), Z first with another letter (ZA), C second (AC).
  ("OA123456A ZA123456B AC123456C", "[NINO] [NINO] [NINO]"),
])
func nationalInsuranceNumbersAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  // HMRC's specimen (Q is never a prefix letter) and each excluded letter in each place.
  "QQ 12 34 56 C", "QQ123456C", "DA123456A", "FA123456A", "IA123456A", "UA123456A", "VA123456A", "AD123456A",
  "AF123456A", "AI123456A", "AO123456A", "AQ123456A", "AU123456A", "AV123456A",
  // Prefixes not allocated.
  "BG123456A", "GB123456A", "KN123456A", "NK123456A", "NT123456A", "TN123456A", "ZZ123456A",
  // Suffix other than A–D, missing, or running on.
  "AB123456E", "AB123456", "AB 12 34 56", "AB123456CD", "AB123456C1",
  // Wrong digit counts or spacing.
  "AB12345C", "AB1234567C", "AB 1 23 45 6C", "AB  123456C", "AB-12-34-56-C",
  // One letter, three letters.
  "A123456C", "ABC123456C",
])
func lookalikesAreNoNINO(input: String) {
  #expect(redacted(input, only: .nino) == input)
}

// Order references of the same shape stay when labelled; postcodes are postcodes.
@Test(arguments: [
  "order AB123456C arrived", "Order no. AB123456C", "ref: JC 12 34 56 A", "tracking number PY123456B",
  "invoice #AB123456C",
])
func labelledReferencesStay(input: String) {
  #expect(redacted(input, only: .nino) == input)
}

// Without the suffix only after an NI cue; the prefix rules still apply.
@Test(arguments: [
  ("my NI number is AB 12 34 56", "my NI number is [NINO]"),
  ("NI no AB123456, thanks", "NI no [NINO], thanks"),
  ("National Insurance: JC 987654", "National Insurance: [NINO]"),
])
func cuedNumbersWithoutSuffixAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .nino) == expected)
}

@Test(arguments: ["model AB123456 is fine", "NI number QQ 12 34 56", "NI no AB123456X", "insurance AB123456"])
func numbersWithoutSuffixNeedACue(input: String) {
  #expect(redacted(input, only: .nino) == input)
}

@Test func postcodesAndOtherCodesAreUnchanged() {
  #expect(redacted("Deliver to AB12 3DE please") == "Deliver to [POSTCODE] please")
  #expect(redacted("SW1A 1AA and AB10 1AB") == "[POSTCODE] and [POSTCODE]")
  #expect(redacted("Model AB123 is fine, PS4 5GB too") == "Model AB123 is fine, PS4 5GB too")
  #expect(redacted("GB82 WEST 1234 5698 7654 32") == "[IBAN]")
}

@Test func ninoCountsAndTypeName() throws {
  let result = try Redactor().redact("AB 12 34 56 C and JC123456D")
  #expect(result.text == "[NINO] and [NINO]")
  #expect(result.counts == [.nino: 2])
  #expect(RedactionType(builtInName: "NINO") == .nino)
  #expect(RedactionType.nino.placeholder == "[NINO]")
}

// Brief h61a: after a cue a NINO printed with hyphens ("AB-12-34-56-C", as some forms do) was kept,
// though the same number with spaces was claimed; an en dash reads as a hyphen (`FoldedText`).
// Without a cue hyphenated letters and digits stay: they are as likely a product or licence code.
@Test(arguments: [
  ("NI number AB-12-34-56-C", "NI number [NINO]"),
  ("my NINO is AB-123456-C.", "my NINO is [NINO]."),
  ("national insurance no. ab-12-34-56-c thanks", "national insurance no. [NINO] thanks"),
  ("NI number AB–12–34–56–C", "NI number [NINO]"),
  ("NI number AB-12-34-56", "NI number [NINO]"),
])
func aHyphenatedNumberAfterACueIsANINO(input: String, expected: String) {
  #expect(redacted(input, only: .nino) == expected)
}

@Test(arguments: [
  "part AB-12-34-56-C fits", "model AB-123456-C", "NI number AB-12-34 56-C", "NI number AB-12-34-56-78",
])
func hyphenatedCodesWithoutACueOrInMixedGroupsStay(text: String) {
  #expect(redacted(text, only: .nino) == text)
}
