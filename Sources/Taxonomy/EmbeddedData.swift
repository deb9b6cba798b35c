import ShippedTaxonomies

/// The shipped codebook files (taxonomies/), embedded at build time by the ShippedTaxonomies C
/// target.
enum EmbeddedData {
  /// Each file's name and text, in file-name order; made once, on first use.
  static let files: [(name: String, contents: String)] = (0..<vb_shipped_taxonomy_count()).map { index in
    let file = vb_shipped_taxonomy_at(index)
    return (
      String(cString: file.name),
      String(decoding: UnsafeBufferPointer(start: file.bytes, count: file.count), as: UTF8.self)
    )
  }

  /// The bytes of the shipped file `name`, read in place from the binary (no text made), nil for
  /// no such file.
  static func bytes(named name: String) -> UnsafeBufferPointer<UInt8>? {
    for index in 0..<vb_shipped_taxonomy_count() {
      let file = vb_shipped_taxonomy_at(index)
      if String(cString: file.name) == name { return UnsafeBufferPointer(start: file.bytes, count: file.count) }
    }
    return nil
  }
}
