import Redaction
import Testing

// QA review 42 (LOW): names missed after a cue: "call me", a "contact person:" label, an
// introduction in German (and the other languages of the greeting cues), a name of a script
// without case after an English introduction (the run of one script: "です" is a particle).
@Test(arguments: [
  ("just call me Bob", "just call me [NAME]"),
  ("contact person: Hans Müller", "contact person: [NAME]"),
  ("Mein Name ist Klaus Becker", "Mein Name ist [NAME]"),
  ("je m'appelle Claire, merci", "je m'appelle [NAME], merci"),
  ("me llamo Lucía García", "me llamo [NAME]"),
  ("my name is 田中太郎", "my name is [NAME]"),
  ("my name is 田中太郎です", "my name is [NAME]です"),
  ("name: محمد علي", "name: [NAME]"),
])
func namesAfterTheReviewsCuesAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .name) == expected)
}

// A capitalised common word after a cue is no name ("Ask for Anything"); "call me" before a time,
// a number or "back" names nobody; "this is" before a lower-case word is prose, so "this is karen
// from leeds" stays (a documented limit: lower-case names are found only after "my name is" and
// labels); one Han character is too little to call a name.
@Test(arguments: [
  "Ask for Anything and they help", "call me back", "call me Anytime", "call me on Monday", "please call me ASAP",
  "this is karen from leeds", "this is ridiculous", "Ask for Details at the desk", "my name is 李",
])
func commonWordsAfterNameCuesStay(input: String) {
  #expect(redacted(input, only: .name) == input)
}
