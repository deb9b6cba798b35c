/// What the URL scanner found: the URL's end and, when it carries something to hide, where the
/// hidden tail starts.
struct URLMatch {
  var end: Int
  /// The first byte replaced by `[URL]`, or nil when the URL carries no token (it is then kept).
  var redactFrom: Int?
}

extension ByteScanner {
  /// Recognises a URL starting at `start` with `http://`, `https://` (any case), `www.`, or a
  /// scheme-less host followed by a path (`bareHostEnd`).
  ///
  /// The URL runs to the next space, control character, `<`, `>`, `"` or backtick, or non-ASCII
  /// character that is not a letter, mark or digit (white space, “ ” « » …, `，` `。`, emoji); trailing
  /// sentence punctuation (`. , ; : ! ? '`) and an unbalanced `)` are left out. Policy (documented
  /// in `Redactor`): the scheme, host and plain path are kept and the tail from the first of these
  /// is replaced by one `[URL]`:
  /// - user information (`user:pass@`) or an IP-address host: everything after `scheme://`;
  /// - an id-like path segment: one containing `@`, six or more digits, or a run of sixteen or
  ///   more letters and digits that includes a digit (reset tokens, session ids, order ids);
  /// - a path segment that names a person (`ProfileURLs`): the one after `/u/`, `/user/`,
  ///   `/profile/` … (`example.com/u/[URL]`), one starting with `~`, and the first segment on a
  ///   social network's host (`facebook.com/[URL]`, `linkedin.com/in/[URL]`);
  /// - the query (`?…`) or fragment (`#…`).
  func url(at start: Int) -> URLMatch? {
    guard var match = urlMatch(at: start) else { return nil }
    // A tail that is already the placeholder (`example.com/u/[URL]`, a text redacted before) is not
    // redacted, or counted, again (QA review 33).
    if let from = match.redactFrom, match.end - from == 5, hasPrefix("[url]", at: from) { match.redactFrom = nil }
    return match
  }

  private func urlMatch(at start: Int) -> URLMatch? {
    var hostStart: Int
    if hasPrefix("https://", at: start) {
      hostStart = start + 8
    } else if hasPrefix("http://", at: start) {
      hostStart = start + 7
    } else if hasPrefix("www.", at: start) || bareHostEnd(at: start) != nil {
      hostStart = start
    } else {
      return nil
    }
    guard isWord(hostStart) || isByte(hostStart, "[") else { return nil }
    var end = hostStart
    var parentheses = 0
    while end < count {
      let byte = bytes[end]
      if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`")
      {
        break
      }
      if byte >= 0x80 {
        // An IRI continues through letters, marks and digits of any script only.
        let length = nonASCIIWordCharacterLength(at: end)
        if length == 0 { break }
        // Another script's word glued to the URL's last letter or digit ends it ("…?t=1です"); after
        // "/", "=" or "." it is an IRI segment ("/wiki/東京", "?q=東京").
        if end > hostStart && isAlphanumeric(end - 1) && !continuesASCIIWord(end) { break }
        end += length
        continue
      }
      if byte == UInt8(ascii: "(") { parentheses += 1 }
      if byte == UInt8(ascii: ")") { parentheses -= 1 }
      end += 1
    }
    while end > hostStart {
      let last = bytes[end - 1]
      if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
        || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
        || last == UInt8(ascii: "'")
      {
        end -= 1
      } else if last == UInt8(ascii: ")") && parentheses < 0 {
        parentheses += 1
        end -= 1
      } else {
        break
      }
    }
    guard end > hostStart else { return nil }
    // Authority: up to the first '/', '?' or '#'.
    var authorityEnd = hostStart
    var hasUserInfo = false
    while authorityEnd < end {
      let byte = bytes[authorityEnd]
      if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
      if byte == UInt8(ascii: "@") { hasUserInfo = true }
      authorityEnd += 1
    }
    let hostIsAddress = isByte(hostStart, "[") || (isDigit(hostStart) && ipv4End(at: hostStart) != nil)
    if hasUserInfo || hostIsAddress { return URLMatch(end: end, redactFrom: hostStart) }
    // Path segments, then the query or fragment.
    var index = authorityEnd
    // A social network's first segment is its account; after a profile marker the next one is.
    var social: String?
    if isByte(authorityEnd, "/") {
      var hostEnd = hostStart
      while hostEnd < authorityEnd && !isByte(hostEnd, ":") { hostEnd += 1 }
      social = socialDomain(of: lowercasedASCII(hostStart, hostEnd))
    }
    var segments = 0
    var afterMarker = false
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") {
        return URLMatch(end: end, redactFrom: index)
      }
      if byte == UInt8(ascii: "/") {
        index += 1
        continue
      }
      var segmentEnd = index
      while segmentEnd < end {
        let next = bytes[segmentEnd]
        if next == UInt8(ascii: "/") || next == UInt8(ascii: "?") || next == UInt8(ascii: "#") { break }
        segmentEnd += 1
      }
      if isIdLikeSegment(index, segmentEnd) || isByte(index, "~") || holdsAtSign(index, segmentEnd) {
        return URLMatch(end: end, redactFrom: index)
      }
      let segment = lowercasedASCII(index, segmentEnd)
      let marker = ProfileURLs.isMarker(segment, on: social)
      if afterMarker || (segments == 0 && social != nil && !marker && !ProfileURLs.sitePages.contains(segment)) {
        return URLMatch(end: end, redactFrom: index)
      }
      afterMarker = marker
      segments += 1
      index = segmentEnd
    }
    return URLMatch(end: end, redactFrom: nil)
  }

  /// Whether the path segment `start..<end` holds an at sign, as is or percent-encoded (`%40`): an
  /// e-mail address in the path ("/unsubscribe/jane.doe%40gmail.com", "/u/@jane"; QA review 40).
  private func holdsAtSign(_ start: Int, _ end: Int) -> Bool {
    var index = start
    while index < end {
      if isByte(index, "@") { return true }
      if isByte(index, "%") && isByte(index + 1, "4") && isByte(index + 2, "0") && index + 2 < end { return true }
      index += 1
    }
    return false
  }

  /// A scheme-less URL's host (`example.com/reset?token=…`): dot-separated labels of letters,
  /// digits and hyphens, the last one 2–24 letters, followed at once by "/" — a path, so that a
  /// sentence's "end.Then" or a version "v1.2" is never taken for a host. Returns the host's end.
  /// A label is at most 63 bytes and a host 253 (RFC 1035 §2.3.4): the scan stops there, so a run
  /// such as "a.a.a.…" or "a-a-a-…", tried from each of its words, costs no more than a host each
  /// (it cost the whole run each, quadratic: 64 KB took 1.7 s; QA review 39).
  func bareHostEnd(at start: Int) -> Int? {
    guard isWord(start), !isByte(start, "_") else { return nil }
    var index = start
    var labels = 0
    var lastLabel = start..<start
    while true {
      let labelStart = index
      while index < count, classOf(index) & ByteClass.alphanumeric != 0 || isByte(index, "-") {
        index += 1
        guard index - labelStart <= Self.longestLabel, index - start <= Self.longestHost else { return nil }
      }
      guard index > labelStart else { return nil }
      labels += 1
      lastLabel = labelStart..<index
      guard isByte(index, ".") && classOf(index + 1) & ByteClass.alphanumeric != 0 else { break }
      index += 1
    }
    guard labels >= 2, (2...24).contains(lastLabel.count), isByte(index, "/") else { return nil }
    for position in lastLabel where classOf(position) & ByteClass.letter == 0 { return nil }
    return index
  }

  /// The longest DNS label and host name, in bytes (RFC 1035 §2.3.4, RFC 1123 §2.1).
  static let longestLabel = 63
  static let longestHost = 253

  private func isIdLikeSegment(_ start: Int, _ end: Int) -> Bool {
    var digits = 0
    var run = 0
    var runHasDigit = false
    for index in start..<end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "@") { return true }
      let bits = classes[Int(byte)]
      if bits & ByteClass.alphanumeric != 0 {
        run += 1
        if bits & ByteClass.digit != 0 {
          digits += 1
          runHasDigit = true
        }
        if run >= 16 && runHasDigit { return true }
      } else {
        run = 0
        runHasDigit = false
      }
    }
    return digits >= 6
  }

  /// Case-insensitive ASCII prefix test (`prefix` must be lower case).
  func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
    let length = prefix.utf8CodeUnitCount
    guard start + length <= count else { return false }
    let pointer = prefix.utf8Start
    for offset in 0..<length {
      var byte = bytes[start + offset]
      if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
      if byte != pointer[offset] { return false }
    }
    return true
  }
}
