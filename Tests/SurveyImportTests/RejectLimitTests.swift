import SurveyImport
import Testing

/// `RejectLimit`, the value of `--max-rejects`: a count or a percentage of the pieces, inclusive.
struct RejectLimitTests {
  @Test func aLimitIsACountOrAPercentage() {
    #expect(RejectLimit(parsing: "10") == .count(10))
    #expect(RejectLimit(parsing: "0") == .count(0))
    #expect(RejectLimit(parsing: "1%") == .percent(1))
    #expect(RejectLimit(parsing: "0.5%") == .percent(0.5))
    for bad in ["", "-1", "x", "10 rows", "101%", "-2%", "%", "nan%"] {
      #expect(RejectLimit(parsing: bad) == nil, "\(bad)")
    }
  }

  /// The limit is inclusive: 25 of 100 passes 25% and fails 24%; 3 rejects pass 3 and fail 2.
  @Test func theLimitIsInclusive() {
    #expect(!RejectLimit.percent(25).isExceeded(rejected: 25, of: 100))
    #expect(RejectLimit.percent(24).isExceeded(rejected: 25, of: 100))
    #expect(!RejectLimit.count(3).isExceeded(rejected: 3, of: 10))
    #expect(RejectLimit.count(2).isExceeded(rejected: 3, of: 10))
    #expect(!RejectLimit.percent(0).isExceeded(rejected: 0, of: 0))
  }
}
