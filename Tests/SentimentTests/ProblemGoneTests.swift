import Sentiment
import Testing

/// Rule 45 of `FeedbackRules.swift` (QA review 44): a problem that went away counts nothing, and
/// neither does a verb of going away that is negative on its own. On the test lexicons, with "pain"
/// and "noise" as problems, "disappeared" as negative on its own (a parcel that disappeared) and
/// "lovely" as praise.
struct ProblemGoneTests {
  let model: SentimentModel

  init() throws {
    model = try TestLexicons.model(
      valence: TestLexicons.valence + "\npain\t-2.1\nnoise\t-1.4\ndisappeared\t-1.2\nlovely\t2.8\n")
  }

  private func expectSum(_ text: String, _ sum: Double, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try TestLexicons.expectSum(text, sum, model, sourceLocation: sourceLocation)
  }

  @Test func aProblemThatWentAwayCountsNothing() throws {
    try expectSum("My back pain is gone", 0)
    try expectSum("The pain has finally gone after six weeks of physio", 0)
    try expectSum("The pain disappeared after two sessions", 0)
    try expectSum("The noise has stopped completely", 0)
    try expectSum("The pain went away within days.", 0)
    try expectSum("The noise cleared up, and the staff were lovely", 2.8)
  }

  @Test func aNegatedOrOtherGoingKeepsTheProblem() throws {
    try expectSum("The pain hasn't gone", -2.1)
    try expectSum("The pain never went away", -2.1)
    try expectSum("The noise has gone up", -1.4)
    try expectSum("The pain stopped me sleeping", -2.1)
    try expectSum("The pain is gone to my knee", -2.1)
  }

  /// A verb of going away keeps its own value when what went is no problem: a parcel that
  /// disappeared is the complaint.
  @Test func aThingThatDisappearedIsStillAComplaint() throws {
    try expectSum("My parcel disappeared", -1.2)
    try expectSum("My parcel disappeared and the pain has gone", -1.2)
  }
}
