public import SurveyImport
public import Taxonomy
import VerbatimCore

/// Codes every record of a survey export on several threads and writes the coded records as JSON
/// Lines in file order: the imported record's members (with the coded, possibly redacted, text)
/// followed by the machine's members. Shared by `verbatim code` and `verbatim validate`.
public enum ExportCoding {
  /// - Parameters:
  ///   - reader: the export, not yet read.
  ///   - write: receives output chunks in file order (on the calling thread).
  ///   - makeObserver: called once on each worker thread; the observer it returns is called on that
  ///     thread for every record the worker codes, with its codes (an observer per worker keeps its
  ///     own tallies: a shared counter locked per record cost some 1,800 instructions a record).
  ///     `observedMetadata(of:)` gives the metadata strings the rules saw, for an observer that
  ///     needs them.
  public static func run(
    reader: SurveyReader, configuration: CodingConfiguration, threads: Int, write: @escaping ([UInt8]) throws -> Void,
    makeObserver: @escaping @Sendable () -> (SurveyRecord, CodedVerbatim) -> Void
  ) throws {
    let metadataKeys = configuration.codebook?.metadataKeys ?? []
    let path = reader.path
    let map = OrderedParallelMap<SurveyRecord>(
      threads: threads, weight: { $0.text.utf8.count },
      makeWorker: {
        let worker = try CodingWorker(configuration: configuration)
        var writer = JSONWriter(capacity: 0)
        let observe = makeObserver()
        return { record, output in
          // Under --redact an answer to a contact question is withheld whole (`ContactQuestion`).
          let withheld = configuration.redactor != nil && ContactQuestion.asks(record)
          var coded: CodedVerbatim
          do {
            coded = try worker.code(
              withheld ? ContactQuestion.placeholder : record.text,
              metadata: ruleMetadata(of: record, keys: metadataKeys),
              question: configuration.questionField.flatMap { record.questionWording(field: $0) })
          } catch let error as any LineScopedError {
            throw LineError(path: path, record: record.id, message: error.description)
          }
          if withheld { coded.metadataRedactions.withheld += 1 }
          // The writer appends to the output itself (no copy of each record).
          swap(&writer.bytes, &output)
          defer { swap(&writer.bytes, &output) }
          writer.startLine()
          writer.beginObject()
          writer.surveyMembers(
            of: record, text: coded.text, redactor: configuration.redactor, tally: &coded.metadataRedactions)
          worker.writeCodedMembers(coded, to: &writer)
          writer.endObject()
          writer.bytes.append(0x0A)
          observe(record, coded)
        }
      }, write: write)
    do {
      try reader.forEachRecord { record in
        try map.submit(record)
        return true
      }
    } catch {
      // The records read before an import error are coded and written, as `import` writes them
      // (an earlier coding error, thrown by `finish`, wins).
      try map.finish()
      throw error
    }
    try map.finish()
  }
}

/// An imported record's metadata as strings (`metadataStrings`), with its question under
/// "question": what `validate` lists beside each coded record.
public func observedMetadata(of record: SurveyRecord) -> [String: String] {
  var metadata = metadataStrings(record.meta)
  metadata["question"] = record.question
  return metadata
}

/// The values of an imported record's metadata fields `keys` for `meta.…` conditions (see
/// `RuleMetadata.init(members:keys:)`; coded answers give their code and their label), with the
/// record's identifiers `id`, `respondent` and `question` in place of any metadata field of those
/// names. `verbatim import` writes them as top-level members, which `meta.id`, `meta.respondent` and
/// `meta.question` read in JSON Lines, so coding the export and coding its import give the same tags.
public func ruleMetadata(of record: SurveyRecord, keys: [String]) -> RuleMetadata {
  guard !keys.isEmpty else { return RuleMetadata() }
  var metadata = RuleMetadata(members: record.meta, keys: keys)
  if keys.contains("id") { metadata["id"] = [record.id] }
  if keys.contains("respondent") { metadata["respondent"] = [record.respondent] }
  if keys.contains("question") { metadata["question"] = [record.question] }
  return metadata
}
