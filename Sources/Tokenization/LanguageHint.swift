/// A rough guess that a text is not English, for warnings: the shipped lexicons are English, so a
/// German "Die App ist super" is scored through the English "die" (QA review 16), and a Japanese
/// complaint has no term at all and reads as neutral.
///
/// Two signals, both over the text's word tokens:
/// - **Script.** When more words are written in another script than in Latin, the text is named by
///   that script (Japanese when any kana occur with Han, else Chinese for Han; Arabic, Cyrillic,
///   Devanagari, Greek, Hangul, Hebrew, Thai …).
/// - **Function words.** Latin-script texts are matched against short lists of the most frequent
///   function words of German, French, Spanish, Italian, Dutch and Portuguese, and of English. A
///   language is guessed when at least two of its function words occur and they outnumber twice the
///   English ones (a German phrase quoted in English feedback stays English).
///
/// It is a warning heuristic, not language identification: short texts and texts without function
/// words give no guess. Only words of at most eight bytes are looked up (one table probe each).
public enum LanguageHint {
  /// The total and the list ("German 3, French 1", most first, then by name) of counted guesses,
  /// for the commands' notes; nil when there are none.
  public static func tally(_ counts: [(name: String, count: Int)]) -> (total: Int, list: String)? {
    guard !counts.isEmpty else { return nil }
    let sorted = counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    return (counts.reduce(0) { $0 + $1.count }, sorted.map { "\($0.name) \($0.count)" }.joined(separator: ", "))
  }

  /// The name of the language or script a text seems to be in, or nil for English or no guess.
  public static func nonEnglish(_ text: TokenizedText) -> String? {
    // One byte-wide counter per language (English last), added in one step per word.
    var hits: UInt64 = 0
    var latinWords = 0
    // Words per script, made only when a word in another script occurs (rare in English text).
    var otherScripts: [Int]?
    var sawKana = false
    let table = Self.table
    table.withBuffers { keys, increments, filter in
      // Function words already counted: each counts once ("Gut feeling: gut says no" holds one
      // German word, not two; the code review of QA review 16).
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 32) { seen in
        var seenCount = 0
        text.normBytes.withUnsafeBufferPointer { norms in
          for token in text.tokens where token.kind == .word {
            let norm = UnsafeBufferPointer(rebasing: norms[token.normRange])
            guard let first = norm.first else { continue }
            if first >= 0x80 {
              let script = Self.script(of: norm)
              if script != .latin {
                if script == .kana { sawKana = true }
                if otherScripts == nil { otherScripts = Array(repeating: 0, count: Script.ordered.count) }
                otherScripts![(script == .kana ? Script.han : script).index] += 1
                continue
              }
            }
            latinWords += 1
            guard norm.count <= 8, hits & 0x8080_8080_8080_8080 == 0 else { continue }
            // The word's bytes as one integer: one unaligned load where eight bytes can be read.
            let start = token.normRange.lowerBound
            let key: UInt64
            if start + 8 <= norms.count {
              let raw = UInt64(
                littleEndian: UnsafeRawPointer(norms.baseAddress! + start).loadUnaligned(as: UInt64.self))
              key = norm.count == 8 ? raw : raw & ((1 << (8 * UInt64(norm.count))) - 1)
            } else {
              key = Self.key(norm)
            }
            let increment = WordTable.increment(for: key, keys: keys, increments: increments, filter: filter)
            guard increment != 0 else { continue }
            if seen[0..<seenCount].contains(key) { continue }
            if seenCount < seen.count {
              seen[seenCount] = key
              seenCount += 1
            }
            hits &+= increment
            // Plainly English (three English function words, no other language's two): done.
            if hits >> (8 * UInt64(englishIndex)) >= 3 && hits & Self.otherLanguagesFromTwo == 0 && otherScripts == nil
            {
              break
            }
          }
        }
      }
    }
    if let otherScripts, let most = otherScripts.indices.max(by: { otherScripts[$0] < otherScripts[$1] }),
      otherScripts[most] > latinWords
    {
      let script = Script.ordered[most]
      if script == .han { return sawKana ? "Japanese" : "Chinese" }
      return script.rawValue
    }
    // No other language has two function words (each of its counters below 2), as in most texts:
    // no guess, without reading the counters one by one.
    guard hits & Self.otherLanguagesFromTwo != 0 else { return nil }
    func count(_ index: Int) -> Int { Int((hits >> (8 * UInt64(index))) & 0xFF) }
    let english = count(englishIndex)
    var best: Int?
    for index in languages.indices where count(index) >= 2 && count(index) > 2 * english {
      if best == nil || count(index) > count(best!) { best = index }
    }
    return best.map { languages[$0].name }
  }

  /// An open-addressing table from a word (as `key`) to the increment of the counters of its
  /// languages: 512 slots, multiplicative hashing, linear probing; no allocation per lookup. A
  /// 2,048-bit filter of the listed words' hashes (four cache lines) turns most other words away
  /// before they probe the slots (8 KB, mostly out of the cache after a text is scored).
  private struct WordTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 512)
    private var increments = [UInt64](repeating: 0, count: 512)
    /// Bit `hash(key) >> 53` set for every listed word.
    private var filter = [UInt64](repeating: 0, count: 32)

    private static func hash(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }
    private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: hash(key) >> 55) }

    mutating func add(_ key: UInt64, language: Int) {
      var slot = Self.slot(key)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & 511 }
      keys[slot] = key
      increments[slot] |= 1 << (8 * UInt64(language))
      let bit = Int(truncatingIfNeeded: Self.hash(key) >> 53)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    func withBuffers<Result>(
      _ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<UInt64>) -> Result
    ) -> Result {
      keys.withUnsafeBufferPointer { keys in
        increments.withUnsafeBufferPointer { increments in
          filter.withUnsafeBufferPointer { body(keys, increments, $0) }
        }
      }
    }

    static func increment(
      for key: UInt64, keys: UnsafeBufferPointer<UInt64>, increments: UnsafeBufferPointer<UInt64>,
      filter: UnsafeBufferPointer<UInt64>
    ) -> UInt64 {
      let hash = Self.hash(key)
      let bit = Int(truncatingIfNeeded: hash >> 53)
      guard filter[bit >> 6] & 1 << UInt64(bit & 63) != 0 else { return 0 }
      var slot = Int(truncatingIfNeeded: hash >> 55)
      while true {
        let found = keys[slot]
        if found == key { return increments[slot] }
        if found == 0 { return 0 }
        slot = (slot + 1) & 511
      }
    }
  }

  private static let table: WordTable = {
    var table = WordTable()
    for (index, language) in languages.enumerated() {
      for word in language.words { table.add(key(word), language: index) }
    }
    precondition(languages.count == englishIndex, "LanguageHint: English is the counter after the others")
    for word in englishWords { table.add(key(word), language: englishIndex) }
    return table
  }()

  /// The function words of the languages other than English that `nonEnglish` counts, each once,
  /// sorted. A text whose words are all ASCII and include none of these gets no guess from
  /// `nonEnglish` (it names a language for two of its function words or for another script), so a
  /// caller that has looked the words up already may skip the call (the sentiment scorer's
  /// vocabulary holds them: `SentimentScorer.scoredTextMayBeNonEnglish`).
  public static let otherLanguagesFunctionWords: [String] = Array(Set(languages.flatMap(\.words))).sorted()

  /// The counter of English function words (the six other languages come first).
  private static let englishIndex = 6
  /// The bits 1 to 7 of the six other languages' counters: `hits` has one set when one of them
  /// counts two or more.
  private static let otherLanguagesFromTwo: UInt64 = 0x0000_FEFE_FEFE_FEFE

  /// A word's bytes (at most eight) as one integer.
  private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value: UInt64 = 0
    for (index, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(index)) }
    return value
  }

  private static func key(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { key($0) }
  }

  /// Frequent function words of each language (lower case, as the tokenizer's norm), chosen so
  /// that few are English words too.
  private static let languages: [(name: String, words: [String])] = [
    (
      "German",
      [
        "der", "die", "das", "und", "ist", "nicht", "ich", "sehr", "mit", "ein", "eine", "einen", "zu", "auf", "wir",
        "sie", "aber", "kein", "keine", "auch", "für", "war", "wurde", "dem", "den", "des", "bei", "nach", "noch",
        "schon", "wie", "immer", "leider", "habe", "hat", "bin", "sind", "mir", "mich", "uns", "von", "vom", "zum",
        "zur", "oder", "dass", "nur", "kann", "ganz", "gut", "danke",
      ]
    ),
    (
      "French",
      [
        "le", "la", "les", "et", "est", "pas", "je", "très", "avec", "une", "des", "du", "pour", "mais", "que", "qui",
        "il", "nous", "ce", "c'est", "était", "été", "sur", "dans", "au", "aux", "mon", "ma", "mes", "vous", "j'ai",
        "n'est", "bien", "trop", "rien", "plus", "encore", "toujours", "merci",
      ]
    ),
    (
      "Spanish",
      [
        "el", "los", "las", "y", "es", "muy", "con", "una", "que", "por", "para", "pero", "lo", "fue", "está", "del",
        "al", "mi", "mis", "nos", "sin", "todo", "bien", "gracias", "también", "más",
      ]
    ),
    (
      "Italian",
      [
        "il", "gli", "è", "non", "molto", "con", "una", "che", "di", "per", "ma", "sono", "era", "della", "del",
        "nel", "mi", "ci", "tutto", "grazie", "anche", "più", "perché",
      ]
    ),
    (
      "Dutch",
      [
        "het", "een", "en", "niet", "ik", "zeer", "heel", "met", "van", "voor", "maar", "wij", "zijn", "heb",
        "hebben", "ook", "nog", "geen", "goed", "erg", "dank", "bij", "naar", "deze", "dit", "jullie",
      ]
    ),
    (
      "Portuguese",
      [
        "os", "é", "não", "muito", "com", "um", "uma", "que", "por", "para", "mas", "foi", "do", "da", "dos", "das",
        "na", "meu", "minha", "obrigado", "obrigada", "bom", "ótimo",
      ]
    ),
  ]

  private static let englishWords = [
    "the", "and", "is", "was", "it", "i", "you", "my", "for", "not", "but", "with", "very", "they", "have", "this",
    "that", "are", "be", "of", "to", "we", "were", "had", "has", "me", "your", "our", "at", "it's", "i'm", "so",
  ]

  enum Script: String, CaseIterable {
    case latin = "Latin"
    case greek = "Greek"
    case cyrillic = "Cyrillic script"
    case armenian = "Armenian"
    case hebrew = "Hebrew"
    case arabic = "Arabic script"
    case devanagari = "Devanagari script"
    case bengali = "Bengali"
    case tamil = "Tamil"
    case thai = "Thai"
    case georgian = "Georgian"
    case hangul = "Korean"
    case kana = "Kana"
    case han = "Han"
    case other = "another script"

    /// The cases in order, made once (`allCases` builds a new array on each use).
    static let ordered = Script.allCases

    var index: Int { Self.ordered.firstIndex(of: self)! }
  }

  /// The script of a word's first letter (Unicode block ranges; enough for a warning).
  static func script(of utf8: UnsafeBufferPointer<UInt8>) -> Script {
    var iterator = utf8.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .other }
    switch scalar.value {
    case 0..<0x250, 0x1E00..<0x1F00: return .latin
    case 0x370..<0x400, 0x1F00..<0x2000: return .greek
    case 0x400..<0x530: return .cyrillic
    case 0x530..<0x590: return .armenian
    case 0x590..<0x600: return .hebrew
    case 0x600..<0x700, 0x750..<0x780, 0xFB50..<0xFE00, 0xFE70..<0xFF00: return .arabic
    case 0x900..<0x980: return .devanagari
    case 0x980..<0xA00: return .bengali
    case 0xB80..<0xC00: return .tamil
    case 0xE00..<0xE80: return .thai
    case 0x10A0..<0x1100: return .georgian
    case 0x1100..<0x1200, 0x3130..<0x3190, 0xAC00..<0xD7B0: return .hangul
    case 0x3040..<0x3100, 0x31F0..<0x3200, 0xFF66..<0xFFA0: return .kana
    case 0x3400..<0x4DC0, 0x4E00..<0xA000, 0xF900..<0xFB00, 0x20000..<0x30000: return .han
    default: return .other
    }
  }
}
