/// A compiled custom-pattern mask: a small, linear-time pattern language for order and account
/// numbers.
///
/// Mask syntax (ASCII):
/// - `9` — one digit `0`–`9`;
/// - `A` — one ASCII letter, either case;
/// - `X` — one ASCII letter or digit;
/// - `\c` — the character `c` itself (`\A`, `\9`, `\X`, `\\`, `\{`);
/// - `{n}` or `{m,n}` after an element — the element repeated exactly `n`, or `m` to `n`, times
///   (`n` ≤ 32);
/// - any other character — itself, case-sensitively (`INV-9{6}` needs the letters `INV`).
///
/// Examples: `AA-999999` (`AB-123456`), `ORD9{8}`, `A{2,3}-9{4,8}`. The first element must be a
/// letter, digit or `X` class or a literal letter or digit, and a match must stand alone: the
/// characters around it are not letters or digits. After expanding repetitions a mask has 1–63
/// positions; it is matched by simulating its automaton with a 64-bit state set, so each match
/// attempt is O(length of the candidate × positions) and no input can make it slow.
struct MaskPattern: Sendable {
  /// What one position accepts.
  enum Element: Sendable, Equatable {
    case digit
    case letter
    case alphanumeric
    case literal(UInt8)

    func accepts(_ byte: UInt8) -> Bool {
      switch self {
      case .digit: return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      case .letter: return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      case .alphanumeric:
        return (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
          || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
      case .literal(let literal): return byte == literal
      }
    }
  }

  /// The placeholder type.
  let type: RedactionType
  /// Positions after expanding repetitions; `optional[k]` positions may be skipped.
  let elements: [Element]
  let optional: [Bool]
  /// `firstBytes[b]` is true when byte `b` can begin a match.
  let firstBytes: [Bool]

  static let maximumPositions = 63
  static let maximumRepetition = 32

  /// Compiles `pattern`, checking its name and mask.
  init(_ pattern: CustomPattern) throws(RedactionError) {
    let name = pattern.name
    let nameBytes = Array(name.utf8)
    guard let first = nameBytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z"),
      nameBytes.allSatisfy({
        ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
          || $0 == UInt8(ascii: "_")
      })
    else {
      throw .invalidPatternName(name, reason: "use upper-case letters, digits and _, starting with a letter")
    }
    guard RedactionType(builtInName: name) == nil else {
      throw .invalidPatternName(name, reason: "it is the name of a built-in type")
    }
    type = .custom(name)
    let mask = Array(pattern.mask.utf8)
    func invalid(_ column: Int, _ reason: String) -> RedactionError {
      .invalidMask(name: name, mask: pattern.mask, column: column, reason: reason)
    }
    var elements: [Element] = []
    var optional: [Bool] = []
    var index = 0
    while index < mask.count {
      let column = index + 1
      var element: Element
      switch mask[index] {
      case UInt8(ascii: "9"): element = .digit
      case UInt8(ascii: "A"): element = .letter
      case UInt8(ascii: "X"): element = .alphanumeric
      case UInt8(ascii: "\\"):
        guard index + 1 < mask.count else { throw invalid(column, "\\ must be followed by a character") }
        index += 1
        element = .literal(mask[index])
      case UInt8(ascii: "{"), UInt8(ascii: "}"): throw invalid(column, "repetition {…} must follow an element")
      case let byte where byte >= 0x80 || byte < 0x20: throw invalid(column, "masks are ASCII")
      case let byte: element = .literal(byte)
      }
      index += 1
      var minimum = 1
      var maximum = 1
      if index < mask.count && mask[index] == UInt8(ascii: "{") {
        let open = index + 1
        guard let close = mask[index...].firstIndex(of: UInt8(ascii: "}")) else {
          throw invalid(open, "unclosed {")
        }
        let inside = mask[(index + 1)..<close].split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        // A long run of digits is a number too large, not "not a number" (QA review 23): it is
        // capped past the limit, so the range check below names the limit.
        let numbers = inside.map { part -> Int? in
          guard !part.isEmpty, part.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
          return part.reduce(0) { min($0 * 10 + Int($1 - 48), Self.maximumRepetition + 1) }
        }
        guard (1...2).contains(numbers.count), let low = numbers.first!, let high = numbers.last! else {
          throw invalid(open, "expected {n} or {m,n} with decimal numbers")
        }
        guard low <= high, high >= 1, high <= Self.maximumRepetition else {
          throw invalid(open, "repetition must satisfy 0 ≤ m ≤ n, 1 ≤ n ≤ \(Self.maximumRepetition)")
        }
        minimum = low
        maximum = high
        index = close + 1
      }
      for copy in 0..<maximum {
        elements.append(element)
        optional.append(copy >= minimum)
      }
      guard elements.count <= Self.maximumPositions else {
        throw invalid(column, "the mask is longer than \(Self.maximumPositions) characters after repetition")
      }
    }
    guard !elements.isEmpty, optional.contains(false) else { throw invalid(1, "the mask matches nothing") }
    var firstBytes = [Bool](repeating: false, count: 256)
    for (position, element) in elements.enumerated() {
      for byte in 0..<256 where element.accepts(UInt8(byte)) { firstBytes[byte] = true }
      if !optional[position] { break }
    }
    for byte in 0..<256 where firstBytes[byte] {
      let isAlphanumeric = Element.alphanumeric.accepts(UInt8(byte))
      guard isAlphanumeric else { throw invalid(1, "the mask must begin with a letter or digit") }
    }
    self.elements = elements
    self.optional = optional
    self.firstBytes = firstBytes
  }

  /// The end of the longest match starting at `start` that is not followed by a letter or digit,
  /// or nil.
  func matchEnd(in scanner: ByteScanner, at start: Int) -> Int? {
    guard firstBytes[Int(scanner.byte(start))] else { return nil }
    let accepting = UInt64(1) << UInt64(elements.count)
    var states = closure(1)
    var index = start
    var best: Int?
    while states != 0 {
      if states & accepting != 0 && !scanner.isAlphanumeric(index) { best = index }
      guard index < scanner.count else { break }
      let byte = scanner.bytes[index]
      var next: UInt64 = 0
      var remaining = states & (accepting - 1)
      while remaining != 0 {
        let position = remaining.trailingZeroBitCount
        remaining &= remaining - 1
        if elements[position].accepts(byte) { next |= UInt64(1) << UInt64(position + 1) }
      }
      states = closure(next)
      index += 1
    }
    return best
  }

  /// Adds the states reachable by skipping optional positions.
  private func closure(_ states: UInt64) -> UInt64 {
    var result = states
    for position in 0..<elements.count where optional[position] && result & (UInt64(1) << UInt64(position)) != 0 {
      result |= UInt64(1) << UInt64(position + 1)
    }
    return result
  }
}
