import Tokenization

/// The default profile's rule 25 (see `FeedbackRules.swift` for the list): the event an expected
/// outcome came after ("arrived after the wedding").
extension DefaultProfileScorer {
  /// The event that an expected outcome came after (rule 25): "arrived AFTER THE WEDDING", "turned
  /// up the day after the party", "came a week after my appointment" — the outcome's unit is followed
  /// by at most three words of a span ("the day", "a week", "two days"), "after", a determiner
  /// ("the", "my", "our" …) and, within two more words, a noun of `eventNouns` ("the appointment
  /// date", "my flight"). Nil when none: "arrived after two days", "arrived the day after I
  /// ordered", "arrived after the order was placed" keep rule 25's reading (review h55b).
  func lateEvent(_ text: TokenizedText, after unit: Unit) -> String? {
    // Arrivals only: a call or a payment after an event is often the follow-up it should be
    // ("called after my appointment to check on me").
    guard Self.isWord(text, unit.start, in: Self.arrivalOutcomes) else { return nil }
    let tokens = text.tokens
    var index = unit.start + unit.length
    var span = 0
    while index < tokens.count, span < 3, !Self.norm(of: text, index, is: "after"),
      Self.isWord(text, index, in: Self.lateSpans) || tokens[index].kind == .number
    {
      index += 1
      span += 1
    }
    guard index + 2 < tokens.count, Self.norm(of: text, index, is: "after"),
      Self.isWord(text, index + 1, in: Self.eventDeterminers)
    else { return nil }
    var noun = index + 2
    while noun < tokens.count, noun - index <= 3, tokens[noun].kind == .word {
      if Self.isWord(text, noun, in: Self.eventNouns) {
        return (index + 1...noun).map { text.norm(of: tokens[$0]) }.joined(separator: " ")
      }
      noun += 1
    }
    return nil
  }

  /// The first words of the expected outcomes that can come late: arrivals and deliveries.
  private static let arrivalOutcomes: ShortWords = [
    "arrived", "arrive", "arrives", "arriving", "came", "come", "comes", "turned", "showed", "delivered", "received",
    "dispatched", "shipped",
  ]
  /// Words of a span between an outcome and "after": "the day after", "a week after", "two days".
  private static let lateSpans: ShortWords = [
    "a", "an", "the", "one", "two", "three", "few", "couple", "of", "day", "days", "week", "weeks", "morning",
    "evening", "night", "afternoon", "month", "months", "hours", "hour", "full", "whole", "well", "long", "just",
  ]
  /// Determiners of the event an outcome came after.
  private static let eventDeterminers: ShortWords = ["the", "my", "our", "his", "her", "their", "your"]
  /// Events that an outcome was needed for: coming after them, it came too late.
  private static let eventNouns: ShortWords = [
    "appointment", "party", "wedding", "birthday", "deadline", "date", "event", "funeral", "trip", "flight",
    "meeting", "exam", "interview", "concert", "match", "ceremony", "celebration", "christening", "surgery",
    "operation", "holiday", "departure", "launch", "performance", "gig", "festival", "occasion",
  ]
}
