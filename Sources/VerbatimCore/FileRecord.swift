/// One file a run read or wrote, with its size and SHA-256: a manifest's inputs and outputs, and the
/// files besides an export that its import used (`SurveyImport`'s `CompanionInput`).
public struct FileRecord: Sendable, Equatable {
  /// What the file is to the run, e.g. "export", "generic XML mapping", "coded".
  public var role: String
  /// The path as given or found ("-" for standard input or output).
  public var path: String
  /// The file's size in bytes.
  public var bytes: Int
  /// The file's SHA-256, 64 lower-case hex digits.
  public var sha256: String

  public init(role: String, path: String, bytes: Int, sha256: String) {
    self.role = role
    self.path = path
    self.bytes = bytes
    self.sha256 = sha256
  }

  /// `{"role", "path", "bytes", "sha256"}`, as a manifest's inputs and outputs and `agree`'s
  /// provenance list it.
  public var json: JSONValue {
    .object([
      JSONMember("role", .string(role)), JSONMember("path", .string(path)), JSONMember("bytes", .int(bytes)),
      JSONMember("sha256", .string(sha256)),
    ])
  }

  /// Hashes the file at `path` in 1 MiB chunks (`SHA256.digest(ofFileAt:)`).
  public static func hashing(role: String, path: String) throws(InputError) -> FileRecord {
    let digest = try SHA256.digest(ofFileAt: path)
    return FileRecord(role: role, path: path, bytes: digest.bytes, sha256: digest.sha256)
  }
}
