import Tokenization

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
struct PhraseMatcher: Sendable {
  private var terms = ByteStringTable()
  /// Bit `filterKey(norm)` is set for the norm of every term: a token whose bit is clear is no
  /// term, found without hashing its norm (most tokens of a text are no term).
  private var termFilter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
  /// The prefix trie's nodes one byte below the root, by byte (-1: no prefix starts with it).
  private var prefixRoots = [Int32](repeating: -1, count: 256)
  private var prefixEdges = PairTable()
  private var prefixSymbols: [Int32] = [-1]
  private var edges = PairTable()
  /// The root's edges, by symbol (-1: no phrase starts with it): the first step of every walk.
  private var rootEdges: [Int32] = []
  private var terminals: [Int32] = [-1]
  private var symbolCount: Int32 = 0
  /// Number of tokens of each phrase, by phrase id.
  private(set) var phraseWords: [[PhraseWord]] = []

  var phraseCount: Int { phraseWords.count }

  /// Tokens in the longest phrase.
  private(set) var maxPhraseLength = 0

  /// The most symbols a token can have: its term, plus the prefixes along one path of the prefix
  /// trie.
  private var maxSymbolsPerToken = 1
  /// The prefix patterns' bytes (for `maxSymbolsPerToken`).
  private var prefixNorms: [[UInt8]] = []

  /// Adds a phrase (or finds it) and returns its id.
  mutating func add(_ words: [PhraseWord]) -> Int32 {
    precondition(!words.isEmpty)
    var node: Int32 = 0
    for word in words {
      let symbol = word.isPrefix ? prefixSymbol(word.norm) : termSymbol(word.norm)
      if let child = edges.value(node, symbol) {
        node = child
      } else {
        let child = Int32(terminals.count)
        terminals.append(-1)
        edges.insert(node, symbol, value: child)
        if node == 0 {
          if rootEdges.count <= Int(symbol) {
            rootEdges.append(contentsOf: repeatElement(-1, count: Int(symbol) + 1 - rootEdges.count))
          }
          rootEdges[Int(symbol)] = child
        }
        node = child
      }
    }
    if terminals[Int(node)] < 0 {
      terminals[Int(node)] = Int32(phraseWords.count)
      phraseWords.append(words)
      maxPhraseLength = max(maxPhraseLength, words.count)
    }
    return terminals[Int(node)]
  }

  private mutating func termSymbol(_ norm: String) -> Int32 {
    if let symbol = terms.value(for: norm) { return symbol }
    var bytes = norm
    let key = bytes.withUTF8 { Self.filterKey($0) }
    termFilter[key >> 6] |= 1 << UInt64(key & 63)
    defer { symbolCount += 1 }
    return terms.insert(norm, value: symbolCount)
  }

  /// Bits of the term filter's key.
  private static var filterBits: Int { 16 }

  /// A cheap digest of a norm for the term filter: its length and its first, second and last bytes,
  /// mixed by a multiplicative hash (Knuth, TAOCP vol. 3, §6.4) and cut to `filterBits` bits.
  @inline(__always)
  private static func filterKey(_ norm: UnsafeBufferPointer<UInt8>) -> Int {
    let count = norm.count
    var packed = UInt64(truncatingIfNeeded: count)
    if count > 0 {
      packed |= UInt64(norm[0]) << 16 | UInt64(norm[count - 1]) << 24
      if count > 1 { packed |= UInt64(norm[1]) << 32 }
    }
    return Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - filterBits))
  }

  private mutating func prefixSymbol(_ norm: String) -> Int32 {
    var node: Int32 = 0
    for byte in norm.utf8 {
      if let child = prefixEdges.value(node, Int32(byte)) {
        node = child
      } else {
        let child = Int32(prefixSymbols.count)
        prefixSymbols.append(-1)
        prefixEdges.insert(node, Int32(byte), value: child)
        if node == 0 { prefixRoots[Int(byte)] = child }
        node = child
      }
    }
    if prefixSymbols[Int(node)] < 0 {
      prefixSymbols[Int(node)] = symbolCount
      symbolCount += 1
      prefixNorms.append(Array(norm.utf8))
      // A token gets the symbol of every prefix pattern its norm starts with: at most the longest
      // chain of patterns that start with one another.
      for longer in prefixNorms {
        let chain = prefixNorms.count { longer.starts(with: $0) }
        maxSymbolsPerToken = max(maxSymbolsPerToken, 1 + chain)
      }
    }
    return prefixSymbols[Int(node)]
  }

  /// Appends every occurrence of every phrase in `text` to `occurrences` (in order of first token,
  /// then length).
  func scan(_ text: TokenizedText, scratch: inout MatcherScratch, into occurrences: inout [PhraseOccurrence]) {
    let tokenCount = text.tokens.count
    scratch.reserve(
      tokens: tokenCount, symbols: tokenCount * maxSymbolsPerToken, states: terminals.count)
    scratch.symbolStarts.withUnsafeMutableBufferPointer { symbolStarts in
      scratch.symbols.withUnsafeMutableBufferPointer { symbols in
        guard mapSymbols(text, symbolStarts: symbolStarts, symbols: symbols) else { return }
        scratch.frontier.withUnsafeMutableBufferPointer { frontier in
          scratch.next.withUnsafeMutableBufferPointer { next in
            terminals.withUnsafeBufferPointer { terminals in
              rootEdges.withUnsafeBufferPointer { rootEdges in
                walk(
                  tokenCount: tokenCount, symbolStarts: symbolStarts, symbols: symbols, frontier: frontier,
                  next: next, terminals: terminals, rootEdges: rootEdges, into: &occurrences)
              }
            }
          }
        }
      }
    }
  }

  /// Follows the phrase trie from every token that has a symbol.
  private func walk(
    tokenCount: Int, symbolStarts: UnsafeMutableBufferPointer<Int32>, symbols: UnsafeMutableBufferPointer<Int32>,
    frontier: UnsafeMutableBufferPointer<Int32>, next: UnsafeMutableBufferPointer<Int32>,
    terminals: UnsafeBufferPointer<Int32>, rootEdges: UnsafeBufferPointer<Int32>,
    into occurrences: inout [PhraseOccurrence]
  ) {
    var frontier = frontier
    var next = next
    for start in 0..<tokenCount where symbolStarts[start + 1] > symbolStarts[start] {
      // Trie states reached by the tokens start..<position: distinct nodes, so at most one per node.
      frontier[0] = 0
      var frontierCount = 1
      var position = start
      while frontierCount > 0 && position < tokenCount {
        var nextCount = 0
        let symbolRange = Int(symbolStarts[position])..<Int(symbolStarts[position + 1])
        for state in frontier[0..<frontierCount] {
          for index in symbolRange {
            let symbol = symbols[index]
            let child: Int32
            if state == 0 {
              guard Int(symbol) < rootEdges.count, rootEdges[Int(symbol)] >= 0 else { continue }
              child = rootEdges[Int(symbol)]
            } else {
              guard let found = edges.value(state, symbol) else { continue }
              child = found
            }
            next[nextCount] = child
            nextCount += 1
            let phrase = terminals[Int(child)]
            if phrase >= 0 {
              occurrences.append(PhraseOccurrence(phrase: phrase, first: Int32(start), last: Int32(position)))
            }
          }
        }
        swap(&frontier, &next)
        frontierCount = nextCount
        position += 1
      }
    }
  }

  /// Writes each token's symbols to `symbols` (token i's are `symbolStarts[i]..<symbolStarts[i +
  /// 1]`). Returns whether any token has a symbol.
  private func mapSymbols(
    _ text: TokenizedText, symbolStarts: UnsafeMutableBufferPointer<Int32>,
    symbols: UnsafeMutableBufferPointer<Int32>
  ) -> Bool {
    let hasPrefixes = prefixSymbols.count > 1
    var count = 0
    symbolStarts[0] = 0
    text.normBytes.withUnsafeBufferPointer { norms in
      text.tokens.withUnsafeBufferPointer { tokens in
        termFilter.withUnsafeBufferPointer { filter in
          prefixRoots.withUnsafeBufferPointer { roots in
            prefixSymbols.withUnsafeBufferPointer { prefixSymbols in
              for (index, token) in tokens.enumerated() {
                let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
                let key = Self.filterKey(norm)
                if filter[key >> 6] & (1 << UInt64(key & 63)) != 0, let symbol = terms.value(for: norm) {
                  symbols[count] = symbol
                  count += 1
                }
                if hasPrefixes, let first = norm.first, roots[Int(first)] >= 0 {
                  var node = roots[Int(first)]
                  if prefixSymbols[Int(node)] >= 0 {
                    symbols[count] = prefixSymbols[Int(node)]
                    count += 1
                  }
                  for byte in norm.dropFirst() {
                    guard let child = prefixEdges.value(node, Int32(byte)) else { break }
                    node = child
                    let symbol = prefixSymbols[Int(child)]
                    if symbol >= 0 {
                      symbols[count] = symbol
                      count += 1
                    }
                  }
                }
                symbolStarts[index + 1] = Int32(count)
              }
            }
          }
        }
      }
    }
    return count > 0
  }
}

/// Reusable buffers of one `PhraseMatcher.scan` caller, used as fixed-size storage (their counts
/// only grow).
struct MatcherScratch {
  var symbolStarts: [Int32] = []
  var symbols: [Int32] = []
  var frontier: [Int32] = []
  var next: [Int32] = []

  /// Makes room for `tokens` tokens, `symbols` symbols and `states` trie states.
  mutating func reserve(tokens: Int, symbols: Int, states: Int) {
    Self.grow(&symbolStarts, to: tokens + 1)
    Self.grow(&self.symbols, to: symbols)
    Self.grow(&frontier, to: states)
    Self.grow(&next, to: states)
  }

  private static func grow(_ buffer: inout [Int32], to count: Int) {
    if buffer.count < count { buffer.append(contentsOf: repeatElement(0, count: count - buffer.count)) }
  }
}

extension [PhraseOccurrence] {
  /// Sorts by first token, longest first, and flags each occurrence that lies inside a strictly
  /// longer occurrence (of any phrase). Occurrences with identical spans do not dominate each other.
  mutating func markDominated() {
    guard count > 1 else { return }
    sort { $0.first != $1.first ? $0.first < $1.first : $0.last > $1.last }
    var maxLast: Int32 = -1
    var firstOfMax: Int32 = -1
    for index in indices {
      let occurrence = self[index]
      self[index].dominated =
        maxLast > occurrence.last || (maxLast == occurrence.last && firstOfMax < occurrence.first)
      if occurrence.last > maxLast {
        maxLast = occurrence.last
        firstOfMax = occurrence.first
      }
    }
  }
}
