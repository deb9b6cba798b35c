public import SurveyImport
import VerbatimCore

/// Codes every record of a survey export on several threads and writes the coded records as JSON
/// Lines in file order: the imported record's members (with the coded, possibly redacted, text)
/// followed by the machine's members. Shared by `verbatim code` and `verbatim validate`.
public enum ExportCoding {
  /// - Parameters:
  ///   - reader: the export, not yet read.
  ///   - write: receives output chunks in file order (on the calling thread).
  ///   - observe: called on a worker thread for every record with its codes and the metadata the
  ///     rules saw (the record's `meta` strings plus `question`).
  public static func run(
    reader: SurveyReader, configuration: CodingConfiguration, threads: Int, write: @escaping ([UInt8]) throws -> Void,
    observe: @escaping @Sendable (SurveyRecord, CodedVerbatim, [String: String]) -> Void
  ) throws {
    let map = OrderedParallelMap<SurveyRecord>(
      threads: threads,
      makeWorker: {
        let worker = try CodingWorker(configuration: configuration)
        var writer = JSONWriter(capacity: 0)
        return { record, output in
          var metadata = metadataStrings(record.meta)
          metadata["question"] = record.question
          let coded = try worker.code(record.text, metadata: metadata)
          observe(record, coded, metadata)
          // The writer appends to the output itself (no copy of each record).
          swap(&writer.bytes, &output)
          defer { swap(&writer.bytes, &output) }
          writer.startLine()
          writer.beginObject()
          writer.surveyMembers(of: record, text: coded.text, redactor: configuration.redactor)
          worker.writeCodedMembers(coded, to: &writer)
          writer.endObject()
          writer.bytes.append(0x0A)
        }
      }, write: write)
    try reader.forEachRecord { record in
      try map.submit(record)
      return true
    }
    try map.finish()
  }
}
