/// How many rejected pieces a run under `--keep-going` may have before it fails (`--max-rejects`):
/// a count ("10") or a share of the pieces the run accounted for ("1%", "0.5%").
///
/// A count limits the rejected pieces (rows, responses or single answers). A percentage limits the
/// share of the answers rejected among the answers accounted for (`ImportSummary.answersRejected`
/// of `answersAccounted`: written, blank, not shown and rejected), a rejected whole row weighing
/// the answers it held: "1%" fails an import of 1,000 answers with 11 rejected and passes one with
/// 10. The limit is inclusive: rejects equal to it pass.
public enum RejectLimit: Sendable, Equatable, CustomStringConvertible {
  /// At most this many rejected pieces.
  case count(Int)
  /// At most this percentage (0…100) of the pieces.
  case percent(Double)

  /// Reads "N" (a whole number ≥ 0) or "P%" (0 ≤ P ≤ 100); nil for anything else.
  public init?(parsing text: String) {
    let trimmed = text.trimmingSpaces
    if trimmed.hasSuffix("%") {
      guard let value = Double(trimmed.dropLast()), value.isFinite, value >= 0, value <= 100 else { return nil }
      self = .percent(value)
    } else {
      guard let value = Int(trimmed), value >= 0 else { return nil }
      self = .count(value)
    }
  }

  /// Whether `rejected` of `pieces` goes past the limit.
  public func isExceeded(rejected: Int, of pieces: Int) -> Bool {
    switch self {
    case .count(let maximum): rejected > maximum
    // rejected / pieces > p / 100, in integers where possible (no rounding at the boundary).
    case .percent(let share): pieces > 0 && Double(rejected) * 100 > share * Double(pieces)
    }
  }

  /// Whether the rejects of `summary` go past the limit (see the type's comment).
  public func isExceeded(by summary: ImportSummary) -> Bool {
    switch self {
    case .count: isExceeded(rejected: summary.rejected, of: summary.rejected)
    case .percent: isExceeded(rejected: summary.answersRejected, of: summary.answersAccounted)
    }
  }

  /// What the limit counted in `summary`, for a message: "3 of 40 piece(s) rejected" for a count,
  /// "12 of 100 answer(s) rejected (10 in 2 whole row(s) or response(s), 2 single)" for a percentage.
  public func counted(in summary: ImportSummary) -> String {
    switch self {
    case .count:
      return
        "\(summary.rejected) of \(summary.records + summary.blank + summary.notShown + summary.rejected) piece(s) rejected"
    case .percent:
      let rows = summary.rejected - summary.rejectedAnswers
      var parts: [String] = []
      if rows > 0 {
        parts.append("\(summary.answersInRejectedRows) in \(rows) whole row(s) or response(s)")
      }
      if summary.rejectedAnswers > 0 { parts.append("\(summary.rejectedAnswers) single") }
      let how = parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
      return "\(summary.answersRejected) of \(summary.answersAccounted) answer(s) rejected\(how)"
    }
  }

  /// The limit as given: "10", "1%".
  public var description: String {
    switch self {
    case .count(let maximum): "\(maximum)"
    case .percent(let share):
      share == share.rounded() ? "\(Int(share))%" : "\(share)%"
    }
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
