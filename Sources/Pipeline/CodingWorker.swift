import Redaction
import Sentiment
import Taxonomy
import Tokenization
public import VerbatimCore

/// Codes verbatims: redact → tokenize once → score sentiment → tag with per-tag sentiment. One per
/// worker thread (it owns ICU handles and scratch buffers): not `Sendable`.
public final class CodingWorker {
  public let configuration: CodingConfiguration
  private let tokenizer: Tokenizer
  private let scorer: SentimentScorer
  private let tagger: Tagger?
  private var tokenized = TokenizedText()

  public init(configuration: CodingConfiguration) throws {
    self.configuration = configuration
    tokenizer = try Tokenizer()
    scorer = SentimentScorer(model: configuration.sentiment)
    if let codebook = configuration.codebook {
      tagger = try Tagger(codebook, scorer: scorer, options: configuration.tagging)
    } else {
      tagger = nil
    }
  }

  /// Codes one verbatim. `metadata` answers the codebook's `meta.…` conditions.
  public func code(_ text: String, metadata: [String: String] = [:]) throws -> CodedVerbatim {
    var codedText = text
    var redactions: [RedactionType: Int] = [:]
    var placeholders: [Range<Int>] = []
    if let redactor = configuration.redactor {
      let result = redactor.redact(text)
      codedText = result.text
      redactions = result.counts
      placeholders = result.spans.map(\.redacted)
    }
    try tokenizer.tokenize(codedText, into: &tokenized)
    // Placeholders are not words the customer wrote: coding must not read "[EMAIL]" as "email".
    tokenized.collapse(placeholders: placeholders)
    let (score, explanation) = scorer.score(tokenized, explain: configuration.explain)
    let tags = try tagger?.tag(tokenized, metadata: metadata) ?? []
    return CodedVerbatim(
      text: codedText, sentiment: score, explanation: explanation, tags: tags, redactions: redactions)
  }
}

extension JSONWriter {
  /// Writes the machine's members: `"sentiment"`, `"tags"` (when a codebook was used), `"explain"`
  /// (when asked) and `"redactions"` (when redaction is on).
  public mutating func codedMembers(_ coded: CodedVerbatim, configuration: CodingConfiguration) {
    sentimentMember(coded.sentiment)
    if configuration.codebook != nil { tagsMember(coded.tags) }
    if configuration.explain, let explanation = coded.explanation {
      key("explain")
      self.explanation(explanation)
    }
    if configuration.redactor != nil {
      key("redactions")
      beginObject()
      for (type, count) in coded.redactions.sorted(by: { $0.key < $1.key }) {
        key(type.label)
        number(count)
      }
      endObject()
    }
  }
}

/// String values of a record's metadata for `meta.…` rule conditions (numbers as written).
public func metadataStrings(_ members: [JSONMember]) -> [String: String] {
  var result: [String: String] = [:]
  for member in members {
    switch member.value {
    case .string(let text): result[member.key] = text
    case .number(let text): result[member.key] = text
    case .bool(let flag): result[member.key] = flag ? "true" : "false"
    default: continue
    }
  }
  return result
}
