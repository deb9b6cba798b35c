import Sentiment
import Testing
import Tokenization

@testable import Taxonomy

/// QA review 14: per-tag sentiment of a long answer with evidence in every sentence was quadratic
/// (a 5 MB answer ran for over 14 minutes). The fast paths that replaced the per-clause and
/// per-sentence scans must give what the scans gave: checked here against the plain definitions.
struct AspectScalingTests {
  /// `EvidenceSpans.overlap` against the linear definition (some span with start < end and
  /// start' < end'), on nested, touching and disjoint spans and every small query range.
  @Test func evidenceSpansOverlapAsALinearSearchWould() {
    let spans = [
      Evidence(start: 10, end: 20, rule: "a#1"), Evidence(start: 12, end: 14, rule: "a#2"),
      Evidence(start: 30, end: 31, rule: "a#1"), Evidence(start: 0, end: 3, rule: "a#1"),
      Evidence(start: 25, end: 40, rule: "a#3"),
    ]
    let fast = EvidenceSpans(spans)
    for start in 0..<45 {
      for end in (start + 1)...46 {
        let linear = spans.contains { $0.start < end && start < $0.end }
        #expect(fast.overlap(start..<end) == linear, "\(start)..<\(end)")
      }
    }
    #expect(!EvidenceSpans([]).overlap(0..<10))
  }

  /// The scorer's splits of every sentence at once equal its splits sentence by sentence,
  /// including a connective at a sentence's first token (not a split) and a two-word one.
  @Test func contrastSplitsOfAllSentencesEqualThoseOfEach() throws {
    let scorer = SentimentScorer(model: try SentimentModel.shipped())
    let text = try Tokenizer().tokenize(
      "Good food but slow service. But the staff were kind, even though it was busy. Fine although late!")
    let each = text.sentences.map { scorer.contrastSplits(in: text, tokens: $0.tokenRange) }
    #expect(scorer.contrastSplitsBySentence(in: text) == each)
    #expect(each.map(\.count) == [1, 1, 1])
  }
}
