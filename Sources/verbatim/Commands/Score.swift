import ArgumentParser
import Sentiment
import Tokenization
import VerbatimCore

struct Score: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score the sentiment of texts with lexicons and rules, and explain each score.",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line with "text" and an
      optional "id"; other fields are carried through) and writes one JSON object per input line:
        {"id": …, "sentiment": {"label", "compound", "pos", "neu", "neg"}, "explain"?: […]}
      compound is in [-1, 1]; label is positive when compound ≥ the upper threshold, negative when
      ≤ the lower one. The shipped lexicons are built in; --lexicon adds files on top (later wins),
      and --lexicon -default first empties the base.

      Examples:
        echo "Waited 40 minutes on hold, but the agent was lovely" | verbatim score --explain
        verbatim score --profile vader --lexicon vader_lexicon.txt --emoji-lexicon emoji_utf8_lexicon.txt t.txt
      """)

  @Argument(help: "Input file, or - for standard input.")
  var input: String = "-"

  @Flag(help: "Input is JSON Lines with a text field and an optional \"id\".")
  var jsonl = false

  @Option(help: "The JSONL field that holds the text.")
  var textField = "text"

  @Option(
    name: .customLong("lexicon"), parsing: .unconditionalSingleValue,
    help: ArgumentHelp(
      "A valence lexicon: Verbatim TSV, VADER or AFINN, detected, or forced as afinn:PATH, vader:PATH, verbatim:PATH. Repeatable; later files win. -default empties the base.",
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
    parsing: .unconditional, help: ArgumentHelp("Label cut-offs on compound: negative,positive.", valueName: "low,high")
  )
  var thresholds: String = "-0.05,0.05"

  @Flag(help: "Add each contributing term, the rules applied to it and its contribution.")
  var explain = false

  @Flag(help: "Replace invalid UTF-8 with U+FFFD (and report how many) instead of failing.")
  var replaceInvalid = false

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  @Option(help: "Worker threads (default: all cores).")
  var threads: Int = availableCores()

  func makeConfiguration() throws -> SentimentConfiguration {
    guard let selected = SentimentProfile(rawValue: profile) else {
      throw fail("--profile must be default or vader, not \"\(profile)\"", status: .usage)
    }
    let parts = thresholds.split(separator: ",")
    guard parts.count == 2, let low = Double(parts[0]), let high = Double(parts[1]), low <= high else {
      throw fail("--thresholds must be two numbers low,high with low ≤ high, e.g. -0.05,0.05", status: .usage)
    }
    var configuration = SentimentConfiguration(
      profile: selected, emojiLexicon: emojiLexicon, thresholds: SentimentThresholds(negative: low, positive: high))
    configuration.negatorsPath = negators
    configuration.intensifiersPath = intensifiers
    configuration.contrastPath = contrast
    for path in lexicons {
      if path == "-default" {
        configuration.includeShippedLexicons = false
        configuration.lexicons.removeAll()
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

  func run() throws {
    let configuration = try makeConfiguration()
    do {
      let model: SentimentModel
      do {
        model = try SentimentModel(configuration: configuration)
      } catch {
        throw fail(error.description, status: error.isCannotOpen ? .cannotOpen : .dataError)
      }
      for warning in model.warnings { printError(warning.description) }
      let reader = try LineReader(path: input)
      let sink = try OutputSink(path: output)
      let decoder = TextRecordDecoder(
        mode: jsonl ? .jsonl(textField: textField) : .plain, replaceInvalid: replaceInvalid, source: input)
      let needsTokens = model.profile == .default
      let explain = self.explain
      let counter = SharedCounter()
      let ownKeys: Set<String> = ["sentiment", "explain"]
      try ParallelLineProcessor(threads: threads).run(
        reader: reader,
        makeWorker: {
          let tokenizer = try Tokenizer()
          let scorer = SentimentScorer(model: model)
          var tokenized = TokenizedText()
          var writer = JSONWriter(capacity: 4096)
          return { bytes, line, output in
            let (record, replacements) = try decoder.decode(bytes, line: line)
            counter.add("replaced", replacements)
            let (score, explanation): (SentimentScore, SentimentExplanation?)
            if needsTokens {
              try tokenizer.tokenize(record.text, into: &tokenized)
              (score, explanation) = scorer.score(tokenized, explain: explain)
            } else {
              (score, explanation) = scorer.score(text: record.text, explain: explain)
            }
            writer.reset()
            writer.beginObject()
            writer.carriedMembers(of: record, replacing: ownKeys)
            writer.key("sentiment")
            writer.beginObject()
            writer.key("label")
            writer.string(score.label.rawValue)
            writer.key("compound")
            writer.number(score.compound)
            writer.key("pos")
            writer.number(score.pos)
            writer.key("neu")
            writer.number(score.neu)
            writer.key("neg")
            writer.number(score.neg)
            writer.endObject()
            if let explanation {
              writer.key("explain")
              writer.explanation(explanation)
            }
            writer.endObject()
            output.append(contentsOf: writer.bytes)
            output.append(0x0A)
          }
        },
        write: { try sink.write($0) })
      let replaced = counter["replaced"]
      try sink.flush()
      if replaced > 0 { printError("replaced \(replaced) invalid UTF-8 sequence(s) with U+FFFD") }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw cliExit(for: error)
    }
  }
}
