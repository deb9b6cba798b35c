import VerbatimCore

extension RatingsReader {
  /// The location of the first row whose item and label satisfy `matches`, for problems found only
  /// after a file was read (a label a caller cannot use, an item another input lacks), so their
  /// messages can point at a line as parse errors do. Nil when no row matches or the bytes no
  /// longer parse. Reads the whole file again: meant for error paths only.
  ///
  /// With `atLabel`, the location has the column where the row's label starts (QA review 44 U4: a
  /// misspelt label or an unknown tag was named by its line only).
  public static func firstLocation(
    bytes: [UInt8], source: String, format: RatingsFormat, multiLabel: Bool, atLabel: Bool = false,
    matching matches: (_ item: String, _ label: String?) -> Bool
  ) -> SourceLocation? {
    var found: SourceLocation?
    try? forEachRow(bytes: bytes, source: source, format: format, multiLabel: multiLabel) { row in
      if found == nil, matches(row.item, row.label) {
        found = atLabel ? row.locations.location(of: .label) : row.location
      }
    }
    return found
  }

  /// Where each of `items` first occurs: the line and column of its item field in the first row
  /// that holds it (one pass over the file). Items no row holds are absent from the result, and so
  /// is every item when the bytes no longer parse. Meant for reports on items found lacking only
  /// after the file was read (human codes the export does not have, QA review 44 L1).
  public static func firstItemLocations(
    bytes: [UInt8], source: String, format: RatingsFormat, multiLabel: Bool, items: Set<String>
  ) -> [String: SourceLocation] {
    var found: [String: SourceLocation] = [:]
    try? forEachRow(bytes: bytes, source: source, format: format, multiLabel: multiLabel) { row in
      if items.contains(row.item), found[row.item] == nil { found[row.item] = row.locations.location(of: .item) }
    }
    return found
  }
}

extension RatingsReader {
  /// `error` with the column of the item of the rating it names where it is a second rating found
  /// only when the table was built (`RatingTableBuilder.build` keeps each rating's line, not its
  /// columns): that rating is read again, from the ratings or the predictions file, on this error
  /// path only. Any other error, or one whose rating cannot be found again, unchanged.
  static func locatingDuplicate(
    _ error: AgreementError, bytes: [UInt8], source: String, format: RatingsFormat, predictions: [PredictionsSource]
  ) -> AgreementError {
    guard case .duplicateRating(let item, let coder, let first, let second) = error, second.column == 0 else {
      return error
    }
    var found: SourceLocation?
    if let prediction = predictions.first(where: { $0.source == second.file && $0.coder == coder }) {
      try? prediction.forEachPrediction(multiLabel: false) { _, _, _, locations in
        if found == nil, locations.row.line == second.line { found = locations.location(of: .item) }
      }
    } else if second.file == source {
      try? forEachRow(bytes: bytes, source: source, format: format, multiLabel: false) { row in
        if found == nil, row.location.line == second.line, row.item == item, row.coder == coder {
          found = row.locations.location(of: .item)
        }
      }
    }
    guard let found else { return error }
    return .duplicateRating(item: item, coder: coder, first: first, second: found)
  }
}
