/// Where a rating came from: a file, a 1-based line (0 when built in memory) and, where it is known,
/// the 1-based column of the field a message is about, in characters (Unicode scalars) as editors
/// count them (0 when unknown or not meant).
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// The same line without its column: how a message names an earlier occurrence ("first at r.csv:2").
  public var withoutColumn: SourceLocation { SourceLocation(file: file, line: line) }

  /// `file:line:column`, `file:line` without a column, `file` without a line.
  public var description: String {
    guard line > 0 else { return file }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }
}

/// Everything that can go wrong in the Agreement module. Messages name files, lines, items and coders
/// (identifiers and category labels), never free text.
public enum AgreementError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No rating at all.
  case emptyInput(source: String)
  /// Fewer than two coders: agreement needs at least two.
  case tooFewCoders(source: String, coders: [String])
  /// The same coder rated the same item twice (without `--multilabel`).
  case duplicateRating(item: String, coder: String, first: SourceLocation, second: SourceLocation)
  /// In multi-label codes, the same coder gave the same item the same label twice.
  case duplicateLabel(item: String, coder: String, label: String, first: SourceLocation, second: SourceLocation)
  /// Two lines of a multi-label predictions file hold the same item: its labels would be merged
  /// without a word (QA review 39), so the second is refused.
  case duplicatePrediction(item: String, coder: String, first: SourceLocation, second: SourceLocation)
  /// A label outside the declared category set.
  case undeclaredLabel(label: String, at: SourceLocation)
  /// A label rolled up (`agree --code-level`) to a label that is not among the declared categories.
  case undeclaredRelabel(label: String, from: String)
  /// With a codebook (`agree --taxonomy`), a rating label that is not one of its codes (QA review 41:
  /// it rolled up by its dots with a note, and a gate passed): where it first occurs (nil when
  /// unknown), the codebook, the code it most likely means and why (`closest`, `hint`), and the
  /// other labels that are not codes either.
  case unknownCode(
    label: String, at: SourceLocation?, codebook: String, closest: String?, hint: String?, others: [String])
  /// A category was declared twice.
  case duplicateCategory(label: String)
  /// Malformed CSV or JSONL; `column` is 1-based, in characters (0 when unknown); `at` gives the file and line.
  case malformed(at: SourceLocation, column: Int, message: String)
  /// A required column or field is missing.
  case missingColumn(source: String, name: String)
  /// A coder named on the command line does not occur in the data.
  case unknownCoder(name: String)
  /// A weight matrix that is not q × q, not finite, or otherwise unusable.
  case invalidWeights(message: String)
  /// Invalid options (bad combination or value); the CLI maps this to exit status 2.
  case invalidOption(message: String)
  /// Multi-label: the same (item, coder) coded with no label and with a label.
  case contradictoryCoding(item: String, coder: String, label: String, labelAt: SourceLocation, emptyAt: SourceLocation)
  /// `--merge`: a shard shares items with the shards before it (their ratings would count twice).
  case overlappingShards(source: String, sharedItems: Int)
  /// More distinct labels than agreement is computed over (`RatingTable.maximumCategories`).
  case tooManyCategories(source: String, count: Int, limit: Int)
  /// More coder-pair comparisons than agreement keeps (`RatingTable.maximumCoderPairComparisons`).
  case tooManyCoderPairs(source: String, comparisons: Int, limit: Int)
  /// A predictions file that adds no rating: it is empty, or none of its ids is a rated item (the
  /// model would silently drop out of every comparison, and a gate would pass on the humans alone).
  case unjoinedPredictions(
    source: String, predictions: Int, ratedItems: Int, examplePrediction: String?, exampleItem: String?)

  public var description: String {
    switch self {
    case .emptyInput(let source): return "\(source): no ratings (empty input)"
    case .tooFewCoders(let source, let coders):
      return "\(source): agreement needs at least two coders; found \(coders.count) (\(coders.joined(separator: ", ")))"
    case .duplicateRating(let item, let coder, let first, let second):
      return
        "\(second): coder \"\(coder)\" rated item \"\(item)\" again (first at \(first.withoutColumn)); use --multilabel if several labels are intended"
    case .duplicateLabel(let item, let coder, let label, let first, let second):
      return
        "\(second): coder \"\(coder)\" gave item \"\(item)\" the label \"\(label)\" again (first at \(first.withoutColumn)); remove the repeated row"
    case .duplicatePrediction(let item, let coder, let first, let second):
      return
        "\(second): a second line of predictions (coder \"\(coder)\") for item \"\(item)\" (first at \(first.withoutColumn)); "
        + "one line per item, its tag list holding all of the item's labels"
    case .undeclaredLabel(let label, let at):
      return "\(at): label \"\(label)\" is not one of the declared categories"
    case .undeclaredRelabel(let label, let from):
      let rolled = from == label ? "label \"\(label)\"" : "label \"\(from)\" rolls up to \"\(label)\", which"
      return "\(rolled) is not among the declared categories: declare the codes of the level compared (--categories)"
    case .unknownCode(let label, let at, let codebook, let closest, let hint, let others):
      var text = (at.map { "\($0): " } ?? "") + "label \"\(label)\" is not a code of \(codebook)"
      if let closest { text += "; did you mean \"\(closest)\"" + (hint.map { " (\($0))" } ?? "") + "?" }
      if !others.isEmpty {
        text +=
          " Nor are " + others.prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
          + (others.count > 10 ? " and \(others.count - 10) more" : "") + "."
      }
      return text
        + " With --taxonomy every label must be a code of the codebook (as verbatim validate requires): recode the "
        + "labels, or leave out --taxonomy to roll codes up by their dots"
    case .duplicateCategory(let label): return "category \"\(label)\" is declared twice"
    case .malformed(let at, let column, let message):
      return "\(SourceLocation(file: at.file, line: at.line, column: column)): \(message)"
    case .missingColumn(let source, let name): return "\(source): no \"\(name)\" column"
    case .unknownCoder(let name): return "coder \"\(name)\" does not occur in the ratings"
    case .invalidWeights(let message): return "invalid weights: \(message)"
    case .invalidOption(let message): return message
    case .contradictoryCoding(let item, let coder, let label, let labelAt, let emptyAt):
      let later = labelAt.line <= emptyAt.line ? emptyAt : labelAt
      return "\(later): coder \"\(coder)\" coded item \"\(item)\" both with no label (\(emptyAt.withoutColumn)) and "
        + "with the label \"\(label)\" (\(labelAt.withoutColumn)); an empty label means \"coded, none applies\": remove that row or the labels"
    case .overlappingShards(let source, let shared):
      return (source.isEmpty ? "" : "\(source): ")
        + "this shard shares \(shared) item(s) with the shards merged before it (found by their ids' "
        + "fingerprints): each item must be in exactly one shard, or its ratings would count twice; split the "
        + "ratings by item, not by coder or by row"
    case .unjoinedPredictions(let source, let predictions, let rated, let examplePrediction, let exampleItem):
      guard predictions > 0 else {
        return "\(source): no predictions (empty file), so the model would be compared with no one; check the path"
      }
      var text =
        "\(source): none of its \(predictions) prediction(s) has the id of one of the \(rated) rated item(s), so the "
        + "model would be compared with no one; ids are joined exactly"
      if let examplePrediction, let exampleItem {
        text += " (a prediction has \"\(examplePrediction)\", the ratings have \"\(exampleItem)\")"
      }
      return text + ": both files need the same item ids (for an export, respondent:question as import writes them)"
    case .tooManyCategories(let source, let count, let limit):
      return "\(source): \(count) distinct labels, more than the \(limit) agreement is computed over (its tables "
        + "grow with the square of the number of labels); check that the label column holds category codes, not "
        + "free text or identifiers, or group the labels into fewer categories"
    case .tooManyCoderPairs(let source, let comparisons, let limit):
      return "\(source): its items' ratings make \(comparisons) coder-pair comparisons (an item rated by r coders "
        + "makes r(r − 1)/2), more than the \(limit) agreement keeps (every pair of coders who rated an item in "
        + "common keeps its own table): compute agreement on panels of coders (one file per panel), "
        + "or check that the coder column holds coders, not respondents or timestamps"
    }
  }

  /// True for errors in the command line rather than in the data (exit status 2 rather than 65).
  public var isUsageError: Bool {
    switch self {
    case .invalidOption, .unknownCoder: return true
    default: return false
    }
  }
}
