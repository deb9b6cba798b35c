extension ByteScanner {
  /// Recognises a dotted-quad IPv4 address (RFC 791 notation; four decimal octets 0–255 of one to
  /// three digits) starting at `start`; returns its end. A fifth dotted group (`1.2.3.4.5`, a
  /// version or an outline number) makes it no address.
  func ipv4End(at start: Int) -> Int? {
    var index = start
    for octet in 0..<4 {
      let end = digitRunEnd(from: index)
      let length = end - index
      guard length >= 1 && length <= 3 else { return nil }
      var value = 0
      for position in index..<end { value = value * 10 + Int(bytes[position] - UInt8(ascii: "0")) }
      guard value <= 255 else { return nil }
      index = end
      if octet < 3 {
        guard isByte(index, "."), isDigit(index + 1) else { return nil }
        index += 1
      }
    }
    return endsNumber(at: index) ? index : nil
  }

  /// True when the word before `start` (across one space) is `version`, `ver`, `build`,
  /// `release`, `firmware`, `update`, `patch`, or one that numbers a document's parts (`section`,
  /// `clause`, `chapter`, `paragraph`, `article`, `step`, …): then `1.2.3.4` is a version or an
  /// outline number, not an address. Also `v` ("v 4.2.10.1") and "to" after an update word
  /// ("updated to 4.2.10.1", "upgrade to 4.2.10.1": QA review 42's version-string near-miss).
  func followsVersionWord(_ start: Int) -> Bool {
    guard isByte(start - 1, " ") else { return false }
    var wordStart = start - 1
    while isLetter(wordStart - 1) { wordStart -= 1 }
    guard wordStart < start - 1, !isWordCharacter(before: wordStart) else { return false }
    let word = lowercasedASCII(wordStart, start - 1)
    if word == "to" || word == "from" { return followsUpdateWord(wordStart) }
    switch word {
    // And the words before an outline or update number (QA review 40: "section 1.2.3.4", "update
    // 4.2.1.0").
    case "version", "ver", "build", "release", "firmware", "update", "updated", "patch", "section", "sections",
      "clause", "chapter", "paragraph", "article", "step", "item", "rule", "point", "sec", "para", "art", "v",
      "upgrade", "upgraded", "updating", "upgrading":
      return true
    default: return false
    }
  }

  /// Whether an update word ends one space before `start` ("updated to", "upgraded from").
  private func followsUpdateWord(_ start: Int) -> Bool {
    guard isByte(start - 1, " ") else { return false }
    var wordStart = start - 1
    while isLetter(wordStart - 1) { wordStart -= 1 }
    guard wordStart < start - 1, !isWordCharacter(before: wordStart) else { return false }
    switch lowercasedASCII(wordStart, start - 1) {
    case "update", "updated", "updating", "upgrade", "upgraded", "upgrading", "downgraded", "downgrade":
      return true
    default: return false
    }
  }

  /// Recognises an IPv6 address in RFC 4291 §2.2 text form starting at `start`: eight groups of
  /// one to four hex digits separated by `:`, or fewer groups with exactly one `::`, optionally
  /// ending in a dotted-quad IPv4 address (`::ffff:192.0.2.1`). Times (`12:30:45`) and MAC
  /// addresses (six groups) are therefore not addresses. Returns its end.
  ///
  /// Feedback text is full of strings that are syntactically compressed addresses but are words,
  /// scores or emoticons (`Cafe::Bad`, `10::10`, `D::D`), so a match must also be plausible:
  /// - no group mixes upper- and lower-case letters (tools print lower case, RFC 5952 §4.3, or
  ///   upper case; `Cafe` is a word);
  /// - a compressed form with fewer than three groups is the loopback `::1` (RFC 4291 §2.5.3),
  ///   embeds an IPv4 address (§2.5.5), or starts with a four-digit group of the link-local
  ///   `fe80::/10` (§2.5.6), unique-local `fc00::/7` (RFC 4193) or multicast `ff00::/8` (§2.7)
  ///   ranges: `fe80::1`, `fd00::1`, `ff02::1`. A global address (`2001:db8::1`) has at least
  ///   three groups;
  /// - no combining mark follows (`::1️⃣` ends in a keycap emoji).
  func ipv6End(at start: Int) -> Int? {
    var index = start
    var groups = 0
    var compressed = false
    var embedsIPv4 = false
    if isByte(index, ":") {
      guard isByte(index + 1, ":") else { return nil }
      compressed = true
      index += 2
    }
    var end = index
    while true {
      var length = 0
      while isHexDigit(index + length) { length += 1 }
      if length == 0 {
        break
      }
      if isByte(index + length, "."), groups <= 6, let tail = ipv4End(at: index) {
        groups += 2
        embedsIPv4 = true
        end = tail
        index = tail
        break
      }
      guard length <= 4, !continuesASCIIWord(index + length), !mixesCase(index, index + length) else { return nil }
      groups += 1
      index += length
      end = index
      guard isByte(index, ":") else { break }
      if isByte(index + 1, ":") {
        guard !compressed else { return nil }
        compressed = true
        index += 2
        end = index
      } else {
        guard isHexDigit(index + 1) else { break }
        index += 1
      }
    }
    guard groups >= 1, compressed ? groups <= 7 : groups == 8 else { return nil }
    guard !continuesASCIIWord(end), !isByte(end, ":") || !isHexDigit(end + 1) else { return nil }
    guard !compressed || end - start >= 3, !startsWithMark(end) else { return nil }
    if compressed && groups < 3 && !embedsIPv4 {
      let loopback = isByte(start, ":") && end == start + 3 && isByte(start + 2, "1")
      guard loopback || hasScopedPrefix(at: start) else { return nil }
    }
    return end
  }

  /// Whether a combining mark, variation selector or enclosing keycap (general category M) starts at
  /// `index`: the character before it belongs to another grapheme (`::1️⃣` is `::` and a keycap).
  private func startsWithMark(_ index: Int) -> Bool {
    guard byte(index) >= 0x80, let (scalar, _) = scalar(at: index) else { return false }
    return ScalarTraits.of(scalar) & ScalarTraits.mark != 0
  }

  /// Whether `start..<end` holds both an upper- and a lower-case letter.
  private func mixesCase(_ start: Int, _ end: Int) -> Bool {
    var bits: UInt8 = 0
    for index in start..<end { bits |= classOf(index) }
    return bits & ByteClass.letter == ByteClass.letter
  }

  /// Whether a four-hex-digit group of the link-local (fe80–febf), unique-local (fc00–fdff) or
  /// multicast (ff00–ffff) ranges followed by `:` starts at `start`.
  private func hasScopedPrefix(at start: Int) -> Bool {
    guard isHexDigit(start + 2), isHexDigit(start + 3), isByte(start + 4, ":"), byte(start) | 0x20 == UInt8(ascii: "f")
    else { return false }
    switch byte(start + 1) | 0x20 {
    case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "f"): return true
    case UInt8(ascii: "e"):
      switch byte(start + 2) | 0x20 {
      case UInt8(ascii: "8"), UInt8(ascii: "9"), UInt8(ascii: "a"), UInt8(ascii: "b"): return true
      default: return false
      }
    default: return false
    }
  }

  /// True when a `:` occurs in `range` (cheap rejection before parsing IPv6).
  @inline(__always) func hasColon(within range: Range<Int>) -> Bool {
    for index in range where byte(index) == UInt8(ascii: ":") { return true }
    return false
  }

  @inline(__always) func isHexDigit(_ index: Int) -> Bool { classOf(index) & ByteClass.hex != 0 }
}
