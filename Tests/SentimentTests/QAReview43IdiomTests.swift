import Sentiment
import Testing

/// QA review 43: wording the shipped model got wrong on fresh domains (car servicing, vets, games,
/// lockers, payroll software), on the shipped model. Labels, not numbers; the sentences are written
/// for these tests (the review's own are not in the repository).
extension CustomerFeedbackIdiomTests {
  /// Rule 42: a wait stated with its duration is a complaint that outweighs mild praise before "but".
  @Test func statedWaitsAreComplaints() {
    expect(
      [
        "The nurse was lovely but the wait was 50 minutes past our appointment time.",
        "Friendly vet, but we waited 45 minutes.", "Queued for over an hour at the box office.",
        "Had to wait 3 hours for the engineer.",
      ], are: .negative)
    expect(["Only waited 10 minutes, very efficient."], are: .positive)
  }

  /// Rule 2: "never looked better" and "doesn't get any better" are superlatives; a plain past
  /// negation of a comparative reports that nothing improved.
  @Test func negatedComparatives() {
    expect(
      [
        "His coat has never looked better.", "The van has never run better since the service.",
        "It doesn't get any better than this.", "The app has never worked better.",
      ], are: .positive)
    expect(["My skin didn't get better after the course.", "The signal isn't getting better."], are: .negative)
    // "-er" after a determiner and before a preposition is a noun, negated as any term.
    expect(["Never seen a cleaner in there. Ever."], are: .negative)
  }

  /// "so" before a subject joins clauses: "so we're cancelling" is no stronger than "we're cancelling".
  @Test func conjunctionSoIsNoIntensifier() {
    #expect(
      score("The price went up, so we are cancelling.").compound
        == score("The price went up, we are cancelling.").compound)
    #expect(score("It broke, so I called them.").compound == score("It broke, I called them.").compound)
    // Before an adjective it still intensifies.
    #expect(score("The app is so slow.").compound < score("The app is slow.").compound)
  }

  /// Slang praise, sarcastic thanks, a "why?" that closes a complaint, and switching to the service.
  @Test func slangSarcasmAndSwitching() {
    expect(
      ["Got a killer deal on the tickets.", "Never missed a delivery since switching to lockers."], are: .positive)
    expect(
      [
        "Thanks for absolutely nothing.", "The sofa arrived with a tear in it. Thanks a lot.",
        "Payouts take 5 days, why?",
      ], are: .negative)
  }
}
