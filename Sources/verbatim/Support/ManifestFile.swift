import Pipeline
import VerbatimCore

/// What `--manifest FILE` records of a `score`, `tag` or `code` run, written after the run's output
/// is complete (so the output's digest is of what the run wrote).
struct ManifestFile {
  /// The file named by `--manifest`.
  var path: String
  /// When the run started (`RunManifest.now()`).
  var started: String

  /// Refuses, before the run, a `--manifest` path that is "-" (standard input or output elsewhere;
  /// a manifest is a file beside the output) or that names a file the run reads or writes
  /// (`files`, compared as files, not strings, standard input and output included): usage errors,
  /// exit 2.
  static func check(_ path: String?, against files: [RunFile?]) throws {
    if path == "-" {
      throw fail(
        "--manifest -: the manifest is written to a file; name one (- is not standard output here)", status: .usage)
    }
    try refuseOutput(path, option: "--manifest", namingAnyOf: files)
  }

  /// Writes the manifest: the tool's and libraries' versions, the command, `input` with its size and
  /// SHA-256 (as `reader` hashed it while reading, if given; else a file is read again to hash it,
  /// and standard input is left out), then `companions` (the files besides the export that its
  /// import used, already hashed), `resources`, `settings`, `counts`, `redactions` and
  /// `output` (the file written; nil for standard output) and `others` (a rejects file, for
  /// instance) with their SHA-256. `streamed` is the record of output written to standard output,
  /// hashed as it was written (`OutputSink.recordDigest()`); its path is "-".
  func write(
    input: (role: String, path: String)?, companions: [RunManifest.FileRecord] = [], resources: [RunManifest.Resource],
    settings: [(name: String, value: String)],
    counts: [(name: String, value: Int)], redactions: [(type: String, count: Int)] = [],
    output: (role: String, path: String)?, streamed: RunManifest.FileRecord? = nil,
    others: [(role: String, path: String)] = [], readFrom reader: LineReader? = nil
  ) throws {
    var record = RunManifest(command: CommandLine.arguments, started: started)
    record.executables = RunManifest.loadedExecutables()
    record.libraries = RunManifest.libraryVersions
    if let input, let read = reader?.readDigest() {
      // Hashed as it was read (`LineReader.recordDigest`): standard input cannot be read again
      // (QA review 33), and a file need not be.
      record.inputs = [
        RunManifest.FileRecord(role: input.role, path: input.path, bytes: read.bytes, sha256: read.sha256)
      ]
    } else if let input, input.path != "-" {
      record.inputs = [try RunManifest.FileRecord.hashing(role: input.role, path: input.path)]
    }
    record.inputs += companions
    record.resources = resources
    record.settings = settings
    record.counts = counts
    record.redactions = redactions
    if let streamed { record.outputs.append(streamed) }
    for file in (output.map { [$0] } ?? []) + others where file.path != "-" {
      record.outputs.append(try RunManifest.FileRecord.hashing(role: file.role, path: file.path))
    }
    record.finished = RunManifest.now()
    do {
      try record.write(to: path)
    } catch {
      // "--manifest nodir/m.json: cannot write: the folder nodir does not exist…" (review h43, B2:
      // the message said "read failed" and named the file twice).
      throw fail("--manifest \(error)", status: .ioError)
    }
  }
}
