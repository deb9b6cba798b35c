public import Sentiment

/// One readable line per contribution, for the report and disagreements.csv:
/// `"waited" (service pack −1.5) negated by "not" at 1 → +0.74`.
public func explanationLines(_ explanation: SentimentExplanation) -> [String] {
  // A text no term matched says so (QA review 17: 74 of the demo's 130 sentiment disagreements had
  // an empty explanation, which told the analyst nothing about what to add).
  guard !explanation.contributions.isEmpty else {
    return ["no lexicon term matched: nothing in the text carries sentiment for the lexicons (score 0)"]
  }
  return explanation.contributions.map { item in
    var line = "\"\(item.text)\" (\(item.term) \(signed(item.lexiconValence)), \(item.origin))"
    for rule in item.rules { line += " " + describe(rule) }
    line += " → \(signed(item.contribution))"
    return line
  }
}

func describe(_ rule: SentimentRule) -> String {
  switch rule {
  case .negated(let word, let distance, let factor): return "negated by \"\(word)\" at \(distance) (×\(short(factor)))"
  case .negatedByObject(let word, let factor): return "negated by its object \"\(word)\" (×\(short(factor)))"
  case .negationKept(let word, let distance, let reason):
    return "not negated by \"\(word)\" at \(distance) (\(reason))"
  case .boosted(let word, let distance, let amount):
    // The same words as the JSON explanation: a negative amount is a dampener.
    return "\(amount >= 0 ? "boosted" : "dampened") by \"\(word)\" at \(distance) (\(signed(amount)))"
  case .capitalised(let amount): return "capitalised (\(signed(amount)))"
  case .lengthened(let amount): return "lengthened (\(signed(amount)))"
  case .clauseWeight(let connective, let weight): return "clause weight ×\(short(weight)) (\"\(connective)\")"
  case .returnIntent(let reason, let value): return "\(reason): valence \(signed(value))"
  case .ironicPraise(let factor): return "ironic praise (×\(short(factor)))"
  case .scareQuotes: return "in scare quotes (×0)"
  case .neutralFrame: return "a phrase the lexicon scores 0, covering the words inside it"
  case .ellipsis: return "the term of the clause before, which this clause leaves out"
  case .failureManner: return "how a failure went, not praise (×0)"
  case .closingNot(let factor): return "reversed by a closing \"not\" (×\(short(factor)))"
  case .causalThanks: return "\"thanks to\" naming the cause of a complaint, not thanks (×0)"
  case .comparativeRequest: return "a comparative alone, what is asked for (×0)"
  case .otherProvider(let subject, let factor):
    return "said of \"\(subject)\", not of the one reviewed (×\(short(factor)))"
  case .thanksAfterQuestion: return "a sign-off's thanks after a question, for the answer asked for (×0)"
  case .demandedRemedy(let verb, let factor):
    return "a remedy demanded (\"\(verb)\"), not one got (×\(short(factor)))"
  case .politeFormula: return "a polite formula closing a filler answer (×0)"
  case .question(let opener): return "asked about in a \"\(opener) …?\" question (×0)"
  case .listingAnswer: return "the yes or no answering a listing's \"Q: …? A: …\" question (×0)"
  case .lukewarmAnswer: return "a lukewarm word in a short answer with no other opinion (×0)"
  case .politeRequest: return "courtesy around a question or request, no other opinion (×0)"
  case .balancedAnswer: return "an answer that says its praise and complaints even out (×0)"
  case .laughterAtAComplaint: return "laughter in a text with a complaint, its tone (×0)"
  case .thanksAfterComplaint: return "a polite thanks after a complaint (×0)"
  case .requestedHelp: return "help asked for in a question or request, not help given (×0)"
  case .tearsOfJoy: return "crying in a text of praise, how strongly it is felt (×0)"
  case .fixedObject(let verb): return "what \"\(verb)\" put right (×0)"
  case .accomplishedFix(let verb, let value):
    return "what \"\(verb)\" put right, a fix done: valence \(signed(value))"
  case .problemGone(let verb): return "a problem gone (\"\(verb)\", ×0)"
  case .expectedOutcome(let happened):
    return happened
      ? "an expected outcome that happened (×0)" : "an expected outcome that did not happen (the lexicon's value)"
  case .fixNotDone(let marker): return "a fix not done, after \"\(marker)\" (×0)"
  case .promiseBroken(let marker): return "what was \"\(marker)\", a promise broken (×0)"
  case .lateOutcome(let event):
    return "an expected outcome that came after \"\(event)\" (late: the lexicon's value)"
  case .visitCounted(let count):
    return "\"\(count)\" counts the writer's own visits or orders (loyalty, not a repeat: nothing)"
  case .devalued(let by):
    return "what the writer says \"\(by)\" (not valued, not praise: nothing)"
  case .averted(let by, let factor): return "what \"\(by)\" spared the writer (×\(short(factor)))"
  case .promiseAndDelivery(let word, let weight):
    return "clause weight ×\(short(weight)): the \"\(word)\" praised, how it works faulted"
  case .unmetWish(let frame): return "a wish after \"\(frame)\" for what should already happen (a complaint)"
  case .suggestion(let frame): return "asked for after \"\(frame)\" (×0)"
  case .excess(let word, let factor): return "excess after \"\(word)\" (×\(short(factor)))"
  case .punctuationEmphasis(let exclamations, let questions): return "emphasis (!×\(exclamations), ?×\(questions))"
  case .questionFrame(let frame):
    switch frame {
    case QuestionFrame.praise.rawValue: return "a bare answer to a question asking what was good"
    case QuestionFrame.approval.rawValue:
      return "a yes or no to a question of approval (recommend, come back, resolved)"
    default: return "a bare answer to a question asking what to improve"
    }
  case .vaderRules(let note): return "VADER rules (\(note))"
  }
}

func short(_ value: Double) -> String {
  let rounded = (value * 1000).rounded() / 1000
  return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + short(value) }
