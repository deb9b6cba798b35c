#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Breadth limits for XML records, so a hostile file fails fast with a clear message instead of
/// taking minutes and hundreds of megabytes (libxml2 itself limits depth and node size only).
enum XMLLimits {
  /// Attributes on one element. libxml2 checks duplicate attributes pairwise, so 80,000
  /// attributes take a minute; real exports use a handful.
  static let attributesPerElement = 10_000
  /// Child elements (columns, fields) in one record (`<Response>`, `<row>`, a mapped record).
  /// Wide real surveys have a few thousand columns.
  static let fieldsPerRecord = ImportLimits.maximumFields
  /// Comments, processing instructions and CDATA sections in a row with no start or end tag
  /// between them (checked on the bytes, `XMLBreadthScanner`). libxml2's reader keeps such a run
  /// in memory until the next element (QA review 15: an answer split by 3 million `<!---->` took
  /// 895 MB for a 27 MB file); an answer split this finely is not an export.
  static let looseNodesInARow = 100_000
  /// Distinct element names in one document. libxml2 keeps every name it meets in a dictionary
  /// for the whole parse (review h42 #7: a million `<E1>` … `<E1000000>` grew memory and time and
  /// ended in "Memory allocation failed", and past 100,000 question names the summary no longer
  /// added up); a survey export has a few thousand columns. Also the most questions a summary
  /// counts (`ImportContext.questionsCounted`), so an XML summary always adds up.
  static let distinctElementNames = 100_000

  /// Throws when a record has more than `fieldsPerRecord` child elements.
  static func checkFieldCount(_ count: Int, stream: XMLStream, record: String) throws(ImportError) {
    guard count > fieldsPerRecord else { return }
    throw .malformed(
      path: stream.path, line: stream.currentLine, column: 0,
      message:
        "a \(record) with more than \(fieldsPerRecord) fields (refused: a hostile or broken file; real exports have far fewer columns)",
      recordsBefore: 0)
  }
}

extension CompanionFile {
  /// Throws `cannotOpen` (exit 66, as for the main file) when `path` is missing or is not a
  /// regular file (a directory given as `--qsf`, `--lss` or `--map`).
  static func requireRegularFile(_ path: String, option: String) throws(ImportError) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw .cannotOpen(path: path, reason: "\(option): \(String(cString: strerror(errno)))")
    }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw .cannotOpen(path: path, reason: "\(option): is a directory, not a file") }
  }
}
