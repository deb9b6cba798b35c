import Foundation
import TestSupport
import Testing

/// Helpers shared by the review-fix suites: write files, run `agree --partial` per shard, parse JSON.
enum ReviewFixSupport {
  static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// Writes each shard, runs `agree --partial` on it with `extra` arguments, returns ["--merge", path, …].
  static func partials(_ shards: [String], extra: [String], in folder: URL) throws -> [String] {
    var arguments: [String] = []
    for (index, shard) in shards.enumerated() {
      let csv = try write(shard, "shard\(index).csv", in: folder)
      let json = folder.appendingPathComponent("shard\(index).json").path
      let result = try TestSupport.runVerbatim(["agree", "--ratings", csv, "--partial", "-o", json] + extra)
      #expect(result.status == 0, "\(result.stderrText)")
      arguments += ["--merge", json]
    }
    return arguments
  }

  static func object(_ result: TestSupport.ProcessResult) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any], "\(result.stderrText)")
  }

  static func coefficient(_ object: [String: Any], _ name: String) throws -> [String: Any] {
    try #require((object["coefficients"] as? [String: Any])?[name] as? [String: Any], "\(name) missing")
  }
}

/// Review finding 1: `--merge` reproduces the classification against `--reference`, and `gate --merge`
/// can gate on it.
@Suite struct MergedClassificationTests {
  // The reviewer's shards: y_true (gold) = pos,neg,neg | pos,neg,pos; y_pred (m) = pos,pos,neg | pos,neg,neg.
  let shards = [
    "item,coder,label\n1,gold,pos\n1,m,pos\n2,gold,neg\n2,m,pos\n3,gold,neg\n3,m,neg\n",
    "item,coder,label\n4,gold,pos\n4,m,pos\n5,gold,neg\n5,m,neg\n6,gold,pos\n6,m,neg\n",
  ]

  @Test func mergedClassificationEqualsScikitLearnAndTheSingleRun() throws {
    let folder = try TestSupport.temporaryDirectory()
    let declared = ["--categories", "neg,pos", "--reference", "gold"]
    let merge = try ReviewFixSupport.partials(shards, extra: declared, in: folder)
    let merged = try ReviewFixSupport.object(
      try TestSupport.runVerbatim(["agree"] + merge + declared + ["--format", "json"]))
    let machine = try #require((merged["classification"] as? [String: Any])?["m"] as? [String: Any])
    // scikit-learn 1.5: f1_score(y_true, y_pred, average="macro") = 0.6666666666666666,
    // matthews_corrcoef = 0.3333333333333333, confusion_matrix(labels=["neg","pos"]) = [[2, 1], [1, 2]].
    let f1 = try #require((machine["f1"] as? [String: Any])?["macro"] as? Double)
    #expect(abs(f1 - 2.0 / 3.0) < 1e-12)
    #expect(abs((machine["mcc"] as? Double ?? 0) - 1.0 / 3.0) < 1e-12)
    let confusion = try #require(machine["confusion"] as? [String: Any])
    #expect(confusion["matrix"] as? [[Int]] == [[2, 1], [1, 2]])
    // Wilson (1927) interval of accuracy 4/6: (p + z²/2n ± z√(p(1−p)/n + z²/4n²))/(1 + z²/n) with
    // z = 1.959964 gives [0.29999, 0.90323] (statsmodels proportion_confint(4, 6, method="wilson")).
    let accuracy = try #require((machine["ci95"] as? [String: Any])?["accuracy"] as? [Double])
    #expect(abs(accuracy[0] - 0.299993315) < 1e-6 && abs(accuracy[1] - 0.903228589) < 1e-6)
    // And the whole classification object equals the single run on the concatenated data.
    let all = try ReviewFixSupport.write(
      shards[0] + shards[1].split(separator: "\n").dropFirst().joined(separator: "\n") + "\n", "all.csv", in: folder)
    let single = try ReviewFixSupport.object(
      try TestSupport.runVerbatim(["agree", "--ratings", all] + declared + ["--format", "json"]))
    let a = try JSONSerialization.data(withJSONObject: merged["classification"]!, options: .sortedKeys)
    let b = try JSONSerialization.data(withJSONObject: single["classification"]!, options: .sortedKeys)
    #expect(a == b)
  }

  @Test func gateOnMergedShardsUsesTheReference() throws {
    let folder = try TestSupport.temporaryDirectory()
    let declared = ["--categories", "neg,pos", "--reference", "gold"]
    let merge = try ReviewFixSupport.partials(shards, extra: declared, in: folder)
    let pass = try TestSupport.runVerbatim(["gate"] + merge + declared + ["--min", "f1.macro=0.5"])
    #expect(pass.status == 0, "\(pass.stderrText)")
    #expect(pass.stdoutText.contains("PASS classification.m.f1.macro = 0.6667"))
    let fail = try TestSupport.runVerbatim(["gate"] + merge + declared + ["--min", "f1.macro=0.7"])
    #expect(fail.status == 1)
  }
}

/// Review finding 3: what `--merge` keeps (per-category kappas, Scott's pi SE, Fleiss se0) and what it
/// refuses or explains (Conger/Krippendorff SEs, --bootstrap, --on ci-lower advice).
@Suite struct MergedStatisticsTests {
  // Three coders a, b, c; nine items; missing ratings; split into two shards of disjoint items.
  let shards = [
    "item,coder,label\n1,a,k0\n1,b,k0\n1,c,k1\n2,a,k1\n2,b,k1\n2,c,k1\n3,a,k2\n3,b,k1\n4,a,k0\n4,b,k2\n4,c,k0\n",
    "item,coder,label\n5,b,k2\n5,c,k2\n6,a,k1\n6,b,k1\n6,c,k2\n7,a,k2\n7,b,k2\n7,c,k2\n8,a,k0\n8,c,k0\n9,a,k1\n",
  ]

  @Test func perCategoryKappasAndScottPiSurviveTheMerge() throws {
    let folder = try TestSupport.temporaryDirectory()
    let merge = try ReviewFixSupport.partials(shards, extra: ["--categories", "k0,k1,k2"], in: folder)
    let merged = try ReviewFixSupport.object(
      try TestSupport.runVerbatim(
        ["agree"] + merge + ["--categories", "k0,k1,k2", "--pair", "a,b", "--format", "json"]))
    // irrCAC 0.4.4, CAC(d, categories=[0, 1]).fleiss() on the data dichotomised into k / not k (missing
    // ratings as NaN): 0.566071428571428, 0.386363636363636, 0.360526315789474.
    let perCategory = try #require((merged["per_category"] as? [String: Any])?["fleiss_kappa"] as? [String: Double])
    #expect(abs((perCategory["k0"] ?? 0) - 0.566071428571428) < 1e-12)
    #expect(abs((perCategory["k1"] ?? 0) - 0.386363636363636) < 1e-12)
    #expect(abs((perCategory["k2"] ?? 0) - 0.360526315789474) < 1e-12)
    // irrCAC CAC(df[["a","b"]].dropna()).fleiss(): Scott's pi 0.48936170212766, se 0.318984190259553,
    // CI (−0.330613263520809, 1); quadratic weights: 0.27710843373494, se 0.524758382554666.
    let pi = try ReviewFixSupport.coefficient(merged, "scott_pi")
    #expect(abs((pi["value"] as? Double ?? 0) - 0.48936170212766) < 1e-12)
    #expect(abs((pi["se"] as? Double ?? 0) - 0.318984190259553) < 1e-12)
    // (The interval bound differs by ~3e-10: scipy's t quantile vs ours, see evaluation/RESULTS.md.)
    #expect(abs(((pi["ci95"] as? [Double])?.first ?? 0) + 0.330613263520809) < 1e-8)
    let quadratic = try ReviewFixSupport.coefficient(merged, "scott_pi_quadratic")
    #expect(abs((quadratic["se"] as? Double ?? 0) - 0.524758382554666) < 1e-12)
    // Conger's and Krippendorff's SEs are not functions of the sums: absent, with a reason.
    let conger = try ReviewFixSupport.coefficient(merged, "conger_kappa")
    #expect(conger["se"] == nil && conger["ci95"] == nil)
    #expect((conger["se_reason"] as? String)?.contains("item-level data") == true)
    let alpha = try ReviewFixSupport.coefficient(merged, "krippendorff_alpha")
    #expect((alpha["se_reason"] as? String)?.contains("--merge") == true)
  }

  @Test func fleissNullStandardErrorSurvivesTheMerge() throws {
    let folder = try TestSupport.temporaryDirectory()
    let complete = [
      "item,coder,label\n1,a,pos\n1,b,pos\n2,a,neg\n2,b,pos\n3,a,neg\n3,b,neg\n",
      "item,coder,label\n4,a,pos\n4,b,pos\n5,a,neg\n5,b,neg\n6,a,pos\n6,b,neg\n",
    ]
    let merge = try ReviewFixSupport.partials(complete, extra: ["--categories", "neg,pos"], in: folder)
    let merged = try ReviewFixSupport.object(
      try TestSupport.runVerbatim(["agree"] + merge + ["--categories", "neg,pos", "--format", "json"]))
    // Fleiss, Nee & Landis (1979) by hand: n = 6, m = 2, p = (1/2, 1/2), Σpq = 1/2, Σpq(q − p) = 0, so
    // se0 = √(2 / (6·2·1)) · √(1/4) / (1/2) = √(1/6).
    let fleiss = try ReviewFixSupport.coefficient(merged, "fleiss_kappa")
    #expect(abs((fleiss["se0"] as? Double ?? 0) - (1.0 / 6.0).squareRoot()) < 1e-12)
  }

  @Test func bootstrapWithMergeIsAUsageError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let merge = try ReviewFixSupport.partials(shards, extra: ["--categories", "k0,k1,k2"], in: folder)
    for command in ["agree", "gate"] {
      let extra = command == "gate" ? ["--min", "fleiss_kappa=0.1"] : []
      let result = try TestSupport.runVerbatim([command] + merge + ["--bootstrap", "100", "--seed", "1"] + extra)
      #expect(result.status == 2, "\(command)")
      #expect(result.stderrText.contains("--bootstrap cannot be used with --merge"))
    }
  }

  /// QA review 32 (L7): a shard cannot hold a bootstrap; `--partial --bootstrap` was accepted and
  /// the bootstrap dropped without a word.
  @Test func bootstrapWithPartialIsAUsageError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let csv = try ReviewFixSupport.write(shards[0], "shard.csv", in: folder)
    let result = try TestSupport.runVerbatim([
      "agree", "--ratings", csv, "--partial", "--bootstrap", "200", "--seed", "1", "--categories", "k0,k1,k2",
    ])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--bootstrap cannot be used with --partial"), "\(result.stderrText)")
  }

  @Test func ciLowerAdviceUnderMergeDoesNotSuggestTheBootstrap() throws {
    let folder = try TestSupport.temporaryDirectory()
    let merge = try ReviewFixSupport.partials(shards, extra: ["--categories", "k0,k1,k2"], in: folder)
    let result = try TestSupport.runVerbatim(
      ["gate"] + merge + ["--min", "conger_kappa=0.1", "--on", "ci-lower"])
    // QA review 32 (M1): no interval can exist after a merge, so the gate cannot give a verdict: a
    // usage error, exit 2, as for a bound that needs --bootstrap (it was FAIL, exit 1).
    #expect(result.status == 2)
    #expect(result.stderrText.contains("needs item-level data"), "\(result.stderrText)")
    #expect(result.stderrText.contains("--bootstrap cannot be used with --merge"))
    #expect(!result.stdoutText.contains("FAIL"))
    // Fleiss' kappa has an analytic SE from the merged sums: its bound gates as usual.
    let fleiss = try TestSupport.runVerbatim(["gate"] + merge + ["--min", "fleiss_kappa=-1", "--on", "ci-lower"])
    #expect(fleiss.status == 0 || fleiss.status == 1, "\(fleiss.stderrText)")
  }

  @Test func mergeRejectsCategoriesThatDifferFromTheShards() throws {
    let folder = try TestSupport.temporaryDirectory()
    let merge = try ReviewFixSupport.partials(shards, extra: ["--categories", "k0,k1,k2"], in: folder)
    let result = try TestSupport.runVerbatim(["agree"] + merge + ["--categories", "k2,k1,k0"])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("differ from the shards' categories"))
  }
}

/// Review finding 5: text labels without declared order are not ranked alphabetically.
@Suite struct UndeclaredOrderTests {
  let ratings =
    "item,coder,label\n1,a,low\n1,b,medium\n2,a,medium\n2,b,high\n3,a,high\n3,b,high\n4,a,low\n4,b,low\n5,a,medium\n5,b,medium\n6,a,low\n6,b,medium\n"

  @Test func orderedLevelOrWeightsOnUndeclaredTextLabelsIsAUsageError() throws {
    let path = try ReviewFixSupport.write(ratings, "lmh.csv", in: try TestSupport.temporaryDirectory())
    for extra in [["--level", "ordinal"], ["--level", "interval"], ["--level", "ratio"], ["--weights", "linear"]] {
      let result = try TestSupport.runVerbatim(["agree", "--ratings", path] + extra)
      #expect(result.status == 2, "\(extra)")
      #expect(result.stderrText.contains("--categories"), "\(extra)")
    }
  }

  @Test func orderDependentCoefficientsAreNullWithAReasonByDefault() throws {
    let path = try ReviewFixSupport.write(ratings, "lmh.csv", in: try TestSupport.temporaryDirectory())
    let object = try ReviewFixSupport.object(
      try TestSupport.runVerbatim(["agree", "--ratings", path, "--format", "json"]))
    for name in [
      "weighted_kappa_linear", "weighted_kappa_quadratic", "krippendorff_alpha_ordinal", "krippendorff_alpha_interval",
      "gwet_ac2_quadratic", "scott_pi_quadratic",
    ] {
      let entry = try ReviewFixSupport.coefficient(object, name)
      #expect(entry["value"] is NSNull, "\(name)")
      #expect((entry["reason"] as? String)?.contains("alphabetical order would be arbitrary") == true, "\(name)")
    }
    // Order-free coefficients stay: krippendorff.alpha(level_of_measurement="nominal") = 0.2978723404255319.
    let nominal = try ReviewFixSupport.coefficient(object, "krippendorff_alpha_nominal")
    #expect(abs((nominal["value"] as? Double ?? 0) - 0.2978723404255319) < 1e-12)
  }

  @Test func declaredOrderGivesTheReferenceValues() throws {
    let path = try ReviewFixSupport.write(ratings, "lmh.csv", in: try TestSupport.temporaryDirectory())
    let object = try ReviewFixSupport.object(
      try TestSupport.runVerbatim([
        "agree", "--ratings", path, "--level", "ordinal", "--categories", "low,medium,high", "--format", "json",
      ]))
    // scikit-learn cohen_kappa_score(a, b, labels=["low","medium","high"], weights="linear") = 0.4375,
    // weights="quadratic" = 0.6086956521739131; krippendorff.alpha(level_of_measurement="ordinal") on the
    // positions = 0.5889550264550264.
    #expect(
      abs((try ReviewFixSupport.coefficient(object, "weighted_kappa_linear")["value"] as? Double ?? 0) - 0.4375) < 1e-12
    )
    #expect(
      abs(
        (try ReviewFixSupport.coefficient(object, "weighted_kappa_quadratic")["value"] as? Double ?? 0)
          - 0.6086956521739131) < 1e-12)
    #expect(
      abs(
        (try ReviewFixSupport.coefficient(object, "krippendorff_alpha")["value"] as? Double ?? 0)
          - 0.5889550264550264) < 1e-12)
  }

  @Test func numericLabelsAndTwoCategoriesNeedNoDeclaration() throws {
    let folder = try TestSupport.temporaryDirectory()
    let numeric = try ReviewFixSupport.write(
      "item,coder,label\n1,a,1\n1,b,2\n2,a,3\n2,b,3\n3,a,2\n3,b,2\n", "n.csv", in: folder)
    #expect(try TestSupport.runVerbatim(["agree", "--ratings", numeric, "--level", "interval"]).status == 0)
    let binary = try ReviewFixSupport.write("item,coder,label\n1,a,yes\n1,b,no\n2,a,no\n2,b,no\n", "b.csv", in: folder)
    #expect(try TestSupport.runVerbatim(["agree", "--ratings", binary, "--level", "ordinal"]).status == 0)
  }
}

/// Review finding 6: bootstrap intervals appear in the table and CSV formats.
@Suite struct BootstrapOutputTests {
  @Test func bootstrapIntervalsAreInTheTableAndTheCSV() throws {
    var rows = "item,coder,label\n"
    for i in 1...30 { rows += "\(i),a,\(i % 3)\n\(i),b,\((i * 5 + i / 4) % 3)\n" }
    let path = try ReviewFixSupport.write(rows, "b.csv", in: try TestSupport.temporaryDirectory())
    let arguments = ["agree", "--ratings", path, "--bootstrap", "200", "--seed", "3"]
    let json = try ReviewFixSupport.object(try TestSupport.runVerbatim(arguments + ["--format", "json"]))
    let bootstrap = try #require(try ReviewFixSupport.coefficient(json, "cohen_kappa")["bootstrap"] as? [String: Any])
    let percentile = try #require(bootstrap["percentile"] as? [Double])
    let table = try TestSupport.runVerbatim(arguments)
    #expect(table.stdoutText.contains("bootstrap percentile"))
    let cohenLine = try #require(table.stdoutText.split(separator: "\n").first { $0.hasPrefix("cohen_kappa ") })
    let shown = String(format: "[%.4f, %.4f]", percentile[0], percentile[1])
    #expect(cohenLine.contains(shown), "\(cohenLine) lacks \(shown)")
    let csv = try TestSupport.runVerbatim(arguments + ["--format", "csv"])
    let lines = csv.stdoutText.split(separator: "\r\n")
    #expect(lines.first?.hasSuffix(",percentile_lower,percentile_upper,bca_lower,bca_upper") == true)
    let cohen = try #require(lines.first { $0.hasPrefix("cohen_kappa,") }).split(
      separator: ",", omittingEmptySubsequences: false)
    #expect(cohen[8] == "200")
    #expect(abs((Double(cohen[10]) ?? .nan) - percentile[0]) < 1e-12)
    // Without --bootstrap the CSV keeps its eight columns.
    let plain = try TestSupport.runVerbatim(["agree", "--ratings", path, "--format", "csv"])
    #expect(plain.stdoutText.hasPrefix("coefficient,value,se,se0,se_simple,ci95_lower,ci95_upper,reason\r\n"))
  }
}

/// Review finding 7: with `--pair`, the pair's own percent agreement, and the pair is named.
@Suite struct PairTests {
  @Test func pairPercentAgreementIsThePairs() throws {
    let path = try ReviewFixSupport.write(
      "item,coder,label\n1,a,x\n1,b,x\n1,c,y\n2,a,x\n2,b,y\n2,c,y\n3,a,y\n3,b,y\n3,c,y\n4,a,x\n4,b,x\n4,c,x\n",
      "three.csv", in: try TestSupport.temporaryDirectory())
    let object = try ReviewFixSupport.object(
      try TestSupport.runVerbatim(["agree", "--ratings", path, "--pair", "a,b", "--format", "json"]))
    #expect(object["pair"] as? [String] == ["a", "b"])
    // irrCAC CAC(df[["a","b"]]).bp() reports pa = 0.75 for the pair; Gwet's raw-data SE of a percent
    // agreement is √(p(1 − p)/(n − 1)) = √(0.1875/3) = 0.25.
    let pair = try ReviewFixSupport.coefficient(object, "percent_agreement_pair")
    #expect(abs((pair["value"] as? Double ?? 0) - 0.75) < 1e-12)
    #expect(abs((pair["se"] as? Double ?? 0) - 0.25) < 1e-12)
    // PABAK = 2 p_o − 1 uses the same p_o.
    #expect(abs((try ReviewFixSupport.coefficient(object, "pabak")["value"] as? Double ?? 0) - 0.5) < 1e-12)
    // percent_agreement stays the all-coder mean pairwise p_a (irrCAC pa on a, b, c: 0.6666…).
    #expect(
      abs((try ReviewFixSupport.coefficient(object, "percent_agreement")["value"] as? Double ?? 0) - 2.0 / 3.0) < 1e-12)
    let table = try TestSupport.runVerbatim(["agree", "--ratings", path, "--pair", "a,b"])
    #expect(table.stdoutText.contains("two-coder coefficients: pair a, b"))
  }
}

/// Review finding 9 (agree/gate): diagnostics and exit statuses on malformed input or arguments.
@Suite struct InputDiagnosticsTests {
  @Test func semicolonSeparatedFileSaysWhatWasFound() throws {
    let path = try ReviewFixSupport.write(
      "item;coder;label\n1;a;x\n1;b;y\n", "semi.csv", in: try TestSupport.temporaryDirectory())
    let result = try TestSupport.runVerbatim(["agree", "--ratings", path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("header has 1 column"))
    #expect(result.stderrText.contains("semicolon"))
    #expect(!result.stderrText.contains("empty input"))
  }

  @Test func longHeaderIsMatchedIgnoringCase() throws {
    let path = try ReviewFixSupport.write(
      "Item,Coder,Label\n1,a,x\n1,b,y\n2,a,x\n2,b,x\n", "caps.csv", in: try TestSupport.temporaryDirectory())
    let result = try TestSupport.runVerbatim(["agree", "--ratings", path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderrText)")
    let object = try ReviewFixSupport.object(result)
    #expect(object["coders"] as? [String] == ["a", "b"])
    #expect(object["items"] as? Int == 2)
  }

  @Test func duplicateDeclaredCategoryIsAUsageError() throws {
    let path = try ReviewFixSupport.write(
      "item,coder,label\n1,a,x\n1,b,y\n", "r.csv", in: try TestSupport.temporaryDirectory())
    for extra in [["--categories", "x,y,x"], ["--category", "x", "--category", "x"]] {
      let result = try TestSupport.runVerbatim(["agree", "--ratings", path] + extra)
      #expect(result.status == 2, "\(extra)")
      #expect(result.stderrText.contains("declared twice"))
    }
  }

  /// QA review 15: a second --ratings silently replaced the first; it is refused (exit 2).
  @Test func aRepeatedRatingsFileIsAUsageError() throws {
    let folder = try TestSupport.temporaryDirectory()
    let first = try ReviewFixSupport.write("item,coder,label\n1,a,x\n1,b,y\n", "a.csv", in: folder)
    let second = try ReviewFixSupport.write("item,coder,label\n2,a,x\n2,b,x\n", "b.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", first, "--ratings", second])
    #expect(result.status == 2)
    #expect(result.stderrText.contains("--ratings given 2 times"), "\(result.stderrText)")
  }

  /// QA review 15: "NA" (R's missing value) was counted as a category without a word.
  @Test func missingValueMarkersAsLabelsAreWarnedAbout() throws {
    let path = try ReviewFixSupport.write(
      "item,coder,label\n1,a,neg\n1,b,NA\n2,a,pos\n2,b,pos\n", "na.csv", in: try TestSupport.temporaryDirectory())
    let result = try TestSupport.runVerbatim(["agree", "--ratings", path])
    #expect(result.status == 0, "\(result.stderrText)")
    #expect(
      result.stderrText.contains("warning: the label(s) \"NA\" look like missing-value markers"), "\(result.stderrText)"
    )
    let clean = try ReviewFixSupport.write(
      "item,coder,label\n1,a,neg\n1,b,pos\n", "ok.csv", in: try TestSupport.temporaryDirectory())
    #expect(!(try TestSupport.runVerbatim(["agree", "--ratings", clean]).stderrText.contains("missing-value")))
  }
}
