import Foundation
import TestSupport
import Testing

/// Renders the validation report in headless Chromium (Debian package `chromium`): the page must
/// load without scripts or network, its DOM must hold the verdict, the coefficients and the
/// confusion matrix, and its screenshot must not be blank. Skipped, with a message, where Chromium
/// is not installed (`.ci/run` installs it when it can).
@Suite struct ReportRenderingTests {
  static func chromium() -> String? {
    for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    where FileManager.default.isExecutableFile(atPath: path) {
      return path
    }
    return nil
  }

  static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = try TestSupport.temporaryDirectory().appendingPathComponent("out")
    _ = FileManager.default.createFile(atPath: output.path, contents: nil)
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, try Data(contentsOf: output))
  }

  @Test func reportRendersWithVerdictCoefficientsAndConfusionMatrix() throws {
    guard let browser = Self.chromium() else {
      print("skipped: Chromium is not installed (apt-get install chromium); the report was not rendered")
      return
    }
    let out = try TestSupport.temporaryDirectory().appendingPathComponent("run")
    let result = try ValidateCommandTests.validate(out: out, extra: ["--min", "cohen_kappa=0.2"])
    #expect(result.status == 0)
    let page = out.appendingPathComponent("report.html")
    let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,1800"]
    let (domStatus, dom) = try Self.run(browser, flags + ["--dump-dom", "file://" + page.path])
    #expect(domStatus == 0)
    let html = String(decoding: dom, as: UTF8.self)
    #expect(html.contains("id=\"verdict\"") && html.contains("Verdict: PASS"))
    #expect(html.contains("cohen_kappa") && html.contains("krippendorff_alpha_nominal"))
    #expect(html.contains("id=\"confusion\"") && html.contains("<svg class=\"heatmap\""))

    // Not blank: a screenshot of the report compresses far worse than one of an empty page.
    let folder = try TestSupport.temporaryDirectory()
    let blank = folder.appendingPathComponent("blank.png")
    let shot = folder.appendingPathComponent("report.png")
    let empty = folder.appendingPathComponent("empty.html")
    try "<!DOCTYPE html><html><body></body></html>".write(to: empty, atomically: true, encoding: .utf8)
    _ = try Self.run(browser, flags + ["--screenshot=" + blank.path, "file://" + empty.path])
    _ = try Self.run(browser, flags + ["--screenshot=" + shot.path, "file://" + page.path])
    let blankSize = (try? Data(contentsOf: blank).count) ?? 0
    let shotSize = try Data(contentsOf: shot).count
    #expect(blankSize > 0)
    #expect(shotSize > 10 * max(blankSize, 1000), "screenshot \(shotSize) bytes vs blank \(blankSize)")
  }
}
