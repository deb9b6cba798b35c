/// The size of one XML record (a Qualtrics `<Response>`, a LimeSurvey `<row>`, a mapped record)
/// while it is read: the bytes of the values it keeps (answers, metadata and ids, with their
/// element or path names), held to `ImportLimits.maximumRecordBytes` (16 MiB), the limit of a CSV
/// row or a JSONL line. A record over it is rejected with `reason(record:)`; from the field that
/// crosses the limit on, the reader keeps nothing more of it and reads on to its end, so memory
/// stays bounded (QA review 41: a `<Response>` of 60 elements of 9 MB each took 2.2 GB and wrote a
/// 540 MB line that the text commands then refused as longer than 16 MiB).
struct XMLRecordSize {
  /// The most bytes one record may keep.
  static let limit = ImportLimits.maximumRecordBytes
  /// The bytes kept so far.
  private(set) var bytes = 0
  /// The line where the record went over the limit; nil while it is within.
  private(set) var overAtLine: Int?

  /// Whether the record has gone over the limit.
  var isOver: Bool { overAtLine != nil }

  /// Adds `count` bytes read at `line`; returns whether the record is still within the limit (the
  /// value may be kept). Once over, every later call returns false.
  mutating func add(_ count: Int, line: Int) -> Bool {
    guard overAtLine == nil else { return false }
    bytes += count
    if bytes > Self.limit {
      overAtLine = line
      return false
    }
    return true
  }

  /// Why a record over the limit is rejected; `record` names it (`<Response>`).
  func reason(record: String) -> String {
    "a \(record) whose answers and metadata are larger than the \(ImportLimits.describe(Self.limit)) limit for one "
      + "record (the limit of a CSV row or a JSONL line), passed at line \(overAtLine ?? 0): not imported (a broken "
      + "or hostile export; an answer this long cannot be scored)"
  }
}
