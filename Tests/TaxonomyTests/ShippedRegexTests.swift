import Testing
import Tokenization

@testable import Taxonomy

/// Regexes are compiled to check them unless the codebook's are known to compile (a shipped
/// codebook, unchanged), and the tagger compiles each when a text first needs it searched: the
/// shipped codebooks' regexes must all compile, and every other codebook still has each regex
/// checked where it is written.
@Suite struct ShippedRegexTests {
  /// The rule the tests write: a regex whose `[` set is never closed (ICU: U_REGEX_MISSING_CLOSE_BRACKET),
  /// that opens with the literal "refund" (the tagger's prefilter rules out a text without it).
  static let badRule = "/refund[A-Z{2}/"

  /// The check that `Codebook.regexesKnownValid` stands on: the regexes of every shipped codebook
  /// compile, as `taxonomy lint` would check them.
  @Test func everyShippedRegexCompiles() throws {
    let tokenizer = try Tokenizer()
    #expect(!Codebook.shippedNames.isEmpty)
    for name in Codebook.shippedNames {
      let codebook = try Codebook.shipped(name)
      #expect(codebook.regexesKnownValid, "\(name)")
      let compiled = CompiledCodebook(codebook, tokenizer: tokenizer, lenient: true, checkingAllRegexes: true)
      #expect(compiled.problems.isEmpty, "\(name): \(compiled.problems)")
      for regex in compiled.regexes {
        #expect(throws: Never.self, "\(name): /\(regex.pattern)/") {
          _ = try ICURegex(pattern: regex.pattern, caseInsensitive: regex.caseInsensitive)
        }
      }
    }
    // The customer-feedback codebook writes regexes (a currency amount, "return", "switch").
    let compiled = try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer)
    #expect(compiled.regexes.contains { $0.pattern == "[£$€][0-9]" })
  }

  /// A codebook read from a file has each regex checked: the error names the line and the column
  /// ICU names (the end of the pattern). The rule is on line 7 of the fixture's YAML
  /// (`      - '…'`), its text from column 10: "/" at 10, the 13-character pattern's end at
  /// 10 + 1 + 13 = 24.
  @Test func aCodebookReadFromYAMLReportsAnInvalidRegexWhereItIs() throws {
    let codebook = try Fixtures.codebook([("t", [Self.badRule])])
    #expect(!codebook.regexesKnownValid)
    do {
      _ = try CompiledCodebook(codebook, tokenizer: try Tokenizer())
      Issue.record("the invalid regex was not reported")
    } catch {
      #expect(String(describing: error).hasPrefix("test.yaml:7:24: rule syntax error: "), "\(error)")
      #expect(String(describing: error).contains("invalid regular expression /refund[A-Z{2}/"), "\(error)")
    }
  }

  /// Changing the rules of a shipped codebook clears what is known of its regexes: an invalid one
  /// added is reported when the codebook is compiled. Equality ignores how a codebook was read.
  @Test func changingTheShippedRulesChecksTheirRegexesAgain() throws {
    var codebook = try Codebook.shipped()
    #expect(codebook.regexesKnownValid)
    let source = try #require(Codebook.shippedSource())
    let parsed = try Codebook.parse(yaml: source, source: codebook.source)
    #expect(!parsed.regexesKnownValid)
    #expect(parsed == codebook)
    codebook.tags[0].rules.append(RuleSource(Self.badRule))
    #expect(!codebook.regexesKnownValid)
    do {
      _ = try CompiledCodebook(codebook, tokenizer: try Tokenizer())
      Issue.record("the invalid regex was not reported")
    } catch {
      // A rule made in memory starts at <memory>:1:1; the pattern's end is 1 + 1 + 13 = 15.
      #expect(
        String(describing: error).hasPrefix(
          "<memory>:1:15: rule syntax error: invalid regular expression /refund[A-Z{2}/"), "\(error)")
    }
  }

  /// What the tagger compiles lazily still reports its error: a codebook marked as known to compile
  /// whose regex does not is compiled without the check, tags a text its prefilter rules out, and
  /// throws the tagger's error at the first text that needs the regex searched.
  @Test func theTaggerReportsARegexThatDoesNotCompileWhenATextFirstNeedsIt() throws {
    var codebook = try Fixtures.codebook([("t", ["late"]), ("u", [Self.badRule])])
    codebook.regexesKnownValid = true
    let tokenizer = try Tokenizer()
    let compiled = try CompiledCodebook(codebook, tokenizer: tokenizer)
    let tagger = try Tagger(compiled)
    let late = try tagger.tag(try tokenizer.tokenize("The parcel was late."))
    #expect(late.map(\.code) == ["t"])
    do {
      _ = try tagger.tag(try tokenizer.tokenize("I want a refund ABC now."))
      Issue.record("the invalid regex was not reported")
    } catch {
      #expect(String(describing: error).hasPrefix("test.yaml:1:1: "), "\(error)")
      #expect(String(describing: error).contains("ICU U_REGEX_MISSING_CLOSE_BRACKET"), "\(error)")
    }
  }

  /// `taxonomy lint` checks every regex, even of a codebook known to compile.
  @Test func lintChecksTheRegexesOfACodebookKnownToCompile() throws {
    var codebook = try Fixtures.codebook([("t", [Self.badRule])])
    codebook.regexesKnownValid = true
    let findings = CodebookLinter.lint(codebook, tokenizer: try Tokenizer())
    let errors = findings.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(findings)")
    #expect(errors.first?.location.description == "test.yaml:7:24", "\(findings)")
    #expect(errors.first?.message.contains("invalid regular expression /refund[A-Z{2}/") == true, "\(findings)")
  }

  /// The tagger pairs regexes with the same prefilters before compiling any: as `ICURegex` pairs
  /// them. The shipped codebook's two "return" patterns both open with the literal "return"; a
  /// pattern without a prefilter pairs with none, itself included.
  @Test func prefiltersArePairedAsTheCompiledRegexesPairThem() throws {
    let compiled = try CompiledCodebook(try Codebook.shipped(), tokenizer: try Tokenizer())
    var patterns = compiled.regexes
    patterns += [
      ("return(?:ing)?", true), ("return\\b", true), ("Return", false), ("[0-9]+x", false), ("[0-9]+y", false),
      ("(a|b)c", false), ("x|y", true),
    ]
    var paired = 0
    for first in patterns {
      for second in patterns {
        let lazy = RegexPrefilters(pattern: first.pattern, caseInsensitive: first.caseInsensitive)
          .isSame(as: RegexPrefilters(pattern: second.pattern, caseInsensitive: second.caseInsensitive))
        let compiledFirst = try ICURegex(pattern: first.pattern, caseInsensitive: first.caseInsensitive)
        let compiledSecond = try ICURegex(pattern: second.pattern, caseInsensitive: second.caseInsensitive)
        #expect(lazy == compiledFirst.hasSamePrefilters(as: compiledSecond), "/\(first.pattern)/ /\(second.pattern)/")
        if lazy && first.pattern != second.pattern { paired += 1 }
      }
    }
    #expect(paired > 0)
    #expect(
      RegexPrefilters(pattern: "return(?:ing)?", caseInsensitive: true)
        .isSame(as: RegexPrefilters(pattern: "return\\b", caseInsensitive: true)))
    #expect(
      !RegexPrefilters(pattern: "x|y", caseInsensitive: true)
        .isSame(as: RegexPrefilters(pattern: "x|y", caseInsensitive: true)))
  }
}
