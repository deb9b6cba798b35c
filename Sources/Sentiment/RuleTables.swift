/// A valence entry: what the explanation shows and where it came from.
struct ValenceEntry: Sendable {
  var term: String
  var valence: Double
  /// Where the entry comes from without its line ("general-en.tsv"), or the whole origin ("emoji
  /// description …", "rule: …") when `originLine` is nil.
  var originName: String
  /// The line of `originName` that holds the term, if it is a file.
  var originLine: Int?
  /// "general-en.tsv:123", or "emoji description" for an emoji scored from its description. Made
  /// when an explanation asks (interpolating it for every entry cost 9M instructions a start-up).
  var origin: String { originLine.map { "\(originName):\($0)" } ?? originName }
  /// The entry's tags (`EntryTags`), one bit each: read for every valence term by the scorer
  /// (`RuleTables.entryTags`), and copied there from here in one step.
  var tags: EntryTags = []
  /// Tagged `negation=keep`: something customers want ("refund", "callback"), whose absence is
  /// as much a complaint as its mention ("no refund", "haven't had a callback"), so a negator does
  /// not flip it.
  var keepsSignWhenNegated: Bool { tags.contains(.keepsSignWhenNegated) }
  /// Tagged `negation=only`: an outcome customers expect, news only when it did not happen ("came",
  /// "responding", "picked up": "delivery boy not came", "nobody picking up"). Its valence (negative)
  /// is what it counts when negated, as given; affirmed it counts nothing.
  var countsOnlyNegated: Bool { tags.contains(.countsOnlyNegated) }
  /// Tagged `frame=suggestion`: a phrase that opens a suggestion ("would be nice if", "would be
  /// great to"), after which praise describes what is missing, not what happened (rule 13).
  var opensSuggestion: Bool { tags.contains(.opensSuggestion) }
  /// Tagged `tone=lukewarm`: an opinion short of praise or complaint ("ok", "fine", "average",
  /// "meh"); a short answer with no other opinion is neutral (rule 18).
  var isLukewarm: Bool { tags.contains(.isLukewarm) }
  /// Tagged `frame=balance`: a statement that the answer's praise and complaints even out
  /// ("swings and roundabouts", "it's a mixed bag"); with both in the text it is neutral (rule 20).
  var statesBalance: Bool { tags.contains(.statesBalance) }
  /// Tagged `tone=laughter`: laughter ("lol", "haha", 😂), which marks the tone of a complaint
  /// rather than praise; in a text with a negative term it counts nothing (rule 21).
  var isLaughter: Bool { tags.contains(.isLaughter) }
  /// Tagged `tone=tears`: loudly crying (😭), which social media types for overwhelming joy as
  /// often as for sadness; in a text whose only other terms are praise or laughter it counts
  /// nothing (rule 22).
  var isTears: Bool { tags.contains(.isTears) }
  /// Tagged `contrast=after`: a complaint that also turns the sentence as "but" does ("shame about",
  /// "pity about": "Lovely staff, shame about the product"); rule 34.
  var opensContrast: Bool { tags.contains(.opensContrast) }

  init(term: String, valence: Double, origin: String) {
    self.init(term: term, valence: valence, file: origin, line: nil, tags: [])
  }

  /// An entry of `file` (line `line`, if any) with the tags of `tags` (see `EntryTags`).
  init(term: String, valence: Double, file: String, line: Int?, tags: EntryTags) {
    self.term = term
    self.valence = valence
    originName = file
    originLine = line
    self.tags = tags
  }
}

/// Which clause a contrastive connective promotes.
enum ContrastSide: Sendable {
  /// "but", "however": the clause after the connective weighs more.
  case after
  /// The clause before the connective weighs more.
  case before
}

/// The default profile's lookup structures: one vocabulary of token norms, and tries over it for
/// valence terms (single words and multi-word expressions), negators, intensifiers and contrastive
/// connectives, plus prefix wildcards.
struct RuleTables: Sendable {
  var vocabulary = Vocabulary()
  var valence = PhraseTable()
  var prefixes = PrefixTable()
  var entries: [ValenceEntry] = []
  var negators = PhraseTable()
  var negatorTerms: [String] = []
  var intensifiers = PhraseTable()
  var intensifierEntries: [(term: String, scalar: Double)] = []
  var contrast = PhraseTable()
  var contrastEntries: [(term: String, side: ContrastSide)] = []

  /// Per vocabulary id, the facts the scorer reads for every token (`TokenRecords`). Built by
  /// `indexTokens()` once every term is in.
  private var tokenRecords = TokenRecords([])

  mutating func ids(adding keys: [[UInt8]]) -> [Int32] {
    keys.map { vocabulary.id(adding: $0) }
  }

  /// Per valence entry, its valence alone (`entries[i].valence`), filled by `indexTokens()`: the
  /// scorer reads only the number for every unit, and 8 bytes an entry stay in cache where the
  /// 48-byte entries (two strings each) do not.
  private(set) var entryValences: [Double] = []
  /// Per valence entry, its tags (`EntryTags`), filled by `indexTokens()`: one byte an entry, read
  /// for every valence term, where reading a 48-byte entry (two strings) misses the cache and a
  /// copy of one retains and releases its strings.
  private(set) var entryTags: [EntryTags] = []
  /// How many entries `indexTokens()` indexed: the count of `entryValences` and of `entryTags`,
  /// kept beside them because the scorer's largest methods (`buildUnits`, `valence(of:…)`) left
  /// a call to `Array.count` out of line there, some 9 instructions for every term read.
  private(set) var indexedEntries = 0

  /// Adds the grammar word lists and the rule triggers to the vocabulary and fills `tokenRecords`;
  /// call after the last term is added.
  mutating func indexTokens() {
    // The words' ids first (lists, then triggers, as ever), then the lists and triggers of each id
    // in arrays the vocabulary's size: dictionaries keyed by id cost a hash per word and per id.
    var listed: [(id: Int32, list: WordList)] = []
    for (list, words) in WordList.catalogue {
      for word in words { listed.append((id(adding: word), list)) }
    }
    var triggered: [(id: Int32, trigger: RuleTriggers)] = []
    for (trigger, words) in RuleTriggers.catalogue {
      for word in words { triggered.append((id(adding: word), trigger)) }
    }
    var lists = [WordList](repeating: [], count: vocabulary.count)
    for (id, list) in listed { lists[Int(id)].insert(list) }
    var triggers = [RuleTriggers](repeating: [], count: vocabulary.count)
    for (id, trigger) in triggered { triggers[Int(id)].insert(trigger) }
    // Each entry's fields read in place (a copy of an entry retains and releases its strings).
    (entryValences, entryTags) = entries.withUnsafeBufferPointer { entries in
      (entries.indices.map { entries[$0].valence }, entries.indices.map { entries[$0].tags })
    }
    indexedEntries = entries.count
    // What a word that starts no term may still be, from its own spelling: a wildcard's match
    // (a prefix lookup per word) or a contracted negation.
    var spelled = [TermStarts](repeating: [], count: vocabulary.count)
    vocabulary.forEachNorm { norm, id in
      if prefixes.count > 0 && prefixes.mayMatch(norm) && prefixes.match(norm) != nil {
        spelled[Int(id)].insert(.wildcard)
      }
      if DefaultProfileScorer.isContractedNegation(norm) { spelled[Int(id)].insert(.contractedNegation) }
    }
    tokenRecords = TokenRecords(
      (0..<Int32(vocabulary.count)).map { id in
        var starts = spelled[Int(id)]
        if valence.hasTerm(startingWith: id) { starts.insert(.valence) }
        if negators.hasTerm(startingWith: id) { starts.insert(.negator) }
        if intensifiers.hasTerm(startingWith: id) { starts.insert(.intensifier) }
        if contrast.hasTerm(startingWith: id) { starts.insert(.contrast) }
        let root = valence.root(startingWith: id)
        return TokenRecords.Record(
          lists: lists[Int(id)], valenceFilter: root.filter, triggers: triggers[Int(id)], valenceNode: root.index,
          valenceValue: root.value, starts: starts)
      })
  }

  /// The id of a catalogue's word, adding it when new.
  private mutating func id(adding word: String) -> Int32 {
    word.utf8.withContiguousStorageIfAvailable { vocabulary.id(adding: $0) } ?? vocabulary.id(adding: Array(word.utf8))
  }

  /// `valence.longestMatch(ids, from: start, to: end)`, its first step read from the token's record.
  @inline(__always)
  func valenceMatch(_ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int) -> (value: Int32, length: Int)? {
    valenceMatch(ids, from: start, to: end, records: tokenRecords.unsafeReader)
  }

  /// `valenceMatch(ids, from: start, to: end)` with the token records read through `records`
  /// (`TokenRecords.unsafeReader` of these tables'), as the unit builder reads them, taken once.
  @inline(__always)
  func valenceMatch(
    _ ids: UnsafeBufferPointer<Int32>, from start: Int, to end: Int, records: TokenRecords.Reader
  ) -> (value: Int32, length: Int)? {
    guard start < end else { return nil }
    let id = ids[start]
    guard id >= 0 else { return nil }
    guard Int(id) < records.count else { return valence.longestMatch(ids, from: start, to: end) }
    return valence.longestMatch(ids, from: start, to: end, root: records.records[Int(id)].valenceRoot)
  }

  /// The tags of entry `index` (from `entryTags`; from `entries` for an entry added after
  /// `indexTokens()`); none for a negative index (a rule's unit).
  @inline(__always)
  func tags(ofEntry index: Int32) -> EntryTags {
    guard index >= 0 else { return [] }
    return Int(index) < indexedEntries ? entryTags[Int(index)] : EntryTags(entries[Int(index)])
  }

  /// Whether entry `index` counts only when negated (`negation=only`).
  @inline(__always)
  func countsOnlyNegated(entry index: Int32) -> Bool {
    tags(ofEntry: index).contains(.countsOnlyNegated)
  }

  /// The valence of entry `index` (from `entryValences`; from `entries` for an entry added after
  /// `indexTokens()`).
  @inline(__always)
  func valence(ofEntry index: Int32) -> Double {
    Int(index) < indexedEntries ? entryValences[Int(index)] : entries[Int(index)].valence
  }

  /// The grammar word lists of a vocabulary id.
  @inline(__always)
  func lists(of id: Int32) -> WordList {
    id >= 0 && Int(id) < tokenRecords.count ? tokenRecords[Int(id)].lists : []
  }

  /// A reader of the token records (`TokenRecords.unsafeReader`), valid while these tables are
  /// neither mutated nor released.
  var unsafeTokenRecords: TokenRecords.Reader { tokenRecords.unsafeReader }

  /// The grammar word lists and rule triggers of a vocabulary id.
  @inline(__always)
  func words(of id: Int32) -> (lists: WordList, triggers: RuleTriggers) {
    tokenRecords.unsafeReader.words(of: id)
  }

  /// The tables of a vocabulary id, and what its spelling may make it (all of them for an id added
  /// after `indexTokens()`).
  @inline(__always)
  func starts(_ id: Int32) -> TermStarts {
    tokenRecords.unsafeReader.starts(id)
  }
}

/// A valence entry's tags (the `Bool`s of `ValenceEntry`), one bit each.
struct EntryTags: OptionSet, Sendable {
  let rawValue: UInt8
  static let keepsSignWhenNegated = EntryTags(rawValue: 1 << 0)
  static let countsOnlyNegated = EntryTags(rawValue: 1 << 1)
  static let opensSuggestion = EntryTags(rawValue: 1 << 2)
  static let isLukewarm = EntryTags(rawValue: 1 << 3)
  static let statesBalance = EntryTags(rawValue: 1 << 4)
  static let isLaughter = EntryTags(rawValue: 1 << 5)
  static let isTears = EntryTags(rawValue: 1 << 6)
  static let opensContrast = EntryTags(rawValue: 1 << 7)

  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Each tag a lexicon line may name that sets one (`negation=keep`, `tone=lukewarm` …).
  static let named: [(tag: String, tags: EntryTags)] = [
    ("negation=keep", .keepsSignWhenNegated), ("negation=only", .countsOnlyNegated),
    ("frame=suggestion", .opensSuggestion), ("tone=lukewarm", .isLukewarm), ("frame=balance", .statesBalance),
    ("tone=laughter", .isLaughter), ("tone=tears", .isTears), ("contrast=after", .opensContrast),
  ]

  /// `named`'s tags as bytes, for `init(tagBytes:)`.
  private static let namedBytes: [(tag: [UInt8], tags: EntryTags)] = named.map { (Array($0.tag.utf8), $0.tags) }

  /// The tags a lexicon line names (`negation=keep`, `tone=lukewarm` …); other tags set none.
  init(lexiconTags tags: [String]) {
    var set: EntryTags = []
    for tag in tags {
      for (name, flag) in Self.named where name == tag { set.insert(flag) }
    }
    self = set
  }

  /// `init(lexiconTags: [tag])` of one tag's UTF-8 bytes, read in place.
  init(tagBytes tag: UnsafeBufferPointer<UInt8>) {
    var set: EntryTags = []
    for (name, flag) in Self.namedBytes where name.count == tag.count && name.elementsEqual(tag) { set.insert(flag) }
    self = set
  }

  /// Out of line: inlined, it made `RuleTables.tags(ofEntry:)` too large to inline, and a call to
  /// a `RuleTables` method that is not inlined copies the whole struct.
  @inline(never)
  init(_ entry: ValenceEntry) {
    self = entry.tags
  }
}

/// Which of the default profile's term tables have a term that starts with a given token, and
/// what the token's spelling may make it where it starts none.
struct TermStarts: OptionSet, Sendable {
  let rawValue: UInt8
  static let valence = TermStarts(rawValue: 1)
  static let negator = TermStarts(rawValue: 2)
  static let intensifier = TermStarts(rawValue: 4)
  static let contrast = TermStarts(rawValue: 8)
  /// The four tables.
  static let anyTable = TermStarts(rawValue: 1 | 2 | 4 | 8)
  /// A wildcard matches the word (`PrefixTable.match` of its norm is not nil): most words that
  /// start no term are left without a prefix lookup.
  static let wildcard = TermStarts(rawValue: 16)
  /// The word ends in "n't", "n’t" or "nʼt" (`DefaultProfileScorer.isContractedNegation`).
  static let contractedNegation = TermStarts(rawValue: 32)
  /// `wildcard` and `contractedNegation`: what a word's spelling may make it.
  static let spelling = TermStarts(rawValue: 16 | 32)
}

extension RuleTables {
  /// The tables for `ModelArchive`, after `indexTokens()`.
  func archive(into writer: inout ModelArchiveWriter) {
    vocabulary.archive(into: &writer)
    valence.archive(into: &writer)
    prefixes.archive(into: &writer)
    writer.integer(entries.count)
    let terms = entries.map { Int32(writer.stringIndex($0.term)) }
    let files = entries.map { Int32(writer.stringIndex($0.originName)) }
    writer.array(terms)
    writer.array(files)
    writer.array(entries.map { Int32($0.originLine ?? -1) })
    writer.array(entries.map(\.valence))
    writer.array(entries.map(\.tags))
    negators.archive(into: &writer)
    writer.integer(negatorTerms.count)
    for term in negatorTerms { writer.string(term) }
    intensifiers.archive(into: &writer)
    writer.integer(intensifierEntries.count)
    for entry in intensifierEntries {
      writer.string(entry.term)
      writer.double(entry.scalar)
    }
    contrast.archive(into: &writer)
    writer.integer(contrastEntries.count)
    for entry in contrastEntries {
      writer.string(entry.term)
      writer.integer(entry.side == .after ? 0 : 1)
    }
    // The per-token records and the entries' valence and tag columns are not written: reading
    // derives them with `indexTokens()`, as building does.
  }

  /// Tables read back from `ModelArchive`, then indexed by `indexTokens()` as a built model is.
  init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    vocabulary = try Vocabulary(archive: &reader)
    valence = try PhraseTable(archive: &reader)
    prefixes = try PrefixTable(archive: &reader)
    let entryCount = try reader.integer()
    let terms = try reader.array(of: Int32.self)
    let files = try reader.array(of: Int32.self)
    let lines = try reader.array(of: Int32.self)
    let valences = try reader.array(of: Double.self)
    let tags = try reader.array(of: EntryTags.self)
    guard terms.count == entryCount, files.count == entryCount, lines.count == entryCount,
      valences.count == entryCount, tags.count == entryCount
    else { throw .init(what: "entry columns") }
    entries.reserveCapacity(entryCount)
    for index in 0..<entryCount {
      entries.append(
        ValenceEntry(
          term: try reader.string(at: Int(terms[index])), valence: valences[index],
          file: try reader.string(at: Int(files[index])), line: lines[index] < 0 ? nil : Int(lines[index]),
          tags: tags[index]))
    }
    negators = try PhraseTable(archive: &reader)
    let negatorCount = try reader.count(ofSize: 8)
    negatorTerms.reserveCapacity(negatorCount)
    for _ in 0..<negatorCount { negatorTerms.append(try reader.string()) }
    intensifiers = try PhraseTable(archive: &reader)
    let intensifierCount = try reader.count(ofSize: 16)
    intensifierEntries.reserveCapacity(intensifierCount)
    for _ in 0..<intensifierCount { intensifierEntries.append((try reader.string(), try reader.double())) }
    contrast = try PhraseTable(archive: &reader)
    let contrastCount = try reader.count(ofSize: 16)
    contrastEntries.reserveCapacity(contrastCount)
    for _ in 0..<contrastCount {
      let term = try reader.string()
      contrastEntries.append((term, try reader.integer() == 0 ? .after : .before))
    }
    // Every trie value is an entry of its table (`valenceMatch` and the unit builder index the
    // entries and term lists with it).
    guard valence.values(below: Int32(clamping: entries.count)), negators.values(below: Int32(clamping: negatorCount)),
      intensifiers.values(below: Int32(clamping: intensifierCount)),
      contrast.values(below: Int32(clamping: contrastCount))
    else { throw .init(what: "trie values") }
    indexTokens()
  }

  /// A fingerprint of the archived element types' sizes: an archive written by a build whose
  /// types lie otherwise in memory is refused.
  static var archivedLayout: UInt64 {
    // The byte order too: the arrays are written as they lie in memory.
    let sizes =
      TermTable.archivedLayout + PhraseTable.archivedLayout
      + [MemoryLayout<EntryTags>.stride, MemoryLayout<Int>.stride, 1.littleEndian == 1 ? 1 : 2]
    return sizes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }
}
