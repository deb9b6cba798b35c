public import Redaction
public import Sentiment
public import Taxonomy

/// What `verbatim code` and `verbatim validate` apply to every verbatim: optional redaction first
/// (so tokens, scores and evidence offsets all refer to the redacted text), then one tokenization
/// shared by the sentiment scorer and the tagger.
public struct CodingConfiguration: Sendable {
  public var sentiment: SentimentModel
  /// The compiled codebook; nil codes sentiment only.
  public var codebook: CompiledCodebook?
  public var tagging: TaggingOptions
  /// Redact personal data before anything else sees the text.
  public var redactor: Redactor?
  /// Add the sentiment explanation to each record.
  public var explain: Bool
  /// Note records that look non-English (`CodedVerbatim.language`): the shipped lexicons and
  /// codebook are English. Off with the user's own lexicons only (`--lexicon -default`).
  public var notesLanguages = true
  /// The record member that holds the survey question each answer replies to (`question_text`,
  /// `question`, or a metadata member; a JSONL member for `code -`): a bare answer or a mention
  /// then takes the question's sign (`SentimentScorer.score(_:explain:question:)`). Nil reads
  /// every answer alone.
  public var questionField: String?

  public init(
    sentiment: SentimentModel, codebook: CompiledCodebook? = nil, tagging: TaggingOptions = TaggingOptions(),
    redactor: Redactor? = nil, explain: Bool = false
  ) {
    self.sentiment = sentiment
    self.codebook = codebook
    self.tagging = tagging
    self.redactor = redactor
    self.explain = explain
  }
}

/// The machine's codes for one verbatim.
public struct CodedVerbatim: Sendable {
  /// The text as coded (redacted when redaction is on).
  public var text: String
  public var sentiment: SentimentScore
  public var explanation: SentimentExplanation?
  public var tags: [TagMatch]
  /// Redactions made in the text, by type.
  public var redactions: [RedactionType: Int]
  /// Redactions made in the record's other members (set by `ExportCoding` when it writes them).
  public var metadataRedactions = MetadataRedactions()
  /// The language or script the text seems to be in when that is not English (`LanguageHint`):
  /// the shipped lexicons and codebook are English.
  public var language: String?
  /// Whether a rule's regular expression gave up at ICU's time limit on this text and counted as
  /// no match (`Tagger.regexTimeouts`): its tags may be incomplete.
  public var regexTimedOut = false
  /// Whether the text held mojibake that the tokenizer read as the characters it garbles
  /// (`TextRepairs.mojibake`): the export was saved in a legacy encoding.
  public var repairedMojibake = false
  /// How the answer was read through its question, if it was (`CodingConfiguration.questionField`).
  public var questionReading: QuestionReading?

  /// - Parameters:
  ///   - language: see `language` (nil: English, or not noted).
  ///   - regexTimedOut: see `regexTimedOut`.
  ///   - repairedMojibake: see `repairedMojibake`.
  public init(
    text: String, sentiment: SentimentScore, explanation: SentimentExplanation?, tags: [TagMatch],
    redactions: [RedactionType: Int], language: String? = nil, regexTimedOut: Bool = false,
    repairedMojibake: Bool = false
  ) {
    self.text = text
    self.sentiment = sentiment
    self.explanation = explanation
    self.tags = tags
    self.redactions = redactions
    self.language = language
    self.regexTimedOut = regexTimedOut
    self.repairedMojibake = repairedMojibake
  }

  /// A result for `text` before coding: neutral with no proportions, no explanation, no tags. The
  /// value `CodingWorker.code(validUTF8:into:)` fills record after record starts as this.
  public static func uncoded(text: String = "", redactions: [RedactionType: Int] = [:]) -> CodedVerbatim {
    CodedVerbatim(
      text: text, sentiment: SentimentScore(label: .neutral, compound: 0, pos: 0, neu: 0, neg: 0), explanation: nil,
      tags: [], redactions: redactions)
  }
}
