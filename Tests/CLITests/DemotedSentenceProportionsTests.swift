import Foundation
import TestSupport
import Testing

/// QA review 40: a sentence demoted by a "But" that opens the next one had its terms weighted in
/// the compound and in `--explain`, but counted whole in pos/neu/neg. The proportions follow the
/// explanation (README: pos_sum = Σ (c + 1) over positive contributions c, likewise neg_sum), so
/// "The food was good. But the service was slow." has the proportions of the one-sentence "The
/// food was good, but the service was slow.", whose clause weights are the same.
@Suite struct DemotedSentenceProportionsTests {
  @Test func proportionsFollowTheWeightedContributions() throws {
    let input = Data(
      "The food was good. But the service was slow.\nThe food was good, but the service was slow.\n".utf8)
    let result = try TestSupport.runVerbatim(["score", "--explain", "-"], input: input)
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.count == 2)
    var proportions: [[Double]] = []
    for record in records {
      let sentiment = try #require(record["sentiment"] as? [String: Any])
      let pos = try #require(sentiment["pos"] as? Double)
      let neg = try #require(sentiment["neg"] as? Double)
      proportions.append([pos, try #require(sentiment["neu"] as? Double), neg])
      // pos : neg = Σ (c + 1) over positive contributions : Σ (|c| + 1) over negative ones.
      let contributions = (record["explain"] as? [[String: Any]] ?? []).compactMap { $0["contribution"] as? Double }
      let positive = contributions.filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
      let negative = contributions.filter { $0 < 0 }.reduce(0) { $0 - $1 + 1 }
      #expect(positive > 0 && negative > 0)
      #expect(abs(pos / neg - positive / negative) < 1e-9, "\(record)")
    }
    #expect(zip(proportions[0], proportions[1]).allSatisfy { abs($0 - $1) < 1e-12 }, "\(proportions)")
  }
}
