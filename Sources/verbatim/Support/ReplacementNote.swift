/// The note for the texts `--replace-invalid` repaired: invalid UTF-8 sequences and, in JSON Lines,
/// unpaired surrogate escapes ("\ud83d" alone), each replaced with U+FFFD.
func replacementNote(_ count: Int) -> String {
  "replaced \(count) invalid UTF-8 sequence(s) or unpaired surrogate escape(s) with U+FFFD"
}
