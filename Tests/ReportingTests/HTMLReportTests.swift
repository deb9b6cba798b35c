import Testing

@testable import Reporting

@Suite struct HTMLReportTests {
  static let model = ValidationReportModel(
    title: "Validation of <sentiment>", subtitle: "demo",
    checks: [
      .init(
        metric: "cohen_kappa", threshold: 0.7, comparedOn: "ci-lower",
        estimate: .init(value: 0.75, lower: 0.68, upper: 0.82), passed: false)
    ],
    sentimentCoefficients: [
      .init(
        name: "cohen_kappa", machineVersusHuman: .init(value: 0.75, lower: 0.68, upper: 0.82),
        humanVersusHuman: .init(value: nil, reason: "one category"))
    ],
    confusion: .init(labels: ["negative", "neutral", "positive"], counts: [[50, 5, 1], [4, 30, 6], [0, 3, 40]]),
    perClass: [.init(label: "negative", precision: 0.926, recall: 0.893, f1: 0.909, support: 56)],
    disagreements: [
      .init(
        id: "R_1:Q3", text: "Great, <b>another</b> delay", human: "negative", machine: "positive",
        explanation: ["great +3.1"])
    ],
    coverage: [("verbatims", "139")])

  @Test func selfContainedAndEscaped() {
    let html = HTMLReportRenderer.render(Self.model)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("Validation of &lt;sentiment&gt;"))
    #expect(html.contains("Great, &lt;b&gt;another&lt;/b&gt; delay"))
  }

  @Test func showsVerdictCoefficientsAndConfusion() {
    let html = HTMLReportRenderer.render(Self.model)
    #expect(html.contains("id=\"verdict\"") && html.contains("Verdict: FAIL"))
    #expect(html.contains("0.750 [0.680, 0.820]"))
    #expect(html.contains("undefined: one category"))
    #expect(html.contains("id=\"confusion\"") && html.contains(">50</text>"))
  }

  /// QA review 16: a check that failed for too few items or a zero-width interval looked like a
  /// pass marked FAIL; the reason was only on the console and in JUnit. The footer named only the
  /// input files, not the tool, lexicons, codebook and settings that produced the numbers.
  @Test func failedChecksSayWhyAndTheFooterSaysWhatProducedTheReport() {
    var model = Self.model
    model.checks = [
      .init(
        metric: "cohen_kappa", threshold: 0.4, comparedOn: "ci-lower",
        estimate: .init(value: 0.847, lower: 0.651, upper: 1.044), passed: false,
        reason: "20 item(s) are too few for its 95% interval to vouch for the sample"),
      .init(
        metric: "accuracy", threshold: 0.5, comparedOn: "ci-lower",
        estimate: .init(value: 0.9, lower: 0.7, upper: 0.97), passed: true),
    ]
    model.provenance = [("verbatim", "0.1.0"), ("lexicon (valence) general-en.tsv", "sha256 <abc>")]
    let html = HTMLReportRenderer.render(model)
    #expect(html.contains("<th>why</th>"))
    #expect(
      html.contains("<td class=\"reason\">20 item(s) are too few for its 95% interval to vouch for the sample</td>"))
    #expect(html.contains("<td>PASS</td><td class=\"reason\"></td>"))
    #expect(html.contains("<h2>Produced by</h2>"))
    #expect(html.contains("<td>lexicon (valence) general-en.tsv</td><td><code>sha256 &lt;abc&gt;</code></td>"))
    // Without failures there is no "why" column; without provenance no "Produced by" table.
    let plain = HTMLReportRenderer.render(Self.model)
    #expect(!plain.contains("<th>why</th>") && !plain.contains("Produced by"))
  }

  @Test func numbersRoundOnlyForDisplay() {
    #expect(formatted(0.4404) == "0.440")
    #expect(formatted(0.0005) == "0.001")
    #expect(formatted(-0.0001) == "0.000")
    #expect(formatted(1) == "1.000")
    #expect(formatted(nil) == "—")
  }

  /// Review r19c: a 100 KB answer with 20,001 explanation lines is cut to 1,000 characters and 40
  /// lines, on a grapheme boundary, escaped after the cut.
  @Test func longVerbatimsAreCutOnCharacterBoundaries() {
    // Character 1,000 is "e" + U+0301 (one grapheme); 1,001 is "&", which becomes "&amp;".
    let text = String(repeating: "a", count: 999) + "e\u{301}" + "&" + String(repeating: "b", count: 99_999)
    var model = Self.model
    model.disagreements = [
      .init(
        id: "R_2", text: text, human: "negative", machine: "positive",
        explanation: (0...20_000).map { "line \($0)" })
    ]
    let html = HTMLReportRenderer.render(model)
    #expect(html.contains(String(repeating: "a", count: 999) + "e\u{301}… (100000 more characters)</blockquote>"))
    #expect(!html.contains("&amp;b"))
    #expect(html.contains("<li>line 39</li><li>… and 19961 more</li></ul>"))
    #expect(!html.contains("<li>line 40</li>"))
    #expect(html.utf8.count < 20_000, "\(html.utf8.count) bytes")
    // A short text is left whole.
    #expect(HTMLReportRenderer.shortened("a&b") == "a&b")
  }

  /// Review r19c: verbatims are isolated from the page's direction (RTL text). A direction
  /// override or isolate in the text is shown as a mark rather than obeyed, so the coder reads the
  /// characters in the order they were coded; the marks RLM/LRM that RTL text uses stay.
  @Test func verbatimsAreBidiIsolatedAndTheirOverridesShown() {
    var model = Self.model
    model.disagreements[0].text = "\u{202E}שלום abc\u{2066}x<y\u{2069}\u{200F}"
    let html = HTMLReportRenderer.render(model)
    let mark = { (hex: String) in "<span class=\"control\" title=\"a direction control in the text\">[U+\(hex)]</span>"
    }
    #expect(
      html.contains(
        "<blockquote dir=\"auto\">\(mark("202E"))שלום abc\(mark("2066"))x&lt;y\(mark("2069"))\u{200F}</blockquote>"))
    #expect(!html.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x2066 })
    // The id, the codes and the explanation lines quote the data too.
    model.disagreements[0].id = "r\u{202E}1"
    model.disagreements[0].human = "neg\u{202E}"
    model.disagreements[0].explanation = ["\u{202D}bad −2"]
    let quoted = HTMLReportRenderer.render(model)
    #expect(!quoted.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x202D })
    #expect(quoted.contains("<code>r\(mark("202E"))1</code>"))
  }

  /// QA review 44 N4: a control character that XML 1.0 cannot carry (BEL) or a browser does not show
  /// (DEL, C1's NEL) is named by a mark, as a direction control is, not turned into a bare U+FFFD;
  /// tab and line breaks stay characters (the line feed escaped as the escaper writes it).
  @Test func controlCharactersInVerbatimsAreNamed() {
    var model = Self.model
    model.disagreements[0].text = "ring\u{7}bell\tdel\u{7F}nel\u{85}end\nnext"
    let html = HTMLReportRenderer.render(model)
    let mark = { (hex: String) in
      "<span class=\"control\" title=\"a control character in the text\">[U+\(hex)]</span>"
    }
    #expect(
      html.contains(
        "<blockquote dir=\"auto\">ring\(mark("0007"))bell\tdel\(mark("007F"))nel\(mark("0085"))end&#10;next</blockquote>"
      ))
    #expect(!html.contains("\u{FFFD}"))
  }

  /// Review r19c: tag-set disagreements are labelled as such; a per-tag row shows the machine's
  /// predictions, so a code only the machine gave (support 0) is told from an unused one.
  @Test func tagDisagreementsAndPredictionsAreShown() {
    var model = Self.model
    model.disagreements.append(
      .init(
        id: "R_3", text: "pricey", human: "price.expensive", machine: "(none)",
        explanation: ["price.expensive (reference only): no rule of the machine matched"], kind: .tags))
    model.perTag = [.init(label: "product.quality", precision: 0, recall: 0, f1: 0, support: 0, predicted: 3)]
    let html = HTMLReportRenderer.render(model)
    #expect(html.contains("<h2>Disagreements (2)</h2>"))
    #expect(html.contains("<code>R_3</code> · tag set</h3>"))
    #expect(html.contains("reference tags: price.expensive</span> <span class=\"tag machine\">machine tags: (none)"))
    #expect(html.contains("<th>predicted</th>"))
    #expect(
      html.contains(
        "<tr><td><code>product.quality</code></td><td>0.000</td><td>0.000</td><td>0.000</td><td>0</td><td>3</td>"))
  }

  /// QA review 14: a report that lists only the first disagreements of a kind says so, and its
  /// heading counts them all (it showed "Disagreements (333)" of 413); the disagreements name the
  /// machine coder as `--machine-name` gave it.
  @Test func shortenedDisagreementListsSaySoAndNameTheMachine() {
    var model = Self.model
    model.disagreementTotals = [.sentiment: 250]
    model.machineName = "model-v2"
    let html = HTMLReportRenderer.render(model)
    #expect(html.contains("<h2>Disagreements (250)</h2>"))
    #expect(html.contains("Showing the first 1 of 250 sentiment disagreements"))
    #expect(!html.contains("tag-set disagreements"))
    #expect(html.contains("<span class=\"tag machine\">model-v2: positive</span>"))
  }

  /// QA review 14: an interval past the plot's axis (−0.2 … 1; a Wald interval of κ may pass 1)
  /// ends in an arrowhead at the edge; one inside it has none.
  @Test func intervalsPastTheAxisEndInArrowheads() {
    let past = SVGCharts.intervalPlot(machine: .init(value: 0.93, lower: 0.80, upper: 1.06), human: nil)
    #expect(past.contains("<path d=\"M220.0 8.0 L215.0 4.0 L215.0 12.0 Z\""), "\(past)")
    let below = SVGCharts.intervalPlot(machine: .init(value: 0.1, lower: -0.5, upper: 0.6), human: nil)
    #expect(below.contains("<path d=\"M0 8.0 L5 4.0 L5 12.0 Z\""), "\(below)")
    let inside = SVGCharts.intervalPlot(machine: .init(value: 0.5, lower: 0.3, upper: 0.7), human: nil)
    #expect(!inside.contains("<path"))
  }

  @Test func csvQuotingFollowsRFC4180() {
    var writer = CSVWriter()
    writer.row(["plain", "a,b", "say \"hi\"", "two\nlines"])
    #expect(writer.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
  }
}

/// QA review 33: the verdict row showed a minimum of 0.1177 as "≥ 0.118" beside a value of
/// 0.118 marked FAIL, and a maximum gated on the interval as "ci-lower".
@Suite struct VerdictRowPrecisionTests {
  @Test func theThresholdIsShownAsGivenAndTheValueToTheDigitThatDecides() {
    // 0.11765 < 0.1177: at three decimals both read 0.118; at four, 0.11765 × 10⁴ = 1176.5 rounds
    // half away from zero to 0.1177, a tie again; five decimals tell them apart (0.11765, 0.11770).
    #expect(decimalsDistinguishing(0.11765, from: 0.1177) == 5)
    #expect(decimalsDistinguishing(0.5, from: 0.6) == 3)
    #expect(decimalsDistinguishing(0.6, from: 0.6) == 3)
    #expect(decimalsDistinguishing(nil, from: 0.6) == 3)
    let model = ValidationReportModel(
      title: "t", subtitle: "s",
      checks: [
        .init(
          metric: "cohen_kappa", threshold: 0.1177, comparedOn: "point", estimate: .init(value: 0.11765),
          passed: false),
        .init(
          metric: "tags.hamming_loss", threshold: 0.1, isMaximum: true, comparedOn: "ci-upper",
          estimate: .init(value: 0.05, lower: 0.04, upper: 0.06), passed: true),
      ])
    let html = HTMLReportRenderer.render(model)
    #expect(html.contains("<td>≥ 0.1177</td><td>point</td><td>0.11765</td><td>FAIL</td>"), "\(html)")
    #expect(html.contains("<td>≤ 0.1</td><td>ci-upper</td><td>0.050 [0.040, 0.060]</td><td>PASS</td>"), "\(html)")
  }
}
