import Redaction
import Testing

// Brief h62a: the sign-offs after which a dash introduces the writer's name (`SignedNames`) were a
// second list beside the greeting cues' sign-offs (`NameCues`), and the two had drifted: "All the
// best, Tom" and "Take care, Priya" kept the name (only the dashed list had them), "Love - Kate",
// "Bye – Tom" and "Thx - Sam" kept theirs (only the cue list had them). One list now serves both.
@Test func everySignOffIntroducesANameAfterACommaAndAfterADash() {
  #expect(redacted("All the best, Tom") == "All the best, [NAME]")
  #expect(redacted("Take care, Priya") == "Take care, [NAME]")
  #expect(redacted("Great stay. Love - Kate") == "Great stay. Love - [NAME]")
  #expect(redacted("Fixed in a day. Bye – Tom") == "Fixed in a day. Bye – [NAME]")
  #expect(redacted("Quick reply, thx - Sam") == "Quick reply, thx - [NAME]")
  #expect(redacted("Best wishes - Kate") == "Best wishes - [NAME]")
  #expect(redacted("All the best — Zoë Müller.") == "All the best — [NAME].")
}

// Without the comma the new cues are ordinary words, and a dash before a brand or a rating word
// still introduces no name.
@Test(arguments: [
  "I wish you all the best Tom", "They take care Of everything", "we take care of it", "Love - Amazon",
  "All the best - Anonymous", "take care, everyone",
])
func signOffsBeforeNoNameStay(text: String) {
  #expect(redacted(text) == text)
}
