import Redaction
import Sentiment
public import Taxonomy
import Tokenization
public import VerbatimCore

/// Codes verbatims: redact → tokenize once → score sentiment → tag with per-tag sentiment. One per
/// worker thread (it owns ICU handles and scratch buffers): not `Sendable`.
public final class CodingWorker {
  public let configuration: CodingConfiguration
  private let tokenizer: Tokenizer
  private let scorer: SentimentScorer
  private let tagger: Tagger?
  /// Reused for every verbatim (moved into a local while one is coded).
  private var tokenized = TokenizedText()
  // The configuration's parts read per verbatim, held apart: reading them through the
  // configuration copied (retained) the whole struct, codebook included, at every call.
  /// The redactor, boxed: code() copied (retained) a `Redactor?` stored inline around every call.
  private let redactor: RedactorBox?
  private let explain: Bool
  private let notesLanguages: Bool
  private let members: CodedMembers
  /// The frames of the question wordings met so far (`QuestionFrame`).
  private let frames = QuestionFrames(fixed: nil)

  public init(configuration: CodingConfiguration) throws {
    self.configuration = configuration
    redactor = configuration.redactor.map(RedactorBox.init)
    explain = configuration.explain
    notesLanguages = configuration.notesLanguages
    members = CodedMembers(configuration)
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
    try code(text, metadata: metadata.isEmpty ? RuleMetadata() : RuleMetadata(metadata))
  }

  /// Codes one verbatim whose metadata fields may hold several values (see `RuleMetadata`), an
  /// answer to the survey question worded `question` (nil: read alone): a bare answer takes the
  /// sign of the question's frame (`QuestionFrame`), and the codebook's `QUESTION(…)` conditions
  /// read the wording.
  public func code(_ text: String, metadata: RuleMetadata, question: String? = nil) throws -> CodedVerbatim {
    guard let redactor else {
      return try code(text, redactions: [:], placeholders: [], metadata: metadata, question: question)
    }
    let result = redactor.redactor.redact(text)
    return try code(
      result.text, redactions: result.counts, placeholders: result.spans.map(\.redacted), metadata: metadata,
      question: question)
  }

  /// Codes one verbatim given as valid UTF-8 bytes (a JSONL line's text read in place), without
  /// redaction or metadata: the same result as `code(_:metadata:)` on that text when the
  /// configuration has no redactor. Returns nil when it has one (the caller takes the String path).
  /// `keepingText: false` leaves `CodedVerbatim.text` empty, for a caller that writes the text
  /// from its own bytes (making the String cost an allocation and a copy per record).
  public func code(validUTF8 bytes: UnsafeBufferPointer<UInt8>, keepingText: Bool = true) throws -> CodedVerbatim? {
    var coded = CodedVerbatim.uncoded()
    guard try code(validUTF8: bytes, into: &coded) else { return nil }
    if keepingText { coded.text = String(decoding: bytes, as: UTF8.self) }
    return coded
  }

  /// Codes one verbatim given as valid UTF-8 bytes into `coded`: afterwards `coded` is what
  /// `code(validUTF8:keepingText: false)` returns, every member set. Returns false, leaving `coded`
  /// as it was, when the configuration has a redactor (the caller takes the String path); on an
  /// error `coded` is left as it was too. For a caller that codes record after record into one
  /// value: a `CodedVerbatim` is too large to return in registers, and building one to return
  /// copied it (retaining its members) and destroyed the original, about 320 instructions a
  /// record.
  /// `question`: the question's wording, as in `code(_:metadata:question:)`.
  /// `asciiWithoutLineBreaks`: the bytes are known to be ASCII without a byte below 0x20 (a JSON
  /// string's text read in place, `FlatJSONObject.isASCII`; `Tokenizer.tokenize(asciiWithoutLineBreaks:into:)`).
  public func code(
    validUTF8 bytes: UnsafeBufferPointer<UInt8>, into coded: inout CodedVerbatim, question: String? = nil,
    asciiWithoutLineBreaks: Bool = false
  ) throws -> Bool {
    guard redactor == nil else { return false }
    // The reused buffers are moved into a local for the call: passing the stored property to the
    // scorer and the tagger retained and released its four arrays at each call.
    var tokenized = TokenizedText()
    swap(&tokenized, &self.tokenized)
    defer { swap(&tokenized, &self.tokenized) }
    if asciiWithoutLineBreaks {
      try tokenizer.tokenize(asciiWithoutLineBreaks: bytes, into: &tokenized)
    } else {
      try tokenizer.tokenize(validUTF8: bytes, into: &tokenized)
    }
    try code(tokenized, metadata: RuleMetadata(), question: question, into: &coded)
    // Members a record coded before may have set (most are empty: not assigned again).
    if !coded.text.isEmpty { coded.text = "" }
    if !coded.redactions.isEmpty { coded.redactions = [:] }
    if !coded.metadataRedactions.isEmpty { coded.metadataRedactions = MetadataRedactions() }
    return true
  }

  /// Codes a text after redaction (`placeholders`: the code point ranges of its placeholders).
  private func code(
    _ text: String, redactions: [RedactionType: Int], placeholders: [Range<Int>], metadata: RuleMetadata,
    question: String?
  ) throws -> CodedVerbatim {
    var coded = CodedVerbatim.uncoded(text: text, redactions: redactions)
    var tokenized = TokenizedText()
    swap(&tokenized, &self.tokenized)
    defer { swap(&tokenized, &self.tokenized) }
    try tokenizer.tokenize(text, into: &tokenized)
    // Placeholders are not words the customer wrote: coding must not read "[EMAIL]" as "email".
    tokenized.collapse(placeholders: placeholders)
    try code(tokenized, metadata: metadata, question: question, into: &coded)
    return coded
  }

  /// Scores and tags a tokenized text, setting the members of `coded` that coding finds (all but
  /// its text, redactions and metadata redactions); on an error `coded` is left as it was.
  /// `question`: the wording of the question it answers (its frame for the score, its text for the
  /// codebook's `QUESTION(…)` conditions).
  private func code(
    _ tokenized: TokenizedText, metadata: RuleMetadata, question wording: String?, into coded: inout CodedVerbatim
  ) throws {
    let question = frames.reading(fixedOr: .some(wording))
    var metadata = metadata
    if let wording { metadata.question = wording }
    // The tagger scores the text again for each tag's sentiment: the lexicon lookups of its tokens
    // are made once for all of those calls.
    scorer.beginReusingLookups(of: tokenized)
    defer { scorer.endReusingLookups() }
    let (score, explanation) =
      question.isOpen
      ? scorer.score(tokenized, explain: explain) : scorer.score(tokenized, explain: explain, question: question)
    let reading = question.isOpen ? nil : scorer.lastQuestionReading
    // Read before the tagger scores the text's parts (any later call sets it true).
    let mayBeNonEnglish = scorer.scoredTextMayBeNonEnglish
    let timeouts = tagger?.regexTimeouts ?? 0
    let tags =
      try tagger?.tag(tokenized, metadata: metadata, textSentiment: (score.label.rawValue, score.compound)) ?? []
    coded.sentiment = score
    coded.explanation = explanation
    coded.questionReading = reading
    coded.tags = tags
    coded.language = notesLanguages && mayBeNonEnglish ? LanguageHint.nonEnglish(tokenized) : nil
    coded.regexTimedOut = tagger.map { $0.regexTimeouts != timeouts } ?? false
    coded.repairedMojibake = tokenized.repairs.contains(.mojibake)
  }

  /// Writes the machine's members of `coded` (see `JSONWriter.codedMembers(_:configuration:)`).
  public func writeCodedMembers(_ coded: CodedVerbatim, to writer: inout JSONWriter) {
    writer.codedMembers(coded, members)
  }
}

private final class RedactorBox {
  let redactor: Redactor

  init(_ redactor: Redactor) { self.redactor = redactor }
}

/// Which of the machine's members a configuration writes.
struct CodedMembers {
  var tags: Bool
  var explain: Bool
  var redactions: Bool

  init(_ configuration: CodingConfiguration) {
    tags = configuration.codebook != nil
    explain = configuration.explain
    redactions = configuration.redactor != nil
  }
}

extension JSONWriter {
  /// Writes the machine's members: `"sentiment"`, `"tags"` (when a codebook was used), `"explain"`
  /// (when asked) and `"redactions"` (when redaction is on).
  public mutating func codedMembers(_ coded: CodedVerbatim, configuration: CodingConfiguration) {
    codedMembers(coded, CodedMembers(configuration))
  }

  mutating func codedMembers(_ coded: CodedVerbatim, _ members: CodedMembers) {
    sentimentMember(coded.sentiment)
    if members.tags { tagsMember(coded.tags) }
    if members.explain, let explanation = coded.explanation {
      key("explain" as StaticString)
      self.explanation(explanation)
    }
    if members.redactions {
      key("redactions" as StaticString)
      beginObject()
      for (type, count) in coded.redactions.sorted(by: { $0.key < $1.key }) {
        key(type.label)
        number(count)
      }
      endObject()
    }
  }
}

/// String values of a record's metadata, for `validate --segment` (numbers as written). A coded
/// answer (Triple-S `single`: `{"code": "1", "label": "Good"}`) is its label under its own name,
/// else its code, and each scalar member under `NAME.MEMBER` (`Q2.code`, `Q2.label`); arrays
/// (`multiple` answers) have no single value and are left out.
public func metadataStrings(_ members: [JSONMember]) -> [String: String] {
  var result: [String: String] = [:]
  func scalar(_ value: JSONValue) -> String? {
    switch value {
    case .string(let text): text
    case .number(let text): text
    case .bool(let flag): flag ? "true" : "false"
    default: nil
    }
  }
  for member in members {
    if let text = scalar(member.value) {
      result[member.key] = text
    } else if case .object(let inner) = member.value {
      var values: [String: String] = [:]
      for field in inner { if let text = scalar(field.value) { values[field.key] = text } }
      for (key, text) in values { result[member.key + "." + key] = text }
      if let label = values["label"], !label.isEmpty {
        result[member.key] = label
      } else if let code = values["code"] {
        result[member.key] = code
      }
    }
  }
  return result
}
