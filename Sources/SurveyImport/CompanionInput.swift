public import VerbatimCore

/// A file besides the export that shaped the records read from it, with its size and SHA-256, for a
/// run's manifest (QA review 35: manifests listed the export alone, so an edited mapping changed
/// every coded record without a change to the recorded inputs).
///
/// One of: the generic XML mapping (`--map`), the Qualtrics survey definition (`--qsf`), the
/// LimeSurvey survey structure (`--lss`, or the `.lss` found beside the export), the Triple-S data
/// file (`--data`, or the one found beside the metadata). `SurveyReader.companionInputs` lists
/// those a read used.
public typealias CompanionInput = FileRecord

/// The roles a companion file has (`CompanionInput.role`), as manifests name them.
public enum CompanionRole {
  public static let mapping = "generic XML mapping"
  public static let qualtricsSurvey = "Qualtrics survey definition"
  public static let limeSurveyStructure = "LimeSurvey survey structure"
  public static let tripleSData = "Triple-S data"
}

extension CompanionInput {
  /// The record of a companion read whole into `contents` (hashed as read: a pipe cannot be read
  /// twice).
  init(role: String, path: String, contents: [UInt8]) {
    self.init(role: role, path: path, bytes: contents.count, sha256: SHA256.hex(of: contents))
  }

  /// Hashes the companion at `path`, reading `source` instead when the import read a private copy
  /// of it (a pipe or FIFO, which cannot be read twice).
  static func hashing(role: String, path: String, readFrom source: String?) throws(ImportError)
    -> CompanionInput
  {
    do {
      let digest = try SHA256.digest(ofFileAt: source ?? path)
      return CompanionInput(role: role, path: path, bytes: digest.bytes, sha256: digest.sha256)
    } catch {
      switch error {
      case .cannotOpen(_, let reason): throw .cannotOpen(path: path, reason: reason)
      default: throw .readFailed(path: path, reason: error.problem)
      }
    }
  }
}
