import Foundation
import SurveyImport
import TestSupport

/// Imports a fixture (or any path) and collects everything the reader hands out.
struct ImportResult {
  var records: [SurveyRecord] = []
  var summary = ImportSummary()
  var rejects: [ImportReject] = []
  var warnings: [String] = []
  var error: ImportError?
}

final class Collector {
  var records: [SurveyRecord] = []
  var rejects: [ImportReject] = []
}

enum Fixture {
  static func path(_ name: String) -> String {
    TestSupport.packageRoot.appendingPathComponent("Tests/SurveyImportTests/Fixtures/\(name)").path
  }

  /// Writes `contents` to a file `name` in a new temporary directory and returns its path.
  static func write(_ name: String, _ contents: String) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
  }

  /// Runs an import; an `ImportError` is returned in the result, not thrown.
  static func run(path: String, _ configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportResult {
    var options = ImportOptions()
    configure(&options)
    var result = ImportResult()
    let collector = Collector()
    do {
      let reader = try SurveyReader(path: path, options: options)
      reader.onReject = { collector.rejects.append($0) }
      defer {
        result.summary = reader.summary
        result.warnings = reader.warnings
      }
      try reader.forEachRecord {
        collector.records.append($0)
        return true
      }
    } catch let error as ImportError {
      result.error = error
    }
    result.records = collector.records
    result.rejects = collector.rejects
    return result
  }

  static func run(_ name: String, _ configure: (inout ImportOptions) -> Void = { _ in }) throws -> ImportResult {
    try run(path: path(name), configure)
  }
}
