public import Tokenization

/// Parses the rule language into `RuleExpression`s. Terms are normalised by the same tokenizer
/// that tokenizes verbatims, so case and Unicode variants (`Ｒｅｆｕｎｄ`, `REFUND`) match alike.
///
/// Precedence, loosest first: `OR`, `AND` (also `A NOT B` = `A AND NOT B`), unary `NOT`,
/// `NEAR/n`/`ONEAR/n` (left-associative), then terms, phrases, regexes, conditions, `( … )` and
/// `SENTENCE( … )` and `QUESTION( … )`. The full grammar is in taxonomies/README.md.
public struct RuleParser {
  private let tokenizer: Tokenizer
  /// The tokens of every piece this parser normalised (see `PieceTokens`).
  private let pieceTokens = PieceTokens()
  private static let maximumDepth = 100
  /// The most `AND` (and `A NOT B`), `NEAR/n` and `ONEAR/n` links one rule may hold. A chain of
  /// them is read in a loop, not by recursion, so `maximumDepth` does not bound it, but each link
  /// is one more level of the tree that compiling, evaluating, comparing and freeing the rule walk
  /// recursively: a rule of 30,000 `a AND b AND …` crashed `taxonomy lint` and `tag --taxonomy`
  /// with a stack overflow (review h59c). With this bound and `maximumDepth`, a rule's tree is at
  /// most about 1,100 levels deep. The shipped codebook's longest rule has 55 such links.
  static let maximumLinks = 1000
  /// Whether a regex is compiled to check it (and its ICU error reported at its place): always, but
  /// for the rules of a codebook whose regexes are known to compile (`Codebook.regexesKnownValid`).
  /// Compiling the shipped codebook's four regexes cost 19M instructions on every `tag` run, most
  /// of which never search one (the tagger compiles a regex when a text first needs it searched).
  let validatesRegexes: Bool

  public init(tokenizer: Tokenizer) { self.init(tokenizer: tokenizer, validatesRegexes: true) }

  init(tokenizer: Tokenizer, validatesRegexes: Bool) {
    self.tokenizer = tokenizer
    self.validatesRegexes = validatesRegexes
  }

  /// Parses one rule; errors carry the file, line and column of the problem and what was expected.
  ///
  /// An inclusion rule needs a term, phrase or regex outside `NOT` (else it would tag every text);
  /// an exclusion (`asExclusion`) does not, since it can only remove a tag its rules gave: a
  /// metadata-only exclusion such as `meta.channel = chat` is allowed.
  public func parse(_ rule: RuleSource, asExclusion: Bool = false) throws(TaxonomyError) -> RuleExpression {
    do throws(RuleSyntaxProblem) {
      return try parse(text: rule.text, asExclusion: asExclusion)
    } catch {
      throw .ruleSyntax(rule.location(atOffset: error.offset), message: error.message)
    }
  }

  func parse(text: String, asExclusion: Bool = false) throws(RuleSyntaxProblem) -> RuleExpression {
    let lexemes = try RuleLexer.lex(text)
    if lexemes.count == 1 { throw RuleSyntaxProblem(offset: 0, message: "the rule is empty") }
    var state = State(
      lexemes: lexemes, tokenizer: tokenizer, pieceTokens: pieceTokens, validatesRegexes: validatesRegexes)
    let expression = try state.orExpression(depth: 0)
    guard case .end = state.current.kind else {
      var hint = ""
      if case .word(let word) = state.current.kind {
        // Review r17c: name the user's own words, and say when a keyword was written in lower case.
        let keywords = ["and", "or", "not"]
        if keywords.contains(word.lowercased()) || word.lowercased().hasPrefix("near/")
          || word.lowercased().hasPrefix("onear/")
        {
          hint = "; operators are upper case (\(word.uppercased())), or quote the words to match them as a phrase"
        } else if state.position > 0, case .word(let previous) = state.lexemes[state.position - 1].kind {
          hint = "; to match words in sequence, quote them as a phrase (\"\(previous) \(word)\")"
        } else {
          hint = "; to match words in sequence, quote them as a phrase (\"wait time\")"
        }
      }
      throw state.expected("AND, OR, NOT, NEAR/n, ONEAR/n or the end of the rule", hint: hint)
    }
    guard asExclusion || expression.hasPositiveAtom else {
      throw RuleSyntaxProblem(
        offset: 0, message: "the rule needs a term, phrase or regex outside NOT (otherwise it matches everything)")
    }
    return expression
  }

  private struct State {
    let lexemes: [RuleLexeme]
    let tokenizer: Tokenizer
    let pieceTokens: PieceTokens
    let validatesRegexes: Bool
    var position = 0
    /// The `AND`, `NEAR/n` and `ONEAR/n` links read so far (`RuleParser.maximumLinks`).
    var links = 0
    /// Whether the parser is inside `QUESTION( … )`, whose words are the question's: it holds no
    /// `meta.` condition and no other `QUESTION(`.
    var insideQuestion = false

    var current: RuleLexeme { lexemes[position] }

    mutating func advance() { position += 1 }

    func expected(_ what: String, hint: String = "") -> RuleSyntaxProblem {
      RuleSyntaxProblem(offset: current.offset, message: "expected \(what), found \(current.display)\(hint)")
    }

    func checkDepth(_ depth: Int) throws(RuleSyntaxProblem) {
      if depth > RuleParser.maximumDepth {
        throw RuleSyntaxProblem(
          offset: current.offset, message: "the rule nests deeper than \(RuleParser.maximumDepth)")
      }
    }

    /// Counts one more binary link, refused past `RuleParser.maximumLinks` (at the operator).
    mutating func countLink() throws(RuleSyntaxProblem) {
      links += 1
      if links > RuleParser.maximumLinks {
        throw RuleSyntaxProblem(
          offset: current.offset,
          message:
            "the rule has more than \(RuleParser.maximumLinks) AND, NOT, NEAR/n and ONEAR/n operators between "
            + "its terms, more than a rule can be evaluated with safely; write a list of words as one OR-group "
            + "(x NOT (a OR b OR c), not x NOT a NOT b NOT c), or split alternatives into rules of their own")
      }
    }

    mutating func orExpression(depth: Int) throws(RuleSyntaxProblem) -> RuleExpression {
      try checkDepth(depth)
      var alternatives = [try andExpression(depth: depth + 1)]
      while case .or = current.kind {
        advance()
        alternatives.append(try andExpression(depth: depth + 1))
      }
      return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
    }

    mutating func andExpression(depth: Int) throws(RuleSyntaxProblem) -> RuleExpression {
      var result = try unary(depth: depth + 1)
      while true {
        switch current.kind {
        case .and:
          try countLink()
          advance()
          result = .and(result, try unary(depth: depth + 1))
        case .not:
          // `A NOT B` reads as `A AND NOT B`.
          try countLink()
          advance()
          result = .and(result, .not(try unary(depth: depth + 1)))
        default:
          return result
        }
      }
    }

    mutating func unary(depth: Int) throws(RuleSyntaxProblem) -> RuleExpression {
      try checkDepth(depth)
      if case .not = current.kind {
        advance()
        return .not(try unary(depth: depth + 1))
      }
      return try nearExpression(depth: depth + 1)
    }

    mutating func nearExpression(depth: Int) throws(RuleSyntaxProblem) -> RuleExpression {
      let leftOffset = current.offset
      var result = try primary(depth: depth + 1)
      while case .near(let distance, let ordered) = current.kind {
        let keyword = ordered ? "ONEAR" : "NEAR"
        guard distance >= 0 else {
          throw RuleSyntaxProblem(
            offset: current.offset, message: "expected a distance: \(keyword)/n, e.g. \(keyword)/3")
        }
        guard result.isSpanExpression else {
          throw RuleSyntaxProblem(
            offset: leftOffset,
            message: "the operands of \(keyword)/\(distance) must be terms, phrases, regexes or OR-groups of them")
        }
        try countLink()
        advance()
        let rightOffset = current.offset
        let right = try primary(depth: depth + 1)
        guard right.isSpanExpression else {
          throw RuleSyntaxProblem(
            offset: rightOffset,
            message: "the operands of \(keyword)/\(distance) must be terms, phrases, regexes or OR-groups of them")
        }
        result = .near(result, right, distance: distance, ordered: ordered)
      }
      return result
    }

    mutating func primary(depth: Int) throws(RuleSyntaxProblem) -> RuleExpression {
      try checkDepth(depth)
      let lexeme = current
      switch lexeme.kind {
      case .word(let word):
        advance()
        return try phrase(word, offset: lexeme.offset, quoted: false)
      case .quoted(let body):
        advance()
        return try phrase(body, offset: lexeme.offset + 1, quoted: true)
      case .regex(let pattern, let caseInsensitive):
        guard !pattern.isEmpty else {
          throw RuleSyntaxProblem(offset: lexeme.offset, message: "the regular expression is empty")
        }
        // Compiled only to check it: without the prefilters a search would use.
        do {
          if validatesRegexes { _ = try ICURegex(pattern: pattern, caseInsensitive: caseInsensitive, prefilter: false) }
        } catch {
          // Point at the place ICU names when its offsets are the rule's code points (an ASCII
          // pattern; QA review 14: the column was the regex's start), else at the regex.
          var offset = lexeme.offset
          if case .invalidRegex(_, let at, _) = error, pattern.utf8.allSatisfy({ $0 < 0x80 }) {
            offset = lexeme.offset + 1 + min(at, pattern.utf8.count)
          }
          throw RuleSyntaxProblem(offset: offset, message: "invalid regular expression /\(pattern)/: \(error)")
        }
        advance()
        return .regex(pattern: pattern, caseInsensitive: caseInsensitive)
      case .leftParen:
        advance()
        let inner = try orExpression(depth: depth + 1)
        guard case .rightParen = current.kind else { throw expected("')'") }
        advance()
        return inner
      case .sentence:
        advance()
        guard case .leftParen = current.kind else { throw expected("'(' after SENTENCE") }
        advance()
        let inner = try orExpression(depth: depth + 1)
        guard case .rightParen = current.kind else { throw expected("')' to close SENTENCE(") }
        advance()
        return .sentence(inner)
      case .answer:
        guard !insideQuestion else {
          throw RuleSyntaxProblem(
            offset: lexeme.offset,
            message: "ANSWER( … ) inside QUESTION( … ): the question is not the answer; write it outside")
        }
        advance()
        guard case .leftParen = current.kind else { throw expected("'(' after ANSWER") }
        advance()
        let inner = try orExpression(depth: depth + 1)
        guard case .rightParen = current.kind else { throw expected("')' to close ANSWER(") }
        guard inner.isSpanExpression else {
          throw RuleSyntaxProblem(
            offset: lexeme.offset,
            message:
              "ANSWER( … ) takes terms, phrases, regexes, NEAR/ONEAR and OR-groups of them (what the whole answer may be made of), not AND, NOT, SENTENCE or conditions"
          )
        }
        advance()
        return .answer(inner)
      case .question:
        return try question(depth: depth)
      case .metaKey(let key):
        guard !insideQuestion else {
          throw RuleSyntaxProblem(
            offset: lexeme.offset,
            message: "meta.\(key) inside QUESTION( … ): the question is text, not a record; write the condition outside"
          )
        }
        advance()
        return try condition(key: key)
      default:
        throw expected("a term, a quoted phrase, a /regex/, meta.field, '(', SENTENCE(, ANSWER( or QUESTION(")
      }
    }

    /// `QUESTION( e )`: `e` holds in the text of the survey question the answer replies to. It
    /// is kept as a condition on the record (`RuleExpression.questionKey`) whose value is `e`'s
    /// canonical text; the tagger answers it from the question (`QuestionConditions`).
    mutating func question(depth: Int) throws(RuleSyntaxProblem) -> RuleExpression {
      let start = current.offset
      guard !insideQuestion else {
        throw RuleSyntaxProblem(offset: start, message: "QUESTION( … ) cannot hold another QUESTION(")
      }
      advance()
      guard case .leftParen = current.kind else { throw expected("'(' after QUESTION") }
      advance()
      insideQuestion = true
      let inner = try orExpression(depth: depth + 1)
      insideQuestion = false
      guard case .rightParen = current.kind else { throw expected("')' to close QUESTION(") }
      advance()
      guard inner.hasPositiveAtom else {
        throw RuleSyntaxProblem(
          offset: start,
          message:
            "QUESTION( … ) needs a term, phrase or regex of the question outside NOT (otherwise it holds for every question)"
        )
      }
      return .meta(key: RuleExpression.questionKey, values: [inner.description], negated: false)
    }

    mutating func condition(key: String) throws(RuleSyntaxProblem) -> RuleExpression {
      switch current.kind {
      case .equals, .notEquals:
        let negated = current.kind == .notEquals
        advance()
        return .meta(key: key, values: [try value()], negated: negated)
      case .inKeyword:
        advance()
        guard case .leftParen = current.kind else { throw expected("'(' after IN") }
        advance()
        var values = [try value()]
        while case .comma = current.kind {
          advance()
          values.append(try value())
        }
        guard case .rightParen = current.kind else { throw expected("',' or ')' in the IN list") }
        advance()
        return .meta(key: key, values: values, negated: false)
      default:
        throw expected("'=', '!=' or IN after meta.\(key)")
      }
    }

    mutating func value() throws(RuleSyntaxProblem) -> String {
      switch current.kind {
      case .quoted(let text), .word(let text):
        advance()
        return text
      default:
        throw expected("a value (a word or a quoted string)")
      }
    }

    /// The phrase of a term or quoted phrase (`phraseWords`).
    ///
    /// A text's phrase depends on the text alone, and rules repeat their terms ("great", "not",
    /// "customer service"): each is normalised once per parser, and every rule that writes it
    /// shares one value (and one array of words). A text that throws is not kept: its error names
    /// its offset.
    func phrase(_ text: String, offset: Int, quoted: Bool) throws(RuleSyntaxProblem) -> RuleExpression {
      var bytes = text
      var known: RuleExpression?
      let ascii = bytes.withUTF8 { bytes -> Result<[PhraseWord], RuleSyntaxProblem>? in
        known = pieceTokens.phrase(of: bytes)
        guard known == nil, !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        do throws(RuleSyntaxProblem) {
          return .success(try asciiPhraseWords(bytes, offset: offset, quoted: quoted))
        } catch {
          return .failure(error)
        }
      }
      if let known { return known }
      let words: [PhraseWord]
      if let ascii {
        words = try ascii.get()
      } else {
        words = try phraseWords(text, offset: offset, quoted: quoted)
      }
      let phrase = RuleExpression.phrase(words)
      pieceTokens.remember(phrase, of: text)
      return phrase
    }

    /// `phraseWords(_:offset:quoted:)` of an ASCII text, cut at its space bytes (as splitting its
    /// Characters would); its pieces' code points are its bytes. A piece of lower-case letters and
    /// digits (most) is one token whose norm is the piece (`PieceTokens.isPlainWord`), found
    /// without the tokenizer.
    func asciiPhraseWords(
      _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, quoted: Bool
    ) throws(RuleSyntaxProblem) -> [PhraseWord] {
      var words: [PhraseWord] = []
      // A word a piece (most pieces): growing the array piece by piece cost 1.1M instructions.
      words.reserveCapacity(bytes.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
      var start = 0
      while true {
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        if end > start {
          let pieceOffset = offset + start
          let isPrefix = bytes[end - 1] == 0x2A
          let bodyEnd = isPrefix ? end - 1 : end
          if let star = bytes[start..<bodyEnd].firstIndex(of: 0x2A) {
            throw RuleSyntaxProblem(
              offset: pieceOffset + star - start, message: "'*' is only allowed at the end of a word (prefix match)")
          }
          let body = UnsafeBufferPointer(rebasing: bytes[start..<bodyEnd])
          if PieceTokens.isPlainWord(body, tokenizer: tokenizer) {
            words.append(PhraseWord(String(decoding: body, as: UTF8.self), isPrefix: isPrefix))
          } else {
            try appendTokens(
              of: String(decoding: body, as: UTF8.self), isASCII: true, isPrefix: isPrefix, pieceOffset: pieceOffset,
              to: &words)
          }
        }
        guard end < bytes.count else { break }
        start = end + 1
      }
      guard !words.isEmpty else {
        throw RuleSyntaxProblem(offset: offset - (quoted ? 1 : 0), message: "the phrase is empty")
      }
      return words
    }

    /// Normalises a term or phrase: white-space separated pieces, each tokenized like a verbatim; a
    /// trailing `*` makes the piece's last token a prefix. (The general form, for any text; see
    /// `asciiPhraseWords`.)
    func phraseWords(_ text: String, offset: Int, quoted: Bool) throws(RuleSyntaxProblem) -> [PhraseWord] {
      var words: [PhraseWord] = []
      var pieceOffset = offset
      for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
        defer { pieceOffset += piece.unicodeScalars.count + 1 }
        if piece.isEmpty { continue }
        var body = String(piece)
        var isPrefix = false
        if body.hasSuffix("*") {
          body.removeLast()
          isPrefix = true
        }
        if Self.bytes(of: body, { $0.contains(0x2A) }), let star = body.unicodeScalars.firstIndex(of: "*") {
          let column = pieceOffset + body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: star)
          throw RuleSyntaxProblem(offset: column, message: "'*' is only allowed at the end of a word (prefix match)")
        }
        try appendTokens(of: body, isASCII: false, isPrefix: isPrefix, pieceOffset: pieceOffset, to: &words)
      }
      guard !words.isEmpty else {
        throw RuleSyntaxProblem(offset: offset - (quoted ? 1 : 0), message: "the phrase is empty")
      }
      return words
    }

    /// Appends the words of one piece (`body`, without its trailing `*`): its tokens, each
    /// normalised; with `isPrefix`, the last one a prefix.
    func appendTokens(
      of body: String, isASCII: Bool, isPrefix: Bool, pieceOffset: Int, to words: inout [PhraseWord]
    ) throws(RuleSyntaxProblem) {
      let tokens: [PieceTokens.Token]
      // Only ASCII pieces are kept: String keys compare by canonical equivalence, and two
      // spellings of "é" need not tokenize alike.
      if isASCII, let known = pieceTokens.byPiece[body] {
        tokens = known
      } else {
        let tokenized: TokenizedText
        do {
          tokenized = try tokenizer.tokenize(body)
        } catch {
          throw RuleSyntaxProblem(offset: pieceOffset, message: "cannot normalise the term: \(error)")
        }
        tokens = tokenized.tokens.map { (norm: tokenized.norm(of: $0), isPunct: $0.kind == .punct) }
        if isASCII { pieceTokens.byPiece[body] = tokens }
      }
      guard !tokens.isEmpty else {
        throw RuleSyntaxProblem(offset: pieceOffset, message: "expected a word before '*'")
      }
      for (index, token) in tokens.enumerated() {
        let isLast = index == tokens.count - 1
        // A hyphen inside a piece written without spaces joins its words ("follow-up").
        let isJoiner = index > 0 && !isLast && token.isPunct
        words.append(PhraseWord(token.norm, isPrefix: isPrefix && isLast, isJoiner: isJoiner))
      }
    }

    /// `test` of the text's UTF-8 bytes, read from its contiguous storage (the generic walk of
    /// `text.utf8` cost about 200 instructions a term).
    static func bytes(of text: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
      var text = text
      return text.withUTF8(test)
    }
  }
}
