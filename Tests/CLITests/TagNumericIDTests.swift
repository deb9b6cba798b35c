import Foundation
import TestSupport
import Testing

/// `tag`'s note on repeated ids (brief h61b) compared ids as written, so the JSON numbers 1 and 1.0
/// were two ids, while `agree` and `gate` join a number id by its integer's digits (1, 1.0, 1e0 and
/// "1" are one item there, and `sample` refuses them as one id): their codes then met in one item
/// unnoted. The note now compares ids as those join them; the records are written as they were.
@Suite struct TagNumericIDTests {
  @Test func oneNumberWrittenTwoWaysIsARepeatedID() throws {
    // Line 4 is not flat (an escape): read by the general path, as a `meta.` rule would read all.
    let input =
      [
        #"{"id":1,"text":"late delivery"}"#, #"{"id":1.0,"text":"refund"}"#, #"{"id":"2","text":"x"}"#,
        #"{"id":2e0,"text":"caf\u00e9"}"#, #"{"id":1.5,"text":"y"}"#, #"{"id":1.50,"text":"z"}"#,
        #"{"id":"1.0","text":"w"}"#,
      ].joined(separator: "\n") + "\n"
    let result = try TestSupport.runVerbatim(["tag", "--jsonl", "--no-sentiment"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderrText)")
    // The ids are carried through as written.
    #expect(
      result.stdoutText.split(separator: "\n").map { $0.prefix(while: { $0 != "," }) } == [
        #"{"id":1"#, #"{"id":1.0"#, #"{"id":"2""#, #"{"id":2e0"#, #"{"id":1.5"#, #"{"id":1.50"#, #"{"id":"1.0""#,
      ])
    // 1.0 repeats 1, and 2e0 repeats "2"; 1.5 and 1.50 are two ids (a non-integral number is
    // compared as written, as `agree` does), and so are the string "1.0" and the number 1.
    #expect(
      result.stderrText.contains(
        "note: 2 record(s) repeat an earlier record's id, first \"1.0\" at line 2 (first at line 1 as \"1\": one "
          + "number, and one item where `agree` and `gate` join ids); each was tagged and written as it is"),
      "\(result.stderrText)")
  }
}
