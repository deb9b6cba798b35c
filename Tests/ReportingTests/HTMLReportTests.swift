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

  @Test func numbersRoundOnlyForDisplay() {
    #expect(formatted(0.4404) == "0.440")
    #expect(formatted(0.0005) == "0.001")
    #expect(formatted(-0.0001) == "0.000")
    #expect(formatted(1) == "1.000")
    #expect(formatted(nil) == "—")
  }

  @Test func csvQuotingFollowsRFC4180() {
    var writer = CSVWriter()
    writer.row(["plain", "a,b", "say \"hi\"", "two\nlines"])
    #expect(writer.text == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n")
  }
}
