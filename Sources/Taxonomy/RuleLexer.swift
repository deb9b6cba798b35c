/// A lexical token of the rule language, with its code-point offset in the rule text.
struct RuleLexeme: Equatable {
  enum Kind: Equatable {
    case word(String)
    case quoted(String)
    case regex(pattern: String, caseInsensitive: Bool)
    case metaKey(String)
    case and, or, not, sentence, answer, question, inKeyword
    case near(distance: Int, ordered: Bool)
    case leftParen, rightParen, comma, equals, notEquals
    case end
  }

  var kind: Kind
  /// Code-point offset of the lexeme's first character.
  var offset: Int

  /// How the lexeme reads in "expected …, found …" messages.
  var display: String {
    switch kind {
    case .word(let word): return "'\(word)'"
    case .quoted: return "a quoted phrase"
    case .regex: return "a regular expression"
    case .metaKey(let key): return "'meta.\(key)'"
    case .and: return "AND"
    case .or: return "OR"
    case .not: return "NOT"
    case .sentence: return "SENTENCE"
    case .answer: return "ANSWER"
    case .question: return "QUESTION"
    case .inKeyword: return "IN"
    case .near(let distance, let ordered): return "\(ordered ? "ONEAR" : "NEAR")/\(distance)"
    case .leftParen: return "'('"
    case .rightParen: return "')'"
    case .comma: return "','"
    case .equals: return "'='"
    case .notEquals: return "'!='"
    case .end: return "the end of the rule"
    }
  }
}

/// A rule-language problem at a code-point offset of the rule text.
struct RuleSyntaxProblem: Error {
  var offset: Int
  var message: String
}

/// Splits a rule into lexemes. Keywords are upper case (`AND`, `OR`, `NOT`, `NEAR/n`, `ONEAR/n`,
/// `SENTENCE`, `QUESTION`, `IN`); any other run of characters other than white space, parentheses, quotes,
/// commas and `=` is a bare term.
enum RuleLexer {
  static func lex(_ text: String) throws(RuleSyntaxProblem) -> [RuleLexeme] {
    let scalars = scalarArray(text)
    // An ASCII rule's words and bodies are cut from its bytes (each code point one byte; a
    // non-ASCII code point takes more than one).
    let bytes: [UInt8]? = scalars.count == text.utf8.count ? Array(text.utf8) : nil
    var lexemes: [RuleLexeme] = []
    // About one lexeme in five code points ("refund OR "): most rules never grow the array.
    lexemes.reserveCapacity(scalars.count / 4 + 2)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isWhitespace(scalar) {
        index += 1
        continue
      }
      let start = index
      switch scalar {
      case "(": lexemes.append(RuleLexeme(kind: .leftParen, offset: start))
      case ")": lexemes.append(RuleLexeme(kind: .rightParen, offset: start))
      case ",": lexemes.append(RuleLexeme(kind: .comma, offset: start))
      case "=": lexemes.append(RuleLexeme(kind: .equals, offset: start))
      case "!" where index + 1 < scalars.count && scalars[index + 1] == "=":
        lexemes.append(RuleLexeme(kind: .notEquals, offset: start))
        index += 1
      case "\"":
        let (body, next) = try delimited(scalars, bytes, from: index, closing: "\"", what: "quoted phrase")
        lexemes.append(RuleLexeme(kind: .quoted(body), offset: start))
        index = next - 1
      case "/":
        let (body, next) = try delimited(scalars, bytes, from: index, closing: "/", what: "regular expression")
        // Review h43: case-insensitive by default, as every term of a rule is (customers type
        // lower case); "c" asks for case-sensitive matching, "i" (the default) is accepted.
        var caseInsensitive = true
        var after = next
        if after < scalars.count, scalars[after] == "i" || scalars[after] == "c" {
          caseInsensitive = scalars[after] == "i"
          after += 1
        }
        lexemes.append(RuleLexeme(kind: .regex(pattern: body, caseInsensitive: caseInsensitive), offset: start))
        index = after - 1
      default:
        var end = index
        while end < scalars.count, !isDelimiter(scalars[end]) { end += 1 }
        // `OR`, `AND` and `NOT` (a fifth of a rule's lexemes) read from the bytes, without making
        // the word's string and comparing it with each keyword.
        if let bytes, let kind = operatorKeyword(bytes, start..<end) {
          lexemes.append(RuleLexeme(kind: kind, offset: start))
          index = end
          continue
        }
        let word = string(scalars, bytes, index..<end)
        index = end - 1
        // `NEAR/3`: the slash and distance belong to the keyword (only a word that starts with N
        // or O and holds a slash can be one; testing that first spares every other word, "OR"
        // and "NOT" among them, an array and two prefix tests).
        let nearKeywords: [String] =
          (scalar == "N" || scalar == "O") && scalars[start..<end].contains("/") ? ["NEAR", "ONEAR"] : []
        for keyword in nearKeywords where word.hasPrefix(keyword + "/") {
          let digits = word.dropFirst(keyword.count + 1)
          guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let distance = Int(digits) else {
            throw RuleSyntaxProblem(
              offset: start + keyword.count + 1,
              message: "expected a word distance after \(keyword)/, e.g. \(keyword)/3")
          }
          guard distance <= 1000 else {
            throw RuleSyntaxProblem(
              offset: start + keyword.count + 1, message: "a NEAR distance must be at most 1000 words")
          }
          lexemes.append(RuleLexeme(kind: .near(distance: distance, ordered: keyword == "ONEAR"), offset: start))
        }
        if case .near = lexemes.last?.kind, lexemes.last?.offset == start {
          index += 1
          continue
        }
        // Keywords are upper case, and only "meta." starts with "m": any other word (most: a
        // lower-case term) is a term, found without comparing it with each keyword.
        let kind: RuleLexeme.Kind =
          scalar == "m" || (scalar.value >= 0x41 && scalar.value <= 0x5A) ? keyword(word) : .word(word)
        lexemes.append(RuleLexeme(kind: kind, offset: start))
      }
      index += 1
    }
    lexemes.append(RuleLexeme(kind: .end, offset: scalars.count))
    return lexemes
  }

  /// The text's code points. An ASCII text's are its bytes, read from its contiguous storage
  /// (`Array(text.unicodeScalars)` counted the scalars, then decoded them one by one: about 30
  /// instructions a character).
  static func scalarArray(_ text: String) -> [Unicode.Scalar] {
    let ascii: [Unicode.Scalar]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
        for index in 0..<bytes.count { scalars[index] = Unicode.Scalar(bytes[index]) }
        count = bytes.count
      }
    }
    if let ascii, let ascii { return ascii }
    return Array(text.unicodeScalars)
  }

  /// `.or`, `.and` or `.not` when the ASCII `bytes[range]` are `OR`, `AND` or `NOT` (as
  /// `keyword(_:)` reads them), else nil.
  private static func operatorKeyword(_ bytes: [UInt8], _ range: Range<Int>) -> RuleLexeme.Kind? {
    switch range.count {
    case 2:
      return bytes[range.lowerBound] == UInt8(ascii: "O") && bytes[range.lowerBound + 1] == UInt8(ascii: "R")
        ? .or : nil
    case 3:
      let first = bytes[range.lowerBound]
      let second = bytes[range.lowerBound + 1]
      let third = bytes[range.lowerBound + 2]
      if first == UInt8(ascii: "A") && second == UInt8(ascii: "N") && third == UInt8(ascii: "D") { return .and }
      if first == UInt8(ascii: "N") && second == UInt8(ascii: "O") && third == UInt8(ascii: "T") { return .not }
      return nil
    default:
      return nil
    }
  }

  private static func keyword(_ word: String) -> RuleLexeme.Kind {
    switch word {
    case "AND": return .and
    case "OR": return .or
    case "NOT": return .not
    case "SENTENCE": return .sentence
    case "ANSWER": return .answer
    case "QUESTION": return .question
    case "IN": return .inKeyword
    case "NEAR", "ONEAR": return .near(distance: -1, ordered: word == "ONEAR")
    default:
      if word.hasPrefix("meta."), word.count > 5 { return .metaKey(String(word.dropFirst(5))) }
      return .word(word)
    }
  }

  /// Unicode's White_Space property, read without the property lookup for ASCII (where it holds
  /// for U+0009–U+000D and the space only): a rule is mostly ASCII, and the lookup cost a third of
  /// the lexer's time.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
    return scalar.properties.isWhitespace
  }

  /// The string of `scalars`, encoded to UTF-8 straight into the string's storage (appending
  /// scalars to a `String.UnicodeScalarView` one by one cost about 5,000 instructions a word, an
  /// array of the bytes first 700).
  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[written] = byte
          written += 1
        }
      }
      return written
    }
  }

  /// The string of `scalars[range]`, cut from the rule's `bytes` when it is ASCII.
  private static func string(_ scalars: [Unicode.Scalar], _ bytes: [UInt8]?, _ range: Range<Int>) -> String {
    guard let bytes else { return string(scalars[range]) }
    return String(decoding: bytes[range], as: UTF8.self)
  }

  private static func isDelimiter(_ scalar: Unicode.Scalar) -> Bool {
    if isWhitespace(scalar) { return true }
    switch scalar {
    case "(", ")", "\"", ",", "=": return true
    case "!": return false
    default: return false
    }
  }

  /// Reads a `"…"` or `/…/` body starting at the opening delimiter; a backslash escapes the
  /// delimiter (in a regex other escapes are kept for ICU). Returns the body and the index after
  /// the closing delimiter.
  private static func delimited(
    _ scalars: [Unicode.Scalar], _ bytes: [UInt8]?, from start: Int, closing: Unicode.Scalar, what: String
  ) throws(RuleSyntaxProblem) -> (String, Int) {
    // A body without a backslash (most) is the scalars up to the closing delimiter as they are.
    var end = start + 1
    while end < scalars.count && scalars[end] != "\\" {
      if scalars[end] == closing { return (string(scalars, bytes, (start + 1)..<end), end + 1) }
      end += 1
    }
    var body: [Unicode.Scalar] = []
    var index = start + 1
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\", index + 1 < scalars.count {
        let next = scalars[index + 1]
        if next == closing {
          body.append(next)
        } else if closing == "\"" && next == "\\" {
          body.append(next)
        } else {
          body.append(scalar)
          body.append(next)
        }
        index += 2
        continue
      }
      if scalar == closing { return (string(body[...]), index + 1) }
      body.append(scalar)
      index += 1
    }
    throw RuleSyntaxProblem(offset: start, message: "unterminated \(what): expected a closing \(closing)")
  }
}
