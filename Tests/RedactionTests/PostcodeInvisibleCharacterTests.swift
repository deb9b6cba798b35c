import Redaction
import Testing

// Brief h63a: an invisible character between a letter and a digit of a postcode kept it ("SW1\u{200B}A
// 1AA", "SW1A 1\u{AD}AA"): there it reads as a word boundary, which the postcode scanner did not
// cross. A code's letters and digits are now read across it, and the character is masked with the
// code. Made-up postcodes of valid shape.
@Test(arguments: ["\u{200B}", "\u{2060}", "\u{AD}", "\u{FEFF}", "\u{200D}"])
func anInvisibleCharacterInsideAPostcodeIsMaskedWithIt(mark: String) {
  for text in [
    "SW1A\(mark) 9ZZ", "S\(mark)W1A 9ZZ", "SW\(mark)1A 9ZZ", "SW1\(mark)A 9ZZ", "SW1A \(mark)9ZZ", "SW1A 9\(mark)ZZ",
    "SW1A 9Z\(mark)Z", "SW1A\(mark)9ZZ", "LS2\(mark)7QZ", "L\(mark)S27QZ", "H2X\(mark)3Y7", "H\(mark)2X 3Y7",
    "H2\(mark)X 3\(mark)Y\(mark)7",
  ] {
    #expect(redacted("send it to \(text) please") == "send it to [POSTCODE] please")
  }
}

@Test func aPostcodeWithAnInvisibleCharacterIsOneSpanOfTheOriginalText() throws {
  let result = try Redactor().redact("at SW1\u{200B}A 9ZZ now")
  #expect(result.text == "at [POSTCODE] now")
  #expect(result.counts == [.postcode: 1])
  #expect(result.spans.map(\.original) == [3..<12])
}

// Two spaces between the outward and the inward code separate them as one does.
@Test func twoSpacesInsideAPostcodeSeparateItsHalves() {
  #expect(redacted("send it to SW1A  9ZZ please") == "send it to [POSTCODE] please")
  #expect(redacted("LS2  7QZ") == "[POSTCODE]")
}

// Words, outward codes alone and ordinals stay, with or without an invisible character.
@Test(arguments: ["the SW1 area", "Galaxy S10 2nd", "s10\u{200B} 2nd", "SW1\u{200B}A", "M1 motorway", "B2B sales"])
func nearMissesOfAPostcodeStay(text: String) {
  #expect(redacted(text) == text)
}
