extension Codebook {
  /// The YAML text of a shipped codebook, for manifests that record its SHA-256.
  public static func shippedSource(_ name: String = "customer-feedback") -> String? {
    EmbeddedData.files.first(where: { $0.name == name + ".yaml" })?.contents
  }
}
