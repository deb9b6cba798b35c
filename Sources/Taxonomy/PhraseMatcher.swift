import Tokenization
import VerbatimCore

/// A phrase found in a text: tokens `first...last` (inclusive) matched phrase `phrase`.
struct PhraseOccurrence: Equatable {
  var phrase: Int32
  var first: Int32
  var last: Int32
  /// Lies inside a strictly longer occurrence (set by `markDominated`).
  var dominated = false
}

/// All phrase patterns of a codebook compiled into one trie over token symbols, so one left-to-right
/// pass over a text finds every occurrence of every phrase, however many rules there are.
///
/// Each token is first mapped to its *symbols*: the id of its norm if some phrase uses that norm
/// exactly (one hash lookup on the norm's bytes), plus the ids of every prefix pattern (`refund*`)
/// its norm starts with (a walk down a byte trie of the prefixes). The phrase trie's edges are
/// labelled with symbols; a node that ends a phrase carries the phrase's id. Matching starts a walk
/// at each token that has a symbol and follows edges while tokens keep matching, so its cost is
/// O(tokens × longest phrase) and independent of the number of phrases.
///
/// A hyphen that joins two words in the text ("back-ordered": no space on either side, a word or
/// number on both) is a *joiner*: it has no symbol and a walk steps over it, so "back-ordered"
/// matches the phrase "back ordered". Rules are compiled without their joining hyphens as well
/// (`CompiledCodebook`), so "follow-up" in a rule matches "follow up" in a text.
struct PhraseMatcher: Sendable {
  /// Norms of the hyphens that can join words: hyphen-minus, U+2010 and U+2011 (which NFKC folds to
  /// U+2010 in texts, but a rule may spell).
  static let hyphens: Set<String> = ["-", "\u{2010}", "\u{2011}"]

  private var terms = ByteStringTable()
  /// Bit `filterKey(hash)` is set for the norm of every term: a token whose bit is clear is no
  /// term, found without a probe of the table (many tokens of a text are no term).
  private var termFilter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
  /// The byte trie of the prefix patterns; a node that ends a pattern is marked with its symbol.
  private var prefixEdges = TrieEdges()
  /// The symbol of each prefix trie node (-1: none), for building.
  private var prefixSymbols: [Int32] = [-1]
  /// Bit `first << 8 | second` is set for the first two bytes of every prefix pattern (for every
  /// second byte after a one-byte pattern): a norm of two bytes or more whose bit is clear starts
  /// with no pattern, found without walking the prefix trie (most norms).
  private var prefixPairs = [UInt64](repeating: 0, count: 1 << 10)
  /// The phrase trie over symbols; a node that ends a phrase is marked with the phrase's id.
  private var edges = TrieEdges()
  /// The phrase each phrase trie node ends (-1: none), for building.
  private var terminals: [Int32] = [-1]
  /// Per phrase trie node: whether an edge leaves it. A walk does not keep a node without one (a
  /// phrase's last word that starts no longer phrase, as most single-word terms): the next token
  /// would look up its edges in vain.
  private var hasEdges: [Bool] = [false]
  private var symbolCount: Int32 = 0
  /// Number of tokens of each phrase, by phrase id.
  private(set) var phraseWords: [[PhraseWord]] = []

  var phraseCount: Int { phraseWords.count }

  /// Tokens in the longest phrase.
  private(set) var maxPhraseLength = 0

  /// The most symbols a token can have: its term, plus the prefix patterns its norm starts with.
  /// Those start with one another, so they differ in length: at most one per distinct length.
  private var maxSymbolsPerToken = 2
  /// The byte lengths of the prefix patterns.
  private var prefixLengths: Set<Int> = []

  /// Adds a phrase (or finds it) and returns its id.
  mutating func add(_ words: [PhraseWord]) -> Int32 {
    precondition(!words.isEmpty)
    var node: Int32 = 0
    var parent: Int32 = 0
    var last: Int32 = 0
    for word in words {
      let symbol = word.isPrefix ? prefixSymbol(word.norm) : termSymbol(word.norm)
      parent = node
      last = symbol
      if let edge = edges.edge(from: node, symbol) {
        node = edge.child
      } else {
        let child = Int32(terminals.count)
        terminals.append(-1)
        hasEdges.append(false)
        hasEdges[Int(node)] = true
        edges.insert(from: node, symbol, child: child)
        node = child
      }
    }
    if terminals[Int(node)] < 0 {
      terminals[Int(node)] = Int32(phraseWords.count)
      edges.mark(from: parent, last, as: terminals[Int(node)])
      phraseWords.append(words)
      maxPhraseLength = max(maxPhraseLength, words.count)
    }
    return terminals[Int(node)]
  }

  private mutating func termSymbol(_ norm: String) -> Int32 {
    if let symbol = terms.value(for: norm) { return symbol }
    var bytes = norm
    let key = bytes.withUTF8 { Self.filterKey(ByteStringTable.digest($0).hash) }
    termFilter[key >> 6] |= 1 << UInt64(key & 63)
    defer { symbolCount += 1 }
    return terms.insert(norm, value: symbolCount)
  }

  /// Bits of the term filter's key.
  private static var filterBits: Int { 16 }

  /// The term filter's key of a norm whose `ByteStringTable` hash is `hash`: its top `filterBits`
  /// bits. The norm is read and hashed once for the filter and the lookup (`termSymbol(of:filter:)`);
  /// a digest of its length and first, second and last bytes of its own, computed before the
  /// table's hash, cost some 20 instructions a token (VADER texts, `code --threads 1`: 474,000
  /// tokens).
  @inline(__always)
  private static func filterKey(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: hash &>> UInt64(64 - filterBits))
  }

  private mutating func prefixSymbol(_ norm: String) -> Int32 {
    var node: Int32 = 0
    var parent: Int32 = 0
    for byte in norm.utf8 {
      parent = node
      if let edge = prefixEdges.edge(from: node, Int32(byte)) {
        node = edge.child
      } else {
        let child = Int32(prefixSymbols.count)
        prefixSymbols.append(-1)
        prefixEdges.insert(from: node, Int32(byte), child: child)
        node = child
      }
    }
    if prefixSymbols[Int(node)] < 0 {
      prefixSymbols[Int(node)] = symbolCount
      if let byte = norm.utf8.last { prefixEdges.mark(from: parent, Int32(byte), as: symbolCount) }
      symbolCount += 1
      prefixLengths.insert(norm.utf8.count)
      maxSymbolsPerToken = 2 + prefixLengths.count
      let bytes = Array(norm.utf8)
      let seconds: ClosedRange<Int> = bytes.count >= 2 ? Int(bytes[1])...Int(bytes[1]) : 0...255
      for second in seconds {
        let pair = Int(bytes[0]) << 8 | second
        prefixPairs[pair >> 6] |= 1 << UInt64(pair & 63)
      }
    }
    return prefixSymbols[Int(node)]
  }

  /// Replaces the contents of `occurrences` with every occurrence of every phrase in `text` (in
  /// order of first token, then length): one call where emptying the array and appending were two
  /// (VADER texts, `code --threads 1`: about 1.8M instructions).
  func scan(_ text: TokenizedText, scratch: inout MatcherScratch, into occurrences: inout [PhraseOccurrence]) {
    let tokenCount = text.tokens.count
    scratch.reserve(
      tokens: tokenCount, symbols: tokenCount * maxSymbolsPerToken, states: terminals.count)
    var found = 0
    scratch.symbolStarts.withUnsafeMutableBufferPointer { symbolStarts in
      scratch.symbols.withUnsafeMutableBufferPointer { symbols in
        scratch.joiners.withUnsafeMutableBufferPointer { joiners in
          guard mapSymbols(text, symbolStarts: symbolStarts, symbols: symbols, joiners: joiners) else { return }
          scratch.frontier.withUnsafeMutableBufferPointer { frontier in
            scratch.next.withUnsafeMutableBufferPointer { next in
              hasEdges.withUnsafeBufferPointer { hasEdges in
                edges.withRootEdges { roots in
                  // Walked again with room for all when the buffer was too small (rare: it keeps
                  // its largest size).
                  while true {
                    found = scratch.found.withUnsafeMutableBufferPointer { buffer in
                      walk(
                        tokenCount: tokenCount, symbolStarts: symbolStarts, symbols: symbols, joiners: joiners,
                        frontier: frontier, next: next, hasEdges: hasEdges, roots: roots, into: buffer)
                    }
                    if found <= scratch.found.count { break }
                    scratch.found.append(
                      contentsOf: repeatElement(
                        PhraseOccurrence(phrase: 0, first: 0, last: 0), count: found - scratch.found.count))
                  }
                }
              }
            }
          }
        }
      }
    }
    // Copied as a buffer (appending the array's slice was a generic call, retaining the array).
    if found > 0 {
      scratch.found.withUnsafeBufferPointer { buffer in
        occurrences.replaceSubrange(occurrences.indices, with: UnsafeBufferPointer(rebasing: buffer[..<found]))
      }
    } else {
      occurrences.removeAllKeepingCapacity()
    }
  }

  /// Follows the phrase trie from every token that has a symbol, stepping over joiners, and writes
  /// the occurrences to `found` as far as it has room; returns how many there are. A plain buffer:
  /// appending to the array checked its uniqueness and capacity at each occurrence (VADER texts,
  /// `code --threads 1`: about 8M instructions).
  ///
  /// The first step of each walk leaves the root, whose edges are a table by symbol (`roots`): it
  /// reads them straight, and a start none of whose edges leads on (a single-word term, or a word
  /// that only continues phrases, as "the" or "with" do: half the tokens of the VADER texts are
  /// terms) ends there, without setting up the frontier of the later steps. Not inlined into the
  /// tagger's `findOccurrences`, so the loop keeps more of its state in registers. (VADER texts,
  /// `code --threads 1`: 14.8M fewer instructions, 1.2%.)
  @inline(never)
  private func walk(
    tokenCount: Int, symbolStarts: UnsafeMutableBufferPointer<Int32>, symbols: UnsafeMutableBufferPointer<Int32>,
    joiners: UnsafeMutableBufferPointer<Bool>, frontier: UnsafeMutableBufferPointer<Int32>,
    next: UnsafeMutableBufferPointer<Int32>, hasEdges: UnsafeBufferPointer<Bool>,
    roots: UnsafeBufferPointer<TrieEdges.Edge>, into found: UnsafeMutableBufferPointer<PhraseOccurrence>
  ) -> Int {
    var frontier = frontier
    var count = 0
    var next = next
    for start in 0..<tokenCount where symbolStarts[start + 1] > symbolStarts[start] {
      // Trie states reached by the tokens start..<position: distinct nodes, so at most one per node.
      var frontierCount = 0
      for index in Int(symbolStarts[start])..<Int(symbolStarts[start + 1]) {
        let symbol = Int(symbols[index])
        guard symbol < roots.count else { continue }
        let edge = roots[symbol]
        guard edge.child >= 0 else { continue }
        if hasEdges[Int(edge.child)] {
          frontier[frontierCount] = edge.child
          frontierCount += 1
        }
        if edge.mark >= 0 {
          if count < found.count {
            found[count] = PhraseOccurrence(phrase: edge.mark, first: Int32(start), last: Int32(start))
          }
          count += 1
        }
      }
      var position = start + 1
      while frontierCount > 0 && position < tokenCount {
        // A joiner (never the start: it has no symbol) leaves the states as they are.
        if joiners[position] {
          position += 1
          continue
        }
        var nextCount = 0
        let symbolRange = Int(symbolStarts[position])..<Int(symbolStarts[position + 1])
        for state in frontier[0..<frontierCount] {
          for index in symbolRange {
            guard let edge = edges.edge(from: state, symbols[index]) else { continue }
            if hasEdges[Int(edge.child)] {
              next[nextCount] = edge.child
              nextCount += 1
            }
            if edge.mark >= 0 {
              if count < found.count {
                found[count] = PhraseOccurrence(phrase: edge.mark, first: Int32(start), last: Int32(position))
              }
              count += 1
            }
          }
        }
        swap(&frontier, &next)
        frontierCount = nextCount
        position += 1
      }
    }
    return count
  }

  /// Writes each token's symbols to `symbols` (token i's are `symbolStarts[i]..<symbolStarts[i +
  /// 1]`) and marks the joiners (which get no symbol). Returns whether any token has a symbol.
  private func mapSymbols(
    _ text: TokenizedText, symbolStarts: UnsafeMutableBufferPointer<Int32>,
    symbols: UnsafeMutableBufferPointer<Int32>, joiners: UnsafeMutableBufferPointer<Bool>
  ) -> Bool {
    let hasPrefixes = prefixSymbols.count > 1
    var count = 0
    symbolStarts[0] = 0
    text.normBytes.withUnsafeBufferPointer { norms in
      text.tokens.withUnsafeBufferPointer { tokens in
        termFilter.withUnsafeBufferPointer { filter in
          prefixPairs.withUnsafeBufferPointer { pairs in
            // An index loop that reads only the fields it needs (iterating the tokens copied each
            // one), and only punctuation is tested for a joiner (VADER texts, `code --threads 1`:
            // mapSymbols 74.9M → 68.9M instructions). Counts wrap and convert unchecked: they are
            // at most the symbols buffer's size, an Int32 index.
            var index = 0
            let tokenCount = tokens.count
            while index < tokenCount {
              defer { index &+= 1 }
              let kind = tokens[index].kind
              let isJoiner = kind == .punct && Self.isJoiner(at: index, in: tokens, norms: norms)
              joiners[index] = isJoiner
              if isJoiner {
                symbolStarts[index &+ 1] = Int32(truncatingIfNeeded: count)
                continue
              }
              let token = (kind: kind, normRange: tokens[index].normRange)
              // An address is not words: "delivery.jones@gmail.com" or "refund.example.com" must not
              // trigger "delivery" or "refund*" (and redacting it must not change the tags). A web
              // address names its site, though: its host ("booking.com" in "https://www.booking.com/
              // x") matches a rule term (QA review 41: online travel agents could only be found with
              // a regex). Not the site's name alone: "courier.co.uk" is a newspaper, no courier.
              // Redaction keeps a URL's host.
              if token.kind == .url {
                let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
                if let host = WebAddress.host(of: norm) {
                  let hostBytes = UnsafeBufferPointer(rebasing: norm[host])
                  if let symbol = termSymbol(of: hostBytes, filter: filter) {
                    symbols[count] = symbol
                    count &+= 1
                  }
                }
                symbolStarts[index &+ 1] = Int32(truncatingIfNeeded: count)
                continue
              }
              if token.kind == .email || token.kind == .mention {
                symbolStarts[index &+ 1] = Int32(truncatingIfNeeded: count)
                continue
              }
              let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
              if let symbol = termSymbol(of: norm, filter: filter) {
                symbols[count] = symbol
                count &+= 1
              }
              // "👍🏽" is "👍" (QA review 22): rules name an emoji without a skin tone, as the
              // lexicons do. Rare, so the bare form is built on the spot; an emoji has no clitic.
              if token.kind == .emoji, let bare = Self.withoutSkinTones(norm),
                let symbol = bare.withUnsafeBufferPointer({ termSymbol(of: $0, filter: filter) })
              {
                symbols[count] = symbol
                count &+= 1
              }
              // "app's", "delivery’s": the word before a clitic or possessive "'s" is the word itself
              // (review t32: "The app's really slow" named no app).
              if let stem = Self.cliticStem(norm), let symbol = termSymbol(of: stem, filter: filter) {
                symbols[count] = symbol
                count &+= 1
              }
              if hasPrefixes && Self.mayStartWithPrefix(norm, pairs: pairs) {
                var node: Int32 = 0
                for byte in norm {
                  guard let edge = prefixEdges.edge(from: node, Int32(byte)) else { break }
                  node = edge.child
                  if edge.mark >= 0 {
                    symbols[count] = edge.mark
                    count &+= 1
                  }
                }
              }
              symbolStarts[index &+ 1] = Int32(truncatingIfNeeded: count)
            }
          }
        }
      }
    }
    return count > 0
  }

  /// Whether `norm` may start with a prefix pattern: it is shorter than two bytes, or its first two
  /// are those of a pattern (`prefixPairs`).
  @inline(__always)
  private static func mayStartWithPrefix(_ norm: UnsafeBufferPointer<UInt8>, pairs: UnsafeBufferPointer<UInt64>) -> Bool
  {
    guard norm.count >= 2 else { return true }
    let pair = Int(norm[0]) << 8 | Int(norm[1])
    return pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
  }
}

extension PhraseMatcher {
  /// The symbol of the single-word term `norm`, if some phrase has it; the term filter answers most
  /// misses without a hash lookup.
  @inline(__always)
  private func termSymbol(of norm: UnsafeBufferPointer<UInt8>, filter: UnsafeBufferPointer<UInt64>) -> Int32? {
    let (head, hash) = ByteStringTable.digest(norm)
    let key = Self.filterKey(hash)
    guard filter[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return nil }
    return terms.value(for: norm, head: head, hash: hash)
  }

  /// `norm` without its emoji skin-tone modifiers (`EmojiSkinTone`), or nil when it has none.
  static func withoutSkinTones(_ norm: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    guard norm.indices.contains(where: { EmojiSkinTone.starts(in: norm, at: $0) }) else { return nil }
    var bare: [UInt8] = []
    var index = 0
    while index < norm.count {
      if EmojiSkinTone.starts(in: norm, at: index) {
        index += 4
      } else {
        bare.append(norm[index])
        index += 1
      }
    }
    return bare.isEmpty ? nil : bare
  }

  /// `norm` without a final "'s" or "’s" (a clitic "is"/"has" or a possessive), or nil when it has
  /// none or nothing would be left.
  @inline(__always)
  static func cliticStem(_ norm: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
    let count = norm.count
    guard count > 2, norm[count - 1] == UInt8(ascii: "s") else { return nil }
    if norm[count - 2] == UInt8(ascii: "'") { return UnsafeBufferPointer(rebasing: norm[..<(count - 2)]) }
    // U+2019 RIGHT SINGLE QUOTATION MARK is E2 80 99 in UTF-8.
    if count > 4 && norm[count - 4] == 0xE2 && norm[count - 3] == 0x80 && norm[count - 2] == 0x99 {
      return UnsafeBufferPointer(rebasing: norm[..<(count - 4)])
    }
    return nil
  }

  /// Whether token `index` is a hyphen that joins two words: punctuation whose norm is a hyphen,
  /// touching a word, number or hashtag on both sides (no white space between).
  static func isJoiner(
    at index: Int, in tokens: UnsafeBufferPointer<Token>, norms: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let token = tokens[index]
    guard token.kind == .punct, index > 0, index + 1 < tokens.count else { return false }
    let before = tokens[index - 1]
    let after = tokens[index + 1]
    guard before.utf8Range.upperBound == token.utf8Range.lowerBound,
      token.utf8Range.upperBound == after.utf8Range.lowerBound,
      isWordLike(before.kind), isWordLike(after.kind)
    else { return false }
    let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
    // "-" (2D) or U+2010/U+2011 (E2 80 90/91).
    return norm.elementsEqual([0x2D]) || norm.elementsEqual([0xE2, 0x80, 0x90])
      || norm.elementsEqual([0xE2, 0x80, 0x91])
  }

  private static func isWordLike(_ kind: TokenKind) -> Bool {
    kind == .word || kind == .number || kind == .hashtag
  }
}

/// Reusable buffers of one `PhraseMatcher.scan` caller, used as fixed-size storage (their counts
/// only grow).
struct MatcherScratch {
  var symbolStarts: [Int32] = []
  var symbols: [Int32] = []
  var frontier: [Int32] = []
  var next: [Int32] = []
  /// Per token: a hyphen joining two words (see `PhraseMatcher.isJoiner`).
  var joiners: [Bool] = []
  /// The occurrences the walk finds (`PhraseMatcher.walk`), grown when they do not fit.
  var found: [PhraseOccurrence] = []

  /// Makes room for `tokens` tokens, `symbols` symbols and `states` trie states.
  mutating func reserve(tokens: Int, symbols: Int, states: Int) {
    Self.grow(&symbolStarts, to: tokens + 1)
    if joiners.count < tokens { joiners.append(contentsOf: repeatElement(false, count: tokens - joiners.count)) }
    Self.grow(&self.symbols, to: symbols)
    Self.grow(&frontier, to: states)
    Self.grow(&next, to: states)
    // Room for two occurrences a token (more are rare; see `PhraseMatcher.scan`).
    if found.count < 2 * tokens + 16 {
      found.append(
        contentsOf: repeatElement(PhraseOccurrence(phrase: 0, first: 0, last: 0), count: 2 * tokens + 16 - found.count))
    }
  }

  private static func grow(_ buffer: inout [Int32], to count: Int) {
    if buffer.count < count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
  }
}

extension [PhraseOccurrence] {
  /// Sorts by first token, longest first, and flags each occurrence that lies inside a strictly
  /// longer occurrence (of any phrase). Occurrences with identical spans do not dominate each other.
  ///
  /// The walk appends them by first token already, so the sort runs only when some pair is out of
  /// order (a start with several phrases, which it appends shortest first; a regex match): sorting
  /// an ordered array cost a generic call and its comparisons at every text (VADER texts, `code
  /// --threads 1`: about 2M instructions). The sort is stable, so an ordered array is left as it was.
  ///
  /// The flags are written through a buffer: each write through the array checked its uniqueness
  /// (VADER texts, `code --threads 1`: about 2M instructions).
  mutating func markDominated() {
    guard count > 1 else { return }
    func inOrder(_ left: PhraseOccurrence, _ right: PhraseOccurrence) -> Bool {
      left.first != right.first ? left.first < right.first : left.last > right.last
    }
    // Flags set in the pass that checks the order (one pass where there were two); set again after
    // sorting when some pair was out of order (VADER texts, `code --threads 1`: 2.0M
    // instructions).
    func mark(checkingOrder: Bool) -> Bool {
      withUnsafeMutableBufferPointer { occurrences in
        var maxLast: Int32 = -1
        var firstOfMax: Int32 = -1
        for index in occurrences.indices {
          let occurrence = occurrences[index]
          if checkingOrder && index > 0 && inOrder(occurrence, occurrences[index - 1]) { return false }
          occurrences[index].dominated =
            maxLast > occurrence.last || (maxLast == occurrence.last && firstOfMax < occurrence.first)
          if occurrence.last > maxLast {
            maxLast = occurrence.last
            firstOfMax = occurrence.first
          }
        }
        return true
      }
    }
    if !mark(checkingOrder: true) {
      sort(by: inOrder)
      _ = mark(checkingOrder: false)
    }
  }
}
