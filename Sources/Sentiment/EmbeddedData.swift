import ShippedLexicons

/// The shipped lexicon files (lexicons/), embedded at build time by the ShippedLexicons C target.
enum EmbeddedData {
  /// Each file's name and text, in file-name order; made once, on first use.
  static let files: [(name: String, contents: String)] = (0..<vb_shipped_lexicon_count()).map { index in
    let file = vb_shipped_lexicon_at(index)
    return (
      String(cString: file.name),
      String(decoding: UnsafeBufferPointer(start: file.bytes, count: file.count), as: UTF8.self)
    )
  }

  /// The bytes of the shipped file `name`, read from the binary (no text made), nil for no such file.
  static func bytes(named name: String) -> [UInt8]? {
    file(named: name).map { Array(UnsafeBufferPointer(start: $0.bytes, count: $0.count)) }
  }

  /// The size in bytes of the shipped file `name`, nil for no such file.
  static func byteCount(named name: String) -> Int? { file(named: name)?.count }

  /// Whether a shipped file is named `name`.
  static func contains(_ name: String) -> Bool { file(named: name) != nil }

  private static func file(named name: String) -> vb_shipped_lexicon? {
    for index in 0..<vb_shipped_lexicon_count() {
      let file = vb_shipped_lexicon_at(index)
      if String(cString: file.name) == name { return file }
    }
    return nil
  }
}
