import Tokenization

/// Answers a codebook's `QUESTION(e)` conditions: which of its expressions `e` hold in the text of
/// the survey question an answer replies to.
///
/// Each expression is evaluated as a rule of a codebook of its own, one tag with that one rule, on
/// the tokenized question: the same matching as in a verbatim (terms on the tokenizer's norms,
/// phrases, `NEAR`, `SENTENCE`, regexes), and no expression hides another's words by longest
/// match. An export repeats a few questions over every respondent, so the answer is remembered per
/// question text (up to `limit` texts of at most `longestKept` bytes; past that, and for a longer
/// text, which is no survey question, a text is evaluated afresh each time, in bounded memory). One
/// per tagger: not `Sendable`.
public final class QuestionConditions {
  /// The expressions' canonical texts, as the `QUESTION(…)` conditions hold them.
  public let expressions: [String]
  private let tokenizer: Tokenizer
  private let taggers: [Tagger]
  private var tokenized = TokenizedText()
  private var known: [String: [String]] = [:]
  private static let limit = 4096
  private static let longestKept = 1024

  /// - Parameter expressions: canonical texts of rule expressions (`CompiledCodebook.questionConditions`).
  public init(expressions: [String]) throws(TaxonomyError) {
    self.expressions = expressions
    do {
      tokenizer = try Tokenizer()
    } catch {
      throw .taggingFailed(recordID: "(question)", reason: "\(error)")
    }
    var taggers: [Tagger] = []
    for (index, expression) in expressions.enumerated() {
      let tag = CodebookTag(
        code: "question", label: "QUESTION(\(expression))",
        rules: [RuleSource(expression, location: SourceLocation(file: "QUESTION(…) \(index + 1)", line: 1, column: 1))])
      let codebook = Codebook(id: "question", version: "1.0.0", tags: [tag], source: "QUESTION(…)")
      taggers.append(try Tagger(try CompiledCodebook(codebook, tokenizer: tokenizer)))
    }
    self.taggers = taggers
  }

  /// The expressions (canonical texts, in `expressions` order) that hold in `question`.
  public func holding(in question: String) throws(TaxonomyError) -> [String] {
    if let answer = known[question] { return answer }
    do {
      try tokenizer.tokenize(question, into: &tokenized)
    } catch {
      throw .taggingFailed(recordID: "(question)", reason: "\(error)")
    }
    var holding: [String] = []
    for (index, tagger) in taggers.enumerated() {
      if try !tagger.tag(tokenized).isEmpty { holding.append(expressions[index]) }
    }
    if known.count < Self.limit && question.utf8.count <= Self.longestKept { known[question] = holding }
    return holding
  }
}
