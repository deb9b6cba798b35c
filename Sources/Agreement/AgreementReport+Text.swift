import VerbatimCore

extension AgreementReport {
  /// Landis & Koch (1977) interpretation band of a kappa-type value — a convention, not a truth
  /// (Biometrics 33:159–174, doi:10.2307/2529310).
  public static func landisKochBand(_ value: Double) -> String {
    switch value {
    case ..<0: return "poor"
    case ..<0.205: return "slight"
    case ..<0.405: return "fair"
    case ..<0.605: return "moderate"
    case ..<0.805: return "substantial"
    default: return "almost perfect"
    }
  }

  /// A table for people: one coefficient per line, aligned, 4 decimals. With a bootstrap, two more columns
  /// give the percentile and BCa 95% intervals. Long reasons (undefined values, standard errors that a
  /// merge cannot give) are numbered notes under the table.
  public func text() -> String {
    func fixed(_ x: Double?) -> String {
      guard let x else { return "" }
      let scaled = (x * 10_000).rounded() / 10_000
      var text = JSONWriter.format(scaled == 0 ? 0 : scaled)
      if let dot = text.firstIndex(of: "."), !text.contains("e") {
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        if decimals < 4 { text += String(repeating: "0", count: 4 - decimals) }
      }
      return text
    }
    func range(_ interval: ConfidenceInterval?) -> String {
      interval.map { "[\(fixed($0.lower)), \(fixed($0.upper))]" } ?? ""
    }
    let bootstrapped = bootstrapResamples > 0
    var header = ["coefficient", "value", "se", "95% CI"]
    if bootstrapped { header += ["bootstrap percentile", "bootstrap BCa"] }
    header.append("band*")
    var rows: [[String]] = [header]
    // No agreement band for indices, proportions and bounds: κ_max is the most κ the marginals
    // allow, not an agreement (QA review 20).
    let indices: Set<Coefficient> = [
      .prevalenceIndex, .biasIndex, .percentAgreement, .percentAgreementQuadratic,
      .percentAgreementUnanimous, .percentAgreementPair, .cohenKappaMax,
    ]
    var notes: [String] = []
    func note(_ reason: String) -> String {
      guard reason.count > 40 else { return reason }
      if let index = notes.firstIndex(of: reason) { return "see note \(index + 1)" }
      notes.append(reason)
      return "see note \(notes.count)"
    }
    for name in coefficients.keys.sorted() {
      let estimate = coefficients[name]!
      var row = [name.rawValue]
      switch estimate.value {
      case .defined(let value):
        row += [fixed(value), fixed(estimate.standardError), range(estimate.interval95)]
        if bootstrapped { row += [range(estimate.bootstrap?.percentile), range(estimate.bootstrap?.bca)] }
        var band = indices.contains(name) ? "" : Self.landisKochBand(value)
        if let reason = estimate.standardErrorReason { band += (band.isEmpty ? "" : "; ") + "no se: " + note(reason) }
        row.append(band)
      case .undefined(let reason):
        row += ["undefined", "", ""] + (bootstrapped ? ["", ""] : []) + [note(reason)]
      }
      rows.append(row)
    }
    let columns = header.count
    var widths = [Int](repeating: 0, count: columns)
    for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
    var out = "\(items) items, \(coders.count) coders (\(coders.joined(separator: ", "))), "
    out += "\(categories.count) categories, level \(level.rawValue)\n"
    if let codeLevel { out += "codes rolled up to level \(codeLevel) of their hierarchy\n" }
    if let pair {
      out += "two-coder coefficients: pair \(pair.joined(separator: ", "))"
      if let both = pairCoverage?.both { out += " (\(both) of \(items) items rated by both)" }
      out += "\n"
    }
    if bootstrapped { out += "bootstrap: \(bootstrapResamples) resamples of the items (95% intervals)\n" }
    out += "\n"
    for row in rows {
      var line = ""
      for (column, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        line += column == 0 || column == columns - 1 ? cell + pad : pad + cell
        if column < columns - 1 { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    out += "\n* Landis & Koch (1977) bands are a convention, not a truth.\n"
    let beyondRange = coefficients.values.contains { estimate in
      guard let interval = estimate.interval95 else { return false }
      return interval.upper > 1 || interval.lower < -1
    }
    if beyondRange { out += AgreementNotes.waldBeyondRange + "\n" }
    for (index, text) in notes.enumerated() { out += "\(index + 1). \(text)\n" }
    for metrics in classification {
      if let reason = metrics.undefinedReason {
        out += "\n\(metrics.coder) against the reference: undefined (\(reason))\n"
        continue
      }
      out += "\n\(metrics.coder) against the reference (\(metrics.items) items): "
      if metrics.hammingLoss != nil {
        // Multi-label: accuracy is subset accuracy (every label of an item right), and micro F1 the
        // usual headline (QA review 38: the table had neither name nor figure).
        out += "subset accuracy \(fixed(metrics.accuracy)), micro F1 \(fixed(metrics.f1.micro))"
      } else {
        out += "accuracy \(fixed(metrics.accuracy))"
      }
      if let balanced = metrics.balancedAccuracy { out += ", balanced accuracy \(fixed(balanced))" }
      if let mcc = metrics.mcc { out += ", MCC \(fixed(mcc))" }
      out += ", macro F1 \(fixed(metrics.f1.macro))\n"
      var classRows = [["label", "precision", "recall", "f1", "support"]]
      for (label, m) in zip(metrics.labels, metrics.perClass) {
        classRows.append([label, fixed(m.precision), fixed(m.recall), fixed(m.f1), String(m.support)])
      }
      var classWidths = [Int](repeating: 0, count: 5)
      for row in classRows { for (c, cell) in row.enumerated() { classWidths[c] = max(classWidths[c], cell.count) } }
      for row in classRows {
        var line = "  "
        for (c, cell) in row.enumerated() {
          let pad = String(repeating: " ", count: classWidths[c] - cell.count)
          line += (c == 0 ? cell + pad : pad + cell) + (c < 4 ? "  " : "")
        }
        out += line + "\n"
      }
    }
    return out
  }

  /// CSV: coefficient,value,se,se0,se_simple,ci95_lower,ci95_upper,reason (RFC 4180 quoting); with a
  /// bootstrap, six more columns: bootstrap_resamples,bootstrap_defined,percentile_lower,percentile_upper,
  /// bca_lower,bca_upper. `reason` says why a value is undefined, or else why a standard error is missing.
  /// With a reference coder, the classification metrics follow as rows named `classification.CODER.PATH`
  /// (the `gate` names, e.g. classification.model.f1.macro) with their value and 95% interval (Wilson,
  /// or bootstrap percentile) in the ci95 columns; per-class rows included, confusion matrices only in
  /// the JSON.
  public func csv() -> String {
    func number(_ x: Double?) -> String { x.map(JSONWriter.format) ?? "" }
    func quote(_ text: String) -> String {
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : text
    }
    let bootstrapped = bootstrapResamples > 0
    var out = "coefficient,value,se,se0,se_simple,ci95_lower,ci95_upper,reason"
    if bootstrapped {
      out += ",bootstrap_resamples,bootstrap_defined,percentile_lower,percentile_upper,bca_lower,bca_upper"
    }
    out += "\r\n"
    for name in coefficients.keys.sorted() {
      let e = coefficients[name]!
      var fields = [
        name.rawValue, number(e.value.number), number(e.standardError), number(e.nullStandardError),
        number(e.simpleStandardError), number(e.interval95?.lower), number(e.interval95?.upper),
        quote(e.value.reason ?? e.standardErrorReason ?? ""),
      ]
      if bootstrapped {
        let b = e.bootstrap
        fields += [
          b.map { String($0.resamples) } ?? "", b.map { String($0.definedResamples) } ?? "",
          number(b?.percentile?.lower), number(b?.percentile?.upper), number(b?.bca?.lower), number(b?.bca?.upper),
        ]
      }
      out += fields.joined(separator: ",") + "\r\n"
    }
    for metrics in classification {
      for (path, value) in metrics.scalars {
        let reason = metrics.undefinedReason
        let ci = reason == nil ? metrics.intervals[path] : nil
        var fields = [
          quote("classification.\(metrics.coder).\(path)"), reason == nil ? number(value) : "", "", "", "",
          number(ci?.lower), number(ci?.upper), quote(reason ?? ""),
        ]
        if bootstrapped { fields += ["", "", "", "", "", ""] }
        out += fields.joined(separator: ",") + "\r\n"
      }
    }
    return out
  }
}
