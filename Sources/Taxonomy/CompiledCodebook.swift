import Foundation
public import Tokenization

/// One node of a compiled rule. Rules are stored flat (children before parents) so evaluation walks
/// indices into one array instead of reference-counted enum payloads.
struct ProgramNode: Sendable {
  enum Kind: UInt8, Sendable {
    /// Phrase `first`; only occurrences not hidden by longest match (positive atoms).
    case phrase
    /// Phrase `first`; every occurrence (atoms under `NOT`).
    case phraseAll
    /// Regular expression `first`.
    case regex
    /// `first` AND `second` (node indices).
    case and
    /// Any of the nodes `children[first..<second]`.
    case or
    /// NOT `first`.
    case not
    /// `first` NEAR/`distance` `second`; `onear` requires `first` before `second`.
    case near
    case onear
    /// SENTENCE(`first`).
    case sentence
    /// ANSWER(`first`): `first`'s spans cover every token of the text that is not punctuation.
    case answer
    /// Metadata condition `first` (index into `metaConditions`).
    case meta
  }

  var kind: Kind
  var first: Int32
  var second: Int32 = 0
  var distance: Int32 = 0
}

/// `meta.key = value` (or `IN`, or `!=`).
struct MetaCondition: Sendable {
  var key: String
  var values: [String]
  var negated: Bool
}

/// One compiled rule with its source.
struct CompiledRule: Sendable {
  var source: RuleSource
  var expression: RuleExpression
  /// Index of the rule's root in `CompiledCodebook.nodes`.
  var root: Int32
}

/// A codebook ready for tagging: every rule parsed, every phrase of every rule merged into one
/// `PhraseMatcher`, and for each phrase the tags it can trigger. Immutable and `Sendable`: compile
/// once and share it across worker threads, each with its own `Tagger`.
public struct CompiledCodebook: Sendable {
  /// The codebook as loaded.
  public let codebook: Codebook
  let matcher: PhraseMatcher
  /// Rules and exclusions per tag (same order as `codebook.tags`).
  let rules: [[CompiledRule]]
  let excludes: [[CompiledRule]]
  /// Rules (flat indices, see `ruleRoots`) triggered by each phrase used outside `NOT`, CSR layout:
  /// a rule can only hold if one of these occurred, so no other rule is evaluated.
  let phraseTriggerStarts: [Int32]
  let phraseTriggers: [Int32]
  /// Tags whose rules or exclusions use each phrase in any way (sorted), CSR layout.
  let phraseUserStarts: [Int32]
  let phraseUsers: [Int32]
  /// Regular expressions and the rules (flat indices) each triggers.
  let regexes: [(pattern: String, caseInsensitive: Bool)]
  let regexTriggers: [[Int32]]
  /// Parent tag index per tag (-1 for top-level or unknown parents).
  let parentIndex: [Int32]
  /// Problems found when compiling leniently (empty for a strict compile).
  let problems: [TaxonomyError]
  /// All rules' nodes, OR-children lists and metadata conditions.
  let nodes: [ProgramNode]
  let children: [Int32]
  let metaConditions: [MetaCondition]
  /// Codes and labels by tag index.
  let codes: [String]
  let labels: [String]
  /// The fallback tags' indexes, in increasing order (`CodebookTag.fallback`; usually a few).
  let fallbackTags: [Int32]
  /// Flat rule roots: the rules of tag t are `ruleRoots[ruleStarts[t]..<ruleStarts[t + 1]]`, named
  /// `ruleNames[…]`; the same for exclusions.
  let ruleRoots: [Int32]
  /// The tag of each flat rule.
  let ruleTag: [Int32]
  let ruleStarts: [Int32]
  let flatRuleNames: [String]
  let excludeRoots: [Int32]
  let excludeStarts: [Int32]
  /// The phrases and regexes each flat rule needs before it can hold (see `RuleRequirements`).
  let requirements: RuleRequirements

  /// Compiles `codebook`, normalising rule terms with `tokenizer`. Throws `.invalidRules` listing
  /// every unparsable rule and hierarchy problem (duplicate codes, unknown parents, cycles).
  public init(_ codebook: Codebook, tokenizer: Tokenizer) throws(TaxonomyError) {
    self.init(codebook, tokenizer: tokenizer, lenient: true)
    if !problems.isEmpty { throw .invalidRules(problems) }
  }

  /// Lenient compile (for lint): unparsable rules are left out and collected in `problems`.
  /// `checkingAllRegexes` compiles every regex to check it even when the codebook's are known to
  /// compile (`Codebook.regexesKnownValid`; lint checks them all). `parsed`: every rule's and
  /// exclusion's expression as the parser gives it, tag by tag, rules before exclusions (a shipped
  /// codebook's, parsed at build time: `init(archive:source:tokenizer:)`); nil parses them.
  /// `archived`: the requirements a compile of the same codebook found (from the same archive), so
  /// they are not worked out again; nil works them out.
  init(
    _ codebook: Codebook, tokenizer: Tokenizer, lenient: Bool, checkingAllRegexes: Bool = false,
    parsed: [RuleExpression]? = nil, requirements archived: RuleRequirements? = nil
  ) {
    self.codebook = codebook
    var problems = TagHierarchy.problems(in: codebook)
    let parser = RuleParser(
      tokenizer: tokenizer, validatesRegexes: checkingAllRegexes || !codebook.regexesKnownValid)
    var parsedIndex = 0
    var builder = Builder()
    var rules: [[CompiledRule]] = []
    var excludes: [[CompiledRule]] = []
    // (phrase, rule) and (phrase, tag) pairs in the order found, laid out by phrase at the end
    // (`CompressedRows`). A phrase's rules and tags are found in increasing order, so its list is
    // sorted, and its last one (by phrase id: ids are dense, and these grow with the matcher)
    // tells a repeat.
    var triggerPairs: [(row: Int32, value: Int32)] = []
    var userPairs: [(row: Int32, value: Int32)] = []
    var lastTrigger: [Int32] = []
    var lastUser: [Int32] = []
    var regexTriggers: [[Int32]] = []
    var ruleTag: [Int32] = []
    /// Per flat rule: its positive phrases and regexes.
    var rulePositives: [(phrases: [Int32], regexes: [Int32])] = []
    for (tagIndex, tag) in codebook.tags.enumerated() {
      var tagRules: [CompiledRule] = []
      var tagExcludes: [CompiledRule] = []
      for (sources, isExclude) in [(tag.rules, false), (tag.exclude, true)] {
        for source in sources {
          do throws(TaxonomyError) {
            let expression: RuleExpression
            if let parsed {
              expression = parsed[parsedIndex]
              parsedIndex += 1
            } else {
              expression = try parser.parse(source, asExclusion: isExclude)
            }
            var positives: [Int32] = []
            var positiveRegexes: [Int32] = []
            var used: [Int32] = []
            let root = builder.compile(
              expression, positive: true, phrases: &positives, regexes: &positiveRegexes, used: &used)
            let rule = CompiledRule(source: source, expression: expression, root: root)
            while lastUser.count < builder.matcher.phraseCount { lastUser.append(-1) }
            for phrase in used where lastUser[Int(phrase)] != Int32(tagIndex) {
              lastUser[Int(phrase)] = Int32(tagIndex)
              userPairs.append((phrase, Int32(tagIndex)))
            }
            if isExclude {
              tagExcludes.append(rule)
              continue
            }
            tagRules.append(rule)
            let flatIndex = Int32(ruleTag.count)
            ruleTag.append(Int32(tagIndex))
            rulePositives.append((positives, positiveRegexes))
            while lastTrigger.count < builder.matcher.phraseCount { lastTrigger.append(-1) }
            for phrase in positives where lastTrigger[Int(phrase)] != flatIndex {
              lastTrigger[Int(phrase)] = flatIndex
              triggerPairs.append((phrase, flatIndex))
            }
            for regex in positiveRegexes {
              while regexTriggers.count <= Int(regex) { regexTriggers.append([]) }
              if regexTriggers[Int(regex)].last != flatIndex { regexTriggers[Int(regex)].append(flatIndex) }
            }
          } catch {
            problems.append(error)
          }
        }
      }
      rules.append(tagRules)
      excludes.append(tagExcludes)
    }
    while regexTriggers.count < builder.regexes.count { regexTriggers.append([]) }
    let triggers = CompressedRows(rowCount: builder.matcher.phraseCount, pairs: triggerPairs)
    let users = CompressedRows(rowCount: builder.matcher.phraseCount, pairs: userPairs)
    self.phraseUserStarts = users.starts
    self.phraseUsers = users.values
    let indexByCode = Dictionary(
      codebook.tags.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    parentIndex = codebook.tags.map { tag in tag.parent.flatMap { indexByCode[$0] }.map { Int32($0) } ?? -1 }
    var ruleRoots: [Int32] = []
    var ruleStarts: [Int32] = [0]
    var excludeRoots: [Int32] = []
    var excludeStarts: [Int32] = [0]
    var flatRuleNames: [String] = []
    for (tagIndex, tag) in codebook.tags.enumerated() {
      for (ruleIndex, rule) in rules[tagIndex].enumerated() {
        ruleRoots.append(rule.root)
        // Name rules by their position in the file, so evidence names survive a lenient compile.
        let position = tag.rules.firstIndex(of: rule.source) ?? ruleIndex
        flatRuleNames.append("\(tag.code)#\(position + 1)")
      }
      ruleStarts.append(Int32(ruleRoots.count))
      excludeRoots.append(contentsOf: excludes[tagIndex].map(\.root))
      excludeStarts.append(Int32(excludeRoots.count))
    }
    self.ruleRoots = ruleRoots
    self.ruleTag = ruleTag
    self.ruleStarts = ruleStarts
    self.flatRuleNames = flatRuleNames
    self.excludeRoots = excludeRoots
    self.excludeStarts = excludeStarts
    let phraseCount = Int32(builder.matcher.phraseCount)
    requirements =
      archived
      ?? RuleRequirements(
        roots: ruleRoots, ruleTag: ruleTag, excludeRoots: excludeRoots, excludeStarts: excludeStarts,
        nodes: builder.nodes, children: builder.children, phraseCount: phraseCount,
        regexCount: builder.regexes.count,
        fallback: rulePositives.map { $0.phrases + $0.regexes.map { phraseCount + $0 } })
    self.nodes = builder.nodes
    self.children = builder.children
    self.metaConditions = builder.metaConditions
    self.codes = codebook.tags.map(\.code)
    self.labels = codebook.tags.map(\.label)
    self.fallbackTags = codebook.tags.indices.filter { codebook.tags[$0].fallback }.map { Int32($0) }
    self.matcher = builder.matcher
    self.rules = rules
    self.excludes = excludes
    self.phraseTriggerStarts = triggers.starts
    self.phraseTriggers = triggers.values
    self.regexes = builder.regexes
    self.regexTriggers = regexTriggers
    self.problems = problems
  }

  /// Whether tag `tag` uses phrase `phrase` anywhere in its rules or exclusions.
  func tag(_ tag: Int32, uses phrase: Int32) -> Bool {
    let range = Int(phraseUserStarts[Int(phrase)])..<Int(phraseUserStarts[Int(phrase) + 1])
    for index in range where phraseUsers[index] >= tag { return phraseUsers[index] == tag }
    return false
  }

  /// Number of distinct phrase patterns in the matcher.
  public var phraseCount: Int { matcher.phraseCount }

  /// Number of compiled rules (including exclusions).
  public var ruleCount: Int { rules.reduce(0) { $0 + $1.count } + excludes.reduce(0) { $0 + $1.count } }

  /// The metadata keys that `meta.…` conditions read (sorted); not the question, which
  /// `QUESTION(…)` conditions read (`questionConditions`).
  public var metadataKeys: [String] {
    Array(Set(metaConditions.lazy.map(\.key).filter { $0 != RuleExpression.questionKey })).sorted()
  }

  /// The canonical texts of the expressions that the rules' `QUESTION(…)` conditions evaluate in the
  /// question an answer replies to (sorted, distinct); empty when no rule reads the question.
  public var questionConditions: [String] {
    Array(Set(metaConditions.lazy.filter { $0.key == RuleExpression.questionKey }.flatMap(\.values))).sorted()
  }

  private struct Builder {
    var matcher = PhraseMatcher()
    var regexes: [(pattern: String, caseInsensitive: Bool)] = []

    /// Characters a reader takes for the same one but NFKC keeps apart, and the spellings a phrase
    /// is compiled in: straight and typographic apostrophes; hyphen-minus, hyphen (U+2010) and
    /// non-breaking hyphen (U+2011, which NFKC folds to U+2010 in texts) (review r19a).
    static let spellingGroups: [(members: [String], spellings: [String])] = [
      (["'", "\u{2019}"], ["'", "\u{2019}"]),
      (["-", "\u{2010}", "\u{2011}"], ["-", "\u{2010}"]),
    ]

    /// Negative contractions that texts often spell without the apostrophe ("doesnt work"): a rule
    /// word written with it also matches the bare spelling. A closed list, so that "we'll", "i'll",
    /// "it's", "he'll" and "she'll" do not come to match "well", "ill", "its", "hell" and "shell".
    static let bareContractions: Set<String> = [
      "don't", "doesn't", "didn't", "isn't", "wasn't", "weren't", "aren't", "can't", "couldn't", "wouldn't",
      "shouldn't", "won't", "haven't", "hasn't", "hadn't", "ain't",
    ]

    /// The phrase without the apostrophe of its `bareContractions` (straight or typographic), or nil
    /// when it has none.
    static func withoutContractionApostrophes(_ words: [PhraseWord]) -> [PhraseWord]? {
      var changed = false
      let bare = words.map { word in
        let straight =
          mayContain(word.norm, "\u{2019}") ? PlainSpelling.replacing("\u{2019}", with: "'", in: word.norm) : word.norm
        guard bareContractions.contains(straight) else { return word }
        changed = true
        return PhraseWord(
          PlainSpelling.replacing("\u{2019}", with: "", in: PlainSpelling.replacing("'", with: "", in: word.norm)),
          isPrefix: word.isPrefix)
      }
      return changed ? bare : nil
    }

    /// The phrase with every hyphen that joins two words (`follow-up`, `auto-renew`: written with no
    /// space, `PhraseWord.isJoiner`) left out, or nil when it has none; a dash written with spaces
    /// ("10 - 15") stays. The phrase matcher steps over such a hyphen in texts, so the joined phrase
    /// matches "follow-up" and "follow up" alike (see `PhraseMatcher`).
    static func withoutJoiningHyphens(_ words: [PhraseWord]) -> [PhraseWord]? {
      guard words.count >= 3 else { return nil }
      var kept: [PhraseWord] = []
      for (index, word) in words.enumerated() {
        if index > 0 && index < words.count - 1 && word.isJoiner && PhraseMatcher.hyphens.contains(word.norm)
          && !word.isPrefix
          && !PhraseMatcher.hyphens.contains(words[index - 1].norm)
          && !PhraseMatcher.hyphens.contains(words[index + 1].norm)
        {
          continue
        }
        kept.append(word)
      }
      return kept.count < words.count ? kept : nil
    }

    /// Every spelling a phrase is compiled in: as written, or without the hyphens that join words
    /// when it has such hyphens; and without the apostrophes of negative contractions; each in every
    /// spelling of `spellingGroups`. A phrase with a joining hyphen is not compiled as written: the
    /// matcher steps over a hyphen that joins two words of a text, so the joined form matches
    /// "follow-up" and "follow up", while the written form would also match the dash of
    /// "follow - up", which breaks a phrase (QA review 17).
    static func spellingVariants(_ words: [PhraseWord]) -> [[PhraseWord]] {
      if !words.contains(where: mayHaveVariants) { return [words] }
      var forms = [words]
      if let joined = withoutJoiningHyphens(words) { forms = [joined] }
      forms += forms.compactMap(withoutContractionApostrophes)
      // The first of equal variants, in order (a handful: compared with those kept, not hashed).
      var kept: [[PhraseWord]] = []
      for variant in forms.flatMap(groupVariants) where !kept.contains(variant) { kept.append(variant) }
      return kept
    }

    /// Whether a phrase holding `word` may have a spelling other than as written: the word joins
    /// others, or its norm holds a byte of an apostrophe or a hyphen (`'`, `-`, or 0xE2, the lead
    /// byte of U+2010, U+2011 and U+2019). A phrase with no such word is its only spelling (no
    /// joining hyphen, no contraction of `bareContractions`, nothing of `spellingGroups`), and
    /// most are: working out the variants of each cost about 10,000 instructions.
    static func mayHaveVariants(_ word: PhraseWord) -> Bool {
      if word.isJoiner { return true }
      var norm = word.norm
      return norm.withUTF8 { $0.contains { $0 == 0x27 || $0 == 0x2D || $0 == 0xE2 } }
    }

    /// Whether `word` holds `member` (a character of `spellingGroups`): `word.contains(member)`
    /// (`PlainSpelling.contains`: Foundation's search, about 2,000 instructions a call, runs only
    /// when the bytes of `member` occur in `word` and the word is not plain).
    static func mayContain(_ word: String, _ member: String) -> Bool {
      PlainSpelling.contains(word, member)
    }

    /// The phrase in every spelling of `spellingGroups` (one variant per spelling of each group it uses).
    static func groupVariants(_ words: [PhraseWord]) -> [[PhraseWord]] {
      var variants = [words]
      for group in spellingGroups
      where words.contains(where: { word in group.members.contains { mayContain(word.norm, $0) } }) {
        variants = variants.flatMap { variant in
          group.spellings.map { spelling in
            variant.map { word in
              var norm = word.norm
              for member in group.members where member != spelling && mayContain(norm, member) {
                norm = PlainSpelling.replacing(member, with: spelling, in: norm)
              }
              return PhraseWord(norm, isPrefix: word.isPrefix, isJoiner: word.isJoiner)
            }
          }
        }
      }
      return variants
    }

    var nodes: [ProgramNode] = []
    var children: [Int32] = []
    var metaConditions: [MetaCondition] = []
    /// The matcher's ids of the spellings of each phrase compiled so far, by the address of the
    /// phrase's words (as 8 bytes): the parser gives every rule that writes a term or phrase the
    /// same array ("great", "not"; see `PieceTokens`), and working out the spellings and finding
    /// them in the matcher cost about 4,000 instructions a phrase. The phrase's entry in
    /// `compiledPhrases` holds its array, so no other array can come to lie at its address while the builder lives
    /// (and an array shared is never changed in place).
    /// Sized for a codebook of the shipped one's size (growing it from 1,024 cost 1M instructions).
    var phraseIndex = ByteStringTable(capacity: 4096)
    var compiledPhrases: [(words: [PhraseWord], ids: Range<Int32>)] = []
    /// The ids of `compiledPhrases`, each phrase's a range.
    var phraseIDStore: [Int32] = []

    /// The matcher's ids of every spelling of `words` (`spellingVariants`), each added when new, as a
    /// range of `phraseIDStore`. Adding a phrase the matcher holds changes nothing, so a phrase's ids
    /// can be found once.
    mutating func phraseIDs(_ words: [PhraseWord]) -> Range<Int32> {
      var address = UInt(bitPattern: words.withUnsafeBufferPointer { $0.baseAddress })
      let known = withUnsafeBytes(of: &address) { phraseIndex.value(for: $0.assumingMemoryBound(to: UInt8.self)) }
      if let known { return compiledPhrases[Int(known)].ids }
      let start = Int32(phraseIDStore.count)
      if words.contains(where: Self.mayHaveVariants) {
        for variant in Self.spellingVariants(words) { phraseIDStore.append(matcher.add(variant)) }
      } else {
        // The phrase's only spelling (most phrases; see `spellingVariants`).
        phraseIDStore.append(matcher.add(words))
      }
      let ids = start..<Int32(phraseIDStore.count)
      let index = Int32(compiledPhrases.count)
      withUnsafeBytes(of: &address) { _ = phraseIndex.insert($0.assumingMemoryBound(to: UInt8.self), value: index) }
      compiledPhrases.append((words, ids))
      return ids
    }

    mutating func add(_ node: ProgramNode) -> Int32 {
      nodes.append(node)
      return Int32(nodes.count - 1)
    }

    /// Appends the expression's nodes and returns its root. `positive`: not under `NOT`.
    mutating func compile(
      _ expression: RuleExpression, positive: Bool, phrases: inout [Int32], regexes found: inout [Int32],
      used: inout [Int32]
    ) -> Int32 {
      switch expression {
      case .phrase(let words):
        // Straight and typographic apostrophes (and hyphens) are the same to a reader, not to NFKC.
        let range = phraseIDs(words)
        let kind: ProgramNode.Kind = positive ? .phrase : .phraseAll
        if range.count == 1 {
          // One spelling (most phrases): its node, without the arrays of several.
          let id = phraseIDStore[Int(range.lowerBound)]
          if positive { phrases.append(id) }
          used.append(id)
          return add(ProgramNode(kind: kind, first: id))
        }
        let ids = phraseIDStore[Int(range.lowerBound)..<Int(range.upperBound)]
        if positive { phrases.append(contentsOf: ids) }
        used.append(contentsOf: ids)
        let roots = ids.map { add(ProgramNode(kind: kind, first: $0)) }
        return roots.count == 1 ? roots[0] : addOr(roots)
      case .regex(let pattern, let caseInsensitive):
        let id: Int32
        if let existing = regexes.firstIndex(where: { $0.pattern == pattern && $0.caseInsensitive == caseInsensitive })
        {
          id = Int32(existing)
        } else {
          id = Int32(regexes.count)
          regexes.append((pattern, caseInsensitive))
        }
        if positive { found.append(id) }
        return add(ProgramNode(kind: .regex, first: id))
      case .and(let left, let right):
        let first = compile(left, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        let second = compile(right, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        return add(ProgramNode(kind: .and, first: first, second: second))
      case .or(let alternatives):
        let roots = alternatives.map {
          compile($0, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        }
        return addOr(roots)
      case .not(let operand):
        let first = compile(operand, positive: false, phrases: &phrases, regexes: &found, used: &used)
        return add(ProgramNode(kind: .not, first: first))
      case .near(let left, let right, let distance, let ordered):
        let first = compile(left, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        let second = compile(right, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        return add(ProgramNode(kind: ordered ? .onear : .near, first: first, second: second, distance: Int32(distance)))
      case .sentence(let operand):
        let first = compile(operand, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        return add(ProgramNode(kind: .sentence, first: first))
      case .answer(let operand):
        let first = compile(operand, positive: positive, phrases: &phrases, regexes: &found, used: &used)
        return add(ProgramNode(kind: .answer, first: first))
      case .meta(let key, let values, let negated):
        metaConditions.append(MetaCondition(key: key, values: values, negated: negated))
        return add(ProgramNode(kind: .meta, first: Int32(metaConditions.count - 1)))
      }
    }

    mutating func addOr(_ roots: [Int32]) -> Int32 {
      let start = Int32(children.count)
      children.append(contentsOf: roots)
      return add(ProgramNode(kind: .or, first: start, second: Int32(children.count)))
    }
  }
}

extension CompiledCodebook {
  /// Calls `body` with each ancestor of the tag at `index`, nearest first. At most as many steps as
  /// there are tags, so a parent cycle cannot loop.
  func forEachAncestor(of index: Int, _ body: (Int) -> Void) {
    var ancestor = Int(parentIndex[index])
    var steps = 0
    while ancestor >= 0 && steps < codes.count {
      body(ancestor)
      ancestor = Int(parentIndex[ancestor])
      steps += 1
    }
  }

  /// Whether the tag at `index` is the tag at `root` or one of its descendants: a walk up the
  /// parents that stops at `root` (at most as many steps as there are tags, as `forEachAncestor`).
  func isInSubtree(_ index: Int, of root: Int) -> Bool {
    var tag = index
    var steps = 0
    while tag >= 0 && steps <= codes.count {
      if tag == root { return true }
      tag = Int(parentIndex[tag])
      steps += 1
    }
    return false
  }

  /// Whether the tags at `first` and `second` are one tag, or one is an ancestor of the other.
  func areRelated(_ first: Int, _ second: Int) -> Bool {
    var related = first == second
    forEachAncestor(of: first) { related = related || $0 == second }
    forEachAncestor(of: second) { related = related || $0 == first }
    return related
  }
}
