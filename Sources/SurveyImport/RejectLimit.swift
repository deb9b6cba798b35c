/// How many rejected pieces a run under `--keep-going` may have before it fails (`--max-rejects`):
/// a count ("10") or a share of the pieces the run accounted for ("1%", "0.5%").
///
/// The pieces are the records written, the blank and not-shown answers, and the rejected pieces
/// themselves (`ImportSummary`): "1%" fails an import of 1,000 answers with 11 rejects and passes
/// one with 10. The limit is inclusive: rejects equal to it pass.
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
