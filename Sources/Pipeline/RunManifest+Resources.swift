public import Sentiment
import SurveyImport
public import Taxonomy
import Tokenization
public import VerbatimCore

extension RunManifest {
  /// The lexicons and the codebook a coding run used, each with its SHA-256: a lexicon's digest of
  /// the bytes it was loaded from, the codebook's of its file (`codebookPath`) or of the shipped
  /// source.
  public static func resources(of coding: CodingConfiguration, codebookPath: String?) -> [Resource] {
    resources(sentiment: coding.sentiment, codebook: coding.codebook?.codebook, codebookPath: codebookPath)
  }

  /// The lexicons of `sentiment` (nil: a run without sentiment) and `codebook` (nil: a run without
  /// tagging), each with its SHA-256, as `resources(of:codebookPath:)` lists them.
  public static func resources(sentiment: SentimentModel?, codebook: Codebook?, codebookPath: String?) -> [Resource] {
    var resources = (sentiment?.sources ?? []).map {
      Resource(
        role: "lexicon (\($0.role))", name: $0.name, entries: $0.entryCount, sha256: $0.sha256,
        path: $0.embedded ? nil : $0.name, bytes: $0.byteCount, format: $0.format.rawValue)
    }
    if let codebook {
      let digest: String
      let bytes: Int
      var path: String?
      if let given = codebookPath, let file = try? FileRecord.hashing(role: "taxonomy", path: given) {
        (digest, bytes, path) = (file.sha256, file.bytes, given)
      } else {
        let shipped = Array((Codebook.shippedSource() ?? "").utf8)
        (digest, bytes) = (SHA256.hex(of: shipped), shipped.count)
      }
      resources.append(
        Resource(
          role: "taxonomy", name: codebook.id, version: codebook.version, entries: codebook.tags.count, sha256: digest,
          path: path, bytes: bytes))
    }
    return resources
  }

  /// Writes the manifest's JSON to `path` (created, or replaced once complete: `OutputFile`).
  public func write(to path: String) throws(OutputError) {
    try ValidationRun.writeFile(path, json())
  }

  /// The versions of the libraries every run links: ICU (and its Unicode version) and libxml2.
  public static var libraryVersions: [(name: String, version: String)] {
    [("icu", ICUInfo.icuVersion), ("unicode", ICUInfo.unicodeVersion), ("libxml2", XMLLibraryInfo.version)]
  }
}
