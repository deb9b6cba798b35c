import Foundation
import VerbatimCore

/// Lexicons + rules + parameters. Immutable and `Sendable`: build once, share across threads, and
/// give each worker its own `SentimentScorer`.
public struct SentimentModel: Sendable {
  public let profile: SentimentProfile
  public let thresholds: SentimentThresholds
  public let parameters: SentimentParameters
  /// Provenance of every file loaded, in load order.
  public let sources: [LexiconSource]
  /// Duplicate terms and other non-fatal findings, in load order.
  public let warnings: [LexiconWarning]
  let rules: RuleTables
  let vader: VaderTables?

  /// The shipped lexicons (embedded at build time), default profile.
  public static func shipped() throws(SentimentError) -> SentimentModel {
    try SentimentModel(configuration: SentimentConfiguration())
  }

  /// The shipped valence lexicons, loaded in this order (a later file wins for a shared term).
  static let shippedValenceFiles = ["general-en.tsv", "emoticons-emoji.tsv", "domain-customer-service.tsv"]

  public init(configuration: SentimentConfiguration) throws(SentimentError) {
    try Self.validate(configuration.thresholds)
    profile = configuration.profile
    thresholds = configuration.thresholds
    var builder = try ModelBuilder()
    switch configuration.profile {
    case .default:
      parameters = configuration.parameters ?? .default
      if configuration.includeShippedLexicons {
        for name in Self.shippedValenceFiles {
          try builder.addValenceFile(try DataFile.embedded(name), format: .verbatim)
        }
      }
      for spec in configuration.lexicons {
        try builder.addValenceFile(try DataFile.read(spec.path), format: spec.format)
      }
      // Review h43 D8: `--lexicon -default` alone, or with only empty files, labelled every text
      // neutral without a word.
      guard !builder.tables.entries.isEmpty else {
        throw .emptyValenceLexicon(
          files: configuration.lexicons.map(\.path), shippedLeftOut: !configuration.includeShippedLexicons)
      }
      builder.addContractionVariants()
      try builder.addNegators(try DataFile.embeddedOrRead("negators.txt", path: configuration.negatorsPath))
      try builder.addIntensifiers(try DataFile.embeddedOrRead("intensifiers.tsv", path: configuration.intensifiersPath))
      try builder.addContrast(try DataFile.embeddedOrRead("contrast.txt", path: configuration.contrastPath))
      if let path = configuration.emojiLexicon {
        try builder.addEmojiDescriptions(try DataFile.read(path))
      }
      vader = nil
    case .vader:
      parameters = configuration.parameters ?? .vader
      guard !configuration.lexicons.isEmpty else {
        throw .invalidConfiguration(
          "the vader profile needs VADER's lexicon by path (--lexicon …/vaderSentiment/vader_lexicon.txt)")
      }
      var tables = VaderTables()
      for spec in configuration.lexicons {
        let file = try DataFile.read(spec.path)
        let reading = try tables.addLexicon(file)
        // QA review 36, F14: a phrase of another file (a Verbatim pack's "waste of money") was
        // dropped without a word. VADER's own lexicon has a few spaced entries VADER never looks
        // up either ("fed up"); those stay unsaid, as vaderSentiment says nothing of them.
        if let first = reading.firstSpaced, LexiconParser.detect(file.contents) != .vader {
          builder.warnings.append(
            LexiconWarning(
              file: file.name, line: first.line,
              message:
                "\(reading.spacedCount) entr\(reading.spacedCount == 1 ? "y holds more than one word and never matches" : "ies hold more than one word and never match") (first \"\(first.term)\") under --profile vader, which looks up one word at a time as vaderSentiment does; the default profile matches them"
            ))
        }
        if reading.count == 0 { builder.warnings.append(ModelBuilder.noEntriesWarning(file.name)) }
        builder.sources.append(file.source(role: "valence", format: .vader, entries: reading.count))
      }
      guard builder.sources.contains(where: { $0.role == "valence" && $0.entryCount > 0 }) else {
        throw .emptyValenceLexicon(files: configuration.lexicons.map(\.path), shippedLeftOut: false)
      }
      if configuration.emojiLexicon == nil, let lexicon = configuration.lexicons.first {
        // QA review 36, F14: vaderSentiment always reads its emoji file; without one here, emoji
        // score nothing and the scores differ from its own, which was not said.
        builder.warnings.append(
          LexiconWarning(
            file: lexicon.path, line: 0,
            message:
              "no --emoji-lexicon: emoji score nothing, where vaderSentiment rates them by the descriptions of its emoji_utf8_lexicon.txt; give --emoji-lexicon \(Self.emojiLexiconBeside(lexicon.path)) for its scores"
          ))
      }
      if let path = configuration.emojiLexicon {
        let file = try DataFile.read(path)
        let (count, duplicates) = try tables.addEmoji(file)
        for duplicate in duplicates {
          builder.warnDuplicate(
            duplicate.emoji, first: duplicate.first, line: duplicate.line, file: file.name, what: "emoji")
        }
        builder.sources.append(file.source(role: "emoji", format: .vaderEmoji, entries: count))
      }
      let rulesFile = try DataFile.embedded(VaderTables.rulesFileName)
      let count = try tables.addRules(rulesFile)
      builder.sources.append(rulesFile.source(role: "vader-rules", format: .verbatim, entries: count))
      vader = tables
    }
    builder.tables.indexTokens()
    rules = builder.tables
    sources = builder.sources
    warnings = builder.warnings
  }

  /// A default-profile model of tables already built (`init(archive:configuration:)`).
  init(
    profile: SentimentProfile, thresholds: SentimentThresholds, parameters: SentimentParameters,
    sources: [LexiconSource], warnings: [LexiconWarning], rules: RuleTables
  ) {
    self.profile = profile
    self.thresholds = thresholds
    self.parameters = parameters
    self.sources = sources
    self.warnings = warnings
    self.rules = rules
    vader = nil
  }

  /// Refuses thresholds that leave no neutral band around 0.
  static func validate(_ thresholds: SentimentThresholds) throws(SentimentError) {
    guard thresholds.negative <= thresholds.positive else {
      throw .invalidConfiguration("the negative threshold must not exceed the positive one")
    }
    // compound 0 (no sentiment word, or nothing to score) is neutral by definition.
    guard thresholds.negative <= 0, thresholds.positive >= 0 else {
      throw .invalidConfiguration("the neutral band must contain 0: the negative threshold ≤ 0 ≤ the positive one")
    }
  }

  /// Where vaderSentiment's emoji file would be beside its lexicon `path` (the same folder).
  static func emojiLexiconBeside(_ path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "emoji_utf8_lexicon.txt" : folder + "/emoji_utf8_lexicon.txt"
  }

  /// Number of valence entries (words, expressions and wildcards) in the default profile's tables.
  public var valenceEntryCount: Int { rules.entries.count }
}

/// A data file's name, bytes and origin.
struct DataFile {
  var name: String
  /// The text the loaders read: the file's text without a leading UTF-8 byte-order mark.
  var contents: String
  /// The file's text as read, byte-order mark included (what `LexiconSource.sha256` hashes).
  var original: String
  var embedded: Bool

  /// A file named `name` holding `text`. A byte-order mark (U+FEFF, as Windows Notepad and Excel's
  /// "UTF-8" save write) at the start is skipped for every kind of file, so it is never part of a
  /// first term or comment (QA review 36, F04: a pack whose first line was a `#` comment or blank
  /// was refused, and a first term kept U+FEFF in `--explain`). Repeated marks are all skipped.
  init(name: String, text: String, embedded: Bool) {
    self.name = name
    original = text
    contents = text
    // Three byte tests for the usual file, which has none (no copy then).
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    if text.utf8.starts(with: mark) {
      var rest = Substring(text)
      while rest.utf8.starts(with: mark) { rest = rest.dropFirst() }
      contents = String(rest)
    }
    self.embedded = embedded
  }

  static func embedded(_ name: String) throws(SentimentError) -> DataFile {
    guard let file = EmbeddedData.files.first(where: { $0.name == name }) else {
      throw .missingEmbeddedFile(name: name)
    }
    return DataFile(name: name, text: file.contents, embedded: true)
  }

  static func embeddedOrRead(_ name: String, path: String?) throws(SentimentError) -> DataFile {
    if let path { return try read(path) }
    return try embedded(name)
  }

  /// The most a lexicon or word-list file may hold.
  static let sizeLimit = 256 << 20

  static func read(_ path: String) throws(SentimentError) -> DataFile {
    // A regular file, or a pipe or process substitution (`--lexicon <(…)`; review r20a); not a
    // device such as /dev/zero, which was read until memory ran out (review of the tenth session).
    let bytes: [UInt8]
    do {
      bytes = try BoundedFileReader.contents(of: path, limit: sizeLimit)
    } catch {
      throw .cannotOpen(path: path, reason: error.description)
    }
    if let message = UTF8Validation.wrongEncodingMessage(bytes, path: path, what: "file") {
      throw .badLine(file: path, line: 1, reason: message)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      // The line and byte of the first invalid sequence (QA review 15: the file alone was named).
      let offset = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) } ?? 0
      let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
      let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      throw .badLine(
        file: path, line: line,
        reason:
          "not valid UTF-8 at byte \(offset - lineStart + 1) of the line (save the lexicon as UTF-8; Latin-1 and Windows-1252 are not read)"
      )
    }
    if let (line, column) = innerByteOrderMark(bytes) {
      throw .badLine(
        file: path, line: line,
        reason:
          "a byte-order mark (U+FEFF) at byte \(column) of the line, not at the start of the file; were files joined "
          + "(cat a.tsv b.tsv)? Remove it: sed -i '1!s/\\xEF\\xBB\\xBF//g' \(path)")
    }
    return DataFile(name: path, text: text, embedded: false)
  }

  /// The line and byte (from 1) of the first UTF-8 byte-order mark after the leading ones, if any.
  /// A mark inside the file comes from joining files that each began with one; it was kept in the
  /// term it preceded, where `--explain` showed it and exact matching on explanations failed.
  static func innerByteOrderMark(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
    var start = 0
    while bytes.count - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
      start += 3
    }
    var line = 1
    var lineStart = 0
    var index = start
    while index + 2 < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        lineStart = index + 1
      } else if byte == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
        return (line, index - lineStart + 1)
      }
      index += 1
    }
    return nil
  }

  /// The name `--explain` gives an entry of this file (its `source` before the line): a shipped
  /// file's name ("general-en.tsv"), or the path as given, with "./" before a bare file name, so
  /// that neither two packs named alike ("a/pack.tsv", "b/pack.tsv") nor a user's copy of a
  /// shipped file ("./general-en.tsv") is taken for another (QA review 36, F13: the base name was
  /// shown).
  var explainedName: String {
    embedded || name.contains("/") ? name : "./" + name
  }

  func source(role: String, format: LexiconFormat, entries: Int) -> LexiconSource {
    LexiconSource(
      role: role, name: name, embedded: embedded, format: format, entryCount: entries,
      contents: embedded ? .embedded(name: name) : .text(original))
  }
}

/// Fills `RuleTables` from files, normalising every term with the tokenizer.
struct ModelBuilder {
  var tables = RuleTables()
  var sources: [LexiconSource] = []
  var warnings: [LexiconWarning] = []
  private let normalizer: TermNormalizer
  /// Multi-word valence terms and their other spellings: negative contractions without the
  /// apostrophe or spelt out ("doesn't work" → "doesnt work", "does not work") and other persons
  /// ("nobody called me" → "nobody called us"), for `addContractionVariants`.
  /// Each variant with the ids of the term it is a form of (taken when the term was added).
  private var contractionVariants: [(termIDs: [Int32], variant: [[UInt8]])] = []
  /// The same for the forms in another person (`agreementVariants`) and their spellings; added after
  /// `contractionVariants`, and only where no entry holds the form yet.
  private var agreementForms: [(termIDs: [Int32], variant: [[UInt8]])] = []

  init() throws(SentimentError) {
    normalizer = try TermNormalizer()
  }

  /// Warns about a term seen twice in one file; returns whether it is a repeat.
  private mutating func noteDuplicate(
    _ key: String, line: Int, file: String, seen: inout [String: Int], what: String = "term"
  ) {
    if let first = seen[key] { warnDuplicate(key, first: first, line: line, file: file, what: what) }
    seen[key] = line
  }

  /// `noteDuplicate` for a valence term, keyed by its match keys joined by spaces (the bytes of
  /// the String key): a byte-keyed `TermTable` instead of a `[String: Int]` and a joined String
  /// per entry, which cost 20M instructions at every start-up.
  private mutating func noteDuplicate(_ key: [UInt8], line: Int, file: String, seen: inout TermTable) {
    if let first = seen.insert(key, value: Int32(truncatingIfNeeded: line)) {
      warnDuplicate(String(decoding: key, as: UTF8.self), first: Int(first), line: line, file: file, what: "term")
    }
  }

  mutating func warnDuplicate(_ key: String, first: Int, line: Int, file: String, what: String) {
    warnings.append(
      LexiconWarning(
        file: file, line: line,
        message: what == "negator"
          ? "duplicate negator \"\(key)\" (first on line \(first)); the repeat on line \(line) changes nothing"
          : "duplicate \(what) \"\(key)\" (first on line \(first)); the later value, on line \(line), wins"))
  }

  /// A term's match keys joined by spaces.
  private static func joinedKey(_ keys: [[UInt8]]) -> [UInt8] {
    var joined: [UInt8] = []
    joined.reserveCapacity(keys.reduce(keys.count) { $0 + $1.count })
    for (position, key) in keys.enumerated() {
      if position > 0 { joined.append(0x20) }
      joined.append(contentsOf: key)
    }
    return joined
  }

  /// The warning for a valence file given by the user that holds no entry.
  static func noEntriesWarning(_ file: String) -> LexiconWarning {
    LexiconWarning(
      file: file, line: 0,
      message: "the lexicon holds no entries (empty, or only comments and blank lines): it adds nothing")
  }

  mutating func addValenceFile(_ file: DataFile, format: LexiconFormat) throws(SentimentError) {
    let detection: (format: LexiconFormat, integerPairsWithinFour: Bool) =
      format == .auto ? LexiconParser.detection(file.contents) : (format, false)
    let detected = detection.format
    if detected == .vaderEmoji {
      try addEmojiDescriptions(file)
      return
    }
    let lines = try LexiconParser.parse(file.contents, name: file.name, format: detected, warnings: &warnings)
    // Review h43 D8: an empty file was taken without a word (a wrong path or a truncated file).
    if lines.isEmpty && !file.embedded { warnings.append(Self.noEntriesWarning(file.name)) }
    // QA review 15: AFINN's integers are rescaled (× 0.8), so a file taken for AFINN without being
    // named so is said (an integer lexicon with one ±5 is AFINN-like, and is read as AFINN). QA
    // review 36, F10: the contents decide, never the name; a file of integers within ±4, which an
    // AFINN file without a ±5 entry also is, is read unscaled, as Verbatim's, and said so.
    if format == .auto && !file.embedded {
      if detected == .afinn {
        warnings.append(
          LexiconWarning(
            file: file.name, line: 1,
            message:
              "read as AFINN (tab-separated integers -5…+5, scaled by 0.8 to Verbatim's -4…+4); give verbatim:\(file.name) to read it as Verbatim's format"
          ))
      } else if detection.integerPairsWithinFour {
        warnings.append(
          LexiconWarning(
            file: file.name, line: 1,
            message:
              "read as Verbatim's format (-4…+4, unscaled), though every line is term<TAB>integer as in AFINN; if it is an AFINN file (-5…+5), give afinn:\(file.name) to scale it by 0.8, or verbatim:\(file.name) to keep this reading without this warning"
          ))
      }
    }
    // Room for every term of the file: growing from 16 slots rehashed every term some ten times.
    var seen = TermTable(reservingCapacity: lines.count)
    // At least doubled when it grows: reserving each file's exact count moved every earlier entry
    // once per file (the shipped lexicons are three files).
    let needed = tables.entries.count + lines.count
    if tables.entries.capacity < needed {
      tables.entries.reserveCapacity(max(needed, 2 * tables.entries.capacity))
    }
    let origin = file.explainedName
    for entry in lines {
      let index = Int32(tables.entries.count)
      tables.entries.append(
        ValenceEntry(
          term: entry.term, valence: entry.valence, file: origin, line: entry.line,
          tags: entry.tags))
      // Most terms are plain lower-case words, added from their bytes (`addPlainTerm`). VADER's
      // terms have case forms to derive (`vaderCaseVariants`), which the general path makes.
      if detected != .vader,
        entry.term.utf8.withContiguousStorageIfAvailable({
          addPlainTerm($0, entry: index, line: entry.line, file: file.name, seen: &seen)
        }) == true
      {
        continue
      }
      if let problem = Self.unmatchableTermProblem(entry.term) {
        warnings.append(LexiconWarning(file: file.name, line: entry.line, message: problem))
      }
      if let prefix = TermNormalizer.wildcardPrefix(of: entry.term) {
        let key = try normalizer.prefixKey(of: prefix)
        noteDuplicate(key + [UInt8(ascii: "*")], line: entry.line, file: file.name, seen: &seen)
        tables.prefixes.insert(key, value: index)
        continue
      }
      let keys = try normalizer.tokenKeys(of: entry.term)
      guard !keys.isEmpty else {
        throw .badLine(file: file.name, line: entry.line, reason: "the term has no token")
      }
      // A one-word term's key is its joined key (no new array for most terms).
      noteDuplicate(keys.count == 1 ? keys[0] : Self.joinedKey(keys), line: entry.line, file: file.name, seen: &seen)
      let ids = tables.ids(adding: keys)
      tables.valence.insert(ids, value: index)
      addVariants(of: keys, ids: ids)
      if detected == .vader {
        for variant in try vaderCaseVariants(entry.term, keys: keys) { agreementForms.append((ids, variant)) }
      }
    }
    sources.append(file.source(role: "valence", format: detected, entries: lines.count))
  }

  /// Notes the other spellings and forms of the valence term `keys` (whose ids are `ids`) for
  /// `addContractionVariants`: `contractionSpellings`, `agreementVariants` (and their spellings),
  /// `auxiliaryVariants`.
  mutating func addVariants(of keys: [[UInt8]], ids: [Int32]) {
    // The variants keep the term's ids (one array, shared), not its keys to look up again.
    for variant in Self.contractionSpellings(keys) { contractionVariants.append((ids, variant)) }
    for variant in Self.agreementVariants(keys) {
      agreementForms.append((ids, variant))
      for spelling in Self.contractionSpellings(variant) { agreementForms.append((ids, spelling)) }
    }
    for variant in Self.auxiliaryVariants(keys) { agreementForms.append((ids, variant)) }
  }

  /// The keys of a VADER-format term's other case forms that the tokenizer keys apart from it.
  /// VADER looks every word up lower-cased, so its lexicon lists emoticons in lower case ("xd",
  /// ":-p", "d:"), while the default profile matches emoticons as typed (":D" is not ":d"), so
  /// "XD", ":-P" and "D:" matched nothing (QA review 36, F15). Each form comes in with the term's
  /// entry, where no file lists it (`addContractionVariants`): a listed "XD" keeps its own value.
  /// Words are case-folded by the tokenizer and have no such forms; only terms of at most eight
  /// code points with one to four ASCII lower-case letters are tried.
  private func vaderCaseVariants(_ term: String, keys: [[UInt8]]) throws(SentimentError) -> [[[UInt8]]] {
    let scalars = Array(term.unicodeScalars)
    guard scalars.count <= 8 else { return [] }
    let letters = scalars.indices.filter { (0x61...0x7A).contains(scalars[$0].value) }
    guard !letters.isEmpty, letters.count <= 4 else { return [] }
    // A word ("good") is keyed case-folded in every case form: its upper-case form tells.
    if scalars.allSatisfy({ $0.properties.isAlphabetic }), try normalizer.tokenKeys(of: term.uppercased()) == keys {
      return []
    }
    var variants: [[[UInt8]]] = []
    for mask in 1..<(1 << letters.count) {
      var form = String.UnicodeScalarView()
      for (index, scalar) in scalars.enumerated() {
        let bit = letters.firstIndex(of: index)
        let upper = bit.map { mask & (1 << $0) != 0 } ?? false
        form.append(upper ? Unicode.Scalar(UInt8(scalar.value - 0x20)) : scalar)
      }
      let formKeys = try normalizer.tokenKeys(of: String(form))
      if !formKeys.isEmpty && formKeys != keys && !variants.contains(formKeys) { variants.append(formKeys) }
    }
    return variants
  }

  /// Why a lexicon term can never match, if it cannot (QA review 15: they loaded silently): a "*"
  /// that is not a prefix wildcard at the end of a one-word term ("fl*m", "*ing", "not good*"), or
  /// a hashtag written with its "#" (hashtags are matched without it). Emoticons such as ":*" and
  /// "#-)" have no letters and are not concerned.
  static func unmatchableTermProblem(_ term: String) -> String? {
    // Most terms have neither: two byte tests, at every start-up for every entry (`contains` with
    // a String argument went through Foundation: 40 M instructions a start-up).
    let star = UInt8(ascii: "*")
    let hasStar = term.utf8.withContiguousStorageIfAvailable { $0.contains(star) } ?? term.utf8.contains(star)
    guard hasStar || term.utf8.first == UInt8(ascii: "#") else { return nil }
    let hasLetter = term.unicodeScalars.contains { $0.properties.isAlphabetic }
    guard hasLetter else { return nil }
    if hasStar && TermNormalizer.wildcardPrefix(of: term) == nil {
      return
        "\"\(term)\" never matches as a wildcard: \"*\" is a prefix wildcard only at the end of a one-word term (as \"disappoint*\")"
    }
    if term.hasPrefix("#"), term.dropFirst().first.map({ $0.isLetter }) == true {
      let word = term.dropFirst()
      return
        "\"\(term)\" never matches: hashtags are matched without their \"#\" (write \"\(word)\"; it matches #\(word) and \(word))"
    }
    return nil
  }

  /// Words of a multi-word term that another word may replace without changing what the term says
  /// of the service: the object pronoun ("nobody called me" → "… us", "… him", "… her", "… them")
  /// and the person or number of a negative auxiliary ("still haven't" → "still hasn't", "still
  /// hadn't"; "don't work" → "doesn't work"; "wasn't" ↔ "weren't"; "isn't" ↔ "aren't").
  static let agreementAlternatives: [[UInt8]: [[UInt8]]] = {
    let groups = [
      ["me", "us", "him", "her", "them"], ["haven't", "hasn't", "hadn't"], ["don't", "doesn't"],
      ["wasn't", "weren't"], ["isn't", "aren't"],
    ]
    var table: [[UInt8]: [[UInt8]]] = [:]
    for group in groups {
      for word in group { table[Array(word.utf8)] = group.filter { $0 != word }.map { Array($0.utf8) } }
    }
    return table
  }()

  /// A cheap necessary condition for a key of `agreementAlternatives` (its length and last bytes),
  /// so that most words skip the dictionary's hashing at every start-up.
  @inline(__always)
  private static func mayHaveAlternative(_ key: [UInt8]) -> Bool {
    guard key.count >= 2 && key.count <= 7, let last = key.last else { return false }
    switch key.count {
    case 2: return last == UInt8(ascii: "e") || last == UInt8(ascii: "s")  // me, us
    case 3: return last == UInt8(ascii: "m") || last == UInt8(ascii: "r")  // him, her
    case 4: return last == UInt8(ascii: "m")  // them
    default: return endsInNegativeContraction(key)  // isn't … weren't
    }
  }

  /// The other forms of a multi-word term under `agreementAlternatives`, every combination of them
  /// (at most 25); empty for a single word, whose valence a pronoun or auxiliary alone never has.
  ///
  /// The forms come in the order of the choices' product (the first word's choice varies
  /// slowest; each word's own key first, then its alternatives), without the term itself. Each
  /// form is made once, at its size: growing every partial form a word at a time made a new
  /// array per form and word (some 4M instructions at every start-up, for 300 terms).
  static func agreementVariants(_ keys: [[UInt8]]) -> [[[UInt8]]] {
    guard keys.count > 1, keys.contains(where: { mayHaveAlternative($0) && agreementAlternatives[$0] != nil }) else {
      return []
    }
    var choices: [[[UInt8]]] = []
    var total = 1
    for (position, key) in keys.enumerated() {
      // A term that opens with "don't" is most often advice ("don't bother", "don't waste your
      // time"), which "doesn't" would turn into a statement about the product ("it doesn't bother
      // me"), and "doesn't disappoint" is no order: the first word keeps its person there.
      let imperative = position == 0 && (key.elementsEqual("don't".utf8) || key.elementsEqual("doesn't".utf8))
      let alternatives = mayHaveAlternative(key) && !imperative ? agreementAlternatives[key] ?? [] : []
      choices.append([key] + alternatives)
      // The product only grows: past 25 at any word, it ends past 25.
      total *= alternatives.count + 1
      if total > 25 { return [] }
    }
    var forms: [[[UInt8]]] = []
    for combination in 1..<total {
      // `combination` in the mixed radix of the choice counts, the last word's digit lowest. The
      // form starts as the term (one copy of its key list; the keys are shared, not copied).
      var rest = combination
      var form = keys
      for position in stride(from: keys.count - 1, through: 0, by: -1) {
        let count = choices[position].count
        if count > 1 {
          form[position] = choices[position][rest % count]
          rest /= count
        }
      }
      forms.append(form)
    }
    return forms
  }

  /// Words before "been" that already make it a verb phrase, or that a derived auxiliary would not
  /// follow ("never been", "always been").
  private static let beenModifiers: Set<[UInt8]> = Set(
    ["have", "has", "had", "never", "ever", "not", "always", "just", "already", "only", "also", "all"].map {
      Array($0.utf8)
    })
  /// The contracted forms of the modals `auxiliaryVariants` gives a subject: "will" → "'ll", "would" → "'d".
  private static let modalContractions: [[UInt8]: [UInt8]] = [
    Array("will".utf8): Array("'ll".utf8), Array("would".utf8): Array("'d".utf8),
  ]
  /// Copulas after which "still" may stand before a term's last word ("internet is down" → "internet
  /// is still down").
  private static let copulas: Set<[UInt8]> = Set(["is", "was", "are", "were"].map { Array($0.utf8) })

  /// A cheap necessary condition for a member of `copulas` (2 to 4 bytes, "is", "was", "are",
  /// "were": ending in "s" or "e").
  @inline(__always)
  private static func mayBeCopula(_ key: [UInt8]) -> Bool {
    guard key.count >= 2 && key.count <= 4, let last = key.last else { return false }
    return last == UInt8(ascii: "s") || last == UInt8(ascii: "e")
  }

  /// The forms of a multi-word term with an auxiliary that customers add and that does not change what
  /// it says: "X been Y" also as "X has been Y", "X have been Y", "X had been Y" and "X's been Y"
  /// ("internet been down" → "the internet has been down", "internet's been down"), and a term that
  /// ends in a copula and one word also with "still" before that word ("app is down" → "app is still
  /// down"). A term that opens with "will" or "would" also comes with the customer as its contracted
  /// subject ("will be back" → "i'll be back", "we'll be back"; "would recommend" → "i'd recommend"):
  /// the tokenizer keeps "i'll" one word, so "I'll definitely be back" matched nothing (QA review
  /// 22). Only "I" and "we": "he'll be back tomorrow" is no verdict. Empty for one-word terms; the
  /// auxiliary forms need three words.
  static func auxiliaryVariants(_ keys: [[UInt8]]) -> [[[UInt8]]] {
    var forms: [[[UInt8]]] = []
    // The byte tests before each table's lookup: most terms have neither word, and hashing a key
    // for `modalContractions` or `copulas` cost more than the rest of the builder's work on it.
    if keys.count > 1, keys[0].first == UInt8(ascii: "w"), let suffix = modalContractions[keys[0]] {
      for subject in ["i", "we"] { forms.append([Array(subject.utf8) + suffix] + Array(keys[1...])) }
    }
    guard keys.count > 2 else { return forms }
    let last = keys.count - 1
    for position in 1..<last where keys[position] == Self.been {
      let before = keys[position - 1]
      guard before.allSatisfy({ (0x61...0x7A).contains($0) }), !beenModifiers.contains(before) else { continue }
      for auxiliary in ["has", "have", "had"] {
        forms.append(Array(keys[..<position]) + [Array(auxiliary.utf8)] + Array(keys[position...]))
      }
      forms.append(Array(keys[..<(position - 1)]) + [before + Array("'s".utf8)] + Array(keys[position...]))
    }
    if mayBeCopula(keys[last - 1]), copulas.contains(keys[last - 1]) {
      forms.append(Array(keys[..<last]) + [Array("still".utf8), keys[last]])
    }
    return forms
  }

  private static let been = Array("been".utf8)

  /// Whether a key is longer than "n't" and ends in it ("doesn't"; not "n't" alone). Three byte
  /// tests: `suffix(3).elementsEqual("n't".utf8)` went through the generic sequence comparison
  /// for every word of every term at every start-up.
  @inline(__always)
  static func endsInNegativeContraction(_ key: [UInt8]) -> Bool {
    let count = key.count
    return count > 3 && key[count - 1] == UInt8(ascii: "t") && key[count - 2] == UInt8(ascii: "'")
      && key[count - 3] == UInt8(ascii: "n")
  }

  /// A term's keys with every negative contraction written without its apostrophe ("doesn't" →
  /// "doesnt", "won't" → "wont"), or nil when no key ends in "n't".
  static func withoutContractionApostrophes(_ keys: [[UInt8]]) -> [[UInt8]]? {
    // Most terms have none: tested before `map` copies the keys.
    guard keys.contains(where: endsInNegativeContraction) else { return nil }
    var changed = false
    let variant = keys.map { key -> [UInt8] in
      guard endsInNegativeContraction(key) else { return key }
      changed = true
      return Array(key.dropLast(2)) + [UInt8(ascii: "t")]
    }
    return changed ? variant : nil
  }

  /// The other spellings of a term with negative contractions: without the apostrophe ("doesn't work"
  /// → "doesnt work") and spelt out ("does not work"; "can't" → "can not" and "cannot", "won't" →
  /// "will not", "shan't" → "shall not"; "ain't" has no spelt-out form). Empty when no key ends in "n't".
  static func contractionSpellings(_ keys: [[UInt8]]) -> [[[UInt8]]] {
    guard let bare = withoutContractionApostrophes(keys) else { return [] }
    var spelled: [[UInt8]] = []
    var cannot: [[UInt8]]? = nil
    for key in keys {
      guard endsInNegativeContraction(key) else {
        spelled.append(key)
        cannot?.append(key)
        continue
      }
      let base = String(decoding: key.dropLast(3), as: UTF8.self)
      switch base {
      case "ai": return [bare]
      case "ca":
        cannot = spelled + [Array("cannot".utf8)]
        spelled += [Array("can".utf8), Array("not".utf8)]
      case "wo": spelled += [Array("will".utf8), Array("not".utf8)]
      case "sha": spelled += [Array("shall".utf8), Array("not".utf8)]
      default: spelled += [Array(base.utf8), Array("not".utf8)]
      }
      if base != "ca" { cannot?.append(contentsOf: spelled.suffix(2)) }
    }
    return [bare, spelled] + (cannot.map { [$0] } ?? [])
  }

  /// Answers often drop the apostrophe of a negative contraction ("doesnt work", "wont be back") or
  /// spell it out ("could not have asked for more"); the negator list names every spelling, and here
  /// every valence term with such a contraction gets the other spellings as well
  /// (`contractionSpellings`), with the entry that holds the contracted spelling once every file is
  /// read (so a later `--lexicon` that re-rates "doesn't work" re-rates "doesnt work" and "does not
  /// work" too, and `--explain` names the written term). A spelling some lexicon lists itself keeps
  /// its own entry. The same holds for a term's forms in another person (`agreementVariants`:
  /// "nobody called us" for "nobody called me", "still hasn't" for "still haven't"). Call after the
  /// last valence file.
  mutating func addContractionVariants() {
    let variants = contractionVariants
    contractionVariants = []
    // Each variant's ids are taken once, and reused to insert it (adding a word again changes
    // nothing, so the vocabulary's ids are assigned in the same order).
    let variantIDs = variants.map { tables.ids(adding: $0.variant) }
    // Spellings listed by a file, before any variant is added: a variant never hides one.
    let listed = variantIDs.map { exactEntry($0) != nil }
    for index in variants.indices where !listed[index] {
      guard let entry = exactEntry(variants[index].termIDs) else { continue }
      tables.valence.insert(variantIDs[index], value: entry)
    }
    // Other persons last: a spelling listed or derived above keeps its entry, and among forms
    // derived from two terms the first term's wins.
    let forms = agreementForms
    agreementForms = []
    for (termIDs, variant) in forms {
      let ids = tables.ids(adding: variant)
      guard exactEntry(ids) == nil, let entry = exactEntry(termIDs) else { continue }
      tables.valence.insert(ids, value: entry)
    }
  }

  /// The valence entry whose term is exactly `ids`, if any. (Take the ids in a statement of their
  /// own: written as one expression with `tables.ids(adding:)`, the builder was copied for the
  /// call before the argument added a word, and the vocabulary's tables, 800 KB, with it.)
  private func exactEntry(_ ids: [Int32]) -> Int32? {
    let match = ids.withUnsafeBufferPointer { tables.valence.longestMatch($0, from: 0, to: ids.count) }
    guard let match, match.length == ids.count else { return nil }
    return match.value
  }

  /// Emoji → description (VADER's emoji format): an emoji that no lexicon gives a valence gets the
  /// sum of its description's words' valences, e.g. 😁 "beaming face with smiling eyes" →
  /// "smiling". Descriptions only fill gaps: an emoji the lexicons
  /// already rate keeps that valence, and the file says how many it left so (QA review 32, M2: they
  /// were ignored without a word). An emoji described twice in the file is warned about, naming both
  /// lines, and the later description wins, as a later lexicon line does.
  mutating func addEmojiDescriptions(_ file: DataFile) throws(SentimentError) {
    let lines = try LexiconParser.parse(file.contents, name: file.name, format: .vaderEmoji)
    var added = 0
    // This file's emoji: first line, and the entry it added (nil when it added none).
    var seen: [String: (line: Int, entry: Int32?)] = [:]
    var rated = (count: 0, first: "", line: 0)
    for entry in lines {
      guard let description = entry.description else { continue }
      let keys = try normalizer.tokenKeys(of: entry.term)
      guard !keys.isEmpty else { continue }
      let ids = tables.ids(adding: keys)
      let earlier = seen[entry.term]
      if let earlier {
        warnDuplicate(entry.term, first: earlier.line, line: entry.line, file: file.name, what: "emoji")
      }
      let existing = ids.withUnsafeBufferPointer { tables.valence.longestMatch($0, from: 0, to: ids.count) }
      if let existing, existing.length == ids.count, earlier?.entry != existing.value {
        if earlier == nil {
          if rated.count == 0 { rated = (0, entry.term, entry.line) }
          rated.count += 1
          seen[entry.term] = (entry.line, nil)
        }
        continue
      }
      var sum = 0.0
      for word in try normalizer.tokenKeys(of: description) {
        let id = word.withUnsafeBufferPointer { tables.vocabulary.id(of: $0) }
        guard id >= 0 else { continue }
        let match = [id].withUnsafeBufferPointer { tables.valence.longestMatch($0, from: 0, to: 1) }
        if let match { sum += tables.entries[Int(match.value)].valence }
      }
      let valenceEntry = ValenceEntry(
        term: entry.term, valence: min(4, max(-4, sum)), origin: "emoji description \"\(description)\"")
      if let replaced = earlier?.entry {
        // The later description wins (0 when its words carry no valence).
        tables.entries[Int(replaced)] = valenceEntry
        seen[entry.term] = (entry.line, replaced)
        continue
      }
      seen[entry.term] = (entry.line, nil)
      guard sum != 0 else { continue }
      let index = Int32(tables.entries.count)
      tables.entries.append(valenceEntry)
      tables.valence.insert(ids, value: index)
      seen[entry.term] = (entry.line, index)
      added += 1
    }
    if rated.count > 0 {
      warnings.append(
        LexiconWarning(
          file: file.name, line: rated.line,
          message:
            "\(rated.count) emoji here already have a valence in the lexicons (first \(rated.first)); they keep it: "
            + "descriptions only rate emoji the lexicons lack (give a valence in a --lexicon file to change one)"))
    }
    sources.append(file.source(role: "emoji", format: .vaderEmoji, entries: added))
  }

  mutating func addNegators(_ file: DataFile) throws(SentimentError) {
    var seen: [String: Int] = [:]
    let list = try LexiconParser.parseWordList(
      file.contents, name: file.name, maximumColumns: 1, layout: "one negator a line")
    for (term, _, line) in list {
      let keys = try normalizer.tokenKeys(of: term)
      guard !keys.isEmpty else { throw .badLine(file: file.name, line: line, reason: "the negator has no token") }
      noteDuplicate(term, line: line, file: file.name, seen: &seen, what: "negator")
      let index = Int32(tables.negatorTerms.count)
      tables.negatorTerms.append(term)
      tables.negators.insert(tables.ids(adding: keys), value: index)
    }
    sources.append(file.source(role: "negators", format: .verbatim, entries: list.count))
  }

  /// Intensifier terms as some file lists them: a derived spelling never replaces one.
  private var listedIntensifiers: Set<[Int32]> = []

  /// Reads an intensifier file. A term with a negative contraction also matches without its
  /// apostrophe and spelt out (`contractionSpellings`: "can't believe" → "cant believe", "can not
  /// believe", "cannot believe"), unless some file lists that spelling itself.
  mutating func addIntensifiers(_ file: DataFile) throws(SentimentError) {
    var seen: [String: Int] = [:]
    var derived: [(ids: [Int32], index: Int32)] = []
    let list = try LexiconParser.parseWordList(
      file.contents, name: file.name, maximumColumns: 2, layout: "term<TAB>scalar")
    for (term, value, line) in list {
      guard let value, let scalar = Double(value), scalar.isFinite, abs(scalar) <= 4 else {
        throw .badLine(
          file: file.name, line: line,
          reason: "expected term<TAB>scalar (a number from -4 to 4; positive boosts, negative dampens)")
      }
      let keys = try normalizer.tokenKeys(of: term)
      guard !keys.isEmpty else { throw .badLine(file: file.name, line: line, reason: "the term has no token") }
      noteDuplicate(term, line: line, file: file.name, seen: &seen, what: "intensifier")
      let index = Int32(tables.intensifierEntries.count)
      tables.intensifierEntries.append((term, scalar))
      let ids = tables.ids(adding: keys)
      listedIntensifiers.insert(ids)
      tables.intensifiers.insert(ids, value: index)
      for spelling in Self.contractionSpellings(keys) { derived.append((tables.ids(adding: spelling), index)) }
    }
    // After the file's own terms: a spelling the file lists later keeps its entry.
    for (ids, index) in derived where !listedIntensifiers.contains(ids) {
      tables.intensifiers.insert(ids, value: index)
    }
    sources.append(file.source(role: "intensifiers", format: .verbatim, entries: list.count))
  }

  mutating func addContrast(_ file: DataFile) throws(SentimentError) {
    var seen: [String: Int] = [:]
    let list = try LexiconParser.parseWordList(
      file.contents, name: file.name, maximumColumns: 2, layout: "term or term<TAB>before|after")
    for (term, value, line) in list {
      let side: ContrastSide
      switch value?.lowercased() {
      case nil, "after": side = .after
      case "before": side = .before
      default:
        throw .badLine(file: file.name, line: line, reason: "the second column must be \"before\" or \"after\"")
      }
      let keys = try normalizer.tokenKeys(of: term)
      guard !keys.isEmpty else { throw .badLine(file: file.name, line: line, reason: "the term has no token") }
      noteDuplicate(term, line: line, file: file.name, seen: &seen, what: "connective")
      let index = Int32(tables.contrastEntries.count)
      tables.contrastEntries.append((term, side))
      tables.contrast.insert(tables.ids(adding: keys), value: index)
    }
    sources.append(file.source(role: "contrast", format: .verbatim, entries: list.count))
  }
}
