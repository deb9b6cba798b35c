import Agreement
import VerbatimCore

/// Renders a `ValidationReportModel` as one self-contained HTML page: inline CSS and SVG, no
/// scripts, no external resources, readable on a laptop and when printed.
public enum HTMLReportRenderer {
  /// The complete HTML document.
  public static func render(_ model: ValidationReportModel) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(htmlEscaped(model.title))</title>
      <style>\(ReportStyle.css)</style>
      </head>
      <body>
      <header><h1>\(htmlEscaped(model.title))</h1><p class="subtitle">\(htmlEscaped(model.subtitle))</p></header>

      """
    html += verdictSection(model)
    // A tag-only run has no sentiment rows: no empty table (review r19c).
    if !model.sentimentCoefficients.isEmpty {
      html += coefficientSection(
        "Sentiment agreement", rows: model.sentimentCoefficients, id: "coefficients", model: model,
        humans: model.sentimentHumanPair)
    }
    if let confusion = model.confusion { html += confusionSection(confusion) }
    if !model.perClass.isEmpty {
      html += scoresSection(
        "Per-class precision, recall and F1 (\(model.machineName) vs \(model.referenceName))", model.perClass,
        id: "per-class", model: model, humans: model.sentimentHumanPair)
    }
    // The level the tag sections measure (QA review 44 U3: they did not say).
    let level = model.tagLevel.map { " at level \($0) (codes as given)" } ?? ""
    if !model.tagCoefficients.isEmpty {
      html += coefficientSection(
        "Tag agreement\(level)", rows: model.tagCoefficients, id: "tag-coefficients", model: model,
        humans: model.tagHumanPair)
    }
    if !model.perTag.isEmpty {
      html += scoresSection(
        "Per-tag precision, recall and F1\(model.tagLevel.map { " at level \($0)" } ?? "") "
          + "(\(model.machineName) vs \(model.referenceName))", model.perTag, id: "per-tag", model: model,
        humans: model.tagHumanPair)
    }
    if !model.confusedTags.isEmpty {
      html += pairSection(
        "Most-confused tags (reference tag → machine tag)", model.confusedTags, id: "confused-tags",
        headers: ("reference", "machine"))
    }
    if !model.cooccurringTags.isEmpty {
      html += pairSection(
        "Tags the reference assigns together most often", model.cooccurringTags, id: "cooccurring-tags",
        headers: ("tag", "with tag"))
    }
    if !model.coverage.isEmpty { html += coverageSection(model.coverage) }
    if !model.segments.isEmpty { html += segmentSection(model.segments) }
    html += disagreementSection(model.disagreements, totals: model.disagreementTotals, machine: model.machineName)
    html += footer(model)
    html += "</body>\n</html>\n"
    return html
  }

  static func verdictSection(_ model: ValidationReportModel) -> String {
    let passed = model.passed
    if model.checks.isEmpty {
      return """
        <section id="verdict" class="verdict none">
        <h2>Verdict: not gated</h2>
        <p>No thresholds were set, so nothing was gated (use <code>--min metric=value</code> or
        <code>--max metric=value</code>).</p>
        </section>

        """
    }
    var html = """
      <section id="verdict" class="verdict \(passed ? "pass" : "fail")">
      <h2>Verdict: \(passed ? "PASS" : "FAIL")</h2>

      """
    // The reason of a failure (QA review 16: "0.847 [0.651, 1.044] → FAIL" read as a pass when the
    // cause was too few items or a zero-width interval, said only on the console and in JUnit).
    let anyReason = model.checks.contains { $0.reason != nil }
    html += "<table><thead><tr><th>metric</th><th>required</th><th>on</th><th>value [95% CI]</th><th>result</th>"
    html += (anyReason ? "<th>why</th>" : "") + "</tr></thead><tbody>\n"
    for check in model.checks {
      html +=
        "<tr class=\"\(check.passed ? "pass" : "fail")\"><td class=\"metric\"><code>\(htmlEscaped(check.metric))</code></td>"
      html +=
        "<td>\(check.isMaximum ? "≤" : "≥") \(JSONWriter.format(check.threshold))</td><td>\(htmlEscaped(check.comparedOn))</td>"
      // The threshold as the user gave it, and the estimate to as many decimals as it takes to tell
      // the compared figure from it (QA review 33: "≥ 0.118 | 0.118 | FAIL" for a minimum of 0.1177).
      let decimals = decimalsDistinguishing(check.comparedFigure, from: check.threshold)
      html +=
        "<td>\(htmlEscaped(formatted(check.estimate, decimals: decimals)))</td><td>\(check.passed ? "PASS" : "FAIL")</td>"
      if anyReason { html += "<td class=\"reason\">\(htmlEscaped(check.reason ?? ""))</td>" }
      html += "</tr>\n"
    }
    html += "</tbody></table>\n"
    html += "</section>\n"
    return html
  }

  /// Landis & Koch (1977) bands: a convention for reading kappa, not a standard of truth.
  static func band(_ value: Double?) -> String {
    guard let value else { return "" }
    switch value {
    case ..<0: return "poor"
    case ..<0.2: return "slight"
    case ..<0.4: return "fair"
    case ..<0.6: return "moderate"
    case ..<0.8: return "substantial"
    default: return "almost perfect"
    }
  }

  static func coefficientSection(
    _ title: String, rows: [ValidationReportModel.CoefficientRow], id: String,
    model: ValidationReportModel = .init(title: "", subtitle: ""), humans: (first: String, second: String)? = nil
  ) -> String {
    // The coders each column compares, by name (QA review 44 U3: "human vs human" named none, and
    // the reference was called "human").
    let machineColumn = "\(model.machineName) vs \(model.referenceName)"
    let humanColumn = humans.map { "humans: \($0.first) vs \($0.second)" } ?? "human vs human"
    var html = """
      <section id="\(id)">
      <h2>\(htmlEscaped(title))</h2>
      <table class="coefficients"><thead><tr><th>coefficient</th><th>\(htmlEscaped(machineColumn)) [95% CI]</th>
      <th>\(htmlEscaped(humanColumn)) [95% CI]</th><th>interval plot (−0.2 … 1)</th></tr></thead><tbody>

      """
    for row in rows {
      let machine = row.machineVersusHuman
      let human = row.humanVersusHuman
      html += "<tr><td><code>\(htmlEscaped(row.name))</code></td>"
      // Landis & Koch bands describe chance-corrected coefficients, not raw agreement.
      let banded = !row.name.hasPrefix("percent_agreement")
      html +=
        "<td>\(htmlEscaped(formatted(machine)))\(kindNote(machine))<span class=\"band\">\(banded ? band(machine?.value) : "")</span></td>"
      html +=
        "<td>\(htmlEscaped(formatted(human)))\(kindNote(human))<span class=\"band\">\(banded ? band(human?.value) : "")</span></td>"
      let label =
        "\(row.name): \(machineColumn) \(spoken(machine)); \(humanColumn) \(spoken(human))"
      html += "<td>\(SVGCharts.intervalPlot(machine: machine, human: human, label: label))</td></tr>\n"
    }
    let kinds = Set(
      rows.flatMap { [$0.machineVersusHuman?.intervalKind, $0.humanVersusHuman?.intervalKind] }.compactMap { $0 })
    var intervals = ""
    if !kinds.isEmpty {
      intervals =
        " Intervals marked analytic come from the coefficient's standard error (Wald for Cohen's kappa family, "
        + "Gwet's linearised SE with Student's t for the others)"
      if kinds.contains(where: { $0.hasPrefix("bootstrap") }) {
        intervals +=
          "; those marked bootstrap from \(model.bootstrapResamples) resamples of the items (seed "
          + "\(model.bootstrapSeed)), BCa or percentile as marked"
      }
      intervals += "."
    }
    html += """
      </tbody></table>
      <p class="note">Bands after Landis &amp; Koch (1977) are a reading convention, not a verdict. Human vs human
      agreement is the ceiling a model can be expected to reach.\(htmlEscaped(intervals))</p>
      <p class="note">Interval plot, on an axis from −0.2 to 1: the upper line (blue) is \(htmlEscaped(machineColumn)),
      the lower (grey) \(htmlEscaped(humanColumn)); a dot marks the estimate and the line its 95% interval. The solid
      vertical line marks 0, the dashed one \(JSONWriter.format(SVGCharts.referenceLine)), where Landis &amp; Koch's
      "almost perfect" band begins; it is not a threshold of the gate.</p>

      """
    let estimates = rows.flatMap { [$0.machineVersusHuman, $0.humanVersusHuman] }.compactMap { $0 }
    if estimates.contains(where: { ($0.upper ?? 0) > 1 || ($0.lower ?? 0) < -1 }) {
      html += "<p class=\"note\">\(htmlEscaped(AgreementNotes.waldBeyondRange))</p>\n"
    }
    html += "</section>\n\n"
    return html
  }

  static func confusionSection(_ confusion: ValidationReportModel.Confusion) -> String {
    """
    <section id="confusion">
    <h2>Confusion matrix (rows: reference, columns: machine)</h2>
    \(SVGCharts.heatMap(confusion))
    \(confusionTable(confusion))
    </section>

    """
  }

  /// The confusion matrix as a table, in a `<details>` under the heat map: the heat map is hidden
  /// from screen readers (its counts were unreachable behind role="img"; QA review 44 B3), and
  /// the table gives them, and anyone who wants the numbers, every count with row and column
  /// headers.
  static func confusionTable(_ confusion: ValidationReportModel.Confusion) -> String {
    var html = "<details class=\"confusion-table\"><summary>Confusion matrix as a table</summary>\n"
    html += "<table><caption>Counts of items: rows are the reference's labels, columns the machine's</caption>"
    html += "<thead><tr><th scope=\"col\">reference \\ machine</th>"
    for label in confusion.labels { html += "<th scope=\"col\">\(htmlEscaped(label))</th>" }
    html += "<th scope=\"col\">total</th></tr></thead><tbody>\n"
    for (row, label) in confusion.labels.enumerated() {
      let counts = row < confusion.counts.count ? confusion.counts[row] : []
      html += "<tr><th scope=\"row\">\(htmlEscaped(label))</th>"
      for column in confusion.labels.indices {
        html += "<td>\(column < counts.count ? counts[column] : 0)</td>"
      }
      html += "<td>\(counts.reduce(0, +))</td></tr>\n"
    }
    return html + "</tbody></table>\n</details>"
  }

  /// " (analytic)", " (bootstrap BCa)" … after an interval, or nothing.
  static func kindNote(_ estimate: ValidationReportModel.Estimate?) -> String {
    guard let estimate, estimate.lower != nil, let kind = estimate.intervalKind else { return "" }
    return "<span class=\"band\">\(htmlEscaped(kind))</span>"
  }

  /// An estimate as words for an accessible name: "0.750, 95% interval 0.680 to 0.820".
  static func spoken(_ estimate: ValidationReportModel.Estimate?) -> String {
    guard let estimate else { return "not measured" }
    guard let value = estimate.value else { return "undefined" + (estimate.reason.map { " (\($0))" } ?? "") }
    guard let lower = estimate.lower, let upper = estimate.upper else { return formatted(value) }
    return "\(formatted(value)), 95% interval \(formatted(lower)) to \(formatted(upper))"
  }

  static func scoresSection(
    _ title: String, _ scores: [ValidationReportModel.ClassScores], id: String,
    model: ValidationReportModel = .init(title: "", subtitle: ""), humans: (first: String, second: String)? = nil
  ) -> String {
    var html = "<section id=\"\(id)\">\n<h2>\(htmlEscaped(title))</h2>\n"
    html += SVGCharts.scoreBars(scores)
    let kappas = scores.contains { $0.kappa != nil || $0.humanKappa != nil }
    let predictions = scores.contains { $0.predicted != nil }
    html += "<table><thead><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th><th>support</th>"
    if predictions { html += "<th>predicted</th>" }
    if kappas {
      let human = humans.map { "\($0.first) vs \($0.second)" } ?? "human vs human"
      html += "<th>κ \(htmlEscaped(model.machineName)) vs \(htmlEscaped(model.referenceName))</th>"
      html += "<th>κ \(htmlEscaped(human))</th>"
    }
    html += "</tr></thead><tbody>\n"
    for score in scores {
      html += "<tr><td><code>\(htmlEscaped(score.label))</code></td><td>\(formatted(score.precision))</td>"
      html += "<td>\(formatted(score.recall))</td><td>\(formatted(score.f1))</td><td>\(score.support)</td>"
      if predictions { html += "<td>\(score.predicted.map(String.init) ?? "—")</td>" }
      if kappas { html += "<td>\(formatted(score.kappa))</td><td>\(formatted(score.humanKappa))</td>" }
      html += "</tr>\n"
    }
    html += "</tbody></table>\n</section>\n"
    return html
  }

  static func pairSection(
    _ title: String, _ pairs: [ValidationReportModel.LabelPair], id: String, headers: (String, String)
  ) -> String {
    var html = "<section id=\"\(id)\">\n<h2>\(htmlEscaped(title))</h2>\n"
    html += "<table><thead><tr><th>\(headers.0)</th><th>\(headers.1)</th><th>items</th></tr></thead><tbody>\n"
    for pair in pairs {
      html += "<tr><td><code>\(htmlEscaped(pair.first))</code></td><td><code>\(htmlEscaped(pair.second))</code></td>"
      html += "<td>\(pair.count)</td></tr>\n"
    }
    return html + "</tbody></table>\n</section>\n"
  }

  static func coverageSection(_ coverage: [(label: String, value: String)]) -> String {
    var html = "<section id=\"coverage\">\n<h2>Coverage</h2>\n<dl class=\"facts\">\n"
    for (label, value) in coverage {
      html += "<dt>\(htmlEscaped(label))</dt><dd>\(htmlEscaped(value))</dd>\n"
    }
    return html + "</dl>\n</section>\n"
  }

  static func segmentSection(_ segments: [ValidationReportModel.SegmentRow]) -> String {
    var html = """
      <section id="segments">
      <h2>Results by segment</h2>
      <table><thead><tr><th>field</th><th>value</th><th>items</th><th>accuracy</th><th>Cohen's κ [95% CI]</th></tr>
      </thead><tbody>

      """
    for row in segments {
      html += "<tr><td>\(htmlEscaped(row.field))</td><td>\(htmlEscaped(row.value))</td><td>\(row.items)</td>"
      let note = row.smallSegmentNote.map { "<span class=\"band\">\(htmlEscaped($0))</span>" } ?? ""
      html += "<td>\(formatted(row.accuracy))</td><td>\(htmlEscaped(formatted(row.kappa)))\(note)</td></tr>\n"
    }
    return html + "</tbody></table>\n</section>\n"
  }

  static func disagreementSection(
    _ disagreements: [ValidationReportModel.Disagreement],
    totals: [ValidationReportModel.Disagreement.Kind: Int] = [:], machine: String = "machine"
  ) -> String {
    // The count in the heading is every disagreement, not only those shown (QA review 14).
    var shown: [ValidationReportModel.Disagreement.Kind: Int] = [:]
    for item in disagreements { shown[item.kind, default: 0] += 1 }
    let total = [ValidationReportModel.Disagreement.Kind.sentiment, .tags].reduce(0) {
      $0 + (totals[$1] ?? shown[$1] ?? 0)
    }
    var html = """
      <section id="disagreements">
      <h2>Disagreements (\(total))</h2>
      <p class="note">Each verbatim on which the machine and the reference differ, once for its sentiment and once for
      its tag set (so a verbatim may count twice), with the machine's reasons, so a lexicon entry or a rule can be fixed. Texts are shown as coded (redacted when --redact was given).</p>

      """
    for kind in [ValidationReportModel.Disagreement.Kind.sentiment, .tags] {
      guard let all = totals[kind] else { continue }
      let name = kind == .sentiment ? "sentiment" : "tag-set"
      html += "<p class=\"note limit\">Showing the first \(shown[kind] ?? 0) of \(all) \(name) disagreements "
      html += "(by item id); disagreements.csv lists every one.</p>\n"
    }
    if disagreements.isEmpty { html += "<p>None.</p>\n" }
    for item in disagreements {
      let tags = item.kind == .tags
      html += "<article class=\"disagreement \(item.kind.rawValue)\"><h3><code>\(verbatimHTML(item.id))</code>"
      html += tags ? " · tag set</h3>" : "</h3>"
      // dir="auto": a right-to-left answer cannot reorder the page around it (review r19c); its
      // direction controls are shown, not obeyed (`verbatimHTML`), as in its id, codes and
      // explanation lines, which quote the text.
      html += "<blockquote dir=\"auto\">\(verbatimHTML(shortened(item.text)))</blockquote>"
      html += "<p><span class=\"tag human\">\(tags ? "reference tags" : "human"): \(verbatimHTML(item.human))</span> "
      html +=
        "<span class=\"tag machine\">\(htmlEscaped(machine))\(tags ? " tags" : ""): \(verbatimHTML(item.machine))</span></p>"
      if !item.explanation.isEmpty {
        html += "<ul class=\"explain\">"
        for line in item.explanation.prefix(explanationLimit) { html += "<li>\(verbatimHTML(line))</li>" }
        if item.explanation.count > explanationLimit {
          html += "<li>… and \(item.explanation.count - explanationLimit) more</li>"
        }
        html += "</ul>"
      }
      html += "</article>\n"
    }
    return html + "</section>\n"
  }

  /// Most characters of a verbatim a disagreement shows: a 100 KB answer would bury the report
  /// (review r19c). The CSV and JSON outputs keep every character.
  static let textLimit = 1000
  /// Most explanation lines a disagreement shows.
  static let explanationLimit = 40

  /// `text` cut after `textLimit` characters (whole grapheme clusters; escaping comes after the
  /// cut, so no entity is split) with how many more there were.
  static func shortened(_ text: String) -> String {
    var index = text.startIndex
    var kept = 0
    while kept < textLimit, index < text.endIndex {
      text.formIndex(after: &index)
      kept += 1
    }
    guard index < text.endIndex else { return text }
    let rest = text[index...].count
    return String(text[..<index]) + "… (\(rest) more characters)"
  }

  static func footer(_ model: ValidationReportModel) -> String {
    var html = "<footer><h2>Inputs</h2><table class=\"inputs\"><tbody>\n"
    for input in model.inputs {
      html += "<tr><td>\(htmlEscaped(input.name))</td><td><code>\(htmlEscaped(input.sha256))</code></td></tr>\n"
    }
    html += "</tbody></table>\n"
    if !model.provenance.isEmpty {
      html += "<h2>Produced by</h2><table class=\"inputs\"><tbody>\n"
      for row in model.provenance {
        html += "<tr><td>\(htmlEscaped(row.label))</td><td><code>\(htmlEscaped(row.value))</code></td></tr>\n"
      }
      html += "</tbody></table>\n"
    }
    return html + "</footer>\n"
  }
}
