import Sentiment
import Testing

/// QA review 42: wording the shipped model got wrong on fresh domains (clinics, insurers, public
/// offices, gyms, games), on the shipped model. Labels, not numbers; the sentences are written for
/// these tests (the review's own are not in the repository).
extension CustomerFeedbackIdiomTests {
  /// Rule 41: a wish for what should already happen is a complaint; a wish for more is not.
  @Test func wishesForWhatShouldWorkComplain() {
    expect(
      [
        "Would be nice if the lift worked.", "It would be good if someone actually answered the phone.",
        "Would be nice if the app didn't crash every day.", "Would be great if they replied to emails.",
        "A booking page that actually books something would be nice.",
      ], are: .negative)
    expect(
      [
        "Would be nice to have more evening classes.", "It would be great if the app had a dark mode.",
        "More vegan options would be nice.",
      ], are: .neutral)
  }

  /// The yardstick of a comparison is not the writer's verdict: "not as bad as I feared" is relief.
  @Test func whatTheWriterFearedIsAYardstick() {
    expect(["Not as bad as I feared.", "The renewal was less painful than I feared."], are: .positive)
    expect(["It was as bad as we feared."], are: .negative)
  }

  /// A test result is a finding; "not gonna lie" announces candour and negates nothing after it; a
  /// fine is a penalty; a negator reaches "could tell me" whatever its wording.
  @Test func domainSensesAndNegatorWordings() {
    expect(["My test came back positive so I rebooked.", "The lateral flow test was positive."], are: .neutral)
    expect(["Not gonna lie, the new update is great."], are: .positive)
    expect(
      [
        "Got a fine even though I paid.", "Not one person could tell me where my parcel was.",
        "None of the staff could explain the charge.",
      ], are: .negative)
    expect(["Someone could tell me more at the desk tomorrow."], are: .neutral)
    // "XP" in capitals is experience points or Windows XP, not a tongue emoticon ("xP" still is).
    expect(["The installer needs Windows XP.", "Double XP weekend starts Friday."], are: .neutral)
    expect(["see you there xP"], are: .positive)
  }

  /// Asking after one's own order reports that it has not come; a question about a place does not.
  @Test func whereIsMyOrderIsAComplaint() {
    expect(["Where is my refund?", "WHERE IS MY FOOD. 2 HOURS.", "where's my parcel"], are: .negative)
    expect(["Where is the nearest branch?"], are: .neutral)
  }

  /// A one-word verdict after a complaint is ironic for "impressive" as for "brilliant" (rule 4),
  /// and food that arrived cold is the complaint it follows.
  @Test func impressiveAfterAComplaintIsIronic() {
    expect(["The engineer was three hours late. Impressive.", "Food arrived cold. Brilliant."], are: .negative)
    expect(["Fixed the boiler in twenty minutes. Impressive."], are: .positive)
  }

  /// Rule 23 zeroes thanks after a complaint, not after a doubt the writer overcame ("I was
  /// skeptical but …"): a complaint is a sum at or below `lonePraiseAfterComplaint`.
  @Test func thanksAfterAnOvercomeDoubtIsThanks() {
    expect(["I was skeptical but the course got me a job. Thank you!"], are: .positive)
    expect(["The box was damaged. Thanks for asking anyway."], are: .negative)
  }
}
