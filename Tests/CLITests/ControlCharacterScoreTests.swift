import Foundation
import TestSupport
import Testing

/// `score` on text with control characters (brief h61b): "good\u0000bad" scored −0.64 (a NUL
/// became a punctuation token, and "good" before it read as ironic praise) where "good bad"
/// scores −0.05. A control separates words as a space does, in `score` and `tokenize`.
@Suite struct ControlCharacterScoreTests {
  @Test func aControlScoresAsASpace() throws {
    let input =
      [
        #"{"id":1,"text":"good bad"}"#, #"{"id":2,"text":"good\u0000bad"}"#, #"{"id":3,"text":"good\u001bbad"}"#,
        #"{"id":4,"text":"good\u007fbad"}"#, #"{"id":5,"text":"good\u0090bad"}"#,
      ].joined(separator: "\n") + "\n"
    let result = try TestSupport.runVerbatim(["score", "--jsonl"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    let compounds = try TestSupport.jsonLines(result.stdout).map {
      ($0["sentiment"] as? [String: Any])?["compound"] as? Double
    }
    #expect(compounds.count == 5)
    #expect(compounds.allSatisfy { $0 != nil && $0 == compounds[0] }, "\(compounds)")
    // A raw DEL byte in a JSON string (JSON allows it unescaped, where it allows no byte below
    // 0x20): the line is read in place, on the tokenizer's ASCII path, which looks for DEL alone.
    let raw = Data(#"{"id":1,"text":"good"#.utf8) + [0x7F] + Data(#"bad"}"#.utf8) + [0x0A]
    let rawResult = try TestSupport.runVerbatim(["score", "--jsonl"], input: raw)
    let rawCompound = try TestSupport.jsonLines(rawResult.stdout).first.flatMap {
      ($0["sentiment"] as? [String: Any])?["compound"] as? Double
    }
    #expect(rawCompound == compounds[0], "\(rawResult.stdoutText)")
    let tokens = try TestSupport.runVerbatim(
      ["tokenize", "--jsonl"], input: Data(#"{"id":1,"text":"good\u0000bad"}"#.utf8 + [0x0A]))
    #expect(tokens.status == 0, "\(tokens.stderrText)")
    #expect(!tokens.stdoutText.contains("punct"), "\(tokens.stdoutText)")
  }
}
