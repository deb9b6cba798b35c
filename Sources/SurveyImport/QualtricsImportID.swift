import VerbatimCore

/// A cell of Qualtrics' ImportId row, the third header row of its CSV export. Current exports
/// write it as JSON, `{"ImportId":"QID2_TEXT"}` (members such as `"timeZone"` may follow); exports
/// from before 2018 wrote a Python-style dictionary in single quotes, `{'ImportId': 'QID2-TEXT'}`,
/// and joined an id's parts with `-` where current ones use `_` (field test h45: such a row was
/// imported as a respondent `{'ImportId': 'responseId'}`, and the answers of a text-entry question
/// named only by its ImportId were left in meta).
enum QualtricsImportID {
  private static let jsonPrefix = Array(#"{"ImportId""#.utf8)
  private static let dictionaryPrefix = Array("{'ImportId'".utf8)

  /// Whether `cell` begins as an ImportId cell does, in either form.
  static func starts(_ cell: [UInt8]) -> Bool {
    cell.starts(with: jsonPrefix) || cell.starts(with: dictionaryPrefix)
  }

  /// The ImportId that `cell` names, or nil when it is no ImportId cell (`problem(with:)` says why).
  static func value(of cell: [UInt8]) -> String? {
    if cell.starts(with: jsonPrefix) {
      return (try? JSONParser.parse(FieldDecoding.string(cell)))?["ImportId"]?.stringValue
    }
    guard cell.starts(with: dictionaryPrefix) else { return nil }
    // `{'ImportId': 'value'` and then `}` or further members: the value runs to its closing quote
    // (an id holds no quote).
    var index = dictionaryPrefix.count
    func skipSpaces() { while index < cell.count, cell[index] == 0x20 { index += 1 } }
    skipSpaces()
    guard index < cell.count, cell[index] == UInt8(ascii: ":") else { return nil }
    index += 1
    skipSpaces()
    guard index < cell.count, cell[index] == UInt8(ascii: "'") else { return nil }
    let start = index + 1
    guard let end = cell[start...].firstIndex(of: UInt8(ascii: "'")) else { return nil }
    return String(validating: cell[start..<end], as: UTF8.self)
  }

  /// Why `cell`, in the ImportId row, names no ImportId (`value(of:)` is nil): for a warning that
  /// places it.
  static func problem(with cell: [UInt8]) -> String {
    if cell.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return "empty" }
    if cell.starts(with: dictionaryPrefix) { return "not a readable {'ImportId': '…'} cell" }
    guard cell.starts(with: jsonPrefix) else { return #"not {"ImportId":…}"# }
    guard let object = try? JSONParser.parse(FieldDecoding.string(cell)) else { return "not valid JSON" }
    return object["ImportId"]?.stringValue == nil ? #"its "ImportId" is not a string"# : "unreadable"
  }

  /// Whether an ImportId names a text entry: it ends in `_TEXT` (current exports: `QID2_TEXT`,
  /// `QID3_4_TEXT`) or `-TEXT` (older ones: `QID2-TEXT`, `QID3-4-TEXT`), in any case.
  static func isTextEntry(_ importID: String) -> Bool {
    let upper = importID.uppercased()
    return upper.hasSuffix("_TEXT") || upper.hasSuffix("-TEXT")
  }

  /// Whether `importID` is a question's column that is not text entry: `QID` and digits, then
  /// nothing or a choice, scale or side-by-side part (`QID1`, `QID3_1`, `QID3-1`, `QID5#1-2`), as
  /// Qualtrics names a choice column. Metadata and embedded data (`startDate`, `_recordId`, a field
  /// of the user's) and the Text iQ columns (`QID2_TEXT_…Topics`) are not.
  static func isQuestionColumn(_ importID: String) -> Bool {
    guard importID.hasPrefix("QID"), !isTextEntry(importID) else { return false }
    let rest = importID.dropFirst(3)
    guard let first = rest.first, first.isASCII, first.isNumber else { return false }
    return rest.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "_" || $0 == "-" || $0 == "#" }
  }
}
