import Agreement
import ArgumentParser
import Pipeline

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a `validate` run that stops before its verdict leaves in `--out` (QA review 35): the
/// outputs an earlier run wrote there are removed, and junit.xml holds one `<error>` with the
/// message, as `gate --junit` writes it; so a CI job that publishes `out/junit.xml` (and the
/// manifest, the report) shows the error, not the earlier run's "all passed".
extension Validate {
  /// Records the failure `error` (already reported on standard error) in --out: see
  /// `recordFailure(_:)`. The message is the one `fail` reported, else the error's description.
  func recordFailure(_ error: any Error) {
    let message =
      error is ExitCode
      ? lastFailureMessage() ?? "validate stopped before its verdict: see the messages on standard error"
      : String(describing: error)
    recordFailure(message)
  }

  /// Removes from --out every file a run writes there (`ValidationRun.outputFileNames` and the
  /// `coded.jsonl.partial` earlier versions could leave; a run's temporary files now remove
  /// themselves: `OutputFile`), then writes junit.xml with one `<error>` carrying `message`
  /// (`DeploymentGate.junitErrorXML`, as `gate --junit`), as every output is written.
  ///
  /// A missing --out folder is made (one level, as `mkdir`) so that it holds that junit.xml: a CI
  /// job starts from a fresh folder, and without a report Jenkins' `junit` step fails with "no test
  /// report files" instead of showing the error (QA review 44 B1; review r16a had a failed run
  /// leave no folder). A folder that cannot be made gets nothing, and a file --out names is never
  /// touched. Other files in the folder stay, and so does any file the run reads (`filesRead`),
  /// whatever its name. Best effort: a file that cannot be removed or written is left as it is,
  /// since the run's own error is what the exit status reports.
  func recordFailure(_ message: String) {
    var folder = stat()
    if stat(out, &folder) != 0 {
      guard mkdir(out, 0o755) == 0 else { return }
    } else if folder.st_mode & S_IFMT != S_IFDIR {
      return
    }
    let protected = filesRead
    func isProtected(_ path: String) -> Bool { protected.contains { isSameFile(path, $0) } }
    for name in ValidationRun.outputFileNames + ["coded.jsonl.partial"] {
      let path = ValidationRun.path(out, name)
      if !isProtected(path) { unlink(path) }
    }
    let junit = ValidationRun.path(out, "junit.xml")
    guard !isProtected(junit) else { return }
    try? ValidationRun.writeFile(
      junit, DeploymentGate.junitErrorXML(message, properties: DeploymentGate.junitProperties(inputs: [])))
  }

  /// Every file the run reads, and --rejects (written outside the folder's own names).
  var filesRead: [String] {
    let named: [String?] =
      [export, taxonomyOptions.taxonomy, importOptions.rejects] + importOptions.inputFiles(besides: export)
      + sentimentOptions.inputFiles
    return humanFiles + named.compactMap { $0 }
  }
}
