/// Everything that can go wrong while building a sentiment model. Messages name the file and line;
/// they never quote a verbatim's text.
public enum SentimentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A lexicon or word-list file cannot be read.
  case cannotOpen(path: String, reason: String)
  /// A line of a lexicon or word-list file is malformed.
  case badLine(file: String, line: Int, reason: String)
  /// A file's format could not be recognised or is not the one requested.
  case unknownFormat(file: String, reason: String)
  /// An embedded data file the model needs is missing from the build.
  case missingEmbeddedFile(name: String)
  /// The configuration is inconsistent (e.g. thresholds in the wrong order).
  case invalidConfiguration(String)
  /// The tokenizer could not be created or failed on a lexicon term.
  case tokenizer(String)
  /// The lexicons in effect hold no valence entry, so every text would score 0 (neutral): the
  /// valence files given (`files`, none at all when empty) hold none, and the shipped lexicons
  /// were left out (`shippedLeftOut`: `--lexicon -default`) or not used (the vader profile).
  case emptyValenceLexicon(files: [String], shippedLeftOut: Bool)

  public var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
    case .badLine(let file, let line, let reason): return "\(file):\(line): \(reason)"
    case .unknownFormat(let file, let reason): return "\(file): \(reason)"
    case .missingEmbeddedFile(let name):
      return "embedded lexicon \(name) is missing from this build (is lexicons/\(name) in the package?)"
    case .invalidConfiguration(let message): return "invalid sentiment configuration: \(message)"
    case .tokenizer(let message): return "tokenizer: \(message)"
    case .emptyValenceLexicon(let files, let shippedLeftOut):
      let consequence = "so every text would score 0 (neutral)"
      guard !files.isEmpty else {
        return "no valence lexicon: --lexicon -default leaves out the shipped lexicons and no other --lexicon is "
          + "given, \(consequence); name your lexicon (--lexicon -default --lexicon PATH), or drop -default"
      }
      let named = files.count == 1 ? "\(files[0]) holds" : "\(files.joined(separator: ", ")) hold"
      return "no valence lexicon entries: \(named) none (empty, or only comments and blank lines)"
        + (shippedLeftOut ? " and --lexicon -default leaves out the shipped lexicons" : "")
        + ", \(consequence); check the path\(shippedLeftOut ? ", or drop -default" : "")"
    }
  }

  /// Whether the error comes from the options rather than from a file's contents (the CLI's exit
  /// status 2): lexicon options under which every text would score 0.
  public var isUsage: Bool {
    if case .emptyValenceLexicon = self { return true }
    return false
  }

  /// Whether the error means an input could not be opened (exit 66) rather than bad data (65).
  public var isCannotOpen: Bool {
    if case .cannotOpen = self { return true }
    return false
  }
}

/// A non-fatal problem found while loading (e.g. a duplicate term). The later entry wins.
public struct LexiconWarning: Sendable, Equatable, CustomStringConvertible {
  /// The file concerned, as given (or the shipped file's name).
  public var file: String
  /// The line concerned, from 1; 0 when the warning concerns the whole file or run.
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { line > 0 ? "\(file):\(line): warning: \(message)" : "\(file): warning: \(message)" }
}
