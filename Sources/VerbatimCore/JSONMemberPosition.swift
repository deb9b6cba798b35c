/// Where one object member stands in a JSON text: for error messages that name a member's line and
/// column ("field \"text\" must be a string" at the value, a repeated name at its second
/// occurrence), found by parsing the text again on the error path only.
public struct JSONMemberPosition: Sendable, Equatable {
  /// The path of the object that holds the member, as `JSONValue.firstRepeatedName` writes it: `""`
  /// for the top level, `meta` or `meta.contact` for nested objects, `[2]` for an array element.
  public var path: String
  /// The member's name.
  public var name: String
  /// The 0-based byte offset of the name's opening quote.
  public var nameOffset: Int
  /// The 0-based byte offset of the value's first byte.
  public var valueOffset: Int

  public init(path: String, name: String, nameOffset: Int, valueOffset: Int) {
    self.path = path
    self.name = name
    self.nameOffset = nameOffset
    self.valueOffset = valueOffset
  }
}

extension JSONParser {
  /// The 1-based column of the value of the member `name` of the object at `path` (`""`, the top
  /// level, or as `JSONMemberPosition.path` writes it) in the JSON text `bytes`, the first such
  /// member, in Unicode code points as `JSONSyntaxError.position(in:)` counts; nil when there is none.
  public static func valueColumn(
    ofMember name: String, at path: String = "", in bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    memberPositions(in: bytes).first { $0.path == path && $0.name == name }.map {
      column(ofOffset: $0.valueOffset, in: bytes)
    }
  }

  /// The 1-based column of the second occurrence of the member `name` in the object at `path` (as
  /// `JSONValue.firstRepeatedName` returns them); nil when the name is not repeated there.
  public static func repeatedNameColumn(path: String, name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    repeatedNameOffset(path: path, name: name, in: bytes).map { column(ofOffset: $0, in: bytes) }
  }

  /// The 0-based byte offset of the second occurrence of the member `name` in the object at `path`
  /// (for a text of several lines, whose line and column `JSONSyntaxError.position(in:)` gives).
  public static func repeatedNameOffset(path: String, name: String, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    memberPositions(in: bytes).lazy.filter { $0.path == path && $0.name == name }.dropFirst().first?.nameOffset
  }

  /// The 1-based column of the 0-based byte `offset` in a one-line text, in Unicode code points.
  public static func column(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    JSONSyntaxError(offset: offset, message: "").position(in: bytes).column
  }
}
