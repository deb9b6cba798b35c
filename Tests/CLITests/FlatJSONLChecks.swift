import Foundation
import TestSupport
import Testing

/// Commands read JSONL lines of the common flat shape in place (`FlatJSONObject`) and every other
/// line through the general parser. The same records written both ways (a carried member `"k":"a"`
/// or, escaped, `"k":"\u0061"`, which only the general parser reads) must give identical output.
enum FlatJSONLChecks {
  static func expectFlatAndParsedAlike(
    _ texts: [String], commands: [[String]], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var flat = ""
    var parsed = ""
    for (index, text) in texts.enumerated() {
      flat += #"{"id":\#(index),"text":"\#(text)","k":"a","n":1.5}"# + "\n"
      parsed += #"{"id":\#(index),"text":"\#(text)","k":"\u0061","n":1.5}"# + "\n"
    }
    for arguments in commands {
      let fast = try TestSupport.runVerbatim(arguments, input: Data(flat.utf8))
      let slow = try TestSupport.runVerbatim(arguments, input: Data(parsed.utf8))
      #expect(
        fast.status == 0 && slow.status == 0, "\(fast.stderrText) \(slow.stderrText)", sourceLocation: sourceLocation)
      #expect(fast.stdoutText.split(separator: "\n").count == texts.count, sourceLocation: sourceLocation)
      #expect(fast.stdoutText == slow.stdoutText, "\(arguments)", sourceLocation: sourceLocation)
    }
  }
}
