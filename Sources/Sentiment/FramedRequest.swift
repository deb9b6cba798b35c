public import Tokenization

/// A request that opens an answer to a question about faults or improvements: "Be more friendly",
/// "Better integrations with Slack and Teams", "Clearer instructions on the website please",
/// "Provide better training", "A manager who actually listens". Its praise words name what is
/// wished for, which the respondent did not get; so, read with its question, the answer counts as
/// a fault named (`SentimentScorer.score(_:explain:question:)`, valence
/// −`SentimentParameters.mentionValence`), as a request without a praise word ("More staff") does
/// (`FramedMention`). The text alone scores the praise words.
///
/// Review h56d's coders (fifty-sixth session) coded a suggestion or feature request to an
/// improvement question negative ("a named problem area or a suggestion implies a shortcoming");
/// the answers with a praise word in them ("Better integrations with Slack and Teams", "Better
/// coffee machine lol", "A manager who actually listens", "Empty the bins on time") were the ones
/// the question reading still scored positive.
///
/// The request is the answer's first clause (up to ",", ";", ":", ".", "!" or a dash), of two to
/// `maximumWords` words after an opening filler ("please", "maybe", "just" …), that
/// - opens with a comparative: "more", "less", "fewer", or a word in "-er" that the lexicon scores
///   positive and is no plain praise word (`plainErWords`: "Super staff", "Proper job"), with no
///   "of" after "more" ("More of the same" asks for what there was);
/// - or opens with a verb of a request in the imperative (`imperatives`: "be", "make", "provide",
///   "hire", "fix" …; not "keep", "carry on" or "continue", which ask for what there was: "Keep up
///   the good work");
/// - or wishes for someone or something: "a", "an", "someone" or "somebody", then "who" or "that"
///   within three words ("Someone who knows the system");
/// - or opens, after "a" or "an" or not, with a quality wanted of what there is not
///   (`wantedQualities`: "Free wifi", "A proper export to Excel", "Decent coffee").
///
/// It has no negator ("Never change") and, before any "who" or "that", no word that makes a
/// statement of it (`statementWords`: "Better than last year", "More staff now", "Have always
/// been happy"). The whole answer has no "?" (a question is no request). The scorer further requires
/// that every praise word of the answer lie in the request (after it, praise is an opinion:
/// "Better parking, but the nurses were lovely") and that the answer alone is not negative (its own
/// complaint keeps its score: "Fix the broken lift").
public enum FramedRequest {
  /// The most words of a request.
  public static let maximumWords = 12

  /// The tokens of the request that opens `text`, from its first word to its clause's last; nil
  /// when the answer opens with none. `positiveWords` are the words, spelled as `BareAnswer.word`
  /// gives them, that the lexicon scores positive in the answer (for a comparative in "-er"); nil
  /// takes every word in "-er" as one.
  public static func tokens(of text: TokenizedText, positiveWords: Set<String>?) -> Range<Int>? {
    var words: [String] = []
    var first = -1
    var last = -1
    var clauseClosed = false
    for (index, token) in text.tokens.enumerated() {
      switch token.kind {
      case .word, .number:
        guard !clauseClosed else { continue }
        if token.kind == .word {
          let word = BareAnswer.word(text, token)
          if words.isEmpty, first < 0, openingFillers.contains(word) { continue }
          guard words.count < maximumWords else { return nil }
          words.append(word)
        }
        if first < 0 { first = index }
        last = index
      case .punct:
        let mark = text.norm(of: token)
        if mark.contains("?") { return nil }
        if first >= 0, clauseMarks.contains(where: { mark.hasPrefix($0) }) { clauseClosed = true }
      case .emoji, .emoticon:
        // A laugh or a wink in the request is part of it: "More money 😂".
        if first >= 0, !clauseClosed { last = index }
      case .url, .email, .placeholder:
        if !clauseClosed { return nil }
      default:
        continue
      }
    }
    guard words.count >= 2, isRequest(words, positiveWords: positiveWords) else { return nil }
    return first..<(last + 1)
  }

  /// Whether the words of a clause (opening fillers removed) make a request.
  static func isRequest(_ words: [String], positiveWords: Set<String>?) -> Bool {
    guard !words.contains(where: FramedMention.isNegation) else { return false }
    // "A proper export to Excel", "Decent coffee": a quality wanted of what there is not.
    if wantedQualities.contains(words[0]) || (wishedOnes.contains(words[0]) && wantedQualities.contains(words[1])) {
      return !words.contains(where: statementWords.contains)
    }
    let head = words[0]
    let relative = words.prefix(4).dropFirst().firstIndex { $0 == "who" || $0 == "that" }
    let beforeRelative = words[..<(relative ?? words.count)]
    if wishedOnes.contains(head), relative != nil {
      return !beforeRelative.contains(where: statementWords.contains)
    }
    guard !beforeRelative.contains(where: statementWords.contains) else { return false }
    if head == "more" { return words[1] != "of" }
    if head == "less" || head == "fewer" { return true }
    if head.count >= 5, head.hasSuffix("er"), positiveWords?.contains(head) ?? true, !plainErWords.contains(head) {
      return true
    }
    return imperatives.contains(head)
  }

  /// Punctuation that closes the request's clause (a mark's norm opens with one of them).
  private static let clauseMarks = [",", ";", ":", ".", "!", "-", "–", "—", "(", ")"]

  /// Words before a request that leave it one: "Please be more patient", "Maybe clearer bills".
  private static let openingFillers: Set<String> = [
    "please", "pls", "plz", "maybe", "perhaps", "just", "probably", "possibly", "ideally", "definitely", "honestly",
    "also", "and", "really", "simply",
  ]

  /// Who or what a wish opens with: "A manager who actually listens".
  private static let wishedOnes: Set<String> = ["a", "an", "someone", "somebody"]

  /// Qualities that open a request for what there is not: "Free wifi", "A proper car park",
  /// "Decent coffee", "Affordable parking", "Working lifts".
  private static let wantedQualities: Set<String> = ["proper", "decent", "free", "affordable", "working"]

  /// Verbs that open a request in the imperative. Words that open a noun phrase as often as a
  /// request ("open", "clean", "call", "check", "support", "speed", "train", "return", "change",
  /// "hold", "stock", "use": "Clean rooms", "Call handlers very helpful") are left out, and so are
  /// "keep", "carry" and "continue" (they ask for what there was).
  static let imperatives: Set<String> = [
    "be", "make", "get", "give", "provide", "offer", "add", "have", "hire", "employ", "recruit", "improve",
    "increase", "reduce", "lower", "raise", "cut", "fix", "repair", "empty", "update", "upgrade", "extend", "expand",
    "allow", "let", "bring", "put", "send", "show", "tell", "explain", "inform", "answer", "reply", "respond",
    "listen", "communicate", "ensure", "sort", "stop", "start", "introduce", "reintroduce", "install", "include",
    "consider", "simplify", "streamline", "pay", "treat", "invest", "focus", "follow", "deliver", "try", "remove",
    "publish", "shorten", "tidy", "value", "respect", "acknowledge", "apologise", "apologize",
  ]

  /// Words that make a statement of a clause opened by a comparative or a verb: a comparison, a
  /// time, a verb of being ("Better than expected", "Faster now", "Have always been happy").
  private static let statementWords: Set<String> = [
    "than", "now", "already", "ever", "still", "today", "yet", "overall", "is", "are", "was", "were", "been", "am",
    "always", "lately", "recently", "since", "before", "usual", "'s", "it's", "that's", "there's",
  ]

  /// Praise words in "-er" that are no comparatives ("Super staff", "Proper job", "Clever design").
  private static let plainErWords: Set<String> = [
    "super", "proper", "clever", "tender", "eager", "winner", "keeper", "lifesaver", "timesaver", "saver",
    "pleaser", "cheer", "laughter", "banter", "sober", "premier", "stellar", "master", "together", "prosper",
    "empower", "wonder", "lover",
  ]
}
