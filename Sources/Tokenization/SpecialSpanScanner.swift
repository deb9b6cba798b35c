import VerbatimCore

/// Finds the spans ICU's word rules would break apart but that must stay whole: URLs, e-mail
/// addresses, @mentions, #hashtags and ASCII emoticons. One left-to-right pass over the UTF-8 bytes;
/// spans are sorted and never overlap.
struct SpecialSpan: Equatable {
  var range: Range<Int>
  var kind: TokenKind
}

struct SpecialSpanScanner {
  /// Top-level domains that make a bare "name.tld" a URL. Deliberately short: common words such
  /// as "in", "it", "is", "me", "to", "so", "no", "be" are also ccTLDs and appear in typos
  /// ("good.it"), so they are left out.
  static let bareDomainTLDs: Set<String> = [
    "com", "net", "org", "edu", "gov", "info", "biz", "io", "co", "app", "dev", "ai", "ly", "tv", "gg",
    "uk", "de", "fr", "nl", "es", "ch", "se", "eu", "ca", "au", "jp", "cn", "ru", "br", "pl", "dk", "fi",
    "nz", "ie", "pt", "gr", "cz", "hu", "ro", "mx", "ar", "za", "kr", "tw", "hk", "sg", "ua", "tr",
  ]

  /// Eastern-style emoticons, matched whole (longest first).
  static let fixedEmoticons: [[UInt8]] = [
    "</3", "<33", "<3", "^_^", "^.^", "^-^", "^^", "-_-", "-.-", "T_T", "T.T", ";_;", "o_O", "O_o", "o.O", "O.o",
    ">_<", "x_x", "X_X", "u_u", "=^.^=",
  ].map { Array($0.utf8) }.sorted { $0.count > $1.count }

  // The byte sets below are written as their masks, so that each is a constant (a set built from a
  // string is made on first use, and every read of it is then a `swift_once` call: the emoticon
  // test reads several per candidate). `SpecialSpanScannerSetTests` checks them against the strings.
  /// The second bytes of `fixedEmoticons`: "-./3^_".
  static let fixedSecondBytes = ByteSet(low: 0x0008_E000_0000_0000, high: 0x0000_0000_C000_0000)
  /// The first bytes of `fixedEmoticons`: "-;<=>OTX^oux".
  static let fixedFirstBytes = ByteSet(low: 0x7800_2000_0000_0000, high: 0x0120_8000_4110_8000)
  /// ")(][DPpOo/\\|*3$@><}{Ss"
  static let mouths = ByteSet(low: 0x5008_8710_0000_0000, high: 0x3809_8000_3809_8011)
  /// "DPpOo3Ss"
  static let letterMouths = ByteSet(low: 0x0008_0000_0000_0000, high: 0x0009_8000_0009_8010)
  /// "8BXx"
  static let letterEyes = ByteSet(low: 0x0100_0000_0000_0000, high: 0x0100_0000_0100_0004)
  /// ".,;:!?'*"
  static let trailingURLPunctuation = ByteSet(low: 0x8C00_5482_0000_0000, high: 0)
  /// "._%+-"
  static let localPartSymbols = ByteSet(low: 0x0000_6820_0000_0000, high: 0x0000_0000_8000_0000)

  @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
  }

  @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  /// What may begin at a byte: bit 0 a URL scheme or "www.", bit 1 an emoticon, bit 2 '@', bit 3
  /// '#', bit 4 '.' (a possible bare domain), bit 6 the lead byte of the full-width signs '＠'
  /// (U+FF20) and '＃' (U+FF03). Bytes with none of these bits are skipped at once. Bit 5
  /// (`alnumBit`) marks ASCII letters and digits.
  static let triggers: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    for byte in 0..<128 where isAlnum(UInt8(byte)) { table[byte] |= alnumBit }
    for byte in "hHwWfF".utf8 { table[Int(byte)] |= 1 }
    for byte in ":;=8BXx>}<^-TouO()D".utf8 { table[Int(byte)] |= 2 }
    table[Int(UInt8(ascii: "@"))] |= 4
    table[Int(UInt8(ascii: "#"))] |= 8
    table[Int(UInt8(ascii: "."))] |= 16
    table[0xEF] |= 64
    return table
  }()

  static let alnumBit: UInt8 = 32

  /// Appends the special spans of `bytes` to `spans` (which the caller empties).
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into spans: inout [SpecialSpan]) {
    let count = bytes.count
    var index = 0
    var covered = 0  // no new span may start before this
    // Only candidates can start a span (`SpanCandidates`): every other byte is stepped over.
    var candidates = SpanCandidates(bytes)
    triggers.withUnsafeBufferPointer { table in
      while true {
        index = candidates.next(from: index)
        guard index < count else { break }
        let byte = bytes[index]
        let trigger = table[Int(byte)]
        let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        if trigger & alnumBit != 0 {
          // A letter or digit starts a URL or an emoticon only at a word edge; "http", "www" and
          // "ftp" have "t" or "w" second, and only "x"/"X" ("XD") makes an emoticon with a letter
          // or digit second. Inside a word nothing starts (no byte there is a candidate).
          if trigger & 3 != 0, !isAlnum(previous) {
            let next: UInt8 = index + 1 < count ? bytes[index + 1] : 0
            var found: SpecialSpan?
            if trigger & 1 != 0, next | 0x20 == UInt8(ascii: "t") || next | 0x20 == UInt8(ascii: "w") {
              found = url(bytes, at: index)
            }
            if found == nil, trigger & 2 != 0, !isAlnum(next) || byte | 0x20 == UInt8(ascii: "x") {
              found = emoticon(bytes, at: index)
            }
            if let span = found, span.range.lowerBound >= covered {
              spans.append(span)
              covered = span.range.upperBound
              index = covered
              continue
            }
          }
          index += 1
          continue
        }
        // Not a letter or digit: no URL scheme starts here (bit 1 marks letters only), and an
        // emoticon may follow a word ("great:)").
        var found: SpecialSpan?
        if trigger & 64 != 0, index + 2 < count, bytes[index + 1] == 0xBC {
          // Full-width signs, as typed with East Asian input methods; Twitter's own parser
          // (twitter-text: AT_SIGNS [@＠], HASHTAG_SIGNS [#＃]) reads them as '@' and '#'.
          if bytes[index + 2] == 0xA0 {
            found = mention(bytes, at: index, signLength: 3)
          } else if bytes[index + 2] == 0x83 {
            found = hashtag(bytes, at: index, signLength: 3)
          }
        }
        // A full-width form of a character that may start an emoticon ("：", "＾", "＜"; most full-width
        // punctuation, "，" and "。", may not).
        if found == nil, trigger & 64 != 0, let first = fullWidthASCII(bytes, at: index), table[Int(first)] & 2 != 0 {
          found = fullWidthEmoticon(bytes, at: index, lastEmoticonEnd: spans.last?.kind == .emoticon ? covered : -1)
        }
        if trigger & 4 != 0 {
          found = email(bytes, at: index, notBefore: covered) ?? mention(bytes, at: index)
        }
        if found == nil, trigger & 8 != 0 { found = hashtag(bytes, at: index) }
        if found == nil, trigger & 2 != 0 {
          found = emoticon(bytes, at: index, lastEmoticonEnd: spans.last?.kind == .emoticon ? covered : -1)
        }
        if found == nil, trigger & 16 != 0, isAlnum(previous), index + 1 < count, isAlnum(bytes[index + 1]) {
          found = bareDomain(bytes, dotAt: index, notBefore: covered)
        }
        if let span = found, span.range.lowerBound >= covered {
          // Spans found from an '@' or '.' start before it: they replace nothing already found.
          spans.append(span)
          covered = span.range.upperBound
          index = covered
          continue
        }
        index += 1
      }
    }
  }

  private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, caseInsensitive prefix: String)
    -> Bool
  {
    var offset = index
    for expected in prefix.utf8 {
      guard offset < bytes.count else { return false }
      let byte = bytes[offset]
      let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      guard folded == expected else { return false }
      offset += 1
    }
    return true
  }

  /// `http://`, `https://`, `ftp://` or `www.` up to white space, minus trailing punctuation.
  static func url(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> SpecialSpan? {
    // Every prefix has "t" or "w" second and is followed by at least 4 more bytes: most words that
    // start with h, w or f are rejected here.
    guard index + 4 < bytes.count else { return nil }
    let second = bytes[index + 1] | 0x20
    guard second == UInt8(ascii: "t") || second == UInt8(ascii: "w") else { return nil }
    var bodyStart = index
    if index + 8 <= bytes.count, let prefix = packedURLPrefixLength(bytes, at: index) {
      bodyStart += prefix
    } else if index + 8 <= bytes.count {
      return nil
    } else if matches(bytes, at: index, caseInsensitive: "https://") {
      bodyStart += 8
    } else if matches(bytes, at: index, caseInsensitive: "http://") {
      bodyStart += 7
    } else if matches(bytes, at: index, caseInsensitive: "ftp://") {
      bodyStart += 6
    } else if matches(bytes, at: index, caseInsensitive: "www.") {
      bodyStart += 4
    } else {
      return nil
    }
    let end = urlEnd(bytes, from: bodyStart)
    guard end > bodyStart, isAlnum(bytes[bodyStart]) || bytes[bodyStart] >= 0x80 else { return nil }
    return SpecialSpan(range: index..<end, kind: .url)
  }

  /// The length of the URL prefix ("https://", "http://", "ftp://" or "www.", letters in either
  /// case) at `index`, read as one 8-byte word (`index + 8 <= bytes.count`), or nil. What `matches`
  /// finds one byte at a time: a letter is compared with its bit 5 set (upper and lower case alike),
  /// any other byte exactly.
  @inline(__always)
  static func packedURLPrefixLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
    let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    // Little-endian packings of the prefixes ("h" in the low byte).
    if word | 0x0000_0020_2020_2020 == 0x2F2F_3A73_7074_7468 { return 8 }  // https://
    if (word & 0x00FF_FFFF_FFFF_FFFF) | 0x0000_0000_2020_2020 == 0x002F_2F3A_7074_7468 { return 7 }  // http://
    if (word & 0x0000_FFFF_FFFF_FFFF) | 0x0000_0000_0020_2020 == 0x0000_2F2F_3A70_7466 { return 6 }  // ftp://
    if (word & 0x0000_0000_FFFF_FFFF) | 0x0000_0000_0020_2020 == 0x0000_0000_2E77_7777 { return 4 }  // www.
    return nil
  }

  /// Extends a URL body to the next white space or delimiter, then trims trailing punctuation and
  /// unbalanced closing brackets.
  ///
  /// Beyond ASCII a URL (an IRI, RFC 3987) continues only through letters, combining marks and
  /// decimal digits (`continuesURL`): it ends at any other character, so at every White_Space
  /// character (NBSP, thin space, U+2028, U+0085 …) and at the punctuation and symbols that close or
  /// follow a URL in running text: ” ’ » › 」 』, …, full-width ，。！？、；：）, emoji.
  static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start
    // Whether the host has ended before `searched` (the bytes from `start` searched so far).
    var inPath = false
    var searched = start
    while end < bytes.count {
      let byte = bytes[end]
      if byte >= 0x80 {
        let (scalar, length) = decodeScalar(bytes, at: end)
        guard continuesURL(scalar) else { break }
        // Text of a script written without spaces glued to an ASCII letter or digit is the
        // sentence going on, not the URL ("…/help了解更多", "example.comครับ"; QA review 39), and
        // so is such text in the path, query or fragment ("/が遅すぎる", "?q=東京"; QA review 42):
        // twitter-text's path characters (`validUrlPathChars`) are ASCII, Latin accents and
        // Cyrillic. A host name of such a script ("http://中国.cn") stays.
        if end > start, isSpacelessScript(scalar) {
          if isAlnum(bytes[end - 1]) { break }
          // Each byte is searched for the host's end once (a long host of such characters stays
          // linear).
          if !inPath {
            inPath = pathStarts(in: bytes, searched..<end)
            searched = end
          }
          if inPath { break }
        }
        end += length
        continue
      }
      if isSpace(byte) || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
        || byte == UInt8(ascii: "`")
      {
        break
      }
      end += 1
    }
    var opened = 0
    for position in start..<end where bytes[position] == UInt8(ascii: "(") { opened += 1 }
    while end > start {
      let last = bytes[end - 1]
      if trailingURLPunctuation.contains(last) {
        end -= 1
      } else if last == UInt8(ascii: ")") {
        var closed = 0
        for position in start..<end where bytes[position] == UInt8(ascii: ")") { closed += 1 }
        if closed > opened { end -= 1 } else { break }
      } else if last == UInt8(ascii: "]") || last == UInt8(ascii: "}") {
        end -= 1
      } else {
        break
      }
    }
    return end
  }

  /// Whether `range` (of a URL's body) holds the "/", "?" or "#" that ends its host: what follows
  /// is its path, query or fragment (RFC 3986 §3).
  static func pathStarts(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    range.contains {
      bytes[$0] == UInt8(ascii: "/") || bytes[$0] == UInt8(ascii: "?") || bytes[$0] == UInt8(ascii: "#")
    }
  }

  /// Han, kana, Hangul, Bopomofo, Thai, Lao, Khmer and Myanmar: scripts written without spaces
  /// between words, so a URL typed before such text has nothing between them.
  static func isSpacelessScript(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x0E00...0x0EFF,  // Thai, Lao
      0x1000...0x109F,  // Myanmar
      0x1100...0x11FF,  // Hangul Jamo
      0x1780...0x17FF,  // Khmer
      0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035, 0x303B...0x303C,  // 々 〆 〇, Hangzhou numerals, kana repeats
      0x3040...0x30FF, 0x31F0...0x31FF, 0x1B000...0x1B16F,  // Hiragana, Katakana, kana supplements
      0x3100...0x312F, 0x31A0...0x31BF,  // Bopomofo
      0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF,  // Hangul compatibility and extended Jamo
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF,  // Han
      0xAC00...0xD7AF,  // Hangul syllables
      0xFF66...0xFF9F, 0xFFA0...0xFFDC:  // half-width Katakana and Hangul
      return true
    default: return false
    }
  }

  static func isLocalPartByte(_ byte: UInt8) -> Bool {
    isAlnum(byte) || localPartSymbols.contains(byte)
  }

  /// local@domain.tld, found from its '@'. Any character that continues no word may precede or
  /// follow it: white space of any kind, quotes “ ” « », the ellipsis, emoji.
  static func email(_ bytes: UnsafeBufferPointer<UInt8>, at atSign: Int, notBefore: Int) -> SpecialSpan? {
    // The local part: ASCII letters, digits and "._%+-", and letters, marks and digits of any script
    // (RFC 6531 allows them: "josé@example.com"). The domain stays ASCII.
    var start = atSign
    while start > notBefore {
      let before = bytes[start - 1]
      if before < 0x80 {
        guard isLocalPartByte(before) else { break }
        start -= 1
        continue
      }
      var scalarStart = start - 1
      while scalarStart > 0, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
      // Han, kana, Hangul or Thai before an address is the sentence ("请联系support@…"; QA review 39).
      let previous = decodeScalar(bytes, at: scalarStart).0
      guard scalarStart >= notBefore, continuesWord(previous), !isSpacelessScript(previous) else { break }
      start = scalarStart
    }
    // A local part starts with a letter or digit.
    while start < atSign, bytes[start] < 0x80, !isAlnum(bytes[start]) { start += 1 }
    guard start < atSign else { return nil }
    guard let end = domainEnd(bytes, from: atSign + 1, requireKnownTLD: false) else { return nil }
    return SpecialSpan(range: start..<end, kind: .email)
  }

  /// The end of `label(.label)+` starting at `from` whose last label is alphabetic (≥ 2 letters),
  /// and, with `requireKnownTLD`, in `bareDomainTLDs`.
  static func domainEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, requireKnownTLD: Bool) -> Int? {
    var position = from
    var labels = 0
    var lastLabel = from..<from
    while true {
      let labelStart = position
      // A keycap emoji glued to the domain ("bob@x.org1️⃣") is not part of it.
      while position < bytes.count, isAlnum(bytes[position]) || bytes[position] == UInt8(ascii: "-"),
        KeycapSequence.end(in: bytes, at: position) == nil
      {
        position += 1
      }
      guard position > labelStart else { break }
      labels += 1
      lastLabel = labelStart..<position
      if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."), isAlnum(bytes[position + 1]) {
        position += 1
        continue
      }
      break
    }
    guard labels >= 2, lastLabel.count >= 2 else { return nil }
    for position in lastLabel where !((bytes[position] | 0x20) >= 0x61 && (bytes[position] | 0x20) <= 0x7A) {
      return nil
    }
    if position < bytes.count, isAlnum(bytes[position]) || bytes[position] == UInt8(ascii: "@"),
      KeycapSequence.end(in: bytes, at: position) == nil
    {
      return nil
    }
    // A letter, mark or digit of another script continues the last label: no domain ends here;
    // but Han, kana, Hangul or Thai after it is the sentence going on ("example.com谢谢").
    if position < bytes.count, bytes[position] >= 0x80 {
      let next = decodeScalar(bytes, at: position).0
      if continuesWord(next), !isSpacelessScript(next) { return nil }
    }
    if requireKnownTLD {
      let tld = String(decoding: UnsafeBufferPointer(rebasing: bytes[lastLabel]), as: UTF8.self).lowercased()
      guard bareDomainTLDs.contains(tld) else { return nil }
    }
    return position
  }

  /// example.com or shop.example.co.uk/path: a bare domain with a well-known TLD, found from its
  /// first '.'.
  static func bareDomain(_ bytes: UnsafeBufferPointer<UInt8>, dotAt dot: Int, notBefore: Int) -> SpecialSpan? {
    var start = dot
    while start > notBefore, isAlnum(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
    guard start < dot, isAlnum(bytes[start]) else { return nil }
    if start > 0 {
      let before = bytes[start - 1]
      if before == UInt8(ascii: ".") || before == UInt8(ascii: "@") { return nil }
      if before >= 0x80 {
        let previous = scalar(bytes, before: start)
        if continuesWord(previous), !isSpacelessScript(previous) { return nil }
      }
    }
    guard var end = domainEnd(bytes, from: start, requireKnownTLD: true) else { return nil }
    if end < bytes.count, bytes[end] == UInt8(ascii: "/") { end = max(end, urlEnd(bytes, from: end)) }
    return SpecialSpan(range: start..<end, kind: .url)
  }

  /// @handle, not inside a word. A handle is letters, decimal digits and underscores, and, like a
  /// hashtag, may use any script ("@josé", "@Émile", "@田中": Mastodon, Weibo and most chat tools
  /// allow them; Twitter's ASCII-only handles are a subset), with combining marks after its first
  /// character and format characters between its characters (`isInWordFormat`: ZWNJ, ZWJ). It ends
  /// at the first other character, ASCII or not: "@acme👍", "@acme’s", "@acme»".
  static func mention(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, signLength: Int = 1) -> SpecialSpan? {
    if index > 0 {
      let before = bytes[index - 1]
      if isAlnum(before) || before == UInt8(ascii: "_") { return nil }
      // Han, kana, Hangul or Thai before the sign is the sentence, not the handle's first part: those
      // scripts put no space before a mention ("谢谢@acme"; QA review 39).
      if before >= 0x80 {
        let previous = scalar(bytes, before: index)
        if continuesWord(previous), !isSpacelessScript(previous) { return nil }
      }
    }
    var end = index + signLength
    // The end of the handle's last character that is no format character (see `hashtag`).
    var solidEnd = end
    while end < bytes.count {
      let byte = bytes[end]
      if byte < 0x80 {
        guard isAlnum(byte) || byte == UInt8(ascii: "_") else { break }
        end += 1
        solidEnd = end
        continue
      }
      let (scalar, length) = decodeScalar(bytes, at: end)
      // U+FF3F FULLWIDTH LOW LINE: the underscore of a full-width handle ("＠ｕｓｅｒ＿ｎａｍｅ").
      guard continuesWord(scalar) || scalar == 0xFF3F else {
        guard end > index + signLength, isInWordFormat(scalar) else { break }
        end += length
        continue
      }
      guard end > index + signLength || !CharacterFlags(scalar).contains(.mark),
        // "@acme客服": the handle ends where the sentence goes on in a script without spaces.
        !(isAlnum(bytes[end - 1]) && isSpacelessScript(scalar))
      else {
        break
      }
      end += length
      solidEnd = end
    }
    guard solidEnd > index + signLength else { return nil }
    return SpecialSpan(range: index..<solidEnd, kind: .mention)
  }

  /// #tag: letters (any script), digits, marks and underscores with at least one letter, and the
  /// format characters between them (`isInWordFormat`).
  static func hashtag(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, signLength: Int = 1) -> SpecialSpan? {
    if index > 0,
      isAlnum(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "&") || bytes[index - 1] == UInt8(ascii: "#")
    {
      return nil
    }
    var end = index + signLength
    var sawLetter = false
    // A mark cannot start a tag: "#️⃣" (# U+FE0F U+20E3) is the keycap emoji, not a hashtag.
    if end < bytes.count, bytes[end] >= 0x80, CharacterFlags(decodeScalar(bytes, at: end).0).contains(.mark) {
      return nil
    }
    // The end of the tag's last character that is no format character: a tag extends across a
    // ZWNJ, ZWJ or soft hyphen ("#خدمات‌بد", "#क्‍षा") but does not end on one.
    var solidEnd = end
    while end < bytes.count {
      let byte = bytes[end]
      if byte < 0x80 {
        if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
          sawLetter = true
        } else if !(byte >= 0x30 && byte <= 0x39) && byte != UInt8(ascii: "_") {
          break
        }
        end += 1
        solidEnd = end
        continue
      }
      let (scalar, length) = decodeScalar(bytes, at: end)
      let flags = CharacterFlags(scalar)
      if flags.contains(.letter) {
        sawLetter = true
      } else if !flags.contains(.digit) && !flags.contains(.mark) && scalar != 0xFF3F {
        guard end > index + signLength, isInWordFormat(scalar) else { break }
        end += length
        continue
      }
      end += length
      solidEnd = end
    }
    guard sawLetter else { return nil }
    return SpecialSpan(range: index..<solidEnd, kind: .hashtag)
  }

  /// Whether the heart "<3" (or "<33", "</3") at `index`, ending at `end`, is rather "less than"
  /// a number (QA review 39): a digit before it ("1<3", "2 <3"), a single letter glued before it
  /// ("x<3", "n<3"; not the texting pronouns "i" and "u": "love u<3"), a decimal or percentage
  /// after it ("<3.5V", "<3,5", "<3%"), or a unit word after it ("<3 min", "<3 days"). "I <3 this
  /// app" and "love it <3" stay hearts, and so does a heart after another ("<3 <3", "hearts<3<3",
  /// "</3</3"; QA review 42): the digit before it is the last heart's, which ends at
  /// `lastEmoticonEnd` (-1 when the last span found is no emoticon).
  static func isComparison(
    _ bytes: UnsafeBufferPointer<UInt8>, heartAt index: Int, end: Int, lastEmoticonEnd: Int = -1
  ) -> Bool {
    let count = bytes.count
    var before = index - 1
    if before >= 0, bytes[before] == 0x20 { before -= 1 }
    if before >= 0, bytes[before] &- 0x30 < 10, before + 1 != lastEmoticonEnd { return true }
    if index >= 1, (bytes[index - 1] | 0x20) &- 0x61 < 26, index == 1 || !isAlnum(bytes[index - 2]) {
      let letter = bytes[index - 1] | 0x20
      if letter != UInt8(ascii: "i") && letter != UInt8(ascii: "u") { return true }
    }
    guard end < count else { return false }
    let next = bytes[end]
    if next == UInt8(ascii: "%") { return true }
    if next == UInt8(ascii: ".") || next == UInt8(ascii: ","), end + 1 < count, bytes[end + 1] &- 0x30 < 10 {
      return true
    }
    var word = end
    if next == 0x20 { word += 1 }
    var wordEnd = word
    while wordEnd < count, wordEnd - word <= 8, bytes[wordEnd] | 0x20 &- 0x61 < 26 { wordEnd += 1 }
    guard wordEnd > word, wordEnd - word <= 8, wordEnd == count || !isAlnum(bytes[wordEnd]) else { return false }
    let unit = UnsafeBufferPointer(rebasing: bytes[word..<wordEnd])
    return comparisonUnits.contains { $0.count == unit.count && zip($0, unit).allSatisfy { $0 == $1 | 0x20 } }
  }

  /// Units after a "less than" number ("<3 min"): times, sizes, counts and ratings.
  static let comparisonUnits: [[UInt8]] = [
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hr", "hrs", "hour", "hours", "day",
    "days", "wk", "wks", "week", "weeks", "month", "months", "yr", "yrs", "year", "years", "ms", "km", "kg", "mb",
    "gb", "tb", "mph", "miles", "times", "star", "stars", "people", "items",
  ].map { Array($0.utf8) }

  /// Western emoticons (eyes, optional tear and nose, repeated mouth; or the mirrored form) and the
  /// fixed eastern ones. The emoticon must not run into a letter or digit on its right.
  ///
  /// A word edge is where ICU's word rules break between the emoticon's first or last character and
  /// its neighbour, whatever the neighbour's script: "mXD", "ÀXD", "éXP" and "XPספק" are one word each
  /// (UAX #29 WB5), "好XD" is two (Han is no ALetter). `lastEmoticonEnd`: where the last emoticon
  /// found ends (-1 when the last span is none): one that ends at `index` makes a word edge, so that
  /// ":D:D" is two faces, not ":D", ":" and "D", and one that ends in the digit before a heart
  /// makes that heart no comparison ("<3<3").
  static func emoticon(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lastEmoticonEnd: Int = -1)
    -> SpecialSpan?
  {
    let count = bytes.count
    let afterEmoticon = lastEmoticonEnd == index
    func rightBoundary(_ end: Int) -> Bool {
      end >= count || (bytes[end] < 0x80 ? !isAlnum(bytes[end]) : !joinsASCIILetter(decodeScalar(bytes, at: end).0))
    }
    let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
    let leftIsWordEdge =
      afterEmoticon || (previous < 0x80 ? !isAlnum(previous) : !joinsASCIILetter(before: index, in: bytes))
    // Every fixed emoticon's first and second bytes are among these (cheap tests before the list,
    // which is not walked at all without them: ":-)" and ":/" pass the second alone).
    if index + 1 < count && fixedSecondBytes.contains(bytes[index + 1]) && fixedFirstBytes.contains(bytes[index]) {
      for candidate in fixedEmoticons where index + candidate.count <= count {
        var same = true
        for offset in 0..<candidate.count where bytes[index + offset] != candidate[offset] {
          same = false
          break
        }
        if same, rightBoundary(index + candidate.count), leftIsWordEdge || !isAlnum(candidate[0]),
          candidate[0] != UInt8(ascii: "<")
            || !isComparison(bytes, heartAt: index, end: index + candidate.count, lastEmoticonEnd: lastEmoticonEnd)
        {
          return SpecialSpan(range: index..<(index + candidate.count), kind: .emoticon)
        }
      }
    }
    var position = index
    // Optional angry/devil brow.
    if bytes[position] == UInt8(ascii: ">") || bytes[position] == UInt8(ascii: "}") { position += 1 }
    guard position < count else { return nil }
    let eyes = bytes[position]
    let punctuationEyes = eyes == UInt8(ascii: ":") || eyes == UInt8(ascii: ";") || eyes == UInt8(ascii: "=")
    let letterEyes = Self.letterEyes.contains(eyes)
    if punctuationEyes || (letterEyes && leftIsWordEdge) {
      position += 1
      var hasNose = false
      if position < count, bytes[position] == UInt8(ascii: "'") { position += 1 }
      if position < count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "^") {
        position += 1
        hasNose = true
      }
      guard position < count else { return nil }
      let mouth = bytes[position]
      guard mouths.contains(mouth) else { return nil }
      if letterEyes {
        // "XD", "xP" need no nose; "8)" and "B)" do (they are too often list items or letters).
        let bareOK =
          (eyes == UInt8(ascii: "X") || eyes == UInt8(ascii: "x"))
          && (mouth == UInt8(ascii: "D") || mouth == UInt8(ascii: "P"))
        guard hasNose || bareOK else { return nil }
      }
      if !hasNose, punctuationEyes, eyes == UInt8(ascii: ":"), mouth == UInt8(ascii: "/"), position + 1 < count,
        bytes[position + 1] == UInt8(ascii: "/")
      {
        return nil  // "://" is a URL scheme separator, not a frown
      }
      var end = position + 1
      while end < count, bytes[end] == mouth, !letterMouths.contains(mouth) || mouth == UInt8(ascii: "D") { end += 1 }
      if letterMouths.contains(mouth) || letterEyes {
        // "Qty:3", "great:D": a letter or digit mouth needs a word edge on both sides.
        guard rightBoundary(end), leftIsWordEdge || bytes[index] == UInt8(ascii: ">") else { return nil }
      } else if end < count, !rightBoundary(end), index > 0, !isSpace(previous) {
        // Glued to text on both sides ("x:(y", "(a):(b)"): punctuation, not a face.
        return nil
      }
      // A number like "10:30" never reaches here (mouth must follow the eyes directly); "x)" etc.
      // are excluded by the nose rule above.
      return SpecialSpan(range: index..<end, kind: .emoticon)
    }
    // Mirrored: mouth, optional nose, eyes — "(:", "(-:", "):", "D:" — only at a word edge.
    guard leftIsWordEdge,
      bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: ")") || bytes[index] == UInt8(ascii: "D")
    else { return nil }
    position = index + 1
    if position < count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard position < count, bytes[position] == UInt8(ascii: ":") || bytes[position] == UInt8(ascii: ";") else {
      return nil
    }
    let end = position + 1
    guard end >= count || isSpace(bytes[end]) else { return nil }
    if bytes[index] == UInt8(ascii: "D") && (index > 0 && !isSpace(previous)) { return nil }
    return SpecialSpan(range: index..<end, kind: .emoticon)
  }
}

extension SpecialSpanScanner {
  /// An emoticon typed with the full-width forms of ASCII characters (U+FF01–U+FF5E), as East
  /// Asian input methods type it, alone or mixed with ASCII: "：）", "＾＿＾", "＜３", "：)". NFKC
  /// maps each form to its ASCII character (U+FF01 + n to U+0021 + n), so the emoticon is read as
  /// that ASCII text is (`emoticon`), with its neighbours read as ASCII stand-ins: a full-width or
  /// ASCII character as its ASCII form, any other letter or digit that joins an ASCII letter
  /// (`joinsASCIILetter`) as "a", anything else as a space. Its norm is the ASCII emoticon
  /// (`Tokenizer.emit`).
  static func fullWidthEmoticon(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lastEmoticonEnd: Int)
    -> SpecialSpan?
  {
    // A face has two characters at least, both ASCII or full-width forms (most full-width
    // brackets and colons are followed by other text: no character's properties are looked up).
    guard fullWidthASCII(bytes, at: index) != nil, index + 3 < bytes.count,
      bytes[index + 3] &- 0x21 < 0x5E || fullWidthASCII(bytes, at: index + 3) != nil
    else { return nil }
    // Two characters before, the run (at most `runLimit`), one after.
    let runLimit = 8
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: runLimit + 3) { mapped -> SpecialSpan? in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: runLimit + 3) { ends -> SpecialSpan? in
        // The two characters before, nearest last.
        let firstStart = index > 0 ? characterStart(bytes, before: index) : -1
        mapped[1] = firstStart >= 0 ? standIn(bytes, at: firstStart) : 0x20
        let secondStart = firstStart > 0 ? characterStart(bytes, before: firstStart) : -1
        mapped[0] = secondStart >= 0 ? standIn(bytes, at: secondStart) : 0x20
        var length = 2
        var position = index
        while length < runLimit + 2, position < bytes.count {
          if let ascii = fullWidthASCII(bytes, at: position) {
            mapped[length] = ascii
            position += 3
          } else if bytes[position] > 0x20 && bytes[position] < 0x7F {
            mapped[length] = bytes[position]
            position += 1
          } else {
            break
          }
          ends[length] = position
          length += 1
        }
        mapped[length] = position < bytes.count ? standIn(bytes, at: position) : 0x20
        let stand = UnsafeBufferPointer(start: mapped.baseAddress, count: length + 1)
        let lastEnd = lastEmoticonEnd == index ? 2 : lastEmoticonEnd >= 0 && lastEmoticonEnd == firstStart ? 1 : -1
        guard let span = emoticon(stand, at: 2, lastEmoticonEnd: lastEnd), span.range.upperBound <= length,
          // A digit after a colon is a quantity or a time ("待ち時間：３分"), not the cat face ":3".
          mapped[2] == UInt8(ascii: "<") || mapped[span.range.upperBound - 1] &- 0x30 >= 10
        else {
          return nil
        }
        return SpecialSpan(range: index..<ends[span.range.upperBound - 1], kind: .emoticon)
      }
    }
  }

  /// The ASCII character whose full-width form (U+FF01–U+FF5E, bytes EF BC 81 to EF BD 9E) is at
  /// `index`, or nil.
  @inline(__always)
  static func fullWidthASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8? {
    guard index + 2 < bytes.count, bytes[index] == 0xEF else { return nil }
    let second = bytes[index + 1]
    let third = bytes[index + 2]
    if second == 0xBC, third >= 0x81, third <= 0xBF { return third &- 0x60 }  // U+FF01–U+FF3F
    if second == 0xBD, third >= 0x80, third <= 0x9E { return third &- 0x20 }  // U+FF40–U+FF5E
    return nil
  }

  /// Where the character that ends at `index` (> 0) starts.
  @inline(__always)
  private static func characterStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// The ASCII stand-in of the character at `index` (`fullWidthEmoticon`).
  private static func standIn(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
    if bytes[index] < 0x80 { return bytes[index] }
    if let ascii = fullWidthASCII(bytes, at: index) { return ascii }
    return joinsASCIILetter(decodeScalar(bytes, at: index).0) ? UInt8(ascii: "a") : 0x20
  }

  /// Whether a non-ASCII scalar may continue a URL: a letter, combining mark or decimal digit of
  /// any script (internationalised host names and paths). White space, punctuation, symbols and
  /// emoji end it.
  static func continuesURL(_ scalar: UInt32) -> Bool {
    !CharacterFlags(scalar).intersection([.letter, .digit, .mark]).isEmpty
  }

  /// Whether a non-ASCII scalar continues a word, so that an e-mail address, mention or bare domain
  /// cannot end (or start) next to it: a letter, decimal digit or combining mark of any script. The
  /// marks that only build emoji sequences (variation selectors U+FE0E/U+FE0F, the keycap U+20E3)
  /// continue no word.
  static func continuesWord(_ scalar: UInt32) -> Bool {
    if scalar == 0xFE0E || scalar == 0xFE0F || scalar == 0x20E3 { return false }
    return !CharacterFlags(scalar).intersection([.letter, .digit, .mark]).isEmpty
  }

  /// Whether a non-ASCII scalar is a format character that ICU's word rules keep inside a word
  /// (Word_Break Format, Extend or ZWJ, UAX #29 WB4) and that builds no emoji sequence: ZWNJ
  /// (U+200C) and ZWJ (U+200D), which Persian and the Indic scripts type inside words, the soft
  /// hyphen (U+00AD), direction marks. The variation selectors, the keycap mark and the skin tones
  /// (U+1F3FB–U+1F3FF) are left out. A hashtag or mention extends across one, as a word does.
  static func isInWordFormat(_ scalar: UInt32) -> Bool {
    if scalar == 0xFE0E || scalar == 0xFE0F || scalar == 0x20E3 || scalar &- 0x1F3FB < 5 { return false }
    switch CharacterFlags(scalar).wordBreak {
    case 2, 9, 21: return true  // Format, Extend, ZWJ
    default: return false
    }
  }

  /// Whether ICU's word rules join a non-ASCII scalar to an ASCII letter beside it: an ALetter,
  /// Hebrew_Letter, Numeric or ExtendNumLet (UAX #29 WB5, WB8–WB10, WB13a/b). Han, kana, Thai and
  /// other scripts ICU segments with its dictionaries are none of these.
  static func joinsASCIILetter(_ scalar: UInt32) -> Bool {
    switch CharacterFlags(scalar).wordBreak {
    case 1, 6, 7, 14: true
    default: false
    }
  }

  /// `joinsASCIILetter` for the character before `index` (whose byte before is not ASCII), looking
  /// through the Extend, Format and ZWJ characters that ICU attaches to it (WB4): "e\u{301}XD".
  static func joinsASCIILetter(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var end = index
    while end > 0 {
      if bytes[end - 1] < 0x80 { return isAlnum(bytes[end - 1]) }
      var start = end - 1
      while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let scalar = decodeScalar(bytes, at: start).0
      if joinsASCIILetter(scalar) { return true }
      switch CharacterFlags(scalar).wordBreak {
      case 2, 9, 21: end = start  // Format, Extend and ZWJ attach to the character before (WB4)
      default: return false
      }
    }
    return false
  }

  /// The scalar that ends just before `index` (> 0) in valid UTF-8. (Inlined: the region and
  /// stretch scans ask it once per word of a text in another script, and the call cost more than
  /// the work.)
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> UInt32 {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return decodeScalar(bytes, at: start).0
  }
}

/// Decodes the scalar at `index` of valid UTF-8; returns it and its byte length.
@inline(__always)
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
  let lead = bytes[index]
  if lead < 0x80 { return (UInt32(lead), 1) }
  if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
  if lead < 0xF0 {
    return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
  }
  return (
    UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
      | UInt32(bytes[index + 3] & 0x3F), 4
  )
}

/// A set of ASCII bytes as a 128-bit mask: membership without hashing.
struct ByteSet: Sendable, Equatable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// The set whose members are the bytes n < 64 with bit n of `low` set and the bytes 64 + n with
  /// bit n of `high` set: a `static let` made this way is a constant, read with no `swift_once` call.
  init(low: UInt64, high: UInt64) {
    self.low = low
    self.high = high
  }

  init(_ members: String) {
    for byte in members.utf8 where byte < 128 {
      if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }
  }

  @inline(__always) func contains(_ byte: UInt8) -> Bool {
    if byte < 64 { return low & (1 << UInt64(byte)) != 0 }
    if byte < 128 { return high & (1 << UInt64(byte - 64)) != 0 }
    return false
  }
}
