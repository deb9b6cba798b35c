import Testing

@testable import Reporting

/// QA review 44 (B3, U3): the confusion matrix was an image only (role="img" hid its counts from
/// screen readers), white digits on mid-blue cells had 2.9:1 contrast, every interval plot was named
/// "interval", the dashed line at 0.8 was unexplained; the tag sections did not say their level,
/// "human vs human" named no coder, and nothing said which intervals were analytic and which
/// bootstrap.
@Suite struct ReportAccessibilityTests {
  static var model: ValidationReportModel {
    var model = HTMLReportTests.model
    model.machineName = "model-v2"
    model.referenceName = "gold"
    model.sentimentHumanPair = ("coder_a", "coder_b")
    model.sentimentCoefficients = [
      .init(
        name: "cohen_kappa", machineVersusHuman: .init(value: 0.75, lower: 0.68, upper: 0.82, intervalKind: "analytic"),
        humanVersusHuman: .init(value: 0.81, lower: 0.77, upper: 0.86, intervalKind: "analytic"))
    ]
    model.tagCoefficients = [
      .init(
        name: "cohen_kappa",
        machineVersusHuman: .init(value: 0.53, lower: 0.49, upper: 0.58, intervalKind: "bootstrap BCa"),
        humanVersusHuman: .init(value: 0.67))
    ]
    model.tagHumanPair = ("coder_a", "coder_b")
    model.tagLevel = 2
    model.bootstrapResamples = 1000
    model.bootstrapSeed = 7
    return model
  }

  /// WCAG 2.1, "relative luminance" and "contrast ratio" definitions: black on white is 21:1; the
  /// reviewer measured white on rgb(115,156,197) at 2.88:1.
  @Test func theContrastFormulaMatchesWCAG() {
    let white = SVGCharts.relativeLuminance(255, 255, 255)
    let black = SVGCharts.relativeLuminance(0, 0, 0)
    #expect(abs(white - 1) < 1e-12 && black == 0)
    #expect(abs(SVGCharts.contrastRatio(white, black) - 21) < 1e-9)
    let blue = SVGCharts.relativeLuminance(115, 156, 197)
    #expect(abs(SVGCharts.contrastRatio(white, blue) - 2.88) < 0.005)
  }

  /// Every shade of the heat map's ramp, with the digit colour chosen for it, reaches 4.5:1
  /// (WCAG 2.1 SC 1.4.3, AA for normal text).
  @Test func everyCellsDigitsReachAAContrast() {
    for step in 0...1000 {
      let share = Double(step) / 1000
      let (red, green, blue) = SVGCharts.shadeComponents(share)
      let cell = SVGCharts.relativeLuminance(red, green, blue)
      let digits = SVGCharts.digitColour(onShare: share) == "#ffffff" ? 1.0 : 0.0
      #expect(SVGCharts.contrastRatio(cell, digits) >= 4.5, "share \(share)")
    }
  }

  @Test func theConfusionMatrixIsATableToo() {
    let html = HTMLReportRenderer.render(Self.model)
    #expect(html.contains("<svg class=\"heatmap\" aria-hidden=\"true\""))
    #expect(html.contains("<details class=\"confusion-table\"><summary>Confusion matrix as a table</summary>"))
    #expect(
      html.contains(
        "<tr><th scope=\"row\">negative</th><td>50</td><td>5</td><td>1</td><td>56</td></tr>"), "\(html)")
    #expect(html.contains("<th scope=\"col\">positive</th>"))
  }

  @Test func intervalPlotsHaveNamesAndALegend() {
    let html = HTMLReportRenderer.render(Self.model)
    #expect(
      html.contains(
        "aria-label=\"cohen_kappa: model-v2 vs gold 0.750, 95% interval 0.680 to 0.820; humans: coder_a vs coder_b "
          + "0.810, 95% interval 0.770 to 0.860\""), "\(html)")
    #expect(!html.contains("aria-label=\"interval\""))
    #expect(html.contains("the dashed one 0.8, where Landis &amp; Koch"))
    #expect(html.contains("the upper line (blue) is model-v2 vs gold"))
  }

  @Test func sectionsNameTheirLevelCodersAndIntervalKinds() {
    let html = HTMLReportRenderer.render(Self.model)
    #expect(html.contains("<h2>Tag agreement at level 2 (codes as given)</h2>"))
    #expect(html.contains("<th>model-v2 vs gold [95% CI]</th>"))
    #expect(html.contains("<th>humans: coder_a vs coder_b [95% CI]</th>"))
    #expect(html.contains("0.750 [0.680, 0.820]<span class=\"band\">analytic</span>"))
    #expect(html.contains("0.530 [0.490, 0.580]<span class=\"band\">bootstrap BCa</span>"))
    #expect(html.contains("those marked bootstrap from 1000 resamples of the items (seed 7)"))
  }
}
