extension Codebook {
  /// The YAML text of a shipped codebook, for manifests that record its SHA-256.
  public static func shippedSource(_ name: String = "customer-feedback") -> String? {
    EmbeddedData.files.first(where: { $0.name == name + ".yaml" })?.contents
  }

  /// The bytes of a shipped codebook's YAML, in place in the binary (what an embedded archive of it
  /// was made from: `CompiledCodebook.init(archive:source:tokenizer:)`).
  package static func shippedBytes(_ name: String = "customer-feedback") -> UnsafeBufferPointer<UInt8>? {
    EmbeddedData.bytes(named: name + ".yaml")
  }
}
