import Foundation
import Testing
import VerbatimCore

@testable import SurveyImport

/// Review h42, item 2: the duplicate-id check stopped growing at 150,000 respondents, so a
/// concatenated export of 200,000 passed with exit 0 and only a note (62,127 ids written twice).
/// Ids are now kept as 128-bit digests, exactly for up to `RecordIDSet.respondentLimit`
/// respondents, and reaching the bound stops the import unless the user accepts an incomplete
/// check.
@Suite struct HashedDuplicateCheckTests {
  @Test func theTableKeepsDigestsWithTheirLineAndMaskAcrossGrowth() {
    var table = HashedIDTable(limit: 5_000, withEntries: true)
    var inserted = 0
    for index in 0..<5_000 where table.insert(IDDigest("R\(index)"), line: index + 2, mask: UInt64(index)) {
      inserted += 1
    }
    #expect(inserted == 5_000)
    #expect(table.isFull)
    let pastTheLimit = table.insert(IDDigest("one more"), line: 1)
    let again = table.insert(IDDigest("R17"), line: 1)
    #expect(!pastTheLimit && !again)
    for index in stride(from: 0, to: 5_000, by: 97) {
      let entry = table.entry(IDDigest("R\(index)"))
      #expect(entry?.line == index + 2 && entry?.mask == UInt64(index))
    }
    #expect(table.entry(IDDigest("R5000")) == nil)
    // A pair's digest is not its joined text's: ("a:b", "c") and ("a", "b:c") differ.
    #expect(IDDigest("a:b", "c") != IDDigest("a", "b:c"))
    #expect(IDDigest("a", "b") == IDDigest("a", "b"))
  }

  /// A doubled export past the old bound: every answer of the second copy is rejected.
  @Test func aDoubledExportPastTheOldBoundIsCaughtWhole() throws {
    let rows = 160_000
    var text = "ResponseId,Q1_TEXT\n"
    text.reserveCapacity(rows * 2 * 20)
    for _ in 0..<2 {
      for index in 0..<rows { text += "R_\(index),text\n" }
    }
    let path = try Fixture.write("doubled.csv", text)
    let result = try Fixture.run(path: path) { $0.keepGoing = true }
    #expect(result.error == nil)
    #expect(result.records.count == rows)
    #expect(result.summary.rejected == rows)
    #expect(result.records.count + result.summary.rejected == 2 * rows)
    #expect(!result.warnings.contains { $0.contains("memory bound") })
  }

  private static let threeRespondents = "ResponseId,Q1_TEXT\nR1,a\nR2,b\nR3,c\nR1,again\n"

  @Test func reachingTheBoundStopsTheImport() throws {
    let path = try Fixture.write("bound.csv", Self.threeRespondents)
    let result = try Fixture.run(path: path) {
      $0.keepGoing = true
      $0.duplicateCheckLimit = 2
    }
    let error = try #require(result.error)
    #expect(error.exitStatus == .dataError)
    #expect(error.description.contains("bound.csv:4: the duplicate-id check reached its memory bound"), "\(error)")
    #expect(error.description.contains("--allow-unchecked-duplicates"), "\(error)")
  }

  @Test func anAcceptedIncompleteCheckIsNoted() throws {
    let path = try Fixture.write("bound.csv", Self.threeRespondents)
    let result = try Fixture.run(path: path) {
      $0.keepGoing = true
      $0.duplicateCheckLimit = 2
      $0.allowUncheckedDuplicates = true
    }
    #expect(result.error == nil)
    // R1 was kept, so its second row is still caught.
    #expect(result.summary.rejected == 1)
    #expect(result.warnings.contains { $0.contains("memory bound") && $0.contains("at line 4") }, "\(result.warnings)")
  }
}
