import Foundation
import TestSupport
import Testing

/// `code FILE` counts its records in one tally per worker thread, added up at the end: the
/// summary on standard error must still match the records written, whichever thread coded them.
@Suite struct CodeExportTallyTests {
  @Test func theSummaryCountsWhatTheWorkersWrote() throws {
    let texts = [
      "Great service, thank you", "Waited 40 minutes on hold and nobody called back", "The parcel came on Tuesday",
      "Terrible app, it keeps crashing", "Lovely staff", "I asked about my bill",
    ]
    // Enough lines for both threads to take chunks.
    let lines = (0..<600).map { #"{"id":\#($0),"text":"\#(texts[$0 % texts.count])"}"# }
    let path = try Fixture.write("tally.jsonl", lines.joined(separator: "\n") + "\n")
    let result = try TestSupport.runVerbatim(["code", path, "--threads", "2"])
    #expect(result.status == 0, "\(result.stderrText)")
    let records = try TestSupport.jsonLines(result.stdout)
    #expect(records.count == 600)
    var labels: [String: Int] = [:]
    var tagged = 0
    var tags = 0
    for record in records {
      let label = (record["sentiment"] as? [String: Any])?["label"] as? String ?? "?"
      labels[label, default: 0] += 1
      let recordTags = record["tags"] as? [Any] ?? []
      if !recordTags.isEmpty { tagged += 1 }
      tags += recordTags.count
    }
    let expected =
      "coded 600 verbatims: \(labels["positive", default: 0]) positive, \(labels["neutral", default: 0]) neutral, "
      + "\(labels["negative", default: 0]) negative; \(tagged) tagged (\(tags) tags)"
    #expect(result.stderrText.contains(expected), "\(result.stderrText)\nexpected: \(expected)")
  }
}

private enum Fixture {
  static func write(_ name: String, _ contents: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
  }
}
