import Foundation
import TestSupport
import Testing

/// QA review 41, finding 4: in JSON Lines ratings the item ids 1.0 and 1 were two items without a
/// word (pandas writes float ids), while 1 and "1" were one. A JSON number is a number: an integral
/// one is the item of its integer digits (1.0, 1e0 and 1 are the item "1"). Ids that stay apart
/// but are one number written two ways are named; so are items only one coder rated.
@Suite struct JSONItemIdTests {
  static func agree(_ text: String, _ name: String, _ extra: [String] = []) throws -> (
    status: Int32, stderr: String, json: [String: Any]
  ) {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(text, name, in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--format", "json"] + extra)
    let json = (try? JSONSerialization.jsonObject(with: result.stdout) as? [String: Any]) ?? [:]
    return (result.status, result.stderrText, json)
  }

  /// Three items, each rated by a and b, a's ids written 1, 2, 3 and b's 1.0, 2e0, 3.00: the pair
  /// agrees on 2 of 3 (x x, y y, y x), p_o = 2/3 (counted by hand).
  @Test func integralNumbersAreOneItem() throws {
    let result = try Self.agree(
      """
      {"item":1,"coder":"a","label":"x"}
      {"item":1.0,"coder":"b","label":"x"}
      {"item":2,"coder":"a","label":"y"}
      {"item":2e0,"coder":"b","label":"y"}
      {"item":3,"coder":"a","label":"y"}
      {"item":3.00,"coder":"b","label":"x"}

      """, "r.jsonl")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.json["items"] as? Int == 3)
    let pair = (result.json["coefficients"] as? [String: Any])?["percent_agreement_pair"] as? [String: Any]
    #expect(abs((pair?["value"] as? Double ?? 0) - 2.0 / 3.0) < 1e-12)
    #expect(!result.stderr.contains("rated by one coder only"), "\(result.stderr)")
  }

  /// 1.5 and 1.50 are one number, but a non-integral id may be a section number written without
  /// quotes ("1.10" is not "1.1"): they stay two items, and the warning names both spellings. The
  /// same for CSV ids "1" and "1.0".
  @Test func oneNumberWrittenTwoWaysIsNamed() throws {
    let jsonl = try Self.agree(
      """
      {"item":1.5,"coder":"a","label":"x"}
      {"item":1.50,"coder":"b","label":"x"}
      {"item":2,"coder":"a","label":"y"}
      {"item":2,"coder":"b","label":"y"}

      """, "r.jsonl")
    #expect(jsonl.status == 0, "\(jsonl.stderr)")
    #expect(jsonl.json["items"] as? Int == 3)
    #expect(jsonl.stderr.contains("\"1.5\" and \"1.50\""), "\(jsonl.stderr)")
    let csv = try Self.agree("item,coder,label\n1,a,x\n1.0,b,x\n2,a,y\n2,b,y\n", "r.csv")
    #expect(csv.stderr.contains("\"1\" and \"1.0\""), "\(csv.stderr)")
    #expect(csv.stderr.contains("the same number"), "\(csv.stderr)")
  }

  /// Items one coder rated alone enter no agreement: said, with how many and the first ids.
  @Test func itemsRatedByOneCoderOnlyAreNoted() throws {
    let result = try Self.agree("item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,y\n3,a,x\n", "r.csv")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("1 of the 3 items was rated by one coder only (\"3\")"), "\(result.stderr)")
  }

  /// Predictions join by the same reading: a prediction id 1.0 is the rated item "1".
  @Test func predictionIdsJoinIntegralNumbers() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write("item,coder,label\n1,gold,pos\n2,gold,neg\n", "r.csv", in: folder)
    let predictions = try ReviewFixSupport.write(
      "{\"id\":1.0,\"sentiment\":{\"label\":\"pos\"}}\n{\"id\":2,\"sentiment\":{\"label\":\"neg\"}}\n", "p.jsonl",
      in: folder)
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", ratings, "--predictions", predictions, "--reference", "gold", "--format", "json",
    ])
    #expect(result.status == 0, "\(result.stderrText)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let joins = (object["predictions"] as? [String: Any])?["model"] as? [String: Any]
    #expect(joins?["joined"] as? Int == 2, "\(String(describing: joins))")
  }
}
