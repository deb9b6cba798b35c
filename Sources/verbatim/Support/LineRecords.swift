import Tokenization
import VerbatimCore

extension TextRecordDecoder {
  /// The record of one input line; with a `tokenizer`, its text tokenized into `tokenized`. A valid
  /// plain-text line is tokenized from its bytes (no String, and its record is just its line
  /// number); anything else goes through `decode` (JSONL, invalid UTF-8 and its repairs, counted
  /// in `counter` as "replaced").
  func record(
    _ bytes: UnsafeBufferPointer<UInt8>, line: Int, counter: SharedCounter, tokenizer: Tokenizer?,
    into tokenized: inout TokenizedText
  ) throws -> TextRecord {
    if let tokenizer, let text = validPlainText(bytes, line: line) {
      try tokenizer.tokenize(validUTF8: text, into: &tokenized)
      return TextRecord(id: .int(line), text: "", line: line)
    }
    let (record, replacements) = try decode(bytes, line: line)
    counter.add("replaced", replacements)
    try tokenizer?.tokenize(record.text, into: &tokenized)
    return record
  }

  /// `record(…)` for a caller that needs only the tokens (`tokenize --summary`): a valid plain-text
  /// line makes no record (its id, the line number as a string, cost a `String` per line).
  func tokenize(
    _ bytes: UnsafeBufferPointer<UInt8>, line: Int, counter: SharedCounter, tokenizer: Tokenizer,
    into tokenized: inout TokenizedText
  ) throws {
    if let text = validPlainText(bytes, line: line) {
      try tokenizer.tokenize(validUTF8: text, into: &tokenized)
      return
    }
    _ = try record(bytes, line: line, counter: counter, tokenizer: tokenizer, into: &tokenized)
  }
}
