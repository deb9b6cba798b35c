// Tagging throughput of the Taxonomy module, single thread (= per core), release build.
//
// Usage: TaxonomyBench CORPUS [--repeat N]
//   CORPUS: one text per line, or the VADER ground-truth format (id<TAB>score<TAB>text).
// Measures, on the same texts:
//   1. tokenization alone (ICU tokenizer with sentences),
//   2. tagging pre-tokenized texts with the shipped codebook,
//   3. tagging with generated codebooks of 1,000 / 10,000 / 100,000 phrase rules,
//   4. a naive baseline that scans every rule's phrase over every text (10,000 rules, a sample).
import Foundation
import Taxonomy
import Tokenization

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator, so the codebooks are reproducible.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

func now() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
  FileHandle.standardError.write(Data("usage: TaxonomyBench CORPUS [--repeat N]\n".utf8))
  exit(2)
}
var repeats = 5
if let index = arguments.firstIndex(of: "--repeat"), index + 1 < arguments.count {
  repeats = Int(arguments[index + 1]) ?? 5
}

let texts: [String] = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { line in
  let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
  return String(fields.count >= 3 ? fields[2] : line)
}
let tokenizer = try Tokenizer()
var tokenized: [TokenizedText] = []
var scratch = TokenizedText()
var start = now()
for _ in 0..<repeats {
  for text in texts { try tokenizer.tokenize(text, into: &scratch) }
}
let tokenizeSeconds = (now() - start) / Double(repeats)
for text in texts { tokenized.append(try tokenizer.tokenize(text)) }
let tokenCount = tokenized.reduce(0) { $0 + $1.tokens.count }
print("corpus: \(texts.count) texts, \(tokenCount) tokens (mean \(tokenCount / max(texts.count, 1)) per text)")
print(String(format: "tokenize only:                    %10.0f verbatims/s", Double(texts.count) / tokenizeSeconds))

/// Best of `repeats` passes over all texts; returns verbatims/s and the number of tags assigned.
@MainActor func measure(_ tagger: Tagger) throws -> (rate: Double, tags: Int) {
  var best = Double.infinity
  var tags = 0
  for _ in 0..<repeats {
    tags = 0
    let begin = now()
    for text in tokenized { tags += try tagger.tag(text).count }
    best = min(best, now() - begin)
  }
  return (Double(tokenized.count) / best, tags)
}

let shipped = try CompiledCodebook(try Codebook.shipped(), tokenizer: tokenizer)
let shippedResult = try measure(try Tagger(shipped))
print(
  String(
    format: "shipped codebook:                 %10.0f verbatims/s  (%d rules, %d phrases, %.2f tags/text)",
    shippedResult.rate, shipped.ruleCount, shipped.phraseCount, Double(shippedResult.tags) / Double(tokenized.count)))
let combined = 1 / (1 / shippedResult.rate + tokenizeSeconds / Double(texts.count))
print(String(format: "tokenize + tag (shipped):         %10.0f verbatims/s", combined))

// Generated codebooks: phrase rules drawn from the corpus's own words and word pairs (so many of
// them occur, the hard case for the evaluation step), plus random words that never occur.
var frequency: [String: Int] = [:]
var pairs: [String] = []
for text in tokenized {
  let words = text.tokens.filter { $0.kind == .word }.map { text.norm(of: $0) }
  for word in words { frequency[word, default: 0] += 1 }
  for index in words.indices.dropLast() where words[index].count > 2 && words[index + 1].count > 2 {
    pairs.append(words[index] + " " + words[index + 1])
  }
}
// Skip the 100 most frequent words (stop words no codebook would list alone).
let vocabulary = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.dropFirst(100)
  .map(\.key).filter { $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
pairs = Array(Set(pairs)).sorted()

/// Where generated phrases come from.
enum Vocabulary: String {
  /// Random letter strings: phrases that never occur (a large codebook of rare product names).
  case absent
  /// The corpus's own words (minus the 100 most frequent) and word pairs: most texts match many.
  case corpus
}

@MainActor func generatedCodebook(rules: Int, vocabulary source: Vocabulary, seed: UInt64) throws -> Codebook {
  var random = SplitMix64(state: seed)
  var yaml = "id: generated\nversion: 1.0.0\ntags:\n"
  let tagCount = max(1, rules / 50)
  var seen = Set<String>()
  var made = 0
  let letters = Array("abcdefghijklmnopqrstuvwxyz")
  func randomWord() -> String {
    String((0..<Int.random(in: 5...9, using: &random)).map { _ in letters.randomElement(using: &random)! })
  }
  for tag in 0..<tagCount {
    yaml += "  - code: gen-t\(tag)\n    label: T\(tag)\n    rules:\n"
    for _ in 0..<(rules / tagCount) {
      var rule = ""
      var attempts = 0
      repeat {
        let roll = Int.random(in: 0..<100, using: &random)
        attempts += 1
        // A corpus has only so many distinct words and pairs: pad with absent words when exhausted.
        switch attempts > 50 ? .absent : source {
        case .corpus:
          if roll < 50 {
            rule = vocabulary.randomElement(using: &random)!
          } else if roll < 85 {
            rule = "\"" + pairs.randomElement(using: &random)! + "\""
          } else {
            let word = vocabulary.randomElement(using: &random)!
            rule = String(word.prefix(max(4, word.count - 2))) + "*"
          }
        case .absent:
          if roll < 50 {
            rule = randomWord()
          } else if roll < 85 {
            rule = "\"" + randomWord() + " " + randomWord() + "\""
          } else {
            rule = randomWord() + "*"
          }
        }
      } while !seen.insert(rule).inserted
      yaml += "      - '\(rule.replacingOccurrences(of: "'", with: "''"))'\n"
      made += 1
    }
  }
  precondition(made == rules)
  return try Codebook.parse(yaml: yaml, source: "generated.yaml")
}

let shippedBook = try Codebook.shipped()
var tenThousand: CompiledCodebook? = nil
for (name, source, withShipped) in [
  ("shipped + absent", Vocabulary.absent, true), ("absent only", .absent, false), ("corpus words", .corpus, false),
] {
  for rules in [1_000, 10_000, 100_000] {
    let compileStart = now()
    var book = try generatedCodebook(rules: rules, vocabulary: source, seed: 42)
    if withShipped { book.tags = shippedBook.tags + book.tags }
    let compiled = try CompiledCodebook(book, tokenizer: tokenizer)
    let compileSeconds = now() - compileStart
    let result = try measure(try Tagger(compiled))
    let label = "\(name), \(rules) rules:"
    print(
      label.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(
          format:
            "%10.0f verbatims/s  (%.2f× the shipped codebook's time; %d phrases, %.2f tags/text, compiled in %.2f s)",
          result.rate, shippedResult.rate / result.rate, compiled.phraseCount,
          Double(result.tags) / Double(tokenized.count), compileSeconds))
    if rules == 10_000 && source == .corpus { tenThousand = compiled }
  }
}

// Naive baseline: for each rule, scan its phrase over the text's norms (what "a loop over rules"
// costs). On a sample, since it is slow.
if let compiled = tenThousand {
  let book = compiled.codebook
  let parser = RuleParser(tokenizer: tokenizer)
  var phrases: [[PhraseWord]] = []
  for tag in book.tags {
    for rule in tag.rules {
      if case .phrase(let words) = try parser.parse(rule) { phrases.append(words) }
    }
  }
  let sample = Array(tokenized.prefix(500))
  let norms = sample.map { text in text.tokens.map { text.norm(of: $0) } }
  let begin = now()
  var hits = 0
  for tokens in norms {
    for words in phrases where tokens.count >= words.count {
      for position in 0...(tokens.count - words.count) {
        var matched = true
        for (offset, word) in words.enumerated() {
          let token = tokens[position + offset]
          if word.isPrefix ? !token.hasPrefix(word.norm) : token != word.norm {
            matched = false
            break
          }
        }
        if matched {
          hits += 1
          break
        }
      }
    }
  }
  let rate = Double(sample.count) / (now() - begin)
  print(
    String(
      format: "naive loop, 10000 rules:  %10.0f verbatims/s  (%d phrase hits on %d texts)", rate, hits, sample.count))
}
