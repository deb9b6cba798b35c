import VerbatimCore

/// The answer members of a JSONL import (`JSONLSurveyReader`), in the order they were first met,
/// with a table from name to position: a line's answers are found by looking its own members up,
/// never by going through every field the file has named so far.
///
/// A wide JSONL file may name a new answer member on every line (up to
/// `ImportLimits.maximumFields`, 100,000); going through them all on each line made such an import
/// quadratic (review h43 D6: 20,000 lines of one new member each took 31 s). Work that touches
/// every field is counted in `steps`, so a test can check that the whole import does work in
/// proportion to its lines and members, not to their product.
struct AnswerFields {
  private var names: [String] = []
  private var positions: [String: Int] = [:]
  /// The fields touched by whole-list work (`forEachField`, `absenceReason`) and by lookups, over
  /// the life of the value: a measure of the work done, for tests.
  private(set) var steps = 0

  /// `names` without their repetitions (a `--question` given twice is one field).
  init(_ names: [String]) {
    for name in names { append(name) }
  }

  var count: Int { names.count }

  /// Whether `name` is a field (one lookup).
  mutating func contains(_ name: String) -> Bool {
    steps += 1
    return positions[name] != nil
  }

  /// Adds `name` at the end unless it is a field already.
  mutating func append(_ name: String) {
    steps += 1
    guard positions[name] == nil else { return }
    positions[name] = names.count
    names.append(name)
  }

  /// Replaces every field with `newNames`.
  mutating func replace(with newNames: [String]) {
    names.removeAll()
    positions.removeAll()
    for name in newNames { append(name) }
  }

  /// The positions in `members` of those that are fields, in field order (the order answers are
  /// handed out in): one lookup per member.
  mutating func answerMembers(of members: [JSONMember]) -> [Int] {
    var found: [(field: Int, member: Int)] = []
    for (index, member) in members.enumerated() {
      steps += 1
      if let field = positions[member.key] { found.append((field, index)) }
    }
    // Members usually come in field order already.
    if !zip(found, found.dropFirst()).allSatisfy({ $0.field < $1.field }) { found.sort { $0.field < $1.field } }
    return found.map(\.member)
  }

  /// Calls `body` with every field in order (once the file is read: the not-shown counts).
  mutating func forEachField(_ body: (String) throws -> Void) rethrows {
    steps += names.count
    for name in names { try body(name) }
  }

  /// Why a line with none of the fields is rejected: "no comment/feedback member", or, past
  /// `limit` fields, their number and the first `limit` (a reason listing 20,000 names helps no one).
  mutating func absenceReason(limit: Int = 8) -> String {
    steps += min(names.count, limit)
    if names.count <= limit { return "no \(names.joined(separator: "/")) member" }
    return "none of the \(names.count) answer members (\(names.prefix(limit).joined(separator: ", ")), …)"
  }
}
