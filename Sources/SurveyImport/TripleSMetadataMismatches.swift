/// Values of a Triple-S data file that its metadata does not describe: a code that a variable's
/// `<values>` do not list (imported as the bare code, where listed codes become `{"code",
/// "label"}`), and a text longer than its variable's `<size>`. The data are kept as they are;
/// each kind is noted once per variable with its count and first line (QA review 31, L16, and QA
/// review 29, L10: both passed without a word).
final class MetadataMismatches {
  enum Kind {
    case unlistedCode, longerThanSize
  }

  private struct Key: Hashable {
    var variable: String
    var kind: Kind
  }

  private struct Tally {
    var count = 0
    var first = ""
    var line = 0
  }

  private var tallies: [Key: Tally] = [:]
  /// The keys in the order first seen.
  private var order: [Key] = []

  func add(_ variable: String, _ kind: Kind, value: String, line: Int) {
    let key = Key(variable: variable, kind: kind)
    if tallies[key] == nil {
      tallies[key] = Tally(first: value, line: line)
      order.append(key)
    }
    tallies[key]!.count += 1
  }

  /// One note per variable and kind.
  func notes(dataPath: String) -> [String] {
    order.map { key in
      let tally = tallies[key]!
      switch key.kind {
      case .unlistedCode:
        return "\(dataPath): variable \(key.variable): \(tally.count) value(s) not among the codes its <values> list "
          + "(first \(tally.first) at line \(tally.line)): imported as the bare code, without a label"
      case .longerThanSize:
        return "\(dataPath): variable \(key.variable): \(tally.count) answer(s) longer than its <size> (first "
          + "\(tally.first) at line \(tally.line)): imported whole"
      }
    }
  }
}
