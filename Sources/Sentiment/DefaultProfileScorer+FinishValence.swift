import Tokenization

/// The end of a term's valence: a complaint about a problem that was fixed (rule 19), and praise
/// asked for or wished for (rules 9, 14, 7).
extension DefaultProfileScorer {
  /// The end of `valence(of:…)`: a complaint about a problem that was fixed (rule 19), and praise
  /// asked for or wished for (rules 9, 14, 7). `unnegated`: no negator reached the term;
  /// `negated`: whether one flipped it (returned as it is).
  func finishValence(
    _ value: Double, negated: Bool, unnegated: Bool, of position: Int, _ text: TokenizedText,
    rules: inout [SentimentRule], explain: Bool
  ) -> (value: Double, negated: Bool) {
    let unit = units[position]
    var value = value
    if value < 0, unnegated, textWordLists.contains(.fixVerbs) || textTriggers.contains(.accomplishmentWords),
      let fix = fixedObject(text, at: position)
    {
      // "fixed my broken boiler", "the leak was repaired": the problem is gone (rule 19). After a
      // frame of accomplishment ("managed to fix the leak") the fix's own praise stands in its place.
      if fix.accomplished {
        if explain { rules.append(.accomplishedFix(verb: fix.verb, value: parameters.accomplishedFixValence)) }
        return (parameters.accomplishedFixValence, negated)
      }
      if explain { rules.append(.fixedObject(verb: fix.verb)) }
      return (0, negated)
    }
    if value < 0, unnegated, textTriggers.contains(.goneVerbs), let verb = goneProblem(text, at: position) {
      // "my back pain is gone", "the pain disappeared": the problem went away (rule 45).
      if explain { rules.append(.problemGone(verb: verb)) }
      return (0, negated)
    }
    if value > 0, unnegated, textWordLists.contains(.counterfactualModals),
      let modal = modalComparative(text, at: position)
    {
      // "Staff could be friendlier": what is asked for is missing (rule 9).
      value *= parameters.negationScalar
      if explain {
        let phrase = text.norm(of: text.tokens[units[modal].start]) + " be"
        rules.append(
          .negated(
            by: phrase, distance: modifierDistance(from: units[modal].start + 1, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if value > 0, unnegated, textTriggers.contains(.make), let make = imperativeComparative(text, at: position) {
      // "Make the website easier to use": what is asked for is missing (rule 9).
      value *= parameters.negationScalar
      if explain {
        rules.append(
          .negated(
            by: "make", distance: modifierDistance(from: units[make].start + 1, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if value > 0, unnegated, text.tokens.count <= Self.comparativeRequestTokens,
      isComparativeRequest(text, at: position)
    {
      // "Better communication", "Faster delivery": what is asked for (rule 52).
      if explain { rules.append(.comparativeRequest) }
      return (0, negated)
    }
    // `rhetoricalHow` asks last for a sentence that ends with "?" (`sentenceEndsWithQuestion`),
    // which a text without one (`mayHoldEmphasis`: most texts) has not: the call is skipped.
    if value > 0, unnegated, Self.mayHoldEmphasis(text, marks: textMarks),
      let how = rhetoricalHow(text, before: position)
    {
      // "How is this acceptable?": the question denies what it names (rule 14).
      value *= parameters.negationScalar
      if explain {
        let words = (units[how].start..<(units[how].start + 3)).map { text.norm(of: text.tokens[$0]) }
        rules.append(
          .negated(
            by: words.joined(separator: " ") + " …?",
            distance: modifierDistance(from: units[how].start + 1, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    if value > 0, textWordLists.contains(.wish), let wish = wishedCounterfactual(text, at: position) {
      // "I wish the staff were more helpful", "wish it wasn't so expensive": what is wished for
      // did not happen (rule 7).
      value *= parameters.negationScalar
      if explain {
        rules.append(
          .negated(
            by: text.norm(of: text.tokens[units[wish].start]),
            distance: modifierDistance(from: units[wish].start + units[wish].length, to: unit.start),
            factor: parameters.negationScalar))
      }
    }
    return (value, negated)
  }
}
