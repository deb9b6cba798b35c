// Notes on records the text commands repaired or could not read whole.

/// The note for the texts `--replace-invalid` repaired: invalid UTF-8 sequences and, in JSON Lines,
/// unpaired surrogate escapes ("\ud83d" alone), each replaced with U+FFFD.
func replacementNote(_ count: Int) -> String {
  "replaced \(count) invalid UTF-8 sequence(s) or unpaired surrogate escape(s) with U+FFFD"
}

/// The note for the texts on which a rule's regular expression gave up at ICU's time limit and
/// counted as no match (`Tagger.regexTimeouts`), as `tag` and `code` report it.
func regexTimeoutNote(_ count: Int) -> String {
  "in \(count) text(s) a rule's regular expression gave up at ICU's time limit and counted as no match"
}
