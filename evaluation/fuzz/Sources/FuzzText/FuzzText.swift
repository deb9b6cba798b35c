import FuzzDriver
import Sentiment
import Taxonomy
import Tokenization

/// One tokenizer, scorer and tagger for the whole run (as a worker keeps them).
nonisolated(unsafe) private var state: (Tokenizer, SentimentScorer, Tagger)?

/// Any bytes: decoded as UTF-8 with replacement (the CLI's `--replace-invalid`), tokenized, scored
/// with explanations and tagged with the shipped codebook. Fails on a crash, and when a token's
/// code-point offsets do not slice its text out of the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  if state == nil {
    let tokenizer = try! Tokenizer()
    let scorer = SentimentScorer(model: try! SentimentModel.shipped())
    let tagger = try! Tagger(CompiledCodebook(Codebook.shipped(), tokenizer: tokenizer), scorer: scorer)
    state = (tokenizer, scorer, tagger)
  }
  let (tokenizer, scorer, tagger) = state!
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let tokenized = try? tokenizer.tokenize(text) else { return 0 }
  let scalars = Array(text.unicodeScalars)
  for token in tokenized.tokens {
    guard token.start <= token.end, token.end <= scalars.count else { fatalError("offsets outside the text") }
    var slice = String.UnicodeScalarView()
    slice.append(contentsOf: scalars[token.start..<token.end])
    guard String(slice) == tokenized.text(of: token) else { fatalError("offsets do not slice the token") }
  }
  _ = scorer.score(tokenized, explain: true)
  _ = try? tagger.explain(tokenized)
  return 0
}

@_cdecl("FuzzText_main")
public func entryPoint(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv, fuzzText)
}
