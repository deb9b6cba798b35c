import Foundation

/// Foundation's `contains` and `replacingOccurrences(of:with:)` for the rule words the codebook
/// compiler respells (`CompiledCodebook.Builder.spellingGroups`, `bareContractions`), done on the
/// UTF-8 bytes when that gives Foundation's answer: each Foundation call cost about 18,000
/// instructions, 8M of compiling the shipped codebook.
///
/// Foundation searches by canonical equivalence, character by character. A *plain* text is one
/// whose code points are all ASCII or one of U+2010, U+2011 and U+2019: none of those has a
/// canonical decomposition or is a combining mark, and none composes with a neighbour, so each
/// code point is a character equal only to itself, and a search for a plain code point finds
/// exactly the places where its bytes lie (a UTF-8 sequence never starts inside another). Anything
/// else (a combining accent, a letter with one) is left to Foundation.
enum PlainSpelling {
  /// Whether every code point of `bytes` (valid UTF-8) is ASCII, U+2010, U+2011 or U+2019
  /// (E2 80 90, E2 80 91, E2 80 99).
  static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return false }
      let last = bytes[index + 2]
      guard last == 0x90 || last == 0x91 || last == 0x99 else { return false }
      index += 3
    }
    return true
  }

  /// Whether `text` is plain (see `isPlain(_:)`).
  static func isPlain(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isPlain($0) }
  }

  /// Whether the bytes of `member` occur in those of `text`.
  static func bytesOccur(_ member: String, in text: String) -> Bool {
    var text = text
    var member = member
    return text.withUTF8 { text in
      member.withUTF8 { member in firstByteOffset(of: member, in: text, from: 0) != nil }
    }
  }

  /// `text.contains(member)` (Foundation's), for a `member` of one code point.
  static func contains(_ text: String, _ member: String) -> Bool {
    guard bytesOccur(member, in: text) else { return false }
    // A plain text holds a plain code point exactly where its bytes lie.
    if isPlain(text) && isPlain(member) { return true }
    return text.contains(member)
  }

  /// `text.replacingOccurrences(of: member, with: replacement)` (Foundation's), for a `member` of
  /// one code point.
  static func replacing(_ member: String, with replacement: String, in text: String) -> String {
    guard isPlain(text) && isPlain(member) && member.unicodeScalars.count == 1 else {
      return text.replacingOccurrences(of: member, with: replacement)
    }
    var text = text
    var member = member
    var replacement = replacement
    return text.withUTF8 { text in
      member.withUTF8 { member in
        replacement.withUTF8 { replacement in
          guard var found = firstByteOffset(of: member, in: text, from: 0) else {
            return String(decoding: text, as: UTF8.self)
          }
          var result: [UInt8] = []
          result.reserveCapacity(text.count)
          var start = 0
          while true {
            result.append(contentsOf: text[start..<found])
            result.append(contentsOf: replacement)
            start = found + member.count
            guard let next = firstByteOffset(of: member, in: text, from: start) else { break }
            found = next
          }
          result.append(contentsOf: text[start...])
          return String(decoding: result, as: UTF8.self)
        }
      }
    }
  }

  /// The first offset at or after `start` where `member`'s bytes lie in `text`.
  private static func firstByteOffset(
    of member: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let first = member.first else { return nil }
    var offset = start
    while offset + member.count <= text.count {
      if text[offset] == first
        && UnsafeBufferPointer(rebasing: text[offset..<(offset + member.count)]).elementsEqual(member)
      {
        return offset
      }
      offset += 1
    }
    return nil
  }
}
