import VerbatimCore

/// Where one rating's item, coder and label stand in its file, for the messages about them
/// (`r.csv:3:7: label "1.0" is not one of the declared categories`). CSV knows where its fields
/// start as it reads them; a JSON Lines line is parsed again for its members' columns only when a
/// message asks (`location(of:)`), so reading pays nothing for them.
struct RatingLocations: Sendable {
  /// The parts of a rating a message can be about.
  enum Field: Sendable {
    case item, coder, label
  }

  /// The rating's line (a CSV record's first line), without a column: what a message names as the
  /// place of an earlier rating ("first at r.csv:2").
  var row: SourceLocation
  private var fields: Fields

  private enum Fields: Sendable {
    /// Built in memory, or given as one location: every field is at `row`.
    case row
    /// Where a CSV record's fields start.
    case csv(item: CSVParser.Position, coder: CSVParser.Position, label: CSVParser.Position)
    /// A JSON object's line and the dotted paths of its members (nil: not in the object, as the coder
    /// of predictions, named on the command line).
    case json(line: [UInt8], item: String, coder: String?, label: String)
  }

  /// Every field at `location`.
  init(_ location: SourceLocation) {
    row = location
    fields = .row
  }

  /// A CSV record starting on `row`'s line whose fields start at these positions.
  init(csv row: SourceLocation, item: CSVParser.Position, coder: CSVParser.Position, label: CSVParser.Position) {
    self.row = row
    fields = .csv(item: item, coder: coder, label: label)
  }

  /// A JSON object on one line (`line`, the line's bytes without its line end), its item, coder and
  /// label the members at these dotted paths.
  init(json line: [UInt8], at row: SourceLocation, item: String, coder: String?, label: String) {
    self.row = row
    fields = .json(line: line, item: item, coder: coder, label: label)
  }

  /// Where `field` starts: its line and column (in characters); for a JSON member, where its value
  /// starts, or for a member the object lacks, its opening brace.
  func location(of field: Field) -> SourceLocation {
    switch fields {
    case .row: return row
    case .csv(let item, let coder, let label):
      let position = field == .item ? item : field == .coder ? coder : label
      return SourceLocation(file: row.file, line: position.line, column: position.column)
    case .json(let line, let item, let coder, let label):
      let path = field == .item ? item : field == .coder ? coder : label
      return SourceLocation(file: row.file, line: row.line, column: Self.column(ofMember: path, in: line))
    }
  }

  /// The 1-based column (in characters) of the value of the member at the dotted `path`
  /// ("sentiment.label") of the JSON object on one line; for a member the object lacks (or a nil
  /// path), that of the object's opening brace.
  static func column(ofMember path: String?, in line: [UInt8]) -> Int {
    line.withUnsafeBufferPointer { bytes in
      if let path {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        let parent = parts.dropLast().joined(separator: ".")
        if let column = JSONParser.valueColumn(ofMember: String(parts.last ?? ""), at: parent, in: bytes) {
          return column
        }
      }
      let brace = bytes.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? 0
      return JSONParser.column(ofOffset: brace, in: bytes)
    }
  }
}

extension AgreementError {
  /// `.malformed` at a field's location: its line, and its column as `malformed`'s column.
  static func malformed(_ message: String, at location: SourceLocation) -> AgreementError {
    .malformed(at: location.withoutColumn, column: location.column, message: message)
  }
}
