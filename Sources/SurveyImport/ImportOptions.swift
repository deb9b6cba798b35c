/// The export formats `SurveyReader` understands.
public enum SurveyFormat: String, Sendable, CaseIterable {
  /// Decide from the content (root element, first bytes); the extension is only a hint.
  case auto
  /// Triple-S XML 1.2/2.0/3.0 metadata plus its fixed-width or CSV data file.
  case tripleS = "triple-s"
  /// Qualtrics XML response export (`<Responses><Response>`).
  case qualtrics
  /// Qualtrics JSON response export (`{"responses": [{"responseId", "values", …}]}`) or its NDJSON
  /// form (one response object per line).
  case qualtricsJSON = "qualtrics-json"
  /// LimeSurvey response export (`.lsr`).
  case limesurvey
  /// Any XML with a mapping file (`ImportOptions.mapPath`).
  case generic
  /// RFC 4180 CSV with a header row (delimiter detected).
  case csv
  /// JSON Lines, one object per respondent.
  case jsonl
}

/// How the positions of a Triple-S fixed-width data file are counted on a line that holds
/// multi-byte UTF-8 characters (on other lines characters and bytes coincide).
public enum FixedWidthPositions: String, Sendable, CaseIterable {
  /// Characters of the decoded line (a writer that counts characters).
  case characters
  /// Bytes of the line (a byte-oriented writer); a field boundary inside a character is a reject.
  case bytes
}

/// How to read an export.
public struct ImportOptions: Sendable {
  /// The format; `.auto` detects it from the content.
  public var format: SurveyFormat = .auto
  /// Triple-S data file (default: found beside the metadata file).
  public var dataPath: String?
  /// Qualtrics survey definition (`.qsf`, JSON) for question texts.
  public var qsfPath: String?
  /// LimeSurvey survey structure (`.lss`) for question types and texts (default: an `.lss` beside
  /// the `.lsr` whose survey id matches).
  public var lssPath: String?
  /// Mapping file for the generic XML reader (JSON: see `XMLMapping`).
  public var mapPath: String?
  /// Only these questions (column names) are imported; empty means every open-ended question.
  /// For CSV and JSONL these name the text columns.
  public var questions: [String] = []
  /// Emit blank answers as records with empty text (they are always counted).
  public var keepBlank = false
  /// Reject bad pieces and go on; after a fatal error keep what was read.
  public var keepGoing = false
  /// Go on, with a note, when the duplicate-id check reaches its memory bound
  /// (`RecordIDSet.respondentLimit` respondents); by default the import then stops with an error,
  /// since a duplicate past the bound would go unseen.
  public var allowUncheckedDuplicates = false
  /// The respondents the duplicate-id check keeps (`RecordIDSet.respondentLimit`; lowered by tests).
  var duplicateCheckLimit = RecordIDSet.respondentLimit
  /// The encoding of a CSV or JSONL export when it is not UTF-8 (XML declares its own).
  public var encoding: SourceEncoding?
  /// The respondent id column (CSV) or member (JSONL), when the default names do not find it.
  public var idColumn: String?
  /// How Triple-S fixed-width positions are counted; nil: decided once for the whole data file from
  /// its lines, and the import refused (naming a line) when they do not show which.
  public var positions: FixedWidthPositions?

  public init() {}
}
