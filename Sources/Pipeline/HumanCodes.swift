public import Agreement
public import VerbatimCore

/// Human codes for a validation: sentiment labels (`item,coder,label`) and tags
/// (`item,coder,tag`; several rows per item and coder; an empty tag = coded, no tag). Which is
/// which is read from each file's header.
public struct HumanCodes: Sendable {
  public var sentiment: RatingTable?
  public var tags: MultiLabelTable?
  /// The files read, with their roles, for the manifest.
  public var files: [RunManifest.FileRecord] = []
  /// Where the sentiment codes came from (path and layout), so that a problem found only later (an
  /// unusable label, an item the export lacks) can name its line.
  var sentimentSource: (path: String, format: RatingsFormat)?
  /// Where the tag codes came from (an item,coder,tag CSV file).
  var tagSource: String?

  public init() {}

  /// Reads the files. A file with a `tag` column is tag codes; one with `label`, sentiment.
  public static func load(paths: [String]) throws -> HumanCodes {
    var codes = HumanCodes()
    for path in paths {
      let bytes = try readAll(path)
      let header = headerFields(bytes)
      if header.contains("tag") && !header.contains("label") {
        guard codes.tags == nil else { throw ValidationRunError.duplicateCodes(kind: "tag", path: path) }
        let renamed = renamingHeaderField(bytes, from: "tag", to: "label")
        codes.tags = try RatingsReader.multiLabelTable(bytes: renamed, source: path, format: .long, categories: nil)
        codes.tagSource = path
        codes.files.append(try RunManifest.FileRecord.hashing(role: "human tag codes", path: path))
      } else {
        guard codes.sentiment == nil else { throw ValidationRunError.duplicateCodes(kind: "sentiment", path: path) }
        let format = try RatingsFormat.detectChecked(path: path, bytes: bytes)
        do {
          codes.sentiment = try RatingsReader.table(bytes: bytes, source: path, format: format, categories: nil)
          codes.sentimentSource = (path, format)
        } catch {
          throw ValidationRunError.forSentimentCodes(error)
        }
        codes.files.append(try RunManifest.FileRecord.hashing(role: "human sentiment codes", path: path))
      }
    }
    return codes
  }

  /// The first line of the human codes that holds `item` (sentiment file first, then tags).
  func location(ofItem item: String) -> SourceLocation? {
    sentimentLocation { row, _ in row == item } ?? tagLocation { row, _ in row == item }
  }

  /// Where each of `items` first occurs in the human codes (sentiment file first, then tags): the
  /// line and column of its item field. One pass over each file.
  func locations(ofItems items: [String]) -> [String: SourceLocation] {
    let wanted = Set(items)
    var found: [String: SourceLocation] = [:]
    if let (path, format) = sentimentSource, let bytes = try? Self.readAll(path) {
      found = RatingsReader.firstItemLocations(
        bytes: bytes, source: path, format: format, multiLabel: false, items: wanted)
    }
    let rest = wanted.subtracting(found.keys)
    if !rest.isEmpty, let path = tagSource, let bytes = try? Self.readAll(path) {
      let tags = RatingsReader.firstItemLocations(
        bytes: bytes, source: path, format: .long, multiLabel: true, items: rest)
      found.merge(tags) { first, _ in first }
    }
    return found
  }

  /// `error` with the line of the human codes it is about, where it names a label or a tag.
  func locating(_ error: any Error) -> any Error {
    switch error as? ValidationRunError {
    case .labelMismatch(let message, let label, nil)?:
      return ValidationRunError.labelMismatch(
        message, label: label, at: sentimentLocation(atLabel: true) { $1 == label })
    case .unknownTag(let code, nil, let others, let known, let closest)?:
      // One pass over the file: the first row whose tag is unknown names the code and the line.
      let codes = Set([code] + others)
      var firstCode: String?
      let location = tagLocation(atLabel: true) { _, label in
        guard let label, codes.contains(label) else { return false }
        if firstCode == nil { firstCode = label }
        return true
      }
      guard let location, let firstCode else { return error }
      return ValidationRunError.unknownTag(
        code: firstCode, at: location, others: codes.subtracting([firstCode]).sorted(), known: known,
        closest: closest)
    case .noReference(let coders)? where sentimentSource?.format == .wide:
      // A header that does not name item,coder,label made the file wide: its column names became
      // coders (review r19c: "a,b,c" asked which of b and c was the reference).
      return ValidationRunError.readAsWide(path: sentimentSource!.path, coders: coders)
    default:
      return error
    }
  }

  private func sentimentLocation(atLabel: Bool = false, matching matches: (String, String?) -> Bool)
    -> SourceLocation?
  {
    guard let (path, format) = sentimentSource, let bytes = try? Self.readAll(path) else { return nil }
    return RatingsReader.firstLocation(
      bytes: bytes, source: path, format: format, multiLabel: false, atLabel: atLabel, matching: matches)
  }

  private func tagLocation(atLabel: Bool = false, matching matches: (String, String?) -> Bool) -> SourceLocation? {
    guard let path = tagSource, let bytes = try? Self.readAll(path) else { return nil }
    return RatingsReader.firstLocation(
      bytes: bytes, source: path, format: .long, multiLabel: true, atLabel: atLabel, matching: matches)
  }

  static func readAll(_ path: String) throws -> [UInt8] {
    let reader = try LineReader(path: path)
    var bytes: [UInt8] = []
    try reader.forEachLine { line, _ in
      bytes.append(contentsOf: line)
      bytes.append(0x0A)
      return true
    }
    return bytes
  }

  /// The header's field names (BOM stripped; simple comma split: header names carry no quotes).
  static func headerFields(_ bytes: [UInt8]) -> [String] {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
    return String(decoding: bytes[start..<end], as: UTF8.self).split(separator: ",", omittingEmptySubsequences: false)
      .map { $0.trimmingQuotes() }
  }

  static func renamingHeaderField(_ bytes: [UInt8], from: String, to: String) -> [UInt8] {
    var start = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
    let fields = headerFields(bytes).map { $0 == from ? to : $0 }
    return Array(fields.joined(separator: ",").utf8) + Array(bytes[end...])
  }
}

extension Substring {
  fileprivate func trimmingQuotes() -> String {
    var text = String(self)
    if text.hasSuffix("\r") { text.removeLast() }
    if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
    return text
  }
}

/// Problems specific to a validation run.
public enum ValidationRunError: Error, Sendable, CustomStringConvertible {
  case duplicateCodes(kind: String, path: String)
  case duplicateSentimentLabel(item: String, coder: String, first: SourceLocation, second: SourceLocation)
  /// A human label the comparison cannot use as it is (message, the label, its first line).
  case labelMismatch(String, label: String, at: SourceLocation? = nil)
  case noHumanCodes
  case noReference(coders: [String])
  /// A sentiment file whose header does not name item,coder,label, read as the wide layout.
  case readAsWide(path: String, coders: [String])
  case unknownReference(name: String, coders: [String])
  case machineNameTaken(name: String)
  /// Human-coded items the export does not hold; `at` is the first example's line.
  case itemsMissingFromExport(count: Int, examples: [String], at: SourceLocation? = nil, othersFound: Bool = false)
  /// Human tags that are not codes of the codebook: the first in file order (`at` its line, once
  /// located) and the others (QA review 13: one was named per run, and not the first).
  /// `closest` holds, for unknown codes, the codebook's closest code and why ("\"billing.refund\" (a typo)"),
  /// as `agree --taxonomy` suggests one (QA review 44 U4).
  case unknownTag(
    code: String, at: SourceLocation? = nil, others: [String] = [], known: [String] = [],
    closest: [String: String] = [:])
  case noOverlap
  /// `--segment FIELD` names a field no coded record has.
  case unknownSegmentField(field: String, known: [String])

  /// A duplicate rating in a sentiment file, explained for `validate` (which has no --multilabel);
  /// any other error unchanged.
  static func forSentimentCodes(_ error: AgreementError) -> any Error {
    if case .duplicateRating(let item, let coder, let first, let second) = error {
      return ValidationRunError.duplicateSentimentLabel(item: item, coder: coder, first: first, second: second)
    }
    return error
  }

  /// Whether the fix is in the command line (exit 2) rather than in the data (exit 65).
  public var isUsageError: Bool {
    switch self {
    case .duplicateCodes, .noHumanCodes, .noReference, .unknownReference, .unknownSegmentField: true
    case .duplicateSentimentLabel, .readAsWide, .labelMismatch, .machineNameTaken, .itemsMissingFromExport, .unknownTag,
      .noOverlap:
      false
    }
  }

  /// "file:line: message" where the line is known.
  private static func prefixed(_ location: SourceLocation?, _ message: String) -> String {
    location.map { "\($0): \(message)" } ?? message
  }

  public var description: String {
    switch self {
    case .duplicateCodes(let kind, let path): return "\(path): a second file of \(kind) codes; give one per kind"
    case .labelMismatch(let message, _, let location): return Self.prefixed(location, message)
    case .duplicateSentimentLabel(let item, let coder, let first, let second):
      return "\(second): coder \"\(coder)\" labelled item \"\(item)\" again (first at \(first)); a sentiment file "
        + "has one label per item and coder (tags go in their own file, with the header item,coder,tag)"
    case .noHumanCodes: return "no human codes: give --human FILE (item,coder,label and/or item,coder,tag)"
    case .readAsWide(let path, let coders):
      return "\(path):1: the header does not name the columns item, coder and label, so the file was read as the wide "
        + "layout (item, then one column per coder: \(coders.joined(separator: ", "))) and no coder is the reference; "
        + "name the columns item,coder,label (or call the reference coder's column gold)"
    case .noReference(let coders):
      return
        "which coder is the reference? Coders: \(coders.joined(separator: ", ")); add a 'gold' coder or --reference NAME"
    case .unknownReference(let name, let coders):
      return "--reference \(name) is not among the coders (\(coders.joined(separator: ", ")))"
    case .machineNameTaken(let name): return "a human coder is called \"\(name)\"; rename it or use --machine-name"
    case .itemsMissingFromExport(let count, let examples, let location, let othersFound):
      // Quoted, so spaces around an id show (QA review 16), with a hint for the two usual causes.
      var hint = ""
      if examples.contains(where: { $0 != $0.trimmingCharacters(in: .whitespaces) }) {
        hint = "; some have spaces around them, and ids are compared exactly: trim them"
      } else if !examples.isEmpty && !examples.contains(where: { $0.contains(":") }) {
        hint = "; these have no \":<question>\" part: they look like respondent ids"
      }
      return Self.prefixed(location, "")
        + "\(count) human-coded item(s) are not among the coded records of the export (e.g. "
        + examples.map { "\"\($0)\"" }.joined(separator: ", ") + ")\(hint); "
        + "ids are <respondent>:<question> as `verbatim import` writes them; blank answers are left out unless "
        + "--keep-blank is given" + (othersFound ? "; --keep-going leaves such items out of the comparison" : "")
    case .unknownTag(let code, let location, let others, let known, let closest):
      let more =
        others.isEmpty
        ? ""
        : "; nor are \(others.prefix(10).map { "\"\($0)\"" }.joined(separator: ", "))"
          + (others.count > 10 ? " and \(others.count - 10) more" : "")
      // "Delivery.Speed" for "delivery.speed" (QA review 19: the sentiment file had this hint).
      let folded = code.trimmingCharacters(in: .whitespaces).lowercased()
      let hint =
        closest[code].map { "; did you mean \($0)?" }
        ?? known.first { $0.lowercased() == folded }.map { "; the codebook has \"\($0)\" (codes are case-sensitive)" }
        ?? ""
      return Self.prefixed(location, "human tag \"\(code)\" is not a code of the codebook\(hint)\(more)")
    case .noOverlap: return "the reference coder and the machine have no item in common"
    case .unknownSegmentField(let field, let known):
      return "--segment \(field): no coded record has this metadata field"
        + (known.isEmpty ? " (the records have no metadata)" : " (fields: \(known.joined(separator: ", ")))")
    }
  }
}
