/// What an open survey question asks for, as far as it decides the sign of a bare answer: praise
/// ("What was good?", "What did you like most?"), faults or improvements ("How could we
/// improve?", "What did you like least?", "Did anything go wrong?"), or neither ("Why did you give
/// this score?", "Any other comments?", and a question that asks for both: "What were you satisfied
/// and dissatisfied with?").
///
/// A coder reads "Nothing." to "How could we improve?" as satisfaction and to "What was good?" as
/// a complaint; the answer alone says neither (`BareAnswer`). In the NHS Friends and Family Test
/// comments of the fifty-fifth session's field test, 49 of the 63 answers to "How could we
/// improve?" and "What could we do better?" that no term scored were coded positive by the
/// trust's coders, nearly all of them "Nothing."; the text alone scores them neutral.
///
/// The question is read word by word (lowercased, "’" as "'", split at everything but letters,
/// digits and apostrophes) for markers of each side:
/// - praise: like, liked, love, loved, enjoy, enjoyed, best, good, well, great, favourite,
///   favorite, value, valued, valuable, useful, appreciate, appreciated, impressed, positive,
///   positives, positively, pleased, happy, helpful, satisfied, highlight(s), exceed(ed/s), pros,
///   strength(s), thank ("Is there a member of staff you'd like to thank?"), "keep doing", "get
///   right", "doing right";
/// - faults: improve, improved, improvement(s), improving, better, least, dislike(d/s), bad, worse,
///   worst, poor, wrong, change(s) (not after "the", "recent", "these", "our" …: "the recent changes"
///   are made, not asked for), differently, problem(s), issue(s), complaint(s), complain, fix,
///   missing, lacking, suggestion(s), suggest, negative(s), cons, downside(s), weakness(es),
///   disappointed/disappointing, frustrated/frustrating, annoyed/annoying, dissatisfied, unhappy,
///   difficult, the comparatives easier, simpler, clearer, faster, quicker, smoother and cheaper
///   ("What would make your bill easier to understand?"), what stood in the way (stopped,
///   prevented, hindered, obstacle(s), barrier(s), hard(er/est), challenge(s), challenging,
///   struggle(d), confusing, unclear, concern(s), "put you off"), "fall short", "let you down",
///   "stop doing",
///   "start doing", and "more" before a quality wanted ("more likely to recommend", "more
///   enjoyable", "more useful");
/// - a praise marker right after "how" asks for a degree, not for what was good, and is none ("How
///   satisfied were you with your visit?", "How well did we do?", "How helpful was the agent?");
/// - a praise marker right after a negation ("didn't like", "not happy", "never enjoyed") or
///   anywhere in a question with "least" ("What did you like least?") counts for faults;
/// - "like" and "love" after "would", "'d" or "feel", or before "to" ("Anything else you'd like
///   to add?", "Would you like to be contacted?"), and "best" before "serve" or after "how can we",
///   are no markers.
///
/// A question with markers of one side only has that frame; with both, or neither, it is `open`.
/// "most" with "least" ("What did you like most and least?") is `open` too.
///
/// A yes/no question whose "yes" approves of the company is `approval`, whatever other markers it
/// holds:
/// - whether the customer would recommend it: the question opens with "would", "will", "do", "did",
///   "could" or "can", "you" follows, and "recommend" or "recommended" comes next, perhaps after
///   "still", "ever", "really" … ("Would you recommend us?", "Would you still recommend us to a
///   friend or colleague? Why or why not?", "Would you recommend us after how we handled your
///   problem?");
/// - whether they would come back: "would" or "will", "you", then a verb of custom (use, shop, buy,
///   book, order, fly, stay, travel, come, choose, visit, bank, return, renew) with "again" or
///   "back" in the question, or "return" or "renew" alone ("Would you use us again?", "Will you
///   come back?", "Would you renew with us?");
/// - whether their issue was resolved or their question answered: the question opens with "did",
///   "was", "were", "has", "have", "is" or "are", then "we", "you", "your", "it", "this" or "the",
///   and holds resolve(d), solve(d), fix(ed), sort(ed), answer(ed) or address(ed) ("Did we resolve
///   your issue? Tell us more", "Was your query answered?", "Has your problem been fixed?");
///   "Did anything go wrong?" and "Was there anything we could have fixed?" ask for faults.
/// Not a question of how likely ("How likely are you to recommend us?"), nor one of what would
/// make it more likely ("What would make you more likely to recommend us?" asks for faults), nor
/// one negated at its start ("Would you not recommend us?", "Didn't we fix it?"), whose "No" is
/// ambiguous.
public enum QuestionFrame: String, Sendable, Equatable, CaseIterable {
  /// Asks what was good: a bare "everything" praises, a bare "nothing" complains.
  case praise
  /// Asks what was wrong or could be better: a bare "nothing" is satisfaction, "everything" a
  /// complaint.
  case improvement
  /// Asks for neither side, or for both: a bare answer keeps its own score.
  case open
  /// Asks, yes or no, whether the customer approves — would recommend the company, would come
  /// back, had their issue resolved: a bare "yes" or a satisfied answer ("Already have") approves,
  /// a bare "no" ("No.", "Not really") does not; a mention or a request says nothing of it and
  /// keeps its own score.
  case approval

  /// The frame of a question's wording.
  public init(question: String) {
    self.init(words: Self.words(question))
  }

  /// The frame of a question's words (`words(_:)`).
  init(words: [String]) {
    if Self.asksForApproval(words) {
      self = .approval
      return
    }
    var praise = false
    var faults = false
    let hasLeast = words.contains("least")
    if hasLeast && words.contains("most") {
      self = .open
      return
    }
    for (index, word) in words.enumerated() {
      let previous = index > 0 ? words[index - 1] : ""
      let next = index + 1 < words.count ? words[index + 1] : ""
      if Self.faultWords.contains(word) || word.hasPrefix("disappoint") || word.hasPrefix("frustrat")
        || word.hasPrefix("annoy") || word.hasPrefix("dissatisf")
      {
        faults = true
      } else if word == "let" && next == "you" && index + 2 < words.count && words[index + 2] == "down" {
        faults = true
      } else if (word == "stop" || word == "start") && next == "doing" {
        faults = true
      } else if word == "short" && ["fall", "fell", "falls", "falling"].contains(previous) {
        // "Where did we fall short?"
        faults = true
      } else if word == "right" && ["got", "get", "did", "do", "getting", "doing", "done", "gotten"].contains(previous)
      {
        // "What did we get right?", "What are we doing right?"
        praise = true
      } else if (word == "change" || word == "changes") && !Self.namingArticles.contains(previous) {
        // "What would you change?", "What changes would you make?"; not "the recent changes".
        faults = true
      } else if word == "off" && previous == "you" && index > 1 && words[index - 2] == "put" {
        // "What nearly put you off?"
        faults = true
      } else if word == "more" && Self.wantedQualities.contains(next) {
        // "What would make you more likely to recommend us?", "… to make your visit more enjoyable?"
        faults = true
      } else if previous == "how" && Self.praiseWords.contains(word) {
        // "How satisfied were you with your visit?", "How well did we do?": a degree asked for,
        // not what was good.
        continue
      } else if Self.isPraiseMarker(word, previous: previous, next: next, before: words[..<index]) {
        if hasLeast || Self.isNegation(previous)
          || (index > 1 && Self.isNegation(words[index - 2]) && previous == "you")
        {
          faults = true
        } else {
          praise = true
        }
      }
    }
    self = praise == faults ? .open : (praise ? .praise : .improvement)
  }

  private static func isPraiseMarker(_ word: String, previous: String, next: String, before: ArraySlice<String>)
    -> Bool
  {
    switch word {
    case "like", "love":
      // "Would you like to …", "anything else you'd like to add", "it feels like": a request idiom.
      return
        !(previous == "would" || previous.hasSuffix("'d") || previous == "feel" || next == "to"
        || (previous == "you" && before.dropLast().last == "would"))
    case "best":
      // "How can we best serve you?" asks how to improve, not what was best.
      return next != "serve" && !(before.suffix(3) == ["how", "can", "we"])
    case "keep":
      return next == "doing"
    default:
      return praiseWords.contains(word)
    }
  }

  /// Whether `words` are a yes/no question whose "yes" approves of the company (`approval`).
  private static func asksForApproval(_ words: [String]) -> Bool {
    // "Would you not …?", "Didn't we …?": a "No" is ambiguous ("Why or why not?" later is no negation).
    guard words.count >= 3, !words.prefix(3).contains(where: isNegation) else { return false }
    let opener = words[0]
    if ["would", "will", "do", "did", "could", "can"].contains(opener), words[1] == "you" {
      var index = 2
      while index < words.count - 1, approvalFillers.contains(words[index]) { index += 1 }
      let verb = words[index]
      if verb == "recommend" || verb == "recommended" { return true }
      if (opener == "would" || opener == "will") && customVerbs.contains(verb) {
        return verb == "return" || verb == "renew" || words.contains("again") || words.contains("back")
      }
      return false
    }
    guard ["did", "was", "were", "has", "have", "is", "are"].contains(opener),
      ["we", "you", "your", "it", "this", "the"].contains(words[1])
    else { return false }
    return words.contains { resolutionWords.contains($0) }
  }

  /// Words between "you" and the verb in a yes/no question ("Would you still recommend us?").
  private static let approvalFillers: Set<String> = [
    "ever", "still", "now", "then", "also", "honestly", "really", "personally", "definitely", "happily",
  ]

  /// Verbs of custom in "Would you … again?", "Will you come back?".
  private static let customVerbs: Set<String> = [
    "use", "shop", "buy", "book", "order", "fly", "stay", "travel", "come", "choose", "visit", "bank", "return",
    "renew",
  ]

  /// Words of a resolution in "Did we resolve your issue?", "Was your query answered?".
  private static let resolutionWords: Set<String> = [
    "resolve", "resolved", "solve", "solved", "fix", "fixed", "sort", "sorted", "answer", "answered", "address",
    "addressed",
  ]

  private static func isNegation(_ word: String) -> Bool {
    word == "not" || word == "never" || word == "no" || word.hasSuffix("n't")
  }

  private static let praiseWords: Set<String> = [
    "liked", "loved", "enjoy", "enjoyed", "good", "well", "great", "favourite", "favorite", "value", "valued",
    "valuable", "useful", "appreciate", "appreciated", "impressed", "positive", "positives", "pleased", "happy",
    "helpful", "satisfied", "highlight", "highlights", "exceed", "exceeded", "exceeds", "pros", "strength",
    "strengths", "positively", "thank",
  ]

  /// Qualities that "more" before them asks for: what would make the experience better.
  private static let wantedQualities: Set<String> = [
    "likely", "enjoyable", "useful", "helpful", "satisfied", "pleasant", "comfortable", "convenient", "easy",
    "valuable", "positive", "efficient", "accessible", "welcoming",
  ]

  private static let faultWords: Set<String> = [
    "improve", "improved", "improvement", "improvements", "improving", "better", "least", "dislike", "disliked",
    "dislikes", "bad", "worse", "worst", "poor", "wrong", "differently", "problem", "problems", "issue", "issues",
    "complaint", "complaints", "complain", "fix", "missing", "lacking", "suggestion", "suggestions", "suggest",
    "negative", "negatives", "unhappy", "difficult", "cons", "downside", "downsides", "weakness", "weaknesses",
    // A comparative asks what would make it so: "What would make your bill easier to understand?"
    "easier", "simpler", "clearer", "faster", "quicker", "smoother", "cheaper",
    // What stood in the way: "What almost stopped you completing your order?"
    "stopped", "prevented", "hindered", "obstacle", "obstacles", "barrier", "barriers", "hard", "harder", "hardest",
    "challenge", "challenges", "challenging", "struggle", "struggled", "confusing", "unclear", "concern", "concerns",
  ]

  /// Words before "change(s)" that make it a change made, not one asked for ("the recent changes").
  private static let namingArticles: Set<String> = [
    "the", "recent", "these", "those", "this", "that", "new", "latest", "our", "your",
  ]

  /// The question's words, lowercased, with "’" read as "'".
  static func words(_ question: String) -> [String] {
    let folded = question.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    return folded.split { !($0.isLetter || $0.isNumber || $0 == "'") }.map { word in
      var word = word
      while word.first == "'" { word = word.dropFirst() }
      while word.last == "'" { word = word.dropLast() }
      return String(word)
    }.filter { !$0.isEmpty }
  }
}
