import Redaction
import Testing

// Brief h61a: "My name is Smith, John" became "My name is [NAME], John": a name written surname
// first, as registers and forms write it, left the given name. After an introduction, a statement
// of a name or a label, a capitalised word after the surname and a comma is the given name, unless
// it is a listed non-name or opens the next clause.
@Test(arguments: [
  ("My name is Smith, John", "My name is [NAME]"),
  ("My name is Smith, John and I called twice", "My name is [NAME] and I called twice"),
  ("my name is Okafor, Chidi.", "my name is [NAME]."),
  ("Name: Smith, John\nIssue: refund", "Name: [NAME]\nIssue: refund"),
  ("My name's Nowak, Zofia; account closed", "My name's [NAME]; account closed"),
  ("My name is Müller, Jürgen", "My name is [NAME]"),
])
func aGivenNameAfterTheSurnameAndACommaIsPartOfTheName(input: String, expected: String) {
  #expect(redacted(input) == expected)
}

@Test(arguments: [
  ("My name is Smith, Thanks for the help", "My name is [NAME], Thanks for the help"),
  ("My name is Jones, Customer since 2010", "My name is [NAME], Customer since 2010"),
  ("My name is Smith, I called twice", "My name is [NAME], I called twice"),
  ("My name is Smith, and I called twice", "My name is [NAME], and I called twice"),
  ("My name is Smith, Never again", "My name is [NAME], Never again"),
  // After a greeting a comma ends the name: "Hi Sarah, Thanks" is one name and a sentence.
  ("Hi Sarah, Great service", "Hi [NAME], Great service"),
  ("Thanks Tom, Brilliant job", "Thanks [NAME], Brilliant job"),
])
func whatFollowsANameAndACommaOtherwiseStays(input: String, expected: String) {
  #expect(redacted(input) == expected)
}
