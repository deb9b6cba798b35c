import Redaction
import Testing

// QA review 42 (MEDIUM-LOW): street addresses were documented as not found, and `validate --redact`
// showed them to coders ("I live at 42 Elm Road, [POSTCODE]"; 0 of 6 redacted). A house number,
// one to three capitalised words and a street type (USPS Publication 28, Appendix C1; the common
// British types), with a unit before or after it and a direction, are [ADDRESS].
@Test(arguments: [
  ("I live at 42 Elm Road, B33 8TH", "I live at [ADDRESS], [POSTCODE]"),
  ("221B Baker Street", "[ADDRESS]"),
  ("send it to 1600 Pennsylvania Ave NW please", "send it to [ADDRESS] please"),
  ("Flat 3, 17 Queen's Drive", "[ADDRESS]"),
  ("we went to 10 Downing Street.", "we went to [ADDRESS]."),
  ("at 42 Elm Road and then home", "at [ADDRESS] and then home"),
  ("Apt 4B 350 Fifth Avenue", "[ADDRESS]"),
  ("1600 Pennsylvania Ave. NW, Apt 12, Washington", "[ADDRESS], Washington"),
  ("17 Queen’s Drive", "[ADDRESS]"),
  ("at 5 St Mary's Road", "at [ADDRESS]"),
  ("12 Park Hill Road is flooded", "[ADDRESS] is flooded"),
  ("address: 7 Kings Court, Leeds", "address: [ADDRESS], Leeds"),
  ("I live at 2020 Main Street", "I live at [ADDRESS]"),
  ("No. 10 Downing Street", "No. [ADDRESS]"),
])
func streetAddressesAreRedacted(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

// Counts, times, prices, years and lower-case or unnumbered street names are no address; a street
// name that modifies a counted plural noun is not either (the number counts the stores).
@Test(arguments: [
  "the 3 Main Street stores", "the 2 High Street branches closed", "open 24 hours", "2 days later",
  "24 Hour Drive-Thru", "waited 3 Hours Road works", "on 12 March Way", "$40 Oxford Street", "45% Main Street",
  "at 12:30 Elm Road", "in 2019 Oxford Street was closed", "I live on Baker Street", "42 elm road",
  "iPhone 15 Pro", "flight BA 283", "M25 Road", "room 1204", "case of 24 bottles", "7pm Elm Road",
  "3 Elm Roads", "Flat 3 was nice",
  // Counts and labels before the number, function words and adverbs in the name (review of this
  // change: "Top 10 Things Way better" was an address).
  "Top 10 Things Way better than before", "chapter 12 Hill Street Blues", "we were 2 Best Friends Close to tears",
  "the 2019 Oxford Street closure", "5 Games In A Row", "It was 7 Pm Drive", "ordered 12 Pack Way",
])
func streetAddressNearMissesStay(input: String) {
  #expect(redacted(input, only: .address) == input)
}

@Test func addressTypeNameAndOrder() {
  #expect(RedactionType(builtInName: "address") == .address)
  #expect(RedactionType.address.placeholder == "[ADDRESS]")
  #expect(RedactionType.builtIn.last == .address)
}
