/// An error about one record's content that does not know where the record is (a text with more
/// tokens than one verbatim may have, thrown by the tokenizer). `ParallelLineProcessor` wraps it
/// in a `LineError` naming the file and line of the record that raised it; the export coding of
/// `code` and `validate` names the file and the record's id.
public protocol LineScopedError: Error, CustomStringConvertible {}

/// A `LineScopedError` with the place of its record: `file:line: message`, or `file: record ID:
/// message` (exit 65).
public struct LineError: Error, CustomStringConvertible, Sendable {
  /// Where the record is, as printed before the message.
  public var place: String
  public var message: String

  /// An error of the record on line `line` of `path`.
  public init(path: String, line: Int, message: String) {
    place = "\(path):\(line)"
    self.message = message
  }

  /// An error of the record `record` (its id) of `path`.
  public init(path: String, record: String, message: String) {
    place = "\(path): record \(record)"
    self.message = message
  }

  public var description: String { "\(place): \(message)" }
}
