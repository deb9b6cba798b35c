import Pipeline
import Testing
import VerbatimCore

/// QA review 29: answers to contact questions are personal data whole, so `--redact` withholds
/// them; answers to questions that merely mention a name or an address are verbatims and are kept.
@Suite struct ContactQuestionTests {
  @Test(arguments: [
    "Name", "Surname / Family name", "Telephone number (including country code)", "Your e-mail address",
    "Please enter your postcode", "Mobile number:",
    // A grid's stem written before the row's label, as Triple-S and Dimensions exports do.
    "We now need your contact details so that we can send you more information. Name",
    // QA review 40: a question's own wording, and the reason for asking after the field.
    "What is your name?", "What's your phone number?", "Please enter your email so we can follow up",
    "Your phone number if you would like a call back",
  ])
  func contactQuestionsAreRecognised(wording: String) {
    #expect(ContactQuestion.asks(question: "Q7", questionText: wording))
  }

  @Test(arguments: [
    "What did you think of the name of our new range?", "Comments (optional)",
    "Any other comments about our staff, name them if you like", "Why did you choose this address for delivery?",
    "Anything else?", "What is your favourite product and why?", "What is your main reason for calling today?",
  ])
  func otherQuestionsAreNot(wording: String) {
    #expect(!ContactQuestion.asks(question: "Q7", questionText: wording))
  }

  @Test func theQuestionIdCountsAndJSONLinesRecordsAreRead() {
    #expect(ContactQuestion.asks(question: "email", questionText: nil))
    let record = TextRecord(
      id: .string("r1:Q9"), text: "Pat",
      members: [JSONMember("question", .string("Q9")), JSONMember("question_text", .string("First name"))], line: 1)
    #expect(ContactQuestion.asks(record))
    #expect(!ContactQuestion.asks(TextRecord(id: .string("r1"), text: "Pat", line: 1)))
  }
}
