import Agreement
import Foundation
import Testing

/// Rolling labels up (`agree --code-level`): a table relabelled in place must give the report of the
/// same ratings written with the rolled-up labels from the start. The reference side of each test
/// is built independently, from rows rolled up by hand.
@Suite struct RelabelingTests {
  /// Level-1 parent of a dotted code (the test's own roll-up, independent of `TagHierarchy`).
  static func topLevel(_ code: String) -> String { String(code.split(separator: ".").first ?? "") }

  static func multiLabelTable(_ rows: [(item: String, coder: String, label: String?)], categories: [String]? = nil)
    throws -> MultiLabelTable
  {
    var builder = try MultiLabelTableBuilder(categories: categories)
    for (line, row) in rows.enumerated() {
      try builder.add(item: row.item, coder: row.coder, label: row.label, at: SourceLocation(file: "t", line: line + 1))
    }
    return try builder.build(source: "t")
  }

  static func referenceOptions() -> AgreementOptions {
    var options = AgreementOptions()
    options.reference = "gold"
    return options
  }

  /// Hand-worked example. Level-2 codes: item 1 gold {billing.refund, billing.invoice}, model
  /// {billing}; item 2 gold {delivery.speed}, model {delivery.damage}; item 3 gold {store}, model {};
  /// item 4 both {store.staff}. At level 1: gold {billing}, {delivery}, {store}, {store}; model
  /// {billing}, {delivery}, {}, {store}. Pooled over 4 items × 3 labels: 11 of 12 decisions agree;
  /// gold says yes 4 times, the model 3, so p_e = (4·3 + 8·9)/144 = 84/144 and Cohen's (1960)
  /// κ = (11/12 − 84/144)/(1 − 84/144) = (48/144)/(60/144) = 0.8. Micro precision 3/3, recall 3/4,
  /// F1 = 6/7; subset accuracy 3/4.
  @Test func handWorkedRollUpToTheTopLevel() throws {
    let rows: [(item: String, coder: String, label: String?)] = [
      ("1", "gold", "billing.refund"), ("1", "gold", "billing.invoice"), ("1", "model", "billing"),
      ("2", "gold", "delivery.speed"), ("2", "model", "delivery.damage"),
      ("3", "gold", "store"), ("3", "model", nil),
      ("4", "gold", "store.staff"), ("4", "model", "store.staff"),
    ]
    let rolled = try Self.multiLabelTable(rows).relabeled(Self.topLevel)
    #expect(rolled.categories == ["billing", "delivery", "store"])
    let report = try AgreementReport(multiLabel: rolled, options: Self.referenceOptions())
    #expect(close(report.coefficients[.cohenKappa]?.value.number, 0.8, 1e-12))
    #expect(close(report.coefficients[.percentAgreement]?.value.number, 11.0 / 12, 1e-12))
    let model = try #require(report.classification.first)
    #expect(close(model.f1.micro, 6.0 / 7, 1e-12))
    #expect(close(model.subsetAccuracy, 0.75, 1e-12))
  }

  /// The relabelled table gives the report of the rolled-up rows written directly, coefficient by
  /// coefficient, on pseudo-random multi-label data (three coders, codes two levels deep).
  @Test func aRelabelledMultiLabelTableEqualsOneReadRolledUp() throws {
    var state: UInt64 = 12_345
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let codes = ["a", "a.x", "a.y", "b", "b.x", "c.z", "c.w"]
    var rows: [(item: String, coder: String, label: String?)] = []
    var rolledRows: [(item: String, coder: String, label: String?)] = []
    for item in 0..<60 {
      for coder in ["gold", "c1", "c2"] {
        var chosen = Set<String>()
        for _ in 0..<next(3) { chosen.insert(codes[next(codes.count)]) }
        if chosen.isEmpty {
          rows.append(("\(item)", coder, nil))
          rolledRows.append(("\(item)", coder, nil))
        }
        for code in chosen.sorted() { rows.append(("\(item)", coder, code)) }
        for code in Set(chosen.map(Self.topLevel)).sorted() { rolledRows.append(("\(item)", coder, code)) }
      }
    }
    let relabeled = try Self.multiLabelTable(rows).relabeled(Self.topLevel)
    let direct = try Self.multiLabelTable(rolledRows)
    #expect(relabeled.categories == direct.categories)
    let a = try AgreementReport(multiLabel: relabeled, options: Self.referenceOptions())
    let b = try AgreementReport(multiLabel: direct, options: Self.referenceOptions())
    #expect(a.json() == b.json())
  }

  /// The same for single-label ratings, with the categories declared in an order of their own.
  @Test func aRelabelledTableEqualsOneReadRolledUp() throws {
    let labels = ["a.x", "a.y", "b", "b.x", "c.z"]
    var ratings: [(item: String, coder: String, label: String)] = []
    var rolled: [(item: String, coder: String, label: String)] = []
    for item in 0..<40 {
      for (c, coder) in ["gold", "m"].enumerated() {
        let label = labels[(item * 7 + c * (item % 3)) % labels.count]
        ratings.append(("\(item)", coder, label))
        rolled.append(("\(item)", coder, Self.topLevel(label)))
      }
    }
    let declared = ["c", "b", "a", "d"]
    let relabeled = try RatingTable(ratings: ratings).relabeled(Self.topLevel, declared: declared)
    let direct = try RatingTable(ratings: rolled, categories: declared)
    #expect(relabeled.categories == declared)
    let a = try AgreementReport(table: relabeled, options: Self.referenceOptions())
    let b = try AgreementReport(table: direct, options: Self.referenceOptions())
    #expect(a.json() == b.json())
  }

  /// A rolled-up label outside the declared categories is an error naming both forms.
  @Test func aRolledUpLabelMustBeDeclared() throws {
    let table = try RatingTable(ratings: [("1", "g", "a.x"), ("1", "m", "b.y")])
    #expect(throws: AgreementError.self) { try table.relabeled(Self.topLevel, declared: ["a"]) }
    do {
      _ = try table.relabeled(Self.topLevel, declared: ["a"])
    } catch {
      #expect(error.description.contains("\"b.y\" rolls up to \"b\""), "\(error)")
    }
  }
}
