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
  /// `release` or `firmware`: then `1.2.3.4` is a version number, not an address.
  func followsVersionWord(_ start: Int) -> Bool {
    guard isByte(start - 1, " ") else { return false }
    var wordStart = start - 1
    while isLetter(wordStart - 1) { wordStart -= 1 }
    guard wordStart < start - 1, !isWordCharacter(before: wordStart) else { return false }
    switch lowercasedASCII(wordStart, start - 1) {
    case "version", "ver", "build", "release", "firmware": return true
    default: return false
    }
  }

  /// Recognises an IPv6 address in RFC 4291 §2.2 text form starting at `start`: eight groups of
  /// one to four hex digits separated by `:`, or fewer groups with exactly one `::`, optionally
  /// ending in a dotted-quad IPv4 address (`::ffff:192.0.2.1`). Times (`12:30:45`) and MAC
  /// addresses (six groups) are therefore not addresses. Returns its end.
  func ipv6End(at start: Int) -> Int? {
    var index = start
    var groups = 0
    var compressed = false
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
        end = tail
        index = tail
        break
      }
      guard length <= 4, !isWordCharacter(index + length) else { return nil }
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
    guard !isWordCharacter(end), !isByte(end, ":") || !isHexDigit(end + 1) else { return nil }
    if !compressed || end - start >= 3 { return end }
    return nil
  }

  /// True when a `:` occurs in `range` (cheap rejection before parsing IPv6).
  @inline(__always) func hasColon(within range: Range<Int>) -> Bool {
    for index in range where byte(index) == UInt8(ascii: ":") { return true }
    return false
  }

  @inline(__always) func isHexDigit(_ index: Int) -> Bool { classOf(index) & ByteClass.hex != 0 }
}
