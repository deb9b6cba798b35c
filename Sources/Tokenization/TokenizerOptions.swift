/// Options of a `Tokenizer`.
public struct TokenizerOptions: Sendable, Equatable {
  /// Also find sentence boundaries (ICU's sentence break iterator).
  public var sentences: Bool
  /// Use the pure-Swift word breaker on pure-ASCII texts (it yields exactly ICU's boundaries).
  public var asciiFastPath: Bool
  /// ICU locale for break iteration ("" = root).
  public var locale: String
  /// Split ASCII words at a full stop typed without a space between sentences ("service.Never",
  /// "terrible.will"; `RunOnSentences`), with a sentence boundary there (none after a title or
  /// shorthand: "Mr.Smith", "e.g.the"), and start a sentence at a lower-case word
  /// after a full stop that ends a word ("parking. great vet"; `LowercaseSentenceStarts`). A word
  /// that ICU's sentence rules break inside, after a full stop ("سيئة.لن", UAX #29 SB11), is split
  /// there too (`findSentences`). Off, the boundaries are exactly ICU's (and such a break is dropped).
  public var splitRunOnSentences: Bool
  /// Read HTML character references as the characters they stand for ("wasn&#39;t" is the word
  /// "wasn't", "&lt;3" the emoticon "<3"; `CharacterReferences`): the norms hold the decoded
  /// characters, while offsets and token texts stay the original's. Off, "&#39;" is punctuation
  /// and a number.
  public var decodesCharacterReferences: Bool
  /// Read mojibake, UTF-8 once decoded as Windows-1252 ("donâ€™t", "cafÃ©"), as the characters it
  /// garbles ("don’t", "café"; `Mojibake`): the norms hold the repaired characters, while offsets
  /// and token texts stay the original's.
  public var repairsMojibake: Bool

  public init(
    sentences: Bool = true, asciiFastPath: Bool = true, locale: String = "", splitRunOnSentences: Bool = true,
    decodesCharacterReferences: Bool = true, repairsMojibake: Bool = true
  ) {
    self.sentences = sentences
    self.asciiFastPath = asciiFastPath
    self.locale = locale
    self.splitRunOnSentences = splitRunOnSentences
    self.decodesCharacterReferences = decodesCharacterReferences
    self.repairsMojibake = repairsMojibake
  }
}
