import Foundation
import TestSupport
import Testing

/// Findings of review r19b (a statistician's black-box review of `agree`): input the command took
/// without a word.
@Suite struct AgreeReviewR19bTests {
  /// "Coded, no label" and a label for the same (item, coder) contradict each other: refused with
  /// both lines (the empty row was ignored).
  @Test func multiLabelCodingWithAndWithoutALabelIsRefused() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(
      "item,coder,label\n1,g,a\n1,h,a\n2,g,\n2,h,b\n1,g,\n", "ml.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--multilabel"])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("ml.csv:6:5: coder \"g\" coded item \"1\" both with no label (\(ratings):6)"))
    #expect(result.stderrText.contains("\"a\" (\(ratings):2)"), "\(result.stderrText)")
  }

  /// With a missing rating, Fleiss–Nee–Landis' se0 (which assumes m ratings on every item) is
  /// absent: the JSON says why, as every other absent field does.
  @Test func fleissNullStandardErrorGivesItsReason() throws {
    let folder = try TestSupport.temporaryDirectory()
    let complete = try ReviewFixSupport.write("item,a,b,c\n1,x,x,y\n2,y,x,y\n3,x,y,x\n4,y,y,y\n", "c.csv", in: folder)
    let missing = try ReviewFixSupport.write("item,a,b,c\n1,x,x,y\n2,y,,y\n3,x,y,x\n4,y,y,y\n", "m.csv", in: folder)
    let whole = try ReviewFixSupport.coefficient(
      try ReviewFixSupport.object(try TestSupport.runVerbatim(["agree", "--ratings", complete, "--format", "json"])),
      "fleiss_kappa")
    #expect(whole["se0"] as? Double != nil)
    #expect(whole["se0_reason"] == nil)
    let partial = try ReviewFixSupport.coefficient(
      try ReviewFixSupport.object(try TestSupport.runVerbatim(["agree", "--ratings", missing, "--format", "json"])),
      "fleiss_kappa")
    #expect(partial["se0"] == nil)
    #expect((partial["se0_reason"] as? String)?.contains("same number of ratings") == true, "\(partial)")
  }

  /// A long-layout file without its header reads as the wide layout; its second row for an item
  /// is named as such, with the header it needs (it was "coder a rated item 2 again").
  @Test func aSecondRowForAnItemInTheWideLayoutNamesTheMissingHeader() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write("1,a,x\n1,b,x\n2,a,y\n2,b,y\n", "noheader.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings])
    #expect(result.status == 65)
    #expect(result.stderrText.contains("noheader.csv:4:1: item \"2\" has a second row (first at line 3)"))
    #expect(result.stderrText.contains("item,coder,label"), "\(result.stderrText)")
  }

  /// Labels are compared exactly; `agree` keeps that contract but warns about labels that differ
  /// only in case or spaces (review r19c: "NEGATIVE", "Negative", "negative" became three classes).
  @Test func labelsDifferingOnlyInCaseAreWarnedAbout() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(
      "item,coder,label\n1,a,negative\n1,b,Negative\n2,a,positive\n2,b,positive\n", "case.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings])
    #expect(result.status == 0)
    #expect(result.stderrText.contains("\"Negative\", \"negative\" differ only in case"), "\(result.stderrText)")
  }

  /// QA review 22: one label composed (é, U+00E9) and decomposed (e + U+0301) was said to differ
  /// "only in case or spaces"; the warning names Unicode normalisation.
  @Test func labelsDifferingInNormalisationAreNamedSo() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(
      "item,coder,label\n1,a,n\u{E9}gatif\n1,b,ne\u{301}gatif\n2,a,positif\n2,b,positif\n", "nfd.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings])
    #expect(result.status == 0)
    #expect(result.stderrText.contains("Unicode normalisation"), "\(result.stderrText)")
  }

  /// "1" and "1.0" are two nominal categories (QA review 13: 3 of 4 items agreed, kappa 0.14,
  /// without a word); `agree` warns, as for case variants.
  @Test func oneNumberWrittenTwoWaysIsWarnedAbout() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(
      "item,coder,label\n1,a,1\n1,b,1.0\n2,a,2\n2,b,2\n", "numbers.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings])
    #expect(result.status == 0)
    #expect(
      result.stderrText.contains("\"1\", \"1.0\" are the same number written differently"), "\(result.stderrText)")
    #expect(!result.stderrText.contains("\"2\""), "\(result.stderrText)")
  }

  /// QA review 34 (F6): 10^16 and 10^16 + 1 are one `Double` but two numbers; the warning said "the
  /// same number written differently". "1e2" and "100.00" are one number.
  @Test func numbersADoubleCannotTellApartAreNotCalledTheSame() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write(
      "item,coder,label\n1,a,10000000000000000\n1,b,10000000000000001\n2,a,1e2\n2,b,100.00\n3,a,0.5\n3,b,.50\n",
      "big.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings])
    #expect(result.status == 0)
    let lines = result.stderrText.split(separator: "\n")
    func line(naming labels: [String], _ phrase: String) -> Bool {
      lines.contains { line in line.contains(phrase) && labels.allSatisfy { line.contains("\"\($0)\"") } }
    }
    let big = ["10000000000000000", "10000000000000001"]
    #expect(line(naming: big, "are different numbers"), "\(result.stderrText)")
    #expect(!line(naming: big, "are the same number"), "\(result.stderrText)")
    #expect(line(naming: ["1e2", "100.00"], "are the same number"), "\(result.stderrText)")
    #expect(line(naming: ["0.5", ".50"], "are the same number"), "\(result.stderrText)")
  }

  /// A wide file's coder column with no rating is left out, with a note (QA review 13: it was left
  /// out without one).
  @Test func anEmptyCoderColumnIsNoted() throws {
    let folder = try TestSupport.temporaryDirectory()
    let ratings = try ReviewFixSupport.write("item,a,b,c\n1,x,x,\n2,y,x,\n", "wide.csv", in: folder)
    let result = try TestSupport.runVerbatim(["agree", "--ratings", ratings, "--format", "table"])
    #expect(result.status == 0)
    #expect(result.stderrText.contains("coder column(s) \"c\" hold no rating and are left out"), "\(result.stderrText)")
    #expect(result.stdoutText.contains("2 coders (a, b)"))
  }
}
