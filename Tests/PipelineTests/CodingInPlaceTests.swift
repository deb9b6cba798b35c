import Pipeline
import Redaction
import Sentiment
import Taxonomy
import Testing
import Tokenization

/// `CodingWorker.code(validUTF8:into:)`, which `code -` uses for every flat line: text after text
/// coded into one value gives what `code(_:metadata:)` returns for each (but the text, left
/// empty), whatever the value held before.
@Suite struct CodingInPlaceTests {
  @Test func codingIntoOneValueMatchesCodingEachText() throws {
    let configuration = CodingConfiguration(
      sentiment: try SentimentModel.shipped(),
      codebook: try CompiledCodebook(try Codebook.shipped(), tokenizer: try Tokenizer()))
    let worker = try CodingWorker(configuration: configuration)
    let reference = try CodingWorker(configuration: configuration)
    // Left over from an earlier record: every member set, so that each must be set again.
    var coded = CodedVerbatim(
      text: "left over", sentiment: SentimentScore(label: .positive, compound: 0.5, pos: 1, neu: 0, neg: 0),
      explanation: nil, tags: [], redactions: [.email: 2], language: "fr", regexTimedOut: true,
      repairedMojibake: true)
    coded.metadataRedactions.withheld = 3
    let texts = [
      "The delivery was late and the driver was rude.", "Great service, thank you!", "",
      "Il prodotto è arrivato rotto, il servizio clienti non risponde.",
      "I will not return. The refund took six weeks.",
      "The app keeps crashing.", "Доставка опоздала, курьер был груб.",
    ]
    var tagged = 0
    var noted = 0
    for text in texts {
      let bytes = Array(text.utf8)
      // The String path: its own tokenization of the text, into a value of its own.
      let expected = try reference.code(text)
      #expect(expected.text == text)
      #expect(try bytes.withUnsafeBufferPointer { try worker.code(validUTF8: $0, into: &coded) })
      #expect(coded.text == "")
      #expect(coded.sentiment == expected.sentiment, "\(text)")
      #expect(coded.tags == expected.tags, "\(text)")
      #expect(coded.redactions.isEmpty)
      #expect(coded.metadataRedactions == expected.metadataRedactions)
      #expect(coded.language == expected.language, "\(text)")
      #expect(coded.regexTimedOut == expected.regexTimedOut)
      #expect(coded.repairedMojibake == expected.repairedMojibake)
      #expect((coded.explanation == nil) == (expected.explanation == nil))
      if !coded.tags.isEmpty { tagged += 1 }
      if coded.language != nil { noted += 1 }
    }
    // The texts exercise the tagger and the language note, not only the scorer.
    #expect(tagged >= 2)
    #expect(noted >= 1)
  }

  /// With a redactor the bytes path does not apply: false, and the value is left as it was.
  @Test func aRedactingWorkerLeavesTheValueAsItWas() throws {
    let configuration = CodingConfiguration(sentiment: try SentimentModel.shipped(), redactor: try Redactor())
    let worker = try CodingWorker(configuration: configuration)
    let score = SentimentScore(label: .negative, compound: -0.25, pos: 0, neu: 0.5, neg: 0.5)
    var coded = CodedVerbatim(text: "kept", sentiment: score, explanation: nil, tags: [], redactions: [:])
    let bytes = Array("Call me on 07700 900123, it was great".utf8)
    #expect(try !bytes.withUnsafeBufferPointer { try worker.code(validUTF8: $0, into: &coded) })
    #expect(coded.text == "kept")
    #expect(coded.sentiment == score)
  }
}
