#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small inline SVG charts for the HTML report: no scripts, scale fixed in the markup, readable in
/// print. Colours: blue for the machine, grey for humans, a sequential blue ramp for counts.
enum SVGCharts {
  /// A heat map of a confusion matrix with counts in the cells; shade = share of the row.
  static func heatMap(_ confusion: ValidationReportModel.Confusion) -> String {
    let size = confusion.labels.count
    let cell = 64.0
    let left = 120.0
    let top = 40.0
    let width = max(left + cell * Double(size) + 10, 470)
    let height = top + cell * Double(size) + 30
    // Hidden from screen readers: role="img" hid the cells' counts, so the table beside it
    // (`HTMLReportRenderer.confusionTable`) carries them (QA review 44 B3).
    var svg = "<svg class=\"heatmap\" aria-hidden=\"true\" width=\"\(Int(width))\" "
    svg += "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\">"
    svg += "<text x=\"\(left)\" y=\"14\">machine →</text>"
    for (column, label) in confusion.labels.enumerated() {
      let x = left + cell * Double(column) + cell / 2
      svg += "<text x=\"\(x)\" y=\"\(top - 8)\" text-anchor=\"middle\">\(htmlEscaped(label))</text>"
    }
    for (row, label) in confusion.labels.enumerated() {
      let y = top + cell * Double(row)
      svg += "<text x=\"\(left - 8)\" y=\"\(y + cell / 2 + 4)\" text-anchor=\"end\">\(htmlEscaped(label))</text>"
      let counts = row < confusion.counts.count ? confusion.counts[row] : []
      let total = max(1, counts.reduce(0, +))
      for column in 0..<size {
        let count = column < counts.count ? counts[column] : 0
        let share = Double(count) / Double(total)
        let x = left + cell * Double(column)
        let fill = shade(share)
        svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" fill=\"\(fill)\">"
        svg +=
          "<title>reference \(htmlEscaped(label)), machine \(htmlEscaped(confusion.labels[column])): \(count)</title>"
        svg += "</rect>"
        let textColour = digitColour(onShare: share)
        svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + cell / 2 + 4)\" text-anchor=\"middle\" "
        svg += "style=\"fill:\(textColour)\">\(count)</text>"
      }
    }
    svg += "<text x=\"4\" y=\"\(height - 8)\">↑ reference; shade = share of the row</text>"
    return svg + "</svg>"
  }

  /// A colour from white to dark blue for a share in [0, 1].
  static func shade(_ share: Double) -> String {
    let (red, green, blue) = shadeComponents(share)
    return "rgb(\(red),\(green),\(blue))"
  }

  /// The red, green and blue (0–255) of `shade(_:)`.
  static func shadeComponents(_ share: Double) -> (Int, Int, Int) {
    let clamped = min(1, max(0, share))
    return (
      Int(247 - (247 - 31) * clamped), Int(251 - (251 - 95) * clamped), Int(255 - (255 - 160) * clamped)
    )
  }

  /// The colour of a cell's digits: black on light cells, white on dark ones, chosen by the cell's
  /// relative luminance so both reach WCAG 2.x's 4.5:1 for normal text (SC 1.4.3). With L the
  /// cell's luminance, black gives (L + 0.05) / 0.05 and white 1.05 / (L + 0.05); at L = 0.18 these
  /// are 4.6 and 4.57, so switching there keeps both above 4.5 (QA review 44 B3: white on the
  /// mid blues was 2.9:1 and #1d1d1f was not dark enough to switch later).
  static func digitColour(onShare share: Double) -> String {
    let (red, green, blue) = shadeComponents(share)
    return relativeLuminance(red, green, blue) >= 0.18 ? "#000000" : "#ffffff"
  }

  /// WCAG 2.x relative luminance of an sRGB colour (components 0–255): 0.2126 R + 0.7152 G +
  /// 0.0722 B on linearised components (c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4).
  static func relativeLuminance(_ red: Int, _ green: Int, _ blue: Int) -> Double {
    func linear(_ component: Int) -> Double {
      let c = Double(component) / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
  }

  /// WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05) of two luminances, the lighter first.
  static func contrastRatio(_ first: Double, _ second: Double) -> Double {
    (max(first, second) + 0.05) / (min(first, second) + 0.05)
  }

  /// Grouped horizontal bars: precision, recall and F1 per label on a 0–1 axis.
  static func scoreBars(_ scores: [ValidationReportModel.ClassScores]) -> String {
    let left = 170.0
    let barWidth = 420.0
    let rowHeight = 42.0
    let height = 30 + rowHeight * Double(scores.count)
    var svg =
      "<svg class=\"bars\" role=\"img\" aria-label=\"precision recall F1 bars\" width=\"\(Int(left + barWidth + 60))\" "
    svg += "height=\"\(Int(height))\" viewBox=\"0 0 \(Int(left + barWidth + 60)) \(Int(height))\">"
    let series: [(String, String, KeyPath<ValidationReportModel.ClassScores, Double>)] = [
      ("precision", "#1f6fb2", \.precision), ("recall", "#6ea8d9", \.recall), ("F1", "#b05000", \.f1),
    ]
    for (index, entry) in series.enumerated() {
      let x = left + Double(index) * 110
      svg += "<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(entry.1)\"/>"
      svg += "<text x=\"\(x + 14)\" y=\"13\">\(entry.0)</text>"
    }
    for (row, score) in scores.enumerated() {
      let y = 24 + rowHeight * Double(row)
      svg += "<text x=\"\(left - 8)\" y=\"\(y + 18)\" text-anchor=\"end\">\(htmlEscaped(score.label))</text>"
      for (index, entry) in series.enumerated() {
        let value = min(1, max(0, score[keyPath: entry.2]))
        let barY = y + Double(index) * 12
        svg += "<rect x=\"\(left)\" y=\"\(barY)\" width=\"\(barWidth * value)\" height=\"10\" fill=\"\(entry.1)\">"
        svg += "<title>\(entry.0) \(formatted(value))</title></rect>"
        if index == 2 {
          svg += "<text x=\"\(left + barWidth * value + 4)\" y=\"\(barY + 9)\">\(formatted(value, decimals: 2))</text>"
        }
      }
    }
    return svg + "</svg>\n"
  }

  /// The value of the dashed reference line of the interval plots: where Landis & Koch's (1977)
  /// "almost perfect" band begins.
  static let referenceLine = 0.8

  /// A small interval plot: machine (blue) and human (grey) point estimates with their 95% CIs on
  /// the axis −0.2 … 1. `label` is its accessible name: the statistic, each value and interval
  /// (QA review 44 B3: every plot was named "interval").
  static func intervalPlot(
    machine: ValidationReportModel.Estimate?, human: ValidationReportModel.Estimate?, label: String = "interval plot"
  ) -> String {
    let width = 220.0
    func x(_ value: Double) -> Double { (min(1, max(-0.2, value)) + 0.2) / 1.2 * width }
    var svg =
      "<svg width=\"\(Int(width))\" height=\"26\" viewBox=\"0 0 \(Int(width)) 26\" role=\"img\" "
      + "aria-label=\"\(htmlEscaped(label))\">"
    svg += "<line x1=\"\(x(0))\" y1=\"0\" x2=\"\(x(0))\" y2=\"26\" stroke=\"#d9dce1\"/>"
    svg +=
      "<line x1=\"\(x(referenceLine))\" y1=\"0\" x2=\"\(x(referenceLine))\" y2=\"26\" stroke=\"#d9dce1\" "
      + "stroke-dasharray=\"2 2\"/>"
    for (estimate, y, colour) in [(machine, 8.0, "#1f6fb2"), (human, 18.0, "#7a7f87")] {
      guard let estimate, let value = estimate.value else { continue }
      if let lower = estimate.lower, let upper = estimate.upper {
        svg +=
          "<line x1=\"\(x(lower))\" y1=\"\(y)\" x2=\"\(x(upper))\" y2=\"\(y)\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
        // An interval that runs past the axis (−0.2 … 1) ends in an arrowhead at the edge, so a cut
        // line is not read as the interval's end (QA review 14); the table prints the bounds.
        if lower < -0.2 {
          svg += "<path d=\"M0 \(y) L5 \(y - 4) L5 \(y + 4) Z\" fill=\"\(colour)\"/>"
        }
        if upper > 1 {
          svg += "<path d=\"M\(width) \(y) L\(width - 5) \(y - 4) L\(width - 5) \(y + 4) Z\" fill=\"\(colour)\"/>"
        }
      }
      svg += "<circle cx=\"\(x(value))\" cy=\"\(y)\" r=\"3.5\" fill=\"\(colour)\"/>"
    }
    return svg + "</svg>"
  }
}
