import Sentiment
import Testing

/// Rule 50's leading condition (`FeedbackRules.swift`) with the trouble it wishes better ("If the
/// queue moved faster": a negative term, then a comparative of praise) and with a subject named
/// bare ("If delivery was quicker"): the praise after it is a wish, as in "If it were cheaper it
/// would be perfect", so the answer is no praise. Labels on the shipped lexicons: "great" and
/// "excellent" would make each sentence positive if read as praise.
struct ConditionSubjectTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aTroubleWishedBetterIsAWish() {
    #expect(label("If the queue moved faster it would be great") != .positive)
    #expect(label("If the wait was shorter it would be perfect") != .positive)
    #expect(label("If the queues moved quicker, it would be a brilliant shop") != .positive)
  }

  @Test func aSubjectNamedBareIsAWish() {
    #expect(label("If delivery was quicker it would be excellent") != .positive)
    #expect(label("If staff were friendlier it would be a lovely place") != .positive)
    #expect(label("If prices were lower it would be perfect") != .positive)
  }

  /// A trouble the praise deals with keeps the praise: no comparative wishes it better.
  @Test func aTroubleThePraiseDealsWithStaysPraise() {
    #expect(label("If there was a problem, the staff would sort it out brilliantly") == .positive)
    #expect(label("If delivery was ever late they would always call, excellent service") == .positive)
  }
}

/// Rule 7 of `FeedbackRules.swift` (a wish for what did not happen turns praise into a complaint)
/// does not read a wish for more of what exists as one: "another" or "one more" before the praise,
/// or "like this" after it. Labels on the shipped lexicons; the wish for what is missing stays a
/// complaint.
struct WishForMoreTests: ScoresTexts {
  let scorer: SentimentScorer

  init() throws { scorer = SentimentScorer(model: try SentimentModel.shipped()) }

  @Test func aWishForMoreOfWhatExistsKeepsItsPraise() {
    #expect(label("I wish they'd open another great store near me") == .positive)
    #expect(label("I wish they would make one more awesome season") == .positive)
    #expect(label("I wish there were more great shops like this") == .positive)
    #expect(label("Wish every bank had staff as helpful as them, and more branches like this") == .positive)
  }

  @Test func aWishForWhatIsMissingStaysAComplaint() {
    #expect(label("I wish the staff were more helpful") == .negative)
    #expect(label("I wish they had been more helpful") == .negative)
    #expect(label("I wish the app was more reliable") == .negative)
  }
}
