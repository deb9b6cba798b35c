import Yams

/// The checks a codebook file passes before it is read: the code points YAML allows, nesting
/// depth, and the nodes aliases expand to.
extension Codebook {
  /// Throws at the first code point YAML does not allow in a file (a control character other than
  /// tab and line breaks, a surrogate, U+FFFE/U+FFFF), naming its line and column: the YAML
  /// parser reports it at 1:1.
  static func checkCharacters(_ yaml: String, source: String) throws(TaxonomyError) {
    var bytes = yaml
    // Most files hold none: the code points are walked (to name the line and column) only then.
    guard bytes.withUTF8({ mayHoldDisallowedCharacter($0) }) else { return }
    var position = ByteScanPosition()
    for scalar in yaml.unicodeScalars {
      let value = scalar.value
      let allowed =
        value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0x7E).contains(value) || value == 0x85
        || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
      guard allowed else {
        let hex = String(value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let escape = "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
        throw .yamlSyntax(
          position.location(in: source),
          message:
            "control character U+\(code) is not allowed in YAML; remove it, or write it as the escape "
            + "\"\(value <= 0xFF ? escape : "\\u" + code)\" inside a double-quoted string")
      }
      position.advance(past: scalar)
    }
  }

  /// Whether valid UTF-8 `bytes` may hold a code point `checkCharacters` refuses: an ASCII control
  /// character other than tab, line feed and carriage return, DEL, U+0080–U+009F but U+0085
  /// (C2 80–C2 9F), or U+FFFE/U+FFFF (EF BF BE/BF). A surrogate is not valid UTF-8. Exact, byte by
  /// byte: every other code point is allowed.
  static func mayHoldDisallowedCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      // Eight bytes that are all printable ASCII (0x20–0x7E: none below 0x20, none from 0x7F on;
      // Anderson, "Bit Twiddling Hacks", "Determine if a word has a byte less than n") hold none
      // and start no sequence that does: stepped over in one test. Any other eight are tested one by
      // one.
      if index + 8 <= count, let base = bytes.baseAddress {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- 0x2020_2020_2020_2020) & ~word & highBits
        let above = (word | (word &+ ones)) & highBits
        if below | above == 0 {
          index += 8
          continue
        }
      }
      let end = min(index + 8, count)
      while index < end {
        let byte = bytes[index]
        if byte < 0x20 {
          if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
        } else if byte == 0x7F {
          return true
        } else if byte == 0xC2 {
          if index + 1 < count && bytes[index + 1] < 0xA0 && bytes[index + 1] != 0x85 { return true }
        } else if byte == 0xEF {
          if index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE { return true }
        }
        index += 1
      }
    }
    return false
  }

  /// The deepest nesting of flow collections (`[…]`, `{…}`) and block indentation a codebook may
  /// have: a real codebook stays under 20 levels, and the YAML composer recurses once per level
  /// (review r21b: `tags: [[[…]]]` 10,000 deep crashed it with a stack overflow).
  static let maximumNesting = 100

  /// The most nodes a codebook of `bytes` bytes may hold once its aliases are expanded: more than any
  /// YAML of that size can spell out without aliases (each node takes at least one byte), so only
  /// aliases can exceed it. Review r22: nine levels of nine aliases (`children: [*t, *t, …]`, the
  /// "billion laughs" of YAML) made `taxonomy lint` run for minutes and take gigabytes.
  static func maximumNodes(forBytes bytes: Int) -> Int { 2 * bytes + 100_000 }

  /// Throws when `root`, with every alias expanded, holds more than `budget` nodes. Yams composes an
  /// alias as a copy of its anchor's node (shared storage, so composing is cheap); the count stops
  /// as soon as the budget is spent, so this is linear in the budget, not in the expansion.
  static func checkExpansion(_ root: Node, budget: Int, source: String) throws(TaxonomyError) {
    var remaining = budget
    var stack: [Node] = [root]
    while let node = stack.popLast() {
      remaining -= 1
      if remaining < 0 {
        throw .yamlSyntax(
          SourceLocation(file: source, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1),
          message:
            "the YAML's aliases (*name) expand to more than \(budget) nodes, more than a codebook of this size "
            + "can hold; expand them by hand or reuse fewer")
      }
      switch node {
      case .scalar: break
      case .mapping(let mapping):
        for (key, value) in mapping {
          stack.append(key)
          stack.append(value)
        }
      case .sequence(let sequence): stack.append(contentsOf: sequence)
      }
    }
  }

  /// Throws at the first place the YAML nests deeper than `maximumNesting`: flow brackets outside
  /// quoted scalars and comments, or an indentation of more than two spaces per allowed level.
  static func checkNesting(_ yaml: String, source: String) throws(TaxonomyError) {
    // The bytes through a buffer: iterating the String's UTF-8 view cost 60 instructions a byte.
    var yaml = yaml
    let problem = yaml.withUTF8 { bytes -> TaxonomyError? in
      do throws(TaxonomyError) {
        try checkNesting(bytes: bytes, source: source)
        return nil
      } catch {
        return error
      }
    }
    if let problem { throw problem }
  }

  private static func checkNesting(bytes: UnsafeBufferPointer<UInt8>, source: String) throws(TaxonomyError) {
    var depth = 0
    var line = 1
    var column = 0
    var quote: UInt8?
    var inComment = false
    var atLineStart = true
    var indent = 0
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      // The byte before (a line feed before the first).
      let previous = index > 0 ? bytes[index - 1] : 0x0A
      column += 1
      if byte == 0x0A {
        line += 1
        column = 0
        inComment = false
        atLineStart = true
        indent = 0
        index += 1
        continue
      }
      if atLineStart {
        if byte == 0x20 {
          // The run of spaces, at once: the indentation counts each, and passes the limit at the
          // space that makes it one too many.
          var end = index + 1
          while end < count && bytes[end] == 0x20 { end += 1 }
          if indent + (end - index) > 2 * maximumNesting {
            throw .yamlSyntax(
              SourceLocation(file: source, line: line, column: column + 2 * maximumNesting - indent),
              message: "the YAML is indented deeper than \(maximumNesting) levels; a codebook nests far less")
          }
          indent += end - index
          column += end - index - 1
          index = end
          continue
        }
        atLineStart = false
      }
      if inComment {
        // Nothing counts up to the line feed (where the column starts again): stepped over.
        index += 1
        while index < count && bytes[index] != 0x0A { index += 1 }
        continue
      }
      if let open = quote {
        if byte == open && previous != UInt8(ascii: "\\") {
          quote = nil
          index += 1
          continue
        }
        // Nothing counts inside the quotes up to the next quote byte or line feed: stepped over,
        // counting columns (byte by byte, this scan cost 2.4M instructions for the shipped
        // codebook, most of whose bytes are quoted rules and comments).
        var next = index + 1
        while next < count && bytes[next] != open && bytes[next] != 0x0A { next += 1 }
        column += next - index - 1
        index = next
        continue
      }
      switch byte {
      case UInt8(ascii: "#") where previous == 0x20 || previous == 0x09 || previous == 0x0A:
        inComment = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        quote = byte
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > maximumNesting {
          throw .yamlSyntax(
            SourceLocation(file: source, line: line, column: column),
            message: "brackets nest deeper than \(maximumNesting) levels; a codebook nests far less")
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth = max(0, depth - 1)
      default:
        break
      }
      index += 1
      // The bytes up to the next that can matter in any state (most of a line of prose): stepped
      // over, counting columns.
      var next = index
      while next < count && !mayMatterToNesting(bytes[next]) { next += 1 }
      column += next - index
      index = next
    }
  }

  /// Whether `byte` can change `checkNesting`'s state: a line feed, `#`, a quote or a bracket. (Any
  /// other byte changes nothing but the column, in or out of quotes and comments; a space at a
  /// line's start is handled there.)
  @inline(__always)
  private static func mayMatterToNesting(_ byte: UInt8) -> Bool {
    // Bits 0x0A, 0x22 ("), 0x23 (#) and 0x27 (') below 0x40; "[" and "]" are "{" and "}" without
    // the 0x20 bit.
    if byte < 0x40 { return (0x0000_008C_0000_0400 as UInt64) >> UInt64(byte) & 1 != 0 }
    return byte | 0x20 == UInt8(ascii: "{") || byte | 0x20 == UInt8(ascii: "}")
  }
}
