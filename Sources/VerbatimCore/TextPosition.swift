/// A 1-based line and column in UTF-8 text, the column in Unicode code points (as Python's `json`
/// and Verbatim's token offsets count): what error messages give as `file:line:column`.
public enum TextPosition {
  /// Moves `line` and `column` past `byte`: a line feed starts the next line at column 1; a byte
  /// that starts a code point (not a UTF-8 continuation byte) moves one column.
  @inlinable @inline(__always)
  public static func advance(_ line: inout Int, _ column: inout Int, past byte: UInt8) {
    if byte == 0x0A {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }

  /// The line and column after `bytes`, read from `line` and `column`.
  @inlinable
  public static func after(_ bytes: some Sequence<UInt8>, line: Int = 1, column: Int = 1) -> (line: Int, column: Int) {
    var line = line
    var column = column
    for byte in bytes { advance(&line, &column, past: byte) }
    return (line, column)
  }
}
