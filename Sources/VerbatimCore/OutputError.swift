/// An output that cannot be written: every command exits 74 (EX_IOERR) for it. Messages name the
/// file the user asked for (never the temporary file beside it), say that writing failed, and give
/// the system's reason.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder the output would be written in does not exist, or is not a folder.
  case missingFolder(path: String, folder: String)
  /// The output names a folder, not a file.
  case isFolder(path: String)
  /// The output (or the temporary file it is written to first) cannot be created or opened.
  case cannotCreate(path: String, reason: String)
  /// Writing (or closing) failed part-way: a full disk, a closed pipe.
  case writeFailed(path: String, reason: String)
  /// The finished temporary file cannot be renamed onto the output.
  case cannotReplace(path: String, reason: String)
  /// An output folder cannot be created (`validate --out`).
  case cannotCreateFolder(path: String, reason: String)

  /// The file (or folder) the user asked for.
  public var path: String {
    switch self {
    case .missingFolder(let path, _), .isFolder(let path), .cannotCreate(let path, _), .writeFailed(let path, _),
      .cannotReplace(let path, _), .cannotCreateFolder(let path, _):
      return path
    }
  }

  public var description: String {
    switch self {
    case .missingFolder(let path, let folder):
      return "\(path): cannot write: the folder \(folder) does not exist; create it first"
    case .isFolder(let path):
      return "\(path): cannot write: it is a folder; name a file"
    case .cannotCreate(let path, let reason):
      return "\(path): cannot write: \(reason)"
    case .writeFailed(let path, let reason):
      return "\(path): cannot write: \(reason)"
    case .cannotReplace(let path, let reason):
      return "\(path): cannot write: the finished output could not replace it: \(reason)"
    case .cannotCreateFolder(let path, let reason):
      return "\(path): cannot create the output folder: \(reason)"
    }
  }

  /// The sysexits status a CLI exits with: 74, an I/O error.
  public var exitStatus: ExitStatus { .ioError }
}
