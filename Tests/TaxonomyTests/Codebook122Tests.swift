import Testing

@testable import Taxonomy

/// Codebook 1.22.0: answers read with their survey question (`QUESTION(…)`). Blind review h60b's
/// reviewer coded `general.recommend` on answers to "Would you recommend us?" that say yes, no or
/// maybe without the word "recommend", and review h60e's `service.resolution` on answers to "Did we
/// resolve your issue?"; only the odd ids were read. Every sentence is written for this test; each
/// expectation is how a coder reads the answer with its question and the tags' descriptions.
@Suite struct Codebook122Tests {
  let shipped: ShippedTagging

  init() throws { shipped = try ShippedTagging() }

  func codes(_ text: String, question: String?) throws -> [String] {
    var metadata = RuleMetadata()
    metadata.question = question
    return try shipped.tagger.tag(try shipped.tokenizer.tokenize(text), metadata: metadata).map(\.code)
  }

  @Test(arguments: [
    // (code, answer, question)
    ("general.recommend", "Yep, good value.", "Would you recommend us to your family?"),
    ("general.recommend", "No. The battery died after a week.", "Would you recommend this phone?"),
    ("general.recommend", "Maybe, depends on the price next year.", "Would you recommend us? Why or why not?"),
    ("general.recommend", "I already have!", "Would you ever recommend our gym?"),
    ("general.recommend", "Definitely, the lessons are great.", "Will you book with us again?"),
    ("general.recommend", "Not likely after this.", "How likely is it that you would recommend us?"),
    ("service.resolution", "No, I have to call again tomorrow.", "Was your problem resolved today?"),
    ("service.resolution", "Yes, within minutes.", "Has your fault been fixed?"),
    ("service.resolution", "Partially, the refund is still pending.", "Did we sort out your query?"),
  ])
  func answersToTheQuestionAreCoded(code: String, text: String, question: String) throws {
    #expect(try codes(text, question: question).contains(code), "\(question) \(text)")
    // The answer alone names no such topic.
    #expect(try !codes(text, question: nil).contains(code), "\(text)")
  }

  @Test(arguments: [
    // (code, answer, question, why)
    ("general.recommend", "Yes please.", "Would you like a call back from our team?", "another request"),
    ("general.recommend", "No, it was fine.", "What would make you more likely to recommend us?", "asks what"),
    ("general.recommend", "7 - the queue was long.", "How likely are you to recommend us (0-10)?", "a score explained"),
    ("service.resolution", "No, all good.", "Did anything go wrong with your repair?", "asks for faults"),
    ("service.resolution", "Yes", "Was there anything we could have fixed?", "asks for faults"),
    ("service.resolution", "Yes, lovely.", "Did you enjoy your meal?", "no resolution asked"),
  ])
  func otherQuestionsAreNot(code: String, text: String, question: String, why: String) throws {
    #expect(try !codes(text, question: question).contains(code), "\(why): \(question) \(text)")
  }
}
