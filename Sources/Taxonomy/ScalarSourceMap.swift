import Foundation
import Yams

/// Maps the code points of a decoded YAML scalar back to the source: plain, single-quoted
/// (`''` is one quote), double-quoted (`\"`, `\x..`, `\u....`, `\U........`, escaped line
/// breaks), literal (`|`) and folded (`>`) scalars, on one line or several. Yams gives only the
/// scalar's start mark; the rest is recovered by walking the source alongside the decoded text:
/// a decoded character is the next equal source character (or the escape that produces it), a
/// decoded space or line break at the end of a source line is that line break (line folding), and
/// any other source character (indentation, trailing white space, a closing quote) is skipped.
struct ScalarSourceMap {
  /// The file's lines (without line terminators).
  let lines: SourceLines

  /// One position per code point of `decoded`, then the position just after the last one; nil
  /// when the walk does not find the text (then callers fall back to the start mark). `line` and
  /// `column` are Yams's 1-based mark: the first character of a plain scalar, the opening quote
  /// of a quoted one, the `|` or `>` indicator of a block scalar.
  func positions(of decoded: String, style: Node.Scalar.Style, line: Int, column: Int) -> [SourcePosition]? {
    var row = line - 1
    var col = column - 1
    var blockIndent: Int? = nil
    switch style {
    case .singleQuoted, .doubleQuoted:
      col += 1
    case .literal, .folded:
      // The content starts on the next line; its indentation is that of the first non-blank line
      // (an explicit indentation indicator such as `>2` is not supported and gives the same
      // result whenever the first line is not more indented than the rest).
      row += 1
      col = 0
      var probe = row
      while probe < lines.count && lines[probe].allSatisfy({ $0 == " " }) { probe += 1 }
      let indent = probe < lines.count ? lines[probe].prefix { $0 == " " }.count : 0
      blockIndent = indent
      col = indentEnd(row, indent)
    default:
      break
    }
    if blockIndent == nil, let positions = singleLinePositions(of: decoded, style: style, row: row, col: col) {
      return positions
    }
    var positions: [SourcePosition] = []
    positions.reserveCapacity(decoded.unicodeScalars.count + 1)
    var last: SourcePosition? = nil
    // The line at `row`, fetched again only when the row changes (fetching it for every code
    // point retained and released it each time: 1.5M instructions for the shipped codebook).
    var current: [Unicode.Scalar] = []
    var currentRow = -1
    for character in decoded.unicodeScalars {
      var mapped = false
      while !mapped {
        guard row >= 0 && row < lines.count && col >= 0 else { return nil }
        if row != currentRow {
          current = lines[row]
          currentRow = row
        }
        if col >= current.count {
          if character == " " || character == "\n" {
            // A line break folded into a space, or kept as a line break.
            positions.append(SourcePosition(line: row + 1, column: col + 1))
            mapped = true
          }
          row += 1
          col = blockIndent.map { indentEnd(row, $0) } ?? continuationStart(row)
          continue
        }
        let scalar = current[col]
        if style == .doubleQuoted && scalar == "\\" {
          guard col + 1 < current.count else {
            // An escaped line break: the text continues on the next line, without a character.
            row += 1
            col = continuationStart(row)
            continue
          }
          positions.append(SourcePosition(line: row + 1, column: col + 1))
          col += escapeLength(current, at: col)
          mapped = true
        } else if scalar == character {
          positions.append(SourcePosition(line: row + 1, column: col + 1))
          col += style == .singleQuoted && scalar == "'" ? 2 : 1
          mapped = true
        } else {
          col += 1
        }
      }
      last = positions.last
    }
    if let last {
      positions.append(SourcePosition(line: last.line, column: last.column + 1))
    } else {
      positions.append(SourcePosition(line: row + 1, column: col + 1))
    }
    return positions
  }

  /// Where `decoded` starts when it is written on its start line character for character, as
  /// `positions` would find it, its length, and the offsets of its quotes a single-quoted scalar
  /// writes doubled: an ASCII text, not empty and not starting with a line break (which
  /// `ruleSources` trims), without the backslash a double-quoted scalar escapes, whose bytes are
  /// those of its ASCII start line from its first column (a `'` of a single-quoted scalar taking
  /// two columns). `singleLinePositions` then finds each character at the next column (after a
  /// doubled quote, the column after the pair), which this tells without making the positions. Nil
  /// otherwise (a block scalar, or a text written otherwise: then `positions` walks it).
  func run(of decoded: String, style: Node.Scalar.Style, line: Int, column: Int) -> WrittenRun? {
    let row = line - 1
    var col = column - 1
    switch style {
    case .singleQuoted, .doubleQuoted: col += 1
    case .literal, .folded: return nil
    default: break
    }
    guard row >= 0 && row < lines.count && col >= 0 else { return nil }
    let singleQuoted = style == .singleQuoted
    let doubleQuoted = style == .doubleQuoted
    var text = decoded
    return text.withUTF8 { text -> WrittenRun? in
      guard !text.isEmpty, let textBase = text.baseAddress, text[0] != 0x0A, text[0] != 0x0D,
        !(doubleQuoted && memchr(textBase, Int32(UInt8(ascii: "\\")), text.count) != nil)
      else { return nil }
      return lines.withASCIILine(row) { line -> WrittenRun? in
        // Compared a stretch at a time: up to and with the next quote, which a single-quoted scalar
        // writes twice (a byte a byte, this cost 6M instructions for the shipped codebook). The line
        // is ASCII, so a text that equals it is.
        guard let line, let lineBase = line.baseAddress else { return nil }
        var quotes: [Int32] = []
        var at = col
        var from = 0
        while from < text.count {
          var end = text.count
          if singleQuoted, let quote = memchr(textBase + from, Int32(UInt8(ascii: "'")), text.count - from) {
            end = textBase.distance(to: quote.assumingMemoryBound(to: UInt8.self)) + 1
          }
          let length = end - from
          guard at + length <= line.count, memcmp(lineBase + at, textBase + from, length) == 0 else { return nil }
          at += length
          // A stretch that ends with a quote (found above): its second column is stepped over.
          if singleQuoted && text[end - 1] == UInt8(ascii: "'") {
            quotes.append(Int32(end - 1))
            at += 1
          }
          from = end
        }
        return WrittenRun(line: row + 1, column: col + 1, count: text.count, quotes: quotes)
      }
    }
  }

  /// `positions` of a non-empty ASCII text that lies on its start line, an ASCII one, walked on the
  /// bytes as the general walk walks the code points: each character is the next equal byte of the
  /// line (a `''` of a single-quoted scalar is one quote), other bytes (a closing quote) are
  /// skipped. Nil, for the general walk, when the text reaches the line's end (it goes on to the
  /// next line) or meets an escape of a double-quoted scalar. Iterating the decoded `String` code
  /// point by code point cost 8M instructions for the shipped codebook's rules.
  private func singleLinePositions(
    of decoded: String, style: Node.Scalar.Style, row: Int, col: Int
  ) -> [SourcePosition]? {
    guard row >= 0 && row < lines.count && col >= 0 else { return nil }
    var text = decoded
    return text.withUTF8 { text -> [SourcePosition]? in
      guard !text.isEmpty, !text.contains(where: { $0 >= 0x80 }) else { return nil }
      return lines.withASCIILine(row) { line -> [SourcePosition]? in
        guard let line else { return nil }
        let singleQuoted = style == .singleQuoted
        let doubleQuoted = style == .doubleQuoted
        var found = true
        // Written in place (appending checked the capacity per character); a walk that gives up
        // leaves no position.
        let positions = [SourcePosition](unsafeUninitializedCapacity: text.count + 1) { positions, count in
          var col = col
          for (index, byte) in text.enumerated() {
            while true {
              guard col < line.count, !(doubleQuoted && line[col] == UInt8(ascii: "\\")) else {
                found = false
                count = 0
                return
              }
              let source = line[col]
              if source == byte {
                positions[index] = SourcePosition(line: row + 1, column: col + 1)
                col += singleQuoted && source == UInt8(ascii: "'") ? 2 : 1
                break
              }
              col += 1
            }
          }
          positions[text.count] = SourcePosition(line: row + 1, column: positions[text.count - 1].column + 1)
          count = text.count + 1
        }
        return found ? positions : nil
      }
    }
  }

  /// The column after a block scalar line's indentation (at most `indent` spaces).
  private func indentEnd(_ row: Int, _ indent: Int) -> Int {
    guard row < lines.count else { return 0 }
    var col = 0
    while col < indent && col < lines[row].count && lines[row][col] == " " { col += 1 }
    return col
  }

  /// The column of the first non-blank character of a continuation line (plain or quoted scalars
  /// drop the leading white space of their continuation lines).
  private func continuationStart(_ row: Int) -> Int {
    guard row < lines.count else { return 0 }
    return lines[row].prefix { $0 == " " || $0 == "\t" }.count
  }

  /// Source code points of the double-quoted escape at `col` (a backslash): `\xXX` 4, `\uXXXX`
  /// 6 (12 for a surrogate pair written as two escapes), `\UXXXXXXXX` 10, others 2.
  private func escapeLength(_ line: [Unicode.Scalar], at col: Int) -> Int {
    switch line[col + 1] {
    case "x": return 4
    case "U": return 10
    case "u":
      let digits = String(String.UnicodeScalarView(line[min(col + 2, line.count)..<min(col + 6, line.count)]))
      if let value = UInt32(digits, radix: 16), (0xD800...0xDBFF).contains(value), col + 7 < line.count,
        line[col + 6] == "\\", line[col + 7] == "u"
      {
        return 12
      }
      return 6
    default: return 2
    }
  }
}
