import Agreement

/// Which of `validate`'s reports a threshold reads, and the metric's name inside that report:
/// `tags.level_N.METRIC` reads the tag report of level N, `tags.METRIC` the leaf level's, any other
/// name the sentiment report. One parser for the pre-flight check and the gate.
struct ThresholdScope: Equatable {
  enum Report: Equatable {
    case sentiment
    /// A tag report: `level` N of `tags.level_N.`, nil for `tags.` (the leaf level).
    case tags(level: Int?)
  }

  var report: Report
  /// The metric without the `tags.` or `tags.level_N.` prefix.
  var metric: String

  /// Throws `invalidOption` naming the flag and the threshold as written when `tags.level_` is not
  /// followed by a number and a dot.
  init(_ threshold: GateThreshold) throws(AgreementError) {
    let name = threshold.metric
    if name.hasPrefix("tags.level_") {
      let rest = name.dropFirst("tags.level_".count)
      guard let dot = rest.firstIndex(of: "."), let level = Int(rest[..<dot]) else {
        let flag = threshold.isMaximum ? "--max" : "--min"
        throw .invalidOption(message: "\(flag) \(name): expected tags.level_N.METRIC")
      }
      report = .tags(level: level)
      metric = String(rest[rest.index(after: dot)...])
    } else if name.hasPrefix("tags.") {
      report = .tags(level: nil)
      metric = String(name.dropFirst("tags.".count))
    } else {
      report = .sentiment
      metric = name
    }
  }

  var isTags: Bool { report != .sentiment }

  /// Written as `tags.level_N.`.
  var namesLevel: Bool {
    if case .tags(level: .some) = report { true } else { false }
  }
}
