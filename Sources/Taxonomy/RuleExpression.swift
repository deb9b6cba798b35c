/// One word of a phrase pattern: a token norm matched exactly, or as a prefix (`refund*`).
public struct PhraseWord: Sendable, Hashable {
  /// The NFKC-casefolded form, as the tokenizer writes `Token.norm`.
  public var norm: String
  /// Matches any token norm that starts with `norm`.
  public var isPrefix: Bool
  /// A hyphen written between two words with no space ("follow-up"), which joins them; a hyphen
  /// written alone ("10 - 15") is a dash.
  public var isJoiner: Bool

  public init(_ norm: String, isPrefix: Bool = false, isJoiner: Bool = false) {
    self.norm = norm
    self.isPrefix = isPrefix
    self.isJoiner = isJoiner
  }
}

/// The parsed form of a rule (see taxonomies/README.md for the grammar).
public indirect enum RuleExpression: Sendable, Hashable, CustomStringConvertible {
  /// A term or quoted phrase: consecutive tokens whose norms match the words.
  case phrase([PhraseWord])
  /// An ICU regular expression matched against the raw text; case-insensitive unless written with
  /// the `c` flag (`/[A-Z]{2}[0-9]{6}/c`).
  case regex(pattern: String, caseInsensitive: Bool)
  /// Both sides match (within the current scope).
  case and(RuleExpression, RuleExpression)
  /// Any alternative matches.
  case or([RuleExpression])
  /// The operand does not match (within the current scope).
  case not(RuleExpression)
  /// Occurrences of both operands at most `distance` words apart (words strictly between them;
  /// punctuation does not count) and in one sentence; `ordered` requires the left one first
  /// (`ONEAR/n`).
  case near(RuleExpression, RuleExpression, distance: Int, ordered: Bool)
  /// The operand must match inside one sentence.
  case sentence(RuleExpression)
  /// The operand (a span expression) must match, and its occurrences must cover every token of the
  /// answer that is not punctuation: the whole answer is what the operand names ("Very good.").
  case answer(RuleExpression)
  /// A metadata field equals (or, `negated`, differs from) one of the values. `QUESTION(e)` is
  /// kept as one: the field `questionKey`, the value `e`'s canonical text.
  case meta(key: String, values: [String], negated: Bool)

  /// The record field that a `QUESTION(e)` condition reads: written as `meta.` never can (a key
  /// holds no parenthesis). A record gives its question's text there (`RuleMetadata.question`); the
  /// tagger replaces it with the canonical texts of the codebook's `QUESTION(…)` expressions that
  /// hold in that question (`QuestionConditions`), which the condition's value is one of.
  public static let questionKey = "QUESTION()"

  /// Canonical text: parsing it gives back the same expression.
  public var description: String {
    switch self {
    case .phrase(let words):
      let body = words.map { $0.norm.replacingOccurrences(of: "\"", with: "\\\"") + ($0.isPrefix ? "*" : "") }
      return "\"" + body.joined(separator: " ") + "\""
    case .regex(let pattern, let caseInsensitive):
      return "/" + pattern.replacingOccurrences(of: "/", with: "\\/") + "/" + (caseInsensitive ? "" : "c")
    case .and(let left, let right): return "(\(left) AND \(right))"
    case .or(let alternatives): return "(" + alternatives.map(\.description).joined(separator: " OR ") + ")"
    case .not(let operand): return "NOT \(operand)"
    case .near(let left, let right, let distance, let ordered):
      return "(\(left) \(ordered ? "ONEAR" : "NEAR")/\(distance) \(right))"
    case .sentence(let operand): return "SENTENCE(\(operand))"
    case .answer(let operand): return "ANSWER(\(operand))"
    case .meta(let key, let values, let negated) where key == Self.questionKey && values.count == 1:
      return (negated ? "NOT " : "") + "QUESTION(\(values[0]))"
    case .meta(let key, let values, let negated):
      let quoted = values.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
      if values.count == 1 { return "meta.\(key) \(negated ? "!=" : "=") \(quoted[0])" }
      return (negated ? "NOT " : "") + "meta.\(key) IN (" + quoted.joined(separator: ", ") + ")"
    }
  }

  /// Whether the expression yields text spans (so it may be an operand of NEAR).
  var isSpanExpression: Bool {
    switch self {
    case .phrase, .regex: return true
    case .near: return true
    case .or(let alternatives): return alternatives.allSatisfy(\.isSpanExpression)
    default: return false
    }
  }

  /// Whether some text atom can make the expression true (a rule made only of `NOT`s and metadata
  /// conditions would tag every verbatim).
  var hasPositiveAtom: Bool {
    switch self {
    case .phrase, .regex: return true
    case .and(let left, let right): return left.hasPositiveAtom || right.hasPositiveAtom
    case .or(let alternatives): return alternatives.allSatisfy(\.hasPositiveAtom)
    case .not, .meta: return false
    case .near: return true
    case .sentence(let operand), .answer(let operand): return operand.hasPositiveAtom
    }
  }
}
