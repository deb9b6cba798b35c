import Foundation
import TestSupport
import Testing

/// QA review 41, finding 7: `gate --pos-label pos --min recall.binary=0.6 --on ci-lower` exited 2
/// asking for --bootstrap, although recall.binary is per_class.pos.recall, which has a Wilson
/// interval. The data are `BinaryAverageIntervalTests.ratings()`: recall 15/18 with the Wilson
/// interval (0.6078, 0.9416) of statsmodels' `proportion_confint(15, 18, method="wilson")`.
@Suite struct GateBinaryIntervalTests {
  @Test func recallBinaryIsGatedOnItsWilsonBound() throws {
    let pairs =
      Array(repeating: ("pos", "pos"), count: 15) + Array(repeating: ("pos", "neg"), count: 3)
      + Array(repeating: ("neg", "pos"), count: 2) + Array(repeating: ("neg", "neg"), count: 20)
    let rows = pairs.enumerated().map { "\($0.offset),gold,\($0.element.0)\n\($0.offset),model,\($0.element.1)\n" }
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write("item,coder,label\n" + rows.joined(), "bin.csv", in: folder)
    let common = ["gate", "--ratings", ratings, "--reference", "gold", "--pos-label", "pos", "--on", "ci-lower"]
    // --min-items 10: the positive class has 18 reference items (finding 5 floors its support).
    let passing = try TestSupport.runVerbatim(common + ["--min", "recall.binary=0.6", "--min-items", "10"])
    #expect(passing.status == 0, "\(passing.stdoutText)\(passing.stderrText)")
    #expect(passing.stdoutText.contains("PASS classification.model.recall.binary"), "\(passing.stdoutText)")
    #expect(passing.stdoutText.contains("95% CI 0.6078 to 0.9416"), "\(passing.stdoutText)")
    let failing = try TestSupport.runVerbatim(common + ["--min", "recall.binary=0.7", "--min-items", "10"])
    #expect(failing.status == 1, "\(failing.stdoutText)\(failing.stderrText)")
    // F1 has no analytic interval: still a usage error without --bootstrap.
    let f1 = try TestSupport.runVerbatim(common + ["--min", "f1.binary=0.6", "--min-items", "10"])
    #expect(f1.status == 2, "\(f1.stdoutText)\(f1.stderrText)")
  }
}
