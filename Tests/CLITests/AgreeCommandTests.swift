import Foundation
import TestSupport
import Testing

@Suite struct AgreeCommandTests {
  func write(_ text: String, name: String = "r.csv") throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  func json(_ result: TestSupport.ProcessResult) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
  }

  // Krippendorff (2011) 4-coder example via the CLI: α interval 0.849 selected by --level.
  /// QA review 31: "1 " and "1" are two items (ids are compared exactly), each missing a rating;
  /// labels that differ so were warned about, ids were not.
  @Test func itemIDsThatDifferOnlyInSpacesAreWarnedAbout() throws {
    let path = try write("item,coder,label\n1 ,a,pos\n1,b,pos\n2,a,neg\n2,b,neg\n")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(result.stderrText.contains(#"1 item id(s) differ from another only in spaces around them ("1 " and "1")"#))
  }

  /// QA review 31: --labels and --pos-label without --reference were accepted and ignored.
  @Test func labelOptionsWithoutAReferenceAreAUsageError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let path = folder.appendingPathComponent("r.csv").path
    try "item,coder,label\n1,a,pos\n1,b,neg\n".write(toFile: path, atomically: true, encoding: .utf8)
    for extra in [["--labels", "pos"], ["--pos-label", "pos"], ["--label", "pos"]] {
      let result = try TestSupport.runVerbatim(["agree", "--ratings", path] + extra)
      #expect(result.status == 2, "\(extra): \(result.stderrText)")
      #expect(result.stderrText.contains("give --reference CODER too"), "\(result.stderrText)")
    }
  }

  @Test func agreeJSONOnKrippendorffExample() throws {
    let rows = [
      "1,A,1", "1,B,1", "1,D,1", "2,A,2", "2,B,2", "2,C,3", "2,D,2", "3,A,3", "3,B,3", "3,C,3", "3,D,3", "4,A,3",
      "4,B,3", "4,C,3", "4,D,3", "5,A,2", "5,B,2", "5,C,2", "5,D,2", "6,A,1", "6,B,2", "6,C,3", "6,D,4", "7,A,4",
      "7,B,4", "7,C,4", "7,D,4", "8,A,1", "8,B,1", "8,C,2", "8,D,1", "9,A,2", "9,B,2", "9,C,2", "9,D,2", "10,B,5",
      "10,C,5", "10,D,5", "11,C,1", "11,D,1", "12,C,3",
    ]
    let path = try write("item,coder,label\n" + rows.joined(separator: "\n") + "\n")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", path, "--format", "json", "--level", "interval"])
    #expect(result.status == 0, "\(result.stderrText)")
    let object = try json(result)
    #expect(object["items"] as? Int == 12)
    #expect(object["level"] as? String == "interval")
    let coefficients = try #require(object["coefficients"] as? [String: Any])
    let alpha = try #require(coefficients["krippendorff_alpha"] as? [String: Any])
    #expect(abs((alpha["value"] as? Double ?? 0) - 0.849) < 5e-4)
    #expect(coefficients["cohen_kappa"] == nil)  // four coders, no --pair
    let again = try TestSupport.runVerbatim(["agree", "--ratings", path, "--format", "json", "--level", "interval"])
    #expect(again.stdout == result.stdout)  // deterministic, byte for byte
  }

  @Test func undefinedIsNullWithReason() throws {
    let path = try write("item,coder,label\n1,a,x\n1,b,x\n2,a,x\n2,b,x\n")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", path, "--format", "json"])
    let kappa = try #require((try json(result))["coefficients"] as? [String: Any])["cohen_kappa"] as? [String: Any]
    #expect(kappa?["value"] is NSNull)
    #expect((kappa?["reason"] as? String)?.isEmpty == false)
    #expect(!result.stdoutText.contains("NaN"))
  }

  @Test func exitStatuses() throws {
    let empty = try write("item,coder,label\n")
    #expect(try TestSupport.runVerbatim(["agree", "--ratings", empty]).status == 65)
    let duplicate = try write("item,coder,label\n1,a,x\n1,a,y\n")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", duplicate])
    #expect(result.status == 65)
    #expect(result.stderrText.contains(":3:") && result.stderrText.contains(":2)"))
    #expect(try TestSupport.runVerbatim(["agree", "--ratings", "/nonexistent/r.csv"]).status == 66)
    let ok = try write("item,coder,label\n1,a,x\n1,b,y\n")
    #expect(try TestSupport.runVerbatim(["agree", "--ratings", ok, "--pair", "a,zz"]).status == 2)
  }

  @Test func referenceClassificationAndTable() throws {
    let path = try write(
      "item,coder,label\n1,gold,pos\n1,model,pos\n2,gold,neg\n2,model,pos\n3,gold,neg\n3,model,neg\n")
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", path, "--reference", "gold", "--pos-label", "pos", "--format", "json",
    ])
    let classification = try #require((try json(result))["classification"] as? [String: Any])
    let model = try #require(classification["model"] as? [String: Any])
    #expect(abs((model["accuracy"] as? Double ?? 0) - 2.0 / 3) < 1e-12)
    #expect((model["precision"] as? [String: Any])?["binary"] as? Double == 0.5)
    let table = try TestSupport.runVerbatim(["agree", "--ratings", path])
    #expect(table.status == 0)
    #expect(table.stdoutText.contains("Landis & Koch"))
  }

  @Test func bootstrapFieldsAndStdin() throws {
    let csv =
      "item,coder,label\n"
      + (1...30).map { "\($0),a,\($0 % 3)\n\($0),b,\(($0 * 7) % 4 == 0 ? 1 : $0 % 3)" }
      .joined(separator: "\n") + "\n"
    let result = try TestSupport.runVerbatim(
      ["agree", "--ratings", "-", "--format", "json", "--bootstrap", "200", "--seed", "5"], input: Data(csv.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let kappa = try #require((try json(result))["coefficients"] as? [String: Any])["cohen_kappa"] as? [String: Any]
    let bootstrap = try #require(kappa?["bootstrap"] as? [String: Any])
    #expect(bootstrap["resamples"] as? Int == 200)
    #expect((bootstrap["percentile"] as? [Double])?.count == 2)
    // QA review 41: the seed that reproduces the intervals is in the report, not only the resamples.
    let settings = try #require((try json(result))["bootstrap"] as? [String: Any])
    #expect(settings["resamples"] as? Int == 200 && settings["seed"] as? Int == 5)
    let large = try TestSupport.runVerbatim(
      ["agree", "--ratings", "-", "--format", "json", "--bootstrap", "200", "--seed", "18446744073709551615"],
      input: Data(csv.utf8))
    #expect(large.stdoutText.contains("\"seed\":18446744073709551615"), "\(large.stderrText)")
  }
}

@Suite struct AgreePartialMergeCommandTests {
  @Test func partialThenMerge() throws {
    let directory = try TestSupport.temporaryDirectory()
    let shards = [
      "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n", "item,coder,label\n3,a,y\n3,b,y\n4,a,x\n4,b,y\n",
    ]
    var paths: [String] = []
    for (index, text) in shards.enumerated() {
      let csv = directory.appendingPathComponent("s\(index).csv")
      try Data(text.utf8).write(to: csv)
      let result = try TestSupport.runVerbatim(["agree", "--ratings", csv.path, "--categories", "x,y", "--partial"])
      #expect(result.status == 0, "\(result.stderrText)")
      let partial = directory.appendingPathComponent("s\(index).json")
      try result.stdout.write(to: partial)
      paths.append(partial.path)
    }
    let merged = try TestSupport.runVerbatim(
      ["agree", "--merge", paths[0], "--merge", paths[1], "--format", "json"])
    #expect(merged.status == 0, "\(merged.stderrText)")
    let whole = directory.appendingPathComponent("all.csv")
    try Data((shards[0] + shards[1].dropFirst("item,coder,label\n".count)).utf8).write(to: whole)
    let direct = try TestSupport.runVerbatim(["agree", "--ratings", whole.path, "--format", "json"])
    let a = try #require(try JSONSerialization.jsonObject(with: merged.stdout) as? [String: Any])
    let b = try #require(try JSONSerialization.jsonObject(with: direct.stdout) as? [String: Any])
    let kappaA = ((a["coefficients"] as? [String: Any])?["cohen_kappa"] as? [String: Any])?["value"] as? Double
    let kappaB = ((b["coefficients"] as? [String: Any])?["cohen_kappa"] as? [String: Any])?["value"] as? Double
    #expect(kappaA != nil && kappaA == kappaB)  // κ = 0 here: p_o = 0.5 = p_e
    #expect(try TestSupport.runVerbatim(["agree", "--merge", whole.path]).status == 65)  // not a partial file
    #expect(try TestSupport.runVerbatim(["agree"]).status != 0)
  }
}

/// QA review 29: the order of `--merge` arguments does not change a byte of the output (sums of
/// doubles taken in argument order differed in the last bits of per-category kappas).
@Suite struct AgreeMergeOrderTests {
  @Test func anyOrderOfShardsGivesTheSameBytes() throws {
    let directory = try TestSupport.temporaryDirectory()
    var state: UInt64 = 20_261_203
    func next(_ bound: UInt64) -> UInt64 {  // a linear congruential generator: fixed, varied data
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (state >> 33) % bound
    }
    let labels = ["positive", "neutral", "negative"]
    var paths: [String] = []
    for shard in 0..<3 {
      var csv = "item,coder,label\n"
      for item in 0..<37 {
        let truth = Int(next(3))
        for coder in ["gold", "model", "second"] {
          // Some items lack a rating: the per-item shares (1/2, 1/3) are inexact in binary, so the
          // order of their sums shows in the last bits.
          if coder != "gold" && next(8) == 0 { continue }
          let label = next(4) == 0 ? Int(next(3)) : truth
          csv += "i\(shard)_\(item),\(coder),\(labels[label])\n"
        }
      }
      let file = directory.appendingPathComponent("s\(shard).csv")
      try Data(csv.utf8).write(to: file)
      let partial = try TestSupport.runVerbatim([
        "agree", "--ratings", file.path, "--categories", labels.joined(separator: ","), "--partial",
      ])
      #expect(partial.status == 0, "\(partial.stderrText)")
      let json = directory.appendingPathComponent("s\(shard).json")
      try partial.stdout.write(to: json)
      paths.append(json.path)
    }
    var outputs: Set<Data> = []
    for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0], [2, 1, 0]] {
      let result = try TestSupport.runVerbatim(
        ["agree", "--format", "json", "--reference", "gold"] + order.flatMap { ["--merge", paths[$0]] })
      #expect(result.status == 0, "\(result.stderrText)")
      outputs.insert(result.stdout)
    }
    #expect(outputs.count == 1)
  }
}

/// Shards merged with `--merge` give the single-machine Cohen-family point estimates AND their FCE
/// standard errors and intervals (the pair's contingency table is a sufficient statistic).
@Suite struct AgreeMergedStandardErrorTests {
  @Test func mergedCohenKappaHasTheSingleMachineStandardErrors() throws {
    let folder = try TestSupport.temporaryDirectory()
    let shards = [
      "item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n3,a,y\n3,b,y\n",
      "item,coder,label\n4,a,x\n4,b,y\n5,a,z\n5,b,z\n6,a,x\n6,b,x\n7,a,y\n7,b,y\n",
    ]
    var partials: [String] = []
    for (index, shard) in shards.enumerated() {
      let csv = folder.appendingPathComponent("s\(index).csv")
      try shard.write(to: csv, atomically: true, encoding: .utf8)
      let json = folder.appendingPathComponent("s\(index).json").path
      let result = try TestSupport.runVerbatim(
        ["agree", "--ratings", csv.path, "--categories", "x,y,z", "--partial", "-o", json])
      #expect(result.status == 0)
      partials += ["--merge", json]
    }
    let all = folder.appendingPathComponent("all.csv")
    try (shards[0] + shards[1].split(separator: "\n").dropFirst().joined(separator: "\n") + "\n").write(
      to: all, atomically: true, encoding: .utf8)
    let merged = try TestSupport.runVerbatim(["agree"] + partials + ["--categories", "x,y,z", "--format", "json"])
    let single = try TestSupport.runVerbatim([
      "agree", "--ratings", all.path, "--categories", "x,y,z", "--format", "json",
    ])
    func cohen(_ data: Data) throws -> [String: Any] {
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      return try #require((object["coefficients"] as? [String: Any])?["cohen_kappa"] as? [String: Any])
    }
    let a = try cohen(merged.stdout)
    let b = try cohen(single.stdout)
    for field in ["value", "se", "se0", "se_simple"] {
      let x = try #require(a[field] as? Double)
      let y = try #require(b[field] as? Double)
      #expect(abs(x - y) < 1e-12, "\(field)")
    }
    #expect((a["ci95"] as? [Double]) == (b["ci95"] as? [Double]))
  }
}

/// Gwet's linearised variance is a sum of squares of terms affine in each item's data, so its
/// sufficient sums add across shards: merged SEs equal the single-machine ones (here with missing
/// ratings, three coders and a single-rated item).
@Suite struct AgreeMergedGwetStandardErrorTests {
  @Test func mergedGwetFamilyStandardErrorsEqualTheSingleMachineOnes() throws {
    let folder = try TestSupport.temporaryDirectory()
    // A seeded generator of ratings: 60 items, coders a, b, c; c skips every 4th item; item 0 has
    // only coder a's rating.
    var state: UInt64 = 42
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var shards = [String](repeating: "item,coder,label\n", count: 3)
    var all = "item,coder,label\n"
    for item in 0..<60 {
      let truth = next() % 3
      for coder in ["a", "b", "c"] {
        if item == 0 && coder != "a" { continue }
        if coder == "c" && item % 4 == 3 { continue }
        let label = ["x", "y", "z"][next() % 5 == 0 ? next() % 3 : truth]
        let row = "\(item),\(coder),\(label)\n"
        shards[item % 3] += row
        all += row
      }
    }
    var merge: [String] = []
    for (index, shard) in shards.enumerated() {
      let csv = folder.appendingPathComponent("s\(index).csv")
      try shard.write(to: csv, atomically: true, encoding: .utf8)
      let json = folder.appendingPathComponent("s\(index).json").path
      #expect(
        try TestSupport.runVerbatim(["agree", "--ratings", csv.path, "--categories", "x,y,z", "--partial", "-o", json])
          .status == 0)
      merge += ["--merge", json]
    }
    let allPath = folder.appendingPathComponent("all.csv")
    try all.write(to: allPath, atomically: true, encoding: .utf8)
    func coefficients(_ arguments: [String]) throws -> [String: [String: Any]] {
      let result = try TestSupport.runVerbatim(["agree"] + arguments + ["--categories", "x,y,z", "--format", "json"])
      let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
      return try #require(object["coefficients"] as? [String: [String: Any]])
    }
    let merged = try coefficients(merge)
    let single = try coefficients(["--ratings", allPath.path])
    for name in [
      "percent_agreement", "percent_agreement_quadratic", "fleiss_kappa", "fleiss_kappa_quadratic", "gwet_ac1",
      "gwet_ac2_linear", "gwet_ac2_quadratic", "brennan_prediger", "brennan_prediger_quadratic",
    ] {
      let a = try #require(merged[name]?["se"] as? Double, "\(name) has no merged se")
      let b = try #require(single[name]?["se"] as? Double)
      #expect(abs(a - b) <= 1e-12 * max(1, b), "\(name): \(a) vs \(b)")
      let ciA = try #require(merged[name]?["ci95"] as? [Double])
      let ciB = try #require(single[name]?["ci95"] as? [Double])
      #expect(abs(ciA[0] - ciB[0]) < 1e-12 && abs(ciA[1] - ciB[1]) < 1e-12, "\(name) interval")
    }
  }
}
