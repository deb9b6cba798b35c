package import Tokenization

/// A shipped codebook with its rules parsed, as bytes a build embeds (the EmbedCodebook plugin) so
/// that a run compiles the codebook without reading its YAML or parsing its rules again: the same
/// `Codebook` value (every tag, rule source with its written positions, example and location) and
/// the same `RuleExpression` of every rule and exclusion, from which `CompiledCodebook` builds its
/// tables as ever, and the rules' requirements (`RuleRequirements`) that compile found. (VADER
/// texts, `code --threads 1`: the YAML, the rule parser and the requirements cost about 130M
/// instructions at every start-up.)
///
/// Layout: a magic line, the format version, the size and digest of the YAML text it was made from
/// (a run that finds other bytes embedded reads the YAML instead), a table of strings, the codebook
/// and the phrases' words, the expressions, then the requirements' eight tables. Integers are written six bits a byte (bit 6: more
/// to come), strings as their UTF-8 bytes: every byte is ASCII but those of the codebook's own text,
/// so the archive is UTF-8 text a Swift string literal holds as it is.
enum CodebookArchive {
  static let magic = "verbatim codebook archive\n"
  /// 2: an example's question (codebook 1.22.0's `QUESTION(…)` rules). 3: a tag's `fallback`. 4:
  /// `ANSWER(…)` (codebook 1.25.0).
  static let version = 4

  /// A digest of `bytes` (FNV-1a over 8-byte words, then the tail), to tell the YAML text an archive
  /// was made from.
  static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let words = bytes.count / 8
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      for index in 0..<words {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x100_0000_01b3
      }
    }
    for index in (words * 8)..<bytes.count { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
    return hash
  }

  struct Writer {
    private(set) var bytes: [UInt8] = []
    private var stringIndex: [String: Int] = [:]
    private var strings: [String] = []
    private var body: [UInt8] = []

    mutating func integer(_ value: Int) { Self.integer(value, into: &body) }

    static func integer(_ value: Int, into bytes: inout [UInt8]) {
      // Zig-zag, so a small negative value is short too.
      var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
      repeat {
        let low = UInt8(rest & 0x3F)
        rest >>= 6
        bytes.append(rest == 0 ? low : low | 0x40)
      } while rest != 0
    }

    mutating func bool(_ value: Bool) { integer(value ? 1 : 0) }

    /// A string, as its index in the table of strings (each distinct string written once).
    mutating func string(_ value: String) {
      if let index = stringIndex[value] {
        integer(index)
        return
      }
      stringIndex[value] = strings.count
      integer(strings.count)
      strings.append(value)
    }

    mutating func optional(_ value: String?) {
      bool(value != nil)
      if let value { string(value) }
    }

    mutating func location(_ location: SourceLocation) {
      string(location.file)
      integer(location.line)
      integer(location.column)
    }

    /// The archive: the header, the table of strings, then what was written.
    func finished(source: UnsafeBufferPointer<UInt8>) -> [UInt8] {
      var bytes = Array(CodebookArchive.magic.utf8)
      Self.integer(CodebookArchive.version, into: &bytes)
      Self.integer(source.count, into: &bytes)
      let digest = CodebookArchive.digest(source)
      Self.integer(Int(truncatingIfNeeded: digest), into: &bytes)
      Self.integer(strings.count, into: &bytes)
      for string in strings {
        Self.integer(string.utf8.count, into: &bytes)
        bytes += string.utf8
      }
      return bytes + body
    }
  }

  /// Reads an archive; every read checks the bytes left (nil past the end: a damaged archive).
  struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var strings: [String] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func integer() -> Int? {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      while position < bytes.count && shift < 64 {
        let byte = bytes[position]
        position += 1
        value |= UInt64(byte & 0x3F) << shift
        shift += 6
        if byte & 0x40 == 0 {
          let signed = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
          return Int(signed)
        }
      }
      return nil
    }

    /// A count of items each at least one byte long.
    mutating func size() -> Int? {
      guard let count = integer(), count >= 0, count <= bytes.count - position else { return nil }
      return count
    }

    mutating func bool() -> Bool? { integer().map { $0 != 0 } }

    mutating func string() -> String? {
      guard let index = integer(), index >= 0, index < strings.count else { return nil }
      return strings[index]
    }

    mutating func optional() -> String?? {
      guard let present = bool() else { return nil }
      guard present else { return .some(nil) }
      return string().map { .some($0) }
    }

    mutating func location() -> SourceLocation? {
      guard let file = string(), let line = integer(), let column = integer() else { return nil }
      return SourceLocation(file: file, line: line, column: column)
    }

    /// The table of strings.
    mutating func readStrings() -> Bool {
      guard let count = size() else { return false }
      strings.reserveCapacity(count)
      for _ in 0..<count {
        guard let length = size(), let base = bytes.baseAddress else { return false }
        strings.append(String(decoding: UnsafeBufferPointer(start: base + position, count: length), as: UTF8.self))
        position += length
      }
      return true
    }
  }
}

extension CompiledCodebook {
  /// The archive of `codebook` (a shipped one, read from `source`, its YAML text) with every rule
  /// and exclusion parsed by `tokenizer` as `init(_:tokenizer:)` parses them. Throws what that
  /// init throws for a rule that does not parse.
  package static func archive(
    of codebook: Codebook, source: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer
  ) throws(TaxonomyError) -> [UInt8] {
    let compiled = try CompiledCodebook(codebook, tokenizer: tokenizer)
    var writer = CodebookArchive.Writer()
    writer.codebook(codebook)
    // Each distinct phrase once (rules share their words), then each rule's expression.
    var phraseIndex: [[PhraseWord]: Int] = [:]
    var phrases: [[PhraseWord]] = []
    func collect(_ expression: RuleExpression) {
      switch expression {
      case .phrase(let words):
        if phraseIndex[words] == nil {
          phraseIndex[words] = phrases.count
          phrases.append(words)
        }
      case .regex, .meta: break
      case .and(let left, let right), .near(let left, let right, _, _):
        collect(left)
        collect(right)
      case .or(let alternatives): alternatives.forEach(collect)
      case .not(let operand), .sentence(let operand), .answer(let operand): collect(operand)
      }
    }
    let expressions = zip(compiled.rules, compiled.excludes).flatMap { $0.map(\.expression) + $1.map(\.expression) }
    expressions.forEach(collect)
    writer.integer(phrases.count)
    for words in phrases {
      writer.integer(words.count)
      for word in words {
        writer.string(word.norm)
        writer.integer((word.isPrefix ? 1 : 0) | (word.isJoiner ? 2 : 0))
      }
    }
    writer.integer(expressions.count)
    for expression in expressions { writer.expression(expression, phraseIndex: phraseIndex) }
    // The requirements the compile found (`RuleRequirements`: about 12M instructions to work out).
    let requirements = compiled.requirements
    for array in [
      requirements.clauseCounts, requirements.phraseClauseCounts, requirements.slotClauseStarts,
      requirements.slotClauses, requirements.clauseRules, requirements.clauseHasRegex.map { $0 ? 1 : 0 },
      requirements.regexGateStarts, requirements.regexGates,
    ] {
      writer.integer(array.count)
      for value in array { writer.integer(Int(value)) }
    }
    return writer.finished(source: source)
  }

  /// The codebook an archive of `archive(of:source:tokenizer:)` holds, compiled with its parsed
  /// rules: the same as `init(_:tokenizer:)` of the codebook read from `source`. Nil when the
  /// archive was made from other YAML bytes than `source` (a stale archive) or is damaged: the
  /// caller reads the YAML then.
  package init?(archive bytes: UnsafeBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer)
    throws(TaxonomyError)
  {
    var reader = CodebookArchive.Reader(bytes)
    let magic = Array(CodebookArchive.magic.utf8)
    guard bytes.count > magic.count, bytes.prefix(magic.count).elementsEqual(magic) else { return nil }
    reader.position = magic.count
    guard reader.integer() == CodebookArchive.version, reader.integer() == source.count,
      reader.integer() == Int(truncatingIfNeeded: CodebookArchive.digest(source)), reader.readStrings(),
      var codebook = reader.codebook(), let phraseCount = reader.size()
    else { return nil }
    codebook.regexesKnownValid = true
    var phrases: [RuleExpression] = []
    phrases.reserveCapacity(phraseCount)
    for _ in 0..<phraseCount {
      guard let count = reader.size() else { return nil }
      var words: [PhraseWord] = []
      words.reserveCapacity(count)
      for _ in 0..<count {
        guard let norm = reader.string(), let flags = reader.integer() else { return nil }
        words.append(PhraseWord(norm, isPrefix: flags & 1 != 0, isJoiner: flags & 2 != 0))
      }
      phrases.append(.phrase(words))
    }
    guard let count = reader.size(),
      count == codebook.tags.reduce(0, { $0 + $1.rules.count + $1.exclude.count })
    else { return nil }
    var expressions: [RuleExpression] = []
    expressions.reserveCapacity(count)
    for _ in 0..<count {
      guard let expression = reader.expression(phrases: phrases, depth: 0) else { return nil }
      expressions.append(expression)
    }
    var arrays: [[Int32]] = []
    for _ in 0..<8 {
      guard let count = reader.size() else { return nil }
      var array = [Int32](repeating: 0, count: count)
      for index in 0..<count {
        guard let value = reader.integer(), let narrow = Int32(exactly: value) else { return nil }
        array[index] = narrow
      }
      arrays.append(array)
    }
    guard reader.position == bytes.count else { return nil }
    var requirements = RuleRequirements()
    requirements.clauseCounts = arrays[0]
    requirements.phraseClauseCounts = arrays[1]
    requirements.slotClauseStarts = arrays[2]
    requirements.slotClauses = arrays[3]
    requirements.clauseRules = arrays[4]
    requirements.clauseHasRegex = arrays[5].map { $0 != 0 }
    requirements.regexGateStarts = arrays[6]
    requirements.regexGates = arrays[7]
    self.init(codebook, tokenizer: tokenizer, lenient: true, parsed: expressions, requirements: requirements)
    if !problems.isEmpty { throw .invalidRules(problems) }
    // The tables' shapes (a mismatched archive, never a build's own).
    let slots = matcher.phraseCount + regexes.count
    guard requirements.clauseCounts.count == ruleRoots.count, requirements.phraseClauseCounts.count == ruleRoots.count,
      requirements.slotClauseStarts.count == slots + 1, requirements.regexGateStarts.count == regexes.count + 1,
      requirements.clauseHasRegex.count == requirements.clauseRules.count,
      requirements.slotClauseStarts.last.map(Int.init) == requirements.slotClauses.count,
      requirements.regexGateStarts.last.map(Int.init) == requirements.regexGates.count,
      requirements.slotClauses.allSatisfy({ $0 >= 0 && Int($0) < requirements.clauseRules.count }),
      requirements.clauseRules.allSatisfy({ $0 >= 0 && Int($0) < ruleRoots.count }),
      requirements.regexGates.allSatisfy({ $0 >= 0 && Int($0) < ruleRoots.count })
    else { return nil }
  }
}

extension CodebookArchive.Writer {
  mutating func codebook(_ codebook: Codebook) {
    string(codebook.id)
    string(codebook.version)
    integer(codebook.languages.count)
    for language in codebook.languages { string(language) }
    string(codebook.description)
    string(codebook.source)
    bool(codebook.versionLocation != nil)
    if let location = codebook.versionLocation { self.location(location) }
    integer(codebook.tags.count)
    for tag in codebook.tags {
      string(tag.code)
      string(tag.label)
      string(tag.description)
      optional(tag.parent)
      bool(tag.parentIsExplicit)
      optional(tag.enclosingCode)
      for rules in [tag.rules, tag.exclude] {
        integer(rules.count)
        for rule in rules { self.rule(rule) }
      }
      for examples in [tag.matchExamples, tag.noMatchExamples] {
        integer(examples.count)
        for example in examples {
          string(example.text)
          integer(example.metadata.count)
          for (key, value) in example.metadata.sorted(by: { $0.key < $1.key }) {
            string(key)
            string(value)
          }
          optional(example.question)
          location(example.location)
        }
      }
      optional(tag.severity)
      optional(tag.route)
      bool(tag.fallback)
      location(tag.location)
    }
  }

  mutating func rule(_ rule: RuleSource) {
    string(rule.text)
    location(rule.location)
    switch rule.written {
    case .unknown: integer(0)
    case .listed(let positions):
      integer(1)
      integer(positions.count)
      for position in positions {
        integer(position.line)
        integer(position.column)
      }
    case .run(let run):
      integer(2)
      integer(run.line)
      integer(run.column)
      integer(run.count)
      integer(run.quotes.count)
      for quote in run.quotes { integer(Int(quote)) }
    }
  }

  mutating func expression(_ expression: RuleExpression, phraseIndex: [[PhraseWord]: Int]) {
    switch expression {
    case .phrase(let words):
      integer(0)
      integer(phraseIndex[words]!)
    case .regex(let pattern, let caseInsensitive):
      integer(1)
      string(pattern)
      bool(caseInsensitive)
    case .and(let left, let right):
      integer(2)
      self.expression(left, phraseIndex: phraseIndex)
      self.expression(right, phraseIndex: phraseIndex)
    case .or(let alternatives):
      integer(3)
      integer(alternatives.count)
      for alternative in alternatives { self.expression(alternative, phraseIndex: phraseIndex) }
    case .not(let operand):
      integer(4)
      self.expression(operand, phraseIndex: phraseIndex)
    case .near(let left, let right, let distance, let ordered):
      integer(5)
      self.expression(left, phraseIndex: phraseIndex)
      self.expression(right, phraseIndex: phraseIndex)
      integer(distance)
      bool(ordered)
    case .sentence(let operand):
      integer(6)
      self.expression(operand, phraseIndex: phraseIndex)
    case .meta(let key, let values, let negated):
      integer(7)
      string(key)
      integer(values.count)
      for value in values { string(value) }
      bool(negated)
    case .answer(let operand):
      integer(8)
      self.expression(operand, phraseIndex: phraseIndex)
    }
  }
}

extension CodebookArchive.Reader {
  mutating func codebook() -> Codebook? {
    guard let id = string(), let version = string(), let languageCount = size() else { return nil }
    var languages: [String] = []
    for _ in 0..<languageCount {
      guard let language = string() else { return nil }
      languages.append(language)
    }
    guard let description = string(), let source = string(), let hasVersionLocation = bool() else { return nil }
    var versionLocation: SourceLocation?
    if hasVersionLocation {
      guard let location = location() else { return nil }
      versionLocation = location
    }
    guard let tagCount = size() else { return nil }
    var tags: [CodebookTag] = []
    tags.reserveCapacity(tagCount)
    for _ in 0..<tagCount {
      guard let tag = tag() else { return nil }
      tags.append(tag)
    }
    var codebook = Codebook(
      id: id, version: version, languages: languages, description: description, tags: tags, source: source)
    codebook.versionLocation = versionLocation
    return codebook
  }

  private mutating func tag() -> CodebookTag? {
    guard let code = string(), let label = string(), let description = string(), let parent = optional(),
      let parentIsExplicit = bool(), let enclosingCode = optional()
    else { return nil }
    var ruleLists: [[RuleSource]] = []
    for _ in 0..<2 {
      guard let count = size() else { return nil }
      var rules: [RuleSource] = []
      rules.reserveCapacity(count)
      for _ in 0..<count {
        guard let rule = rule() else { return nil }
        rules.append(rule)
      }
      ruleLists.append(rules)
    }
    var exampleLists: [[Example]] = []
    for _ in 0..<2 {
      guard let count = size() else { return nil }
      var examples: [Example] = []
      examples.reserveCapacity(count)
      for _ in 0..<count {
        guard let text = string(), let fieldCount = size() else { return nil }
        var metadata: [String: String] = [:]
        for _ in 0..<fieldCount {
          guard let key = string(), let value = string() else { return nil }
          metadata[key] = value
        }
        guard let question = optional(), let location = location() else { return nil }
        examples.append(Example(text, metadata: metadata, question: question, location: location))
      }
      exampleLists.append(examples)
    }
    guard let severity = optional(), let route = optional(), let fallback = bool(), let location = location()
    else { return nil }
    var tag = CodebookTag(
      code: code, label: label, description: description, parent: parent, parentIsExplicit: parentIsExplicit,
      rules: ruleLists[0], exclude: ruleLists[1], matchExamples: exampleLists[0], noMatchExamples: exampleLists[1],
      severity: severity, route: route, fallback: fallback, location: location)
    tag.enclosingCode = enclosingCode
    return tag
  }

  private mutating func rule() -> RuleSource? {
    guard let text = string(), let location = location(), let kind = integer() else { return nil }
    switch kind {
    case 0: return RuleSource(text, location: location)
    case 1:
      guard let count = size() else { return nil }
      var positions: [SourcePosition] = []
      positions.reserveCapacity(count)
      for _ in 0..<count {
        guard let line = integer(), let column = integer() else { return nil }
        positions.append(SourcePosition(line: line, column: column))
      }
      return RuleSource(text, location: location, positions: positions)
    case 2:
      guard let line = integer(), let column = integer(), let count = integer(), let quoteCount = size() else {
        return nil
      }
      var quotes: [Int32] = []
      for _ in 0..<quoteCount {
        guard let quote = integer() else { return nil }
        quotes.append(Int32(truncatingIfNeeded: quote))
      }
      let run = WrittenRun(line: line, column: column, count: count, quotes: quotes)
      return RuleSource(text, location: location, run: run)
    default: return nil
    }
  }

  /// An expression; `phrases` are the archive's phrases, each one value shared by every rule that
  /// writes it, as the rule parser shares them (`PieceTokens`): `CompiledCodebook` finds the
  /// spellings of a phrase's words once, and a shared value is one allocation, not one a use.
  mutating func expression(phrases: [RuleExpression], depth: Int) -> RuleExpression? {
    guard depth < 1000, let kind = integer() else { return nil }
    switch kind {
    case 0:
      guard let index = integer(), index >= 0, index < phrases.count else { return nil }
      return phrases[index]
    case 1:
      guard let pattern = string(), let caseInsensitive = bool() else { return nil }
      return .regex(pattern: pattern, caseInsensitive: caseInsensitive)
    case 2:
      guard let left = expression(phrases: phrases, depth: depth + 1),
        let right = expression(phrases: phrases, depth: depth + 1)
      else { return nil }
      return .and(left, right)
    case 3:
      guard let count = size() else { return nil }
      var alternatives: [RuleExpression] = []
      alternatives.reserveCapacity(count)
      for _ in 0..<count {
        guard let alternative = expression(phrases: phrases, depth: depth + 1) else { return nil }
        alternatives.append(alternative)
      }
      return .or(alternatives)
    case 4:
      return expression(phrases: phrases, depth: depth + 1).map { .not($0) }
    case 5:
      guard let left = expression(phrases: phrases, depth: depth + 1),
        let right = expression(phrases: phrases, depth: depth + 1), let distance = integer(), let ordered = bool()
      else { return nil }
      return .near(left, right, distance: distance, ordered: ordered)
    case 6:
      return expression(phrases: phrases, depth: depth + 1).map { .sentence($0) }
    case 7:
      guard let key = string(), let count = size() else { return nil }
      var values: [String] = []
      for _ in 0..<count {
        guard let value = string() else { return nil }
        values.append(value)
      }
      guard let negated = bool() else { return nil }
      return .meta(key: key, values: values, negated: negated)
    case 8:
      return expression(phrases: phrases, depth: depth + 1).map { .answer($0) }
    default: return nil
    }
  }
}
