import VerbatimCore

extension RatingsReader {
  /// The location of the first row whose item and label satisfy `matches`, for problems found only
  /// after a file was read (a label a caller cannot use, an item another input lacks), so their
  /// messages can point at a line as parse errors do. Nil when no row matches or the bytes no
  /// longer parse. Reads the whole file again: meant for error paths only.
  public static func firstLocation(
    bytes: [UInt8], source: String, format: RatingsFormat, multiLabel: Bool,
    matching matches: (_ item: String, _ label: String?) -> Bool
  ) -> SourceLocation? {
    var found: SourceLocation?
    try? forEachRow(bytes: bytes, source: source, format: format, multiLabel: multiLabel) { row in
      if found == nil, matches(row.item, row.label) { found = row.location }
    }
    return found
  }
}
