import Foundation
import TestSupport
import Testing

@Suite struct SampleCommandTests {
  @Test func stratifiedReproducibleSample() throws {
    let lines = (0..<100).map { "{\"id\": \"v\($0)\", \"question\": \"\($0 < 80 ? "Q1" : "Q2")\", \"text\": \"t\"}" }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let arguments = ["sample", "--input", "-", "--size", "10", "--strata", "question", "--seed", "3"]
    let first = try TestSupport.runVerbatim(arguments, input: input)
    #expect(first.status == 0, "\(first.stderrText)")
    let records = try TestSupport.jsonLines(first.stdout)
    #expect(records.count == 10)
    #expect(records.filter { ($0["question"] as? String) == "Q2" }.count == 2)
    #expect(records.allSatisfy { abs(($0["inclusion_probability"] as? Double ?? 0) - 0.1) < 1e-12 })
    let second = try TestSupport.runVerbatim(arguments, input: input)
    #expect(second.stdout == first.stdout)
  }

  // Bloch & Kraemer (1989): half-width 0.1 at κ = 0.7, prevalence 0.5 → 196 items (capped at the input).
  @Test func plannedSizeAndErrors() throws {
    let lines = (0..<300).map { "{\"id\": \($0)}" }
    let input = Data((lines.joined(separator: "\n") + "\n").utf8)
    let planned = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--kappa-halfwidth", "0.1", "--expected-kappa", "0.7", "--seed", "1"], input: input)
    #expect(planned.status == 0)
    #expect(try TestSupport.jsonLines(planned.stdout).count == 196)
    let broken = try TestSupport.runVerbatim(
      ["sample", "--input", "-", "--size", "1", "--seed", "1"], input: Data("{\"id\": \n".utf8))
    #expect(broken.status == 65)
  }
}
