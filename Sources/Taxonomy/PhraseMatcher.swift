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
  private var prefixEdges = PairTable()
  private var prefixSymbols: [Int32] = [-1]
  private var edges = PairTable()
  private var terminals: [Int32] = [-1]
  private var symbolCount: Int32 = 0
  /// Number of tokens of each phrase, by phrase id.
  private(set) var phraseWords: [[PhraseWord]] = []

  var phraseCount: Int { phraseWords.count }

  /// Tokens in the longest phrase.
  private(set) var maxPhraseLength = 0

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
    defer { symbolCount += 1 }
    return terms.insert(norm, value: symbolCount)
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
        node = child
      }
    }
    if prefixSymbols[Int(node)] < 0 {
      prefixSymbols[Int(node)] = symbolCount
      symbolCount += 1
    }
    return prefixSymbols[Int(node)]
  }

  /// Appends every occurrence of every phrase in `text` to `occurrences` (in order of first token,
  /// then length).
  func scan(_ text: TokenizedText, scratch: inout MatcherScratch, into occurrences: inout [PhraseOccurrence]) {
    let tokenCount = text.tokens.count
    scratch.symbolStarts.removeAll(keepingCapacity: true)
    scratch.symbols.removeAll(keepingCapacity: true)
    scratch.symbolStarts.append(0)
    let hasPrefixes = prefixSymbols.count > 1
    text.normBytes.withUnsafeBufferPointer { norms in
      text.tokens.withUnsafeBufferPointer { tokens in
        for token in tokens {
          let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
          if let symbol = terms.value(for: norm) { scratch.symbols.append(symbol) }
          if hasPrefixes {
            var node: Int32 = 0
            for byte in norm {
              guard let child = prefixEdges.value(node, Int32(byte)) else { break }
              node = child
              let symbol = prefixSymbols[Int(child)]
              if symbol >= 0 { scratch.symbols.append(symbol) }
            }
          }
          scratch.symbolStarts.append(Int32(scratch.symbols.count))
        }
      }
    }
    for start in 0..<tokenCount where scratch.symbolStarts[start + 1] > scratch.symbolStarts[start] {
      scratch.frontier.removeAll(keepingCapacity: true)
      scratch.frontier.append(0)
      var position = start
      while !scratch.frontier.isEmpty && position < tokenCount {
        scratch.next.removeAll(keepingCapacity: true)
        let symbolRange = Int(scratch.symbolStarts[position])..<Int(scratch.symbolStarts[position + 1])
        for state in scratch.frontier {
          for index in symbolRange {
            guard let child = edges.value(state, scratch.symbols[index]) else { continue }
            scratch.next.append(child)
            let phrase = terminals[Int(child)]
            if phrase >= 0 {
              occurrences.append(PhraseOccurrence(phrase: phrase, first: Int32(start), last: Int32(position)))
            }
          }
        }
        swap(&scratch.frontier, &scratch.next)
        position += 1
      }
    }
  }
}

/// Reusable buffers of one `PhraseMatcher.scan` caller.
struct MatcherScratch {
  var symbolStarts: [Int32] = []
  var symbols: [Int32] = []
  var frontier: [Int32] = []
  var next: [Int32] = []
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
