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
    var svg = "<svg class=\"heatmap\" role=\"img\" aria-label=\"confusion matrix\" width=\"\(Int(width))\" "
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
        let textColour = share > 0.55 ? "#ffffff" : "#1d1d1f"
        svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + cell / 2 + 4)\" text-anchor=\"middle\" "
        svg += "style=\"fill:\(textColour)\">\(count)</text>"
      }
    }
    svg += "<text x=\"4\" y=\"\(height - 8)\">↑ reference; shade = share of the row</text>"
    return svg + "</svg>"
  }

  /// A colour from white to dark blue for a share in [0, 1].
  static func shade(_ share: Double) -> String {
    let clamped = min(1, max(0, share))
    let red = Int(247 - (247 - 31) * clamped)
    let green = Int(251 - (251 - 95) * clamped)
    let blue = Int(255 - (255 - 160) * clamped)
    return "rgb(\(red),\(green),\(blue))"
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

  /// A small interval plot: machine (blue) and human (grey) point estimates with their 95% CIs on
  /// the axis −0.2 … 1.
  static func intervalPlot(machine: ValidationReportModel.Estimate?, human: ValidationReportModel.Estimate?) -> String {
    let width = 220.0
    func x(_ value: Double) -> Double { (min(1, max(-0.2, value)) + 0.2) / 1.2 * width }
    var svg =
      "<svg width=\"\(Int(width))\" height=\"26\" viewBox=\"0 0 \(Int(width)) 26\" role=\"img\" aria-label=\"interval\">"
    svg += "<line x1=\"\(x(0))\" y1=\"0\" x2=\"\(x(0))\" y2=\"26\" stroke=\"#d9dce1\"/>"
    svg += "<line x1=\"\(x(0.8))\" y1=\"0\" x2=\"\(x(0.8))\" y2=\"26\" stroke=\"#d9dce1\" stroke-dasharray=\"2 2\"/>"
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
