import Testing
import VerbatimCore

@testable import Agreement

/// QA review 44 (N1): the gate's JUnit file put a failure's reason only in the `message`
/// attribute (GitLab and CircleCI show the element's text: microsoft/testfx#10269), had no `time`
/// (dorny/test-reporter computes `parseFloat(time) * 1000`, NaN without it), no totals on
/// `<testsuites>` and no properties, unlike `taxonomy test --junit`; a run without thresholds wrote
/// `tests="0"`, which Jenkins' `junit` step (allowEmptyResults=false) treats as an error; and a
/// threshold given twice made two test cases with one name.
@Suite struct JUnitReportTests {
  static let failed = GateCheck(
    metric: "cohen_kappa", minimum: 0.6, value: 0.5, interval: nil, passed: false,
    detail: "cohen_kappa = 0.5 < minimum 0.6 & <more>")
  static let passed = GateCheck(
    metric: "accuracy", minimum: 0.5, value: 0.7, interval: nil, passed: true, detail: "accuracy = 0.7 ≥ minimum 0.5")

  @Test func aFailureCarriesItsReasonAsTextTooWithTimesAndTotals() {
    let xml = DeploymentGate.junitXML([Self.failed, Self.passed])
    let reason = "cohen_kappa = 0.5 &lt; minimum 0.6 &amp; &lt;more&gt;"
    #expect(xml.contains("<failure message=\"\(reason)\" type=\"threshold not met\">\(reason)</failure>"), "\(xml)")
    #expect(
      xml.contains(
        "<testsuites name=\"verbatim gate\" tests=\"2\" failures=\"1\" errors=\"0\" time=\"0\">"
          + "<testsuite name=\"verbatim gate\" tests=\"2\" failures=\"1\" errors=\"0\" time=\"0\">"), "\(xml)")
    #expect(xml.components(separatedBy: "<testcase ").count - 1 == 2)
    #expect(xml.components(separatedBy: " time=\"0\">").count - 1 == 4, "\(xml)")
  }

  @Test func propertiesNameTheToolAndTheInputs() {
    let input = FileRecord(role: "ratings", path: "a&b.csv", bytes: 3, sha256: String(repeating: "ab", count: 32))
    let xml = DeploymentGate.junitXML([Self.passed], properties: DeploymentGate.junitProperties(inputs: [input]))
    #expect(xml.contains("<property name=\"verbatim.version\" value=\"\(VerbatimVersion.string)\"/>"), "\(xml)")
    #expect(xml.contains("<property name=\"input.ratings\" value=\"a&amp;b.csv\"/>"), "\(xml)")
    #expect(xml.contains("<property name=\"input.ratings.sha256\" value=\"\(input.sha256)\"/>"), "\(xml)")
    // properties come before the test cases, as the JUnit schema orders them.
    #expect(xml.range(of: "</properties>")!.lowerBound < xml.range(of: "<testcase")!.lowerBound)
  }

  @Test func aRunWithoutThresholdsHasOnePassingCaseSayingSo() {
    let xml = DeploymentGate.junitXML([])
    #expect(xml.contains("tests=\"1\" failures=\"0\" errors=\"0\""), "\(xml)")
    #expect(xml.contains("name=\"no thresholds\""), "\(xml)")
    #expect(xml.contains("no --min or --max thresholds were given: nothing was gated"))
    #expect(!xml.contains("<failure") && !xml.contains("<error"))
  }

  @Test func anErrorReportCarriesItsMessageAsTextToo() {
    let xml = DeploymentGate.junitErrorXML("x.csv: cannot open <it>")
    #expect(
      xml.contains(
        "<error message=\"x.csv: cannot open &lt;it&gt;\" type=\"error\">x.csv: cannot open &lt;it&gt;</error>"),
      "\(xml)")
    #expect(xml.contains("<testsuites name=\"verbatim gate\" tests=\"1\" failures=\"0\" errors=\"1\" time=\"0\">"))
  }

  @Test func aRepeatedThresholdCountsOnceAndAConflictingOneIsRefused() throws {
    let twice = try GateThreshold.mergingRepeats([
      try GateThreshold(parsing: "cohen_kappa=0.6"), try GateThreshold(parsing: "accuracy=0.7"),
      try GateThreshold(parsing: "cohen_kappa=0.6"),
    ])
    #expect(twice.map(\.metric) == ["cohen_kappa", "accuracy"])
    // A minimum and a maximum on different metrics, and one metric's --min beside another's --max, stay.
    #expect(
      try GateThreshold.mergingRepeats([
        try GateThreshold(parsing: "hamming_loss=0.1", maximum: true), try GateThreshold(parsing: "accuracy=0.7"),
      ]).count == 2)
    #expect {
      _ = try GateThreshold.mergingRepeats([
        try GateThreshold(parsing: "cohen_kappa=0.6"), try GateThreshold(parsing: "cohen_kappa=0.7"),
      ])
    } throws: { error in
      (error as? AgreementError).map { "\($0)".contains("--min cohen_kappa is given twice, as 0.6 and 0.7") } == true
    }
  }
}
