import Foundation
import TestSupport
import Testing

/// The text table of a multi-label comparison names its accuracy as subset accuracy and gives
/// micro F1, the usual headline (QA review 38: the table said "accuracy" and had no micro F1, which
/// only the JSON held). Hand-worked: the reference tags {a, b}, {a}, {c}; the model {a}, {a}, {c, b}.
/// Subset accuracy 1/3 (only item 2's set matches exactly); micro: tp 3 (a, a, c), fp 1 (b on item 3), fn 1 (b on item 1) → P = R = F1 = 3/4.
@Suite struct AgreeMultiLabelTableTests {
  @Test func subsetAccuracyAndMicroF1AreNamed() throws {
    let csv = try TestSupport.temporaryDirectory().appendingPathComponent("tags.csv")
    try Data(
      "item,coder,label\n1,gold,a\n1,gold,b\n1,model,a\n2,gold,a\n2,model,a\n3,gold,c\n3,model,c\n3,model,b\n".utf8
    ).write(to: csv)
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", csv.path, "--multilabel", "--reference", "gold", "--format", "table",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stdoutText.contains("subset accuracy 0.3333, micro F1 0.7500"), "\(result.stdoutText)")
  }
}
