import Foundation
import TestSupport
import Testing

/// Review r8a (black-box review of agree/gate/validate/sample), end to end through the CLI.
@Suite struct AgreeReviewR8aTests {
  // Issue 1: every item agrees, so the FCE (1969) SE of Cohen's κ is exactly 0 (statsmodels 0.15
  // cohens_kappa(np.diag([3, 1, 1, 2])) even gets a tiny negative variance): the interval has zero
  // width and `gate --on ci-lower` must FAIL, as it already did for Fleiss' κ.
  @Test func perfectAgreementFailsTheCILowerGateForEveryCoefficient() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(
      "item,coder,label\n0,x,a\n0,y,a\n1,x,d\n1,y,d\n2,x,c\n2,y,c\n3,x,a\n3,y,a\n4,x,a\n4,y,a\n5,x,b\n5,y,b\n6,x,d\n6,y,d\n",
      "perfect7.csv", in: folder)
    let result = try TestSupport.runVerbatim([
      "gate", "--ratings", csv, "--categories", "a,b,c,d", "--on", "ci-lower", "--min", "cohen_kappa=0.9",
      "--min", "weighted_kappa_linear=0.9", "--min", "scott_pi=0.9", "--min", "fleiss_kappa=0.9",
    ])
    #expect(result.status == 1)
    #expect(!result.stdoutText.contains("PASS"), "\(result.stdoutText)")
    #expect(result.stdoutText.components(separatedBy: "zero width").count == 5, "\(result.stdoutText)")
  }

  // Issue 2: predictions for ids that no human rated are left out and counted (stderr and JSON); the
  // coefficients equal those of the rated predictions only (irrCAC 0.4.4 fleiss on 4 items = 0.48936).
  @Test func predictionsJoinOnlyRatedItems() throws {
    let folder = try TestSupport.temporaryDirectory()
    let human = try ReviewFixSupport.write(
      "item,coder,label\n1,gold,neg\n1,ann,neg\n2,gold,pos\n2,ann,pos\n3,gold,neu\n3,ann,neg\n4,gold,pos\n4,ann,neu\n",
      "h.csv", in: folder)
    var model = """
      {"id":1,"sentiment":{"label":"neg"}}
      {"id":2,"sentiment":{"label":"pos"}}
      {"id":3,"sentiment":{"label":"neu"}}
      {"id":4,"sentiment":{"label":"pos"}}

      """
    for id in 5...40 { model += "{\"id\":\(id),\"sentiment\":{\"label\":\"pos\"}}\n" }
    let predictions = try ReviewFixSupport.write(model, "pred_all.jsonl", in: folder)
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", human, "--predictions", predictions, "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stderrText.contains("36 of 40 prediction(s)"), "\(result.stderrText)")
    let object = try ReviewFixSupport.object(result)
    #expect(object["items"] as? Int == 4)
    let fleiss = try #require(try ReviewFixSupport.coefficient(object, "fleiss_kappa")["value"] as? Double)
    #expect(abs(fleiss - 0.48936) < 1e-5)
    let join = (object["predictions"] as? [String: Any])?["model"] as? [String: Any]
    #expect(join?["joined"] as? Int == 4)
    #expect(join?["not_in_ratings"] as? Int == 36)
  }

  // Issue 5: a failed run leaves an existing -o FILE as it was (as sample -o and gate --junit do).
  @Test func failedRunKeepsTheExistingOutputFile() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write("item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n", "ok.csv", in: folder)
    let output = folder.appendingPathComponent("result.json").path
    let first = try TestSupport.runVerbatim(["agree", "--ratings", csv, "--format", "json", "-o", output])
    #expect(first.status == 0, "\(first.stderrText)")
    let before = try Data(contentsOf: URL(fileURLWithPath: output))
    #expect(!before.isEmpty)
    let failed = try TestSupport.runVerbatim(["agree", "--ratings", csv, "--level", "bogus", "-o", output])
    #expect(failed.status == 2)
    let shard = try TestSupport.runVerbatim(["agree", "--ratings", csv, "--partial", "--multilabel", "-o", output])
    #expect(shard.status == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == before)
    #expect(!FileManager.default.fileExists(atPath: output + ".partial"))
  }

  // Issue 7: a blank item id or coder name is bad data with file:line (exit 65), as an empty label is;
  // taken as an id, blank-id rows of different coders were paired as one item.
  @Test func blankItemIdsAndCoderNamesAreRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let blankItem = try ReviewFixSupport.write(
      "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n,a,x\n,b,y\n", "blankid.csv", in: folder)
    let item = try TestSupport.runVerbatim(["agree", "--ratings", blankItem])
    #expect(item.status == 65)
    #expect(item.stderrText.contains("blankid.csv:6:1: empty item id"), "\(item.stderrText)")
    let blankCoder = try ReviewFixSupport.write(
      "item,coder,label\n1,a,x\n1,,x\n2,a,y\n2,,y\n", "blankcoder.csv", in: folder)
    let coder = try TestSupport.runVerbatim(["agree", "--ratings", blankCoder])
    #expect(coder.status == 65)
    #expect(coder.stderrText.contains("blankcoder.csv:3:3: empty coder name"), "\(coder.stderrText)")
    let jsonl = try ReviewFixSupport.write(
      "{\"item\":\"\",\"coder\":\"a\",\"label\":\"x\"}\n", "blank.jsonl", in: folder)
    let json = try TestSupport.runVerbatim(["agree", "--ratings", jsonl, "--multilabel"])
    #expect(json.status == 65)
    #expect(json.stderrText.contains("blank.jsonl:1:9: empty item id"), "\(json.stderrText)")
    // A wide layout's unnamed coder column is the header's fault, reported at line 1 (review r9).
    let wide = try ReviewFixSupport.write("item,a,\n1,x,x\n2,y,y\n", "wide.csv", in: folder)
    let header = try TestSupport.runVerbatim(["agree", "--ratings", wide])
    #expect(header.status == 65)
    #expect(
      header.stderrText.contains("wide.csv:1:8: empty coder name in the header (column 3)"), "\(header.stderrText)")
  }

  // Issue 13: with --reference, --format csv carries the classification metrics as rows named as gate
  // names them (scikit-learn accuracy_score of m against gold = 1.0; Wilson 95% interval for 2/2 with
  // z = 1.959964: [0.34238, 1.0], statsmodels proportion_confint(2, 2, method="wilson")).
  @Test func csvKeepsTheClassificationMetrics() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(
      "item,coder,label\n1,gold,a\n1,m,a\n2,gold,b\n2,m,b\n3,z,a\n4,z,b\n", "nov.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", csv, "--reference", "gold", "--format", "csv"])
    #expect(result.status == 0, "\(result.stderrText)")
    let rows = result.stdoutText.components(separatedBy: "\r\n")
    let accuracy = try #require(rows.first { $0.hasPrefix("classification.m.accuracy,") })
    let fields = accuracy.split(separator: ",", omittingEmptySubsequences: false)
    #expect(fields[1] == "1.0")
    #expect(abs((Double(fields[5]) ?? 0) - 0.34238) < 1e-5)
    // Issue 14: coder z rated no item in common with gold: no value, a reason.
    let undefined = try #require(rows.first { $0.hasPrefix("classification.z.accuracy,") })
    #expect(undefined.hasPrefix("classification.z.accuracy,,"))
    #expect(undefined.contains("no item in common"))
  }

  // Issue 12: the same shard file given twice to --merge is refused (it would count every item twice).
  @Test func theSameShardFileTwiceIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let merge = try ReviewFixSupport.partials(
      ["item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n"], extra: ["--categories", "x,y"], in: folder)
    let result = try TestSupport.runVerbatim(["agree"] + merge + merge)
    #expect(result.status == 2)
    #expect(result.stderrText.contains("same file"), "\(result.stderrText)")
  }

  /// Review r19b: shards that share an item (item 4 in both), or hold the same items split by
  /// coder, would count ratings twice and give wrong coefficients with exit 0; the item
  /// fingerprints refuse them as bad data (65), naming the shard and how many items. Disjoint
  /// shards still merge to the single run (Cohen's kappa of the joined table).
  @Test func shardsThatShareItemsAreRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let extra = ["--categories", "low,mid,high"]
    let overlapping = try ReviewFixSupport.partials(
      [
        "item,coder,label\n1,a,low\n1,b,mid\n2,a,mid\n2,b,high\n3,a,high\n3,b,high\n4,b,low\n",
        "item,coder,label\n4,a,low\n5,b,mid\n5,a,low\n6,b,high\n6,a,low\n",
      ], extra: extra, in: folder)
    let refused = try TestSupport.runVerbatim(["agree"] + overlapping + extra)
    #expect(refused.status == 65)
    #expect(refused.stderrText.contains("shard1.json: this shard shares 1 item(s)"), "\(refused.stderrText)")
    let byCoder = try ReviewFixSupport.partials(
      ["item,coder,label\n1,a,low\n2,a,mid\n", "item,coder,label\n1,b,low\n2,b,high\n"], extra: extra,
      in: try TestSupport.temporaryDirectory())
    let coderSplit = try TestSupport.runVerbatim(["agree"] + byCoder + extra)
    #expect(coderSplit.status != 0)
    #expect(coderSplit.stderrText.contains("shares 2 item(s)"), "\(coderSplit.stderrText)")
    let disjoint = try ReviewFixSupport.partials(
      [
        "item,coder,label\n1,a,low\n1,b,mid\n2,a,mid\n2,b,high\n3,a,high\n3,b,high\n",
        "item,coder,label\n4,a,low\n4,b,low\n5,b,mid\n5,a,low\n6,b,high\n6,a,low\n",
      ], extra: extra, in: try TestSupport.temporaryDirectory())
    let merged = try TestSupport.runVerbatim(["agree"] + disjoint + extra + ["--format", "json"])
    let joined = try ReviewFixSupport.write(
      "item,coder,label\n1,a,low\n1,b,mid\n2,a,mid\n2,b,high\n3,a,high\n3,b,high\n4,a,low\n4,b,low\n"
        + "5,b,mid\n5,a,low\n6,b,high\n6,a,low\n", "joined.csv", in: folder)
    let single = try TestSupport.runVerbatim(["agree", "--ratings", joined, "--format", "json"] + extra)
    let mergedKappa = try ReviewFixSupport.coefficient(try ReviewFixSupport.object(merged), "cohen_kappa")["value"]
    let singleKappa = try ReviewFixSupport.coefficient(try ReviewFixSupport.object(single), "cohen_kappa")["value"]
    #expect(mergedKappa as? Double != nil)
    #expect(mergedKappa as? Double == singleKappa as? Double)
  }
}
