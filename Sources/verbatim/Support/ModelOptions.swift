import ArgumentParser
import Pipeline
import Redaction
import Sentiment
import SentimentArchive
import SurveyImport
import Taxonomy
import Tokenization
import VerbatimCore

/// Sentiment options shared by `score`, `tag`, `code` and `validate`.
struct SentimentOptionGroup: ParsableArguments {
  @Option(
    name: .customLong("lexicon"), parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "A valence lexicon: Verbatim TSV, VADER or AFINN, detected from its contents (never its name: AFINN when two integer columns reach ±5; integers within ±4 are read as Verbatim's, with a warning), or forced as afinn:PATH, vader:PATH, verbatim:PATH (AFINN's −5…+5 is scaled by 0.8 onto −4…+4). Repeatable; later files win. -default (anywhere) leaves out the shipped lexicons; when no entry is left (-default alone, or with only empty files) the run is refused (exit 2), since every text would score 0. A file without entries beside others is a warning.",
      valueName: "path"))
  var lexicons: [String] = []

  @Option(
    help: ArgumentHelp("An emoji → description file in VADER's emoji_utf8_lexicon.txt format.", valueName: "path"))
  var emojiLexicon: String?

  @Option(help: ArgumentHelp("Negators, one per line (default profile; replaces the shipped list).", valueName: "path"))
  var negators: String?

  @Option(
    help: ArgumentHelp(
      "Intensifiers and dampeners, term<TAB>scalar (default profile; replaces the shipped list).", valueName: "path"))
  var intensifiers: String?

  @Option(
    help: ArgumentHelp(
      "Contrastive connectives, term[<TAB>before|after] (default profile; replaces the shipped list).",
      valueName: "path"))
  var contrast: String?

  @Option(help: "Rules: default (Verbatim's) or vader (vaderSentiment 3.3.2, with VADER's files via --lexicon).")
  var profile: String = "default"

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Label cut-offs on compound, inclusive as in VADER: compound <= low is negative, >= high positive; low ≤ 0 ≤ high.",
      valueName: "low,high")
  )
  var thresholds: String = "-0.05,0.05"

  /// Whether the shipped (English) lexicons are in use: not after `--lexicon -default`, when the
  /// lexicons are the user's own, in any language (non-English texts are then not noted).
  var usesShippedLexicons: Bool { !lexicons.contains("-default") }

  /// The configuration the options describe; malformed options exit 2.
  func makeConfiguration() throws -> SentimentConfiguration {
    guard let selected = SentimentProfile(rawValue: profile) else {
      throw fail("--profile must be default or vader, not \"\(profile)\"", status: .usage)
    }
    let parts = thresholds.split(separator: ",")
    guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), low <= high else {
      throw fail("--thresholds must be two numbers low,high with low ≤ high, e.g. -0.05,0.05", status: .usage)
    }
    // compound is in [−1, 1]: a cut-off outside it would make a label impossible without a word.
    guard low >= -1, high <= 1 else {
      throw fail(
        "--thresholds \(thresholds): compound lies in [-1, 1], so both cut-offs must too (e.g. -0.05,0.05)",
        status: .usage)
    }
    // A text with no sentiment word scores 0 and is documented as neutral (QA review 22: under
    // 0.05,0.3 every factual answer, and every text with nothing to score, was labelled negative).
    guard low <= 0, high >= 0 else {
      throw fail(
        "--thresholds \(thresholds): the neutral band must contain 0 (low ≤ 0 ≤ high), or a text without a "
          + "sentiment word (compound 0) would be labelled \(low > 0 ? "negative" : "positive"); to demand "
          + "stronger evidence of one side, move only that cut-off (e.g. -0.05,0.3)",
        status: .usage)
    }
    var configuration = SentimentConfiguration(
      profile: selected, emojiLexicon: emojiLexicon, thresholds: SentimentThresholds(negative: low, positive: high))
    configuration.negatorsPath = negators
    configuration.intensifiersPath = intensifiers
    configuration.contrastPath = contrast
    for path in lexicons {
      if path == "-default" {
        // Wherever it stands: it leaves out the shipped lexicons, never a file the user named
        // (review r10: after other --lexicon files it silently dropped them too).
        configuration.includeShippedLexicons = false
      } else {
        configuration.lexicons.append(Self.lexiconSpec(path))
      }
    }
    return configuration
  }

  /// `PATH`, or `FORMAT:PATH` with FORMAT one of verbatim, vader, vader-emoji, afinn.
  static func lexiconSpec(_ argument: String) -> LexiconSpec {
    let formats: [String: LexiconFormat] = [
      "verbatim": .verbatim, "vader": .vader, "vader-emoji": .vaderEmoji, "afinn": .afinn,
    ]
    if let colon = argument.firstIndex(of: ":"), let format = formats[String(argument[..<colon])] {
      return LexiconSpec(path: String(argument[argument.index(after: colon)...]), format: format)
    }
    return LexiconSpec(path: argument)
  }

  /// Loads the model the options describe; usage errors exit 2, unreadable lexicons 66, bad ones 65.
  /// The model is kept until the process exits (`ProcessLifetime`): a command runs once a process.
  func makeModel() throws -> SentimentModel {
    let configuration = try makeConfiguration()
    do {
      let model = try ShippedModel.model(configuration: configuration)
      for warning in model.warnings { printError(warning.description) }
      ProcessLifetime.keep(model)
      return model
    } catch {
      throw fail(error.description, status: error.isCannotOpen ? .cannotOpen : error.isUsage ? .usage : .dataError)
    }
  }
}

/// Taxonomy options shared by `code` and `validate`.
struct TaxonomyOptionGroup: ParsableArguments {
  @Option(help: "Codebook YAML file (default: the shipped customer-feedback codebook).")
  var taxonomy: String?

  @Flag(help: "Code sentiment only, no tags.")
  var noTags = false

  @Flag(help: "Also assign the parents of assigned tags.")
  var implyParents = false

  @Flag(
    help:
      "Keep a tag whose rules matched when one of its descendants is assigned too (default: the most specific tag, as a parent is for \"when no more specific tag fits\")."
  )
  var keepParents = false

  @Option(
    parsing: .unconditional, help: "Minimum number of separate mentions (non-overlapping evidence spans) a tag needs.")
  var minEvidence = 1

  func validate() throws {
    guard minEvidence >= 1 else { throw ValidationError("--min-evidence must be at least 1") }
  }

  /// The compiled codebook, or nil with --no-tags.
  func makeCodebook() throws -> CompiledCodebook? {
    guard !noTags else { return nil }
    do {
      return try Self.compile(taxonomy)
    } catch {
      throw taxonomyExit(for: error)
    }
  }

  /// `makeCodebook()` started on another thread (nil with --no-tags): `reportingErrors` waits for
  /// it and reports its error as `makeCodebook()` would.
  func makeCodebookInBackground() -> BackgroundValue<CompiledCodebook>? {
    guard !noTags else { return nil }
    let taxonomy = self.taxonomy
    return BackgroundValue { try Self.compile(taxonomy) }
  }

  /// Waits for a codebook of `makeCodebookInBackground()`; its error is reported (printed) here.
  static func reportingErrors(_ pending: BackgroundValue<CompiledCodebook>?) throws -> CompiledCodebook? {
    guard let pending else { return nil }
    do {
      return try pending.value()
    } catch {
      throw taxonomyExit(for: error)
    }
  }

  /// Loads and compiles the codebook at `path` (the shipped one when nil, from the archive the
  /// build embedded: `ShippedCodebook`), reporting nothing.
  private static func compile(_ path: String?) throws -> CompiledCodebook {
    try compileCodebook(path)
  }

  var taggingOptions: TaggingOptions {
    TaggingOptions(impliedParents: implyParents, minimumEvidence: minEvidence, mostSpecific: !keepParents)
  }
}

/// Redaction options shared by `code`, `validate` and `sample`.
struct RedactionOptionGroup: ParsableArguments {
  @Flag(
    help: """
      Redact personal data (e-mail, phone, card, IBAN, SSN, NI number, date of birth, account number, IP, URL \
      tokens, postcode, names, order and other reference numbers, NHS number, street address; see `verbatim \
      redact --help`) before coding or showing \
      text; an export's identifying metadata (IP address, location, town or city, e-mail, phone, date of birth, \
      names) is written as [REDACTED], at any depth, and so is the whole answer to a contact \
      question ("Name", "Surname / Family name", "Telephone number", "Postcode"). When coding (code, validate), placeholders are not read as words, \
      so the codes change only where a redacted span was itself scored or tagged (a name that is also a word: \
      "Thanks, Joy" is positive, "Thanks, [NAME]" neutral) or shifts a distance: \
      numbers and the placeholders of numeric data ([PHONE], [CARD], [IP], [SSN], [ACCOUNT_NUMBER]) do not count in the \
      distance between a negator or booster and its word. Other placeholders count as one word, \
      however many they replaced (a multi-word name or an IBAN can shift that distance), and in \
      NEAR/n every placeholder counts as one word. Record and respondent ids are kept as they are, \
      even an e-mail address or a phone number: they join human codes.
      """)
  var redact = false

  @Option(
    name: .customLong("pattern"),
    help: ArgumentHelp(
      "With --redact: a custom pattern NAME=MASK, e.g. ORDER=AA-999999 (repeatable).", valueName: "NAME=MASK"))
  var patterns: [String] = []

  func makeRedactor() throws -> Redactor? {
    guard redact else {
      if !patterns.isEmpty { throw fail("--pattern needs --redact", status: .usage) }
      return nil
    }
    do {
      var configuration = RedactionConfiguration()
      configuration.patterns = try patterns.map { spec throws(RedactionError) in try CustomPattern(specification: spec)
      }
      return try Redactor(configuration: configuration)
    } catch {
      throw fail(error.description, status: .usage)
    }
  }
}

/// What `code` and `validate` apply to every verbatim, from their option groups: one place, so
/// the two commands cannot drift apart.
///
/// With `threads` above 1 the codebook is compiled on another thread while this one builds the
/// sentiment model (start-up is otherwise serial, and the two take about the same time); messages
/// and errors come in the same order either way: the model's, then the codebook's.
func makeCodingConfiguration(
  _ sentiment: SentimentOptionGroup, _ taxonomy: TaxonomyOptionGroup, _ redaction: RedactionOptionGroup,
  explain: Bool, threads: Int = 1
) throws -> CodingConfiguration {
  let model: SentimentModel
  let codebook: CompiledCodebook?
  if threads > 1 {
    let pending = taxonomy.makeCodebookInBackground()
    do {
      model = try sentiment.makeModel()
    } catch {
      // The codebook's thread is left to finish (or fail) unreported, as a serial start-up never
      // reached it.
      _ = try? pending?.value()
      throw error
    }
    codebook = try TaxonomyOptionGroup.reportingErrors(pending)
  } else {
    model = try sentiment.makeModel()
    codebook = try taxonomy.makeCodebook()
  }
  // Kept until the process exits, as the model is (`makeModel`): destroying the compiled codebook
  // (its rules, expressions and tables, thousands of objects) when the command's configuration
  // went out of scope cost 9.2M instructions at the end of every `code` run (callgrind).
  if let codebook { ProcessLifetime.keep(codebook) }
  var configuration = CodingConfiguration(
    sentiment: model, codebook: codebook, tagging: taxonomy.taggingOptions,
    redactor: try redaction.makeRedactor(), explain: explain)
  configuration.notesLanguages = sentiment.usesShippedLexicons
  return configuration
}

/// Survey-import options shared by `code` and `validate` (the same names as `import`'s).
struct ImportOptionGroup: ParsableArguments {
  @Option(help: "Export format: auto, triple-s, qualtrics, qualtrics-json, limesurvey, generic, csv or jsonl.")
  var format: String = "auto"

  @Option(help: "Triple-S data file (default: found beside the metadata).")
  var data: String?

  @Option(help: "Qualtrics survey definition (.qsf) for question texts.")
  var qsf: String?

  @Option(help: "LimeSurvey survey structure (.lss) for question types and texts.")
  var lss: String?

  @Option(
    help:
      "Mapping file (JSON) for generic XML: record, id, text, meta, and question (\"@q\": the text elements' attribute that names each answer's question)."
  )
  var map: String?

  @Option(parsing: .upToNextOption, help: "Import only these questions (CSV/JSONL: the text columns).")
  var question: [String] = []

  @Flag(help: "Also write blank answers (white space as typed; Qualtrics -99 as empty text).")
  var keepBlank = false

  @Flag(help: "Skip bad pieces (listed with --rejects); keep records read before a fatal error.")
  var keepGoing = false

  @Flag(
    help:
      "Import past 2,500,000 respondents (or 1,000,000 answers to questions past the 64th), where the duplicate-id check stops growing, with a note instead of exit 65; a duplicate beyond that point is not detected."
  )
  var allowUncheckedDuplicates = false

  @Option(help: "Write each rejected piece as a JSON line to this file.")
  var rejects: String?

  // Unconditional: "--max-rejects -1" is a value to refuse as such, not a missing one (review h43 B8).
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp(
      "Go on past bad pieces (as --keep-going) but exit 65 when more than this many are rejected: a count of rejected pieces (10: rows, responses or single answers) or a share of the answers read (1%: records, blank, not shown and rejected answers, a rejected row counting the answers it held).",
      valueName: "n|p%"))
  var maxRejects: String?

  /// `--max-rejects`, parsed; a usage error for a value that is neither a count nor a percentage.
  func rejectLimit() throws -> RejectLimit? {
    try parseRejectLimit(maxRejects, pieces: "pieces", share: "the answers")
  }

  /// Whether bad pieces are skipped: --keep-going, or a --max-rejects limit.
  var goesOn: Bool { keepGoing || maxRejects != nil }

  @Option(
    help:
      "CSV/JSONL: the respondent id column (member), when it is not one of respondent, respondent_id, responseid, response_id, _recordid, id, uuid, respid, case_id … (any case)."
  )
  var idColumn: String?

  @Option(
    help: ArgumentHelp(
      "Encoding of a CSV or JSONL export: utf-8 (default), windows-1252 (Excel's \"CSV\"), iso-8859-1 or utf-16. A file given as windows-1252 or iso-8859-1 that is UTF-8 (a byte-order mark, as Excel's \"CSV UTF-8\" writes, or only UTF-8 sequences) is refused (exit 65) rather than garbled, and so is one given as utf-16 whose first 64 KiB hold no zero byte (the ASCII commas, quotes and line ends of UTF-16 text all have one).",
      valueName: "encoding"))
  var encoding: String?

  @Option(
    help: ArgumentHelp(
      "Triple-S fixed-width data: count positions in characters or in bytes (a byte-oriented writer) on lines with multi-byte UTF-8 characters. Default: decided for the whole file from lines that fit only one way; a file whose lines fit both ways, or show both, is refused (exit 65) naming a line.",
      valueName: "characters|bytes"))
  var positions: String?

  func makeOptions() throws -> ImportOptions {
    guard let parsed = SurveyFormat(rawValue: format) else {
      throw fail(
        "--format must be one of: \(SurveyFormat.allCases.map(\.rawValue).joined(separator: ", "))", status: .usage)
    }
    var options = ImportOptions()
    options.format = parsed
    options.dataPath = data
    options.qsfPath = qsf
    options.lssPath = lss
    options.mapPath = map
    options.questions = question
    options.keepBlank = keepBlank
    options.keepGoing = goesOn
    options.allowUncheckedDuplicates = allowUncheckedDuplicates
    options.idColumn = idColumn
    options.encoding = try Self.choice(encoding, option: "--encoding")
    options.positions = try Self.choice(positions, option: "--positions")
    return options
  }

  /// The value of an option that takes one of `Choice`'s raw values (case-insensitive), nil when
  /// not given; another value is a usage error listing the choices.
  static func choice<Choice: RawRepresentable & CaseIterable>(_ value: String?, option: String) throws -> Choice?
  where Choice.RawValue == String {
    guard let value else { return nil }
    guard let parsed = Choice(rawValue: value.lowercased()) else {
      throw fail(
        "\(option) must be one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", "))", status: .usage)
    }
    return parsed
  }
}

// MARK: Files a run reads (an output must not name one: review r21b found `--rejects` truncating a
// Triple-S data file and `--junit` overwriting a codebook).

extension SentimentOptionGroup {
  /// The lexicon and word-list files given by path.
  var inputFiles: [String?] {
    lexicons.filter { $0 != "-default" }.map { spec -> String? in
      for prefix in ["afinn:", "vader:", "verbatim:"] where spec.hasPrefix(prefix) {
        return String(spec.dropFirst(prefix.count))
      }
      return spec
    } + [emojiLexicon, negators, intensifiers, contrast]
  }
}

extension ImportOptionGroup {
  /// The options given that only an export file uses (`code -` reads JSON Lines records of its
  /// own shape), by their command-line names.
  var exportOnlyOptions: [String] {
    var names: [String] = []
    if format != "auto" && format != "jsonl" { names.append("--format \(format)") }
    if data != nil { names.append("--data") }
    if qsf != nil { names.append("--qsf") }
    if lss != nil { names.append("--lss") }
    if map != nil { names.append("--map") }
    if !question.isEmpty { names.append("--question") }
    if keepBlank { names.append("--keep-blank") }
    if idColumn != nil { names.append("--id-column") }
    if let encoding, encoding.lowercased() != "utf-8" { names.append("--encoding \(encoding)") }
    if let positions { names.append("--positions \(positions)") }
    return names
  }

  /// The companion files of `export`: those given by option, and those the importer finds by
  /// itself (`CompanionFile.automaticCandidates`: a LimeSurvey `.lss` beside the export, the
  /// Triple-S data file beside its metadata), so that no output can replace one (review: `import
  /// x.lsr -o x.lss` overwrote the structure the import had just read).
  func inputFiles(besides export: String) -> [String?] {
    let options = (try? makeOptions()) ?? ImportOptions()
    return [data, qsf, lss, map] + CompanionFile.automaticCandidates(besides: export, options: options)
  }
}
