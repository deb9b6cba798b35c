import Testing

@testable import Pipeline

/// The numbers of `validate`'s summary lines and disagreement list: three decimals always, so a
/// value and its interval read alike ("0.540 [0.474, 0.605]"; "0.54" stood beside "0.474").
@Suite struct SummaryNumberTests {
  @Test func threeDecimalsAlways() {
    #expect(ValidationAnalysis.short(0.54) == "0.540")
    #expect(ValidationAnalysis.short(0.5396) == "0.540")
    #expect(ValidationAnalysis.short(1) == "1.000")
    #expect(ValidationAnalysis.short(0) == "0.000")
    #expect(ValidationAnalysis.short(-0.0004) == "0.000")
    #expect(ValidationAnalysis.short(-0.18) == "-0.180")
    #expect(ValidationAnalysis.short(0.0005) == "0.001")
    #expect(ValidationAnalysis.short(-1.2346) == "-1.235")
    #expect(ValidationAnalysis.short(nil) == "—")
    #expect(ValidationAnalysis.short(.nan) == "—")
  }
}
