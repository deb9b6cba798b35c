import Redaction
import Testing

// QA review 23: the company a customer greets or thanks is the subject of the feedback, and it
// became [NAME]. Listed brands, courtesy words, and a greeted name followed by a word for an
// organisation's people stay.
@Test(arguments: [
  "Thanks Verizon for nothing", "Thanks Tesco, great deals", "Hello Netflix please fix", "Hi Amazon Prime team",
  "Cheers Vodafone", "Thanks Uber Eats", "Best, Anonymous", "Dear Valued Customer",
  "Thanks Contoso Support for the quick reply", "Hi Fabrikam team, the app is slow", "Hello BT, still no internet",
  "Thanks to Brexit prices went up", "served by Tesco staff",
])
func organisationsAfterGreetingsStay(input: String) {
  #expect(redacted(input, only: .name) == input)
}

// The same cues before a person's name still redact it, also when a brand follows.
@Test(arguments: [
  ("Thanks Priya for the help", "Thanks [NAME] for the help"),
  ("Hi Sarah and Team", "Hi [NAME] and Team"),
  ("Thanks Grace, great service", "Thanks [NAME], great service"),
  ("Dear Ms Amazon", "Dear Ms [NAME]"),
  ("Thanks Tom from Vodafone", "Thanks [NAME] from Vodafone"),
])
func peopleAfterGreetingsAreStillRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .name) == expected)
}

// Sign-offs: "Signed:", "Ta,", and a name after a dash at the end of the text.
@Test(arguments: [
  ("Signed: Zoë Müller", "Signed: [NAME]"),
  ("Ta, Sarah", "Ta, [NAME]"),
  ("- Emily", "- [NAME]"),
  ("Great service. - Emily", "Great service. - [NAME]"),
  ("Thanks!\n— Tom Baker", "Thanks!\n— [NAME]"),
  ("Parcel came late.\n-- Zoë\n", "Parcel came late.\n-- [NAME]\n"),
  // Review h60c: after a sign-off, a dash signs too ("Best wishes, Kate" was found, "- Kate" not).
  ("Best wishes - Kate", "Best wishes - [NAME]"),
  ("Great help, many thanks – Tom Baker", "Great help, many thanks – [NAME]"),
  ("Kind regards — Zoë Müller.", "Kind regards — [NAME]."),
  ("THANKS - Kate", "THANKS - [NAME]"),
])
func signedNamesAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .name) == expected)
}

// Not signatures: a dash inside a sentence, a rating word, an organisation, a list's last item, a
// dash not at the end.
@Test(arguments: [
  "- Anonymous", "Delivery was late - Amazon", "Good - Cheap", "Fast delivery. - Brilliant!",
  "Rating: 5. - Excellent", "Pros:\n- Price\n- Speed", "- Emily said it was fine", "- A happy customer",
  "Great. - Would recommend", "Thanks - Amazon", "Thanks - Brilliant service", "Best wishes - Kate said",
  "No thanks - Excellent", "Thanksgiving - Kate",
])
func dashesThatDoNotSignStay(input: String) {
  #expect(redacted(input, only: .name) == input)
}
