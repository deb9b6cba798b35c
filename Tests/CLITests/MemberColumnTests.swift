import Foundation
import TestSupport
import Testing

/// "File, line and column where there is one": a JSON Lines member of the wrong type, or a name
/// given twice, is placed at its column (1-based, in Unicode scalars as Python's `str` counts), and
/// every reader of JSON records refuses a repeated name rather than read one of its values. The
/// expected columns are counted by hand in the literal lines below.
@Suite struct MemberColumnTests {
  private func write(_ text: String, _ name: String) throws -> URL {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test(arguments: ["tokenize", "score", "tag"])
  func aWrongTypedTextIsPlacedAtItsValue(_ command: String) throws {
    // Line 2: `{"id":"é","text":5}`: the 5 is the 18th character.
    let file = try write("{\"id\":1,\"text\":\"ok\"}\n{\"id\":\"é\",\"text\":5}\n", "wrong.jsonl")
    let result = try TestSupport.runVerbatim([command, "--jsonl", file.path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("wrong.jsonl:2:18: field \"text\" must be a string"), "\(result.stderrText)")
  }

  @Test func aRepeatedNameIsPlacedAtItsSecondOccurrence() throws {
    // `{"id":1,"meta":{"k":1,"k":2}}`: the second "k" opens at character 23.
    let file = try write("{\"id\":1,\"meta\":{\"k\":1,\"k\":2},\"text\":\"a\"}\n", "twice.jsonl")
    let result = try TestSupport.runVerbatim(["score", "--jsonl", file.path])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("twice.jsonl:1:23: malformed JSON: the member \"k\" appears twice in \"meta\""))
  }

  @Test func ratingsWithARepeatedLabelAreRefused() throws {
    // `{"item":"1","coder":"a","label":"x","label":"y"}`: the second "label" opens at character 37.
    let lines = [
      #"{"item":"1","coder":"a","label":"x","label":"y"}"#, #"{"item":"1","coder":"b","label":"x"}"#,
    ]
    let file = try write(lines.joined(separator: "\n") + "\n", "ratings.jsonl")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", file.path])
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains("ratings.jsonl:1:37: the member \"label\" appears twice"), "\(result.stderrText)")
    // A label of the wrong type is placed at its value (character 33).
    let wrong = try write(#"{"item":"1","coder":"a","label":true}"# + "\n", "typed.jsonl")
    let typed = try TestSupport.runVerbatim(["agree", "--ratings", wrong.path])
    #expect(typed.status == 65)
    #expect(typed.stderrText.contains("typed.jsonl:1:33: \"label\" must be a string"), "\(typed.stderrText)")
  }

  @Test func predictionsWithARepeatedLabelAreRefused() throws {
    let ratings = try write("item,coder,label\n1,a,positive\n2,a,negative\n", "human.csv")
    // `{"id":"1","sentiment":{"label":"positive","label":"negative"}}`: the second "label" at 43.
    let predictions = try write(
      #"{"id":"1","sentiment":{"label":"positive","label":"negative"}}"# + "\n"
        + #"{"id":"2","sentiment":{"label":"negative"}}"# + "\n", "model.jsonl")
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings.path, "--predictions", predictions.path])
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains("model.jsonl:1:43: the member \"label\" appears twice in \"sentiment\""),
      "\(result.stderrText)")
  }

  @Test func sampleRefusesARepeatedID() throws {
    // `{"id":1,"id":2,"text":"a"}`: the second "id" opens at character 9.
    let input = Data("{\"id\":1,\"id\":2,\"text\":\"a\"}\n{\"id\":3,\"text\":\"b\"}\n".utf8)
    let result = try TestSupport.runVerbatim(["sample", "--input", "-", "--size", "1", "--seed", "1"], input: input)
    #expect(result.status == 65)
    #expect(
      result.stderrText.contains("standard input:1:9: malformed JSON: the member \"id\" appears twice"),
      "\(result.stderrText)")
  }

  @Test func aShardWithARepeatedNameIsRefused() throws {
    let ratings = try write("item,coder,label\n1,a,x\n1,b,x\n2,a,y\n2,b,x\n", "r.csv")
    let partial = try TestSupport.runVerbatim(["agree", "--ratings", ratings.path, "--categories", "x,y", "--partial"])
    #expect(partial.status == 0, "\(partial.stderrText)")
    let text = partial.stdoutText
    let range = try #require(text.range(of: "{"))
    // A second "categories" member, written first: the shard's own one is then the repeat.
    let edited = text.replacingCharacters(in: range, with: "{\"categories\":[\"y\",\"x\"],")
    let shard = try write(edited, "edited.json")
    let original = try write(text, "original.json")
    let merged = try TestSupport.runVerbatim(["agree", "--merge", shard.path, "--merge", original.path])
    #expect(merged.status == 65)
    // The shard's own "categories", moved right by the inserted member (one line, ASCII).
    let own = try #require(text.range(of: "\"categories\""))
    let column = text.distance(from: text.startIndex, to: own.lowerBound) + 1 + "\"categories\":[\"y\",\"x\"],".count
    #expect(
      merged.stderrText.contains("edited.json:1:\(column): malformed JSON: the member \"categories\" appears twice"),
      "\(merged.stderrText)")
  }
}
