public import SurveyImport

extension RunManifest.FileRecord {
  /// The manifest's record of a companion file the import used (a mapping, a `.qsf`, a `.lss`, a
  /// Triple-S data file), listed among the inputs in the same shape as the export.
  public init(_ companion: CompanionInput) {
    self.init(role: companion.role, path: companion.path, bytes: companion.bytes, sha256: companion.sha256)
  }
}
