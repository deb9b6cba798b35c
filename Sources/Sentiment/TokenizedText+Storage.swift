import Tokenization

extension TokenizedText {
  /// Where a value's buffers (the text's bytes, tokens and norms) are, with their counts. Two values
  /// with the same key share their buffers, so one is a copy of the other, as long as one of them is
  /// alive: its buffers are then neither freed nor changed in place (a change copies them first),
  /// so no other text can have them. `SentimentScorer.beginReusingLookups(of:)` recognises its text
  /// this way.
  struct StorageKey: Equatable {
    var utf8: UnsafeRawPointer?
    var tokens: UnsafeRawPointer?
    var normBytes: UnsafeRawPointer?
    var counts: (utf8: Int, tokens: Int, normBytes: Int)
    var isASCII: Bool

    static func == (first: StorageKey, second: StorageKey) -> Bool {
      first.utf8 == second.utf8 && first.tokens == second.tokens && first.normBytes == second.normBytes
        && first.counts == second.counts && first.isASCII == second.isASCII
    }
  }

  /// This value's `StorageKey`.
  var storageKey: StorageKey {
    StorageKey(
      utf8: Self.address(utf8), tokens: Self.address(tokens), normBytes: Self.address(normBytes),
      counts: (utf8.count, tokens.count, normBytes.count), isASCII: isASCII)
  }

  /// The address of an array's elements, only for comparing (it is never read through).
  private static func address<Element>(_ array: [Element]) -> UnsafeRawPointer? {
    array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
  }
}
