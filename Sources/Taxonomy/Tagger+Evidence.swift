import Tokenization

/// A tag's evidence: the sentences that hold it, its distinct mentions, sorted without duplicates.
extension Tagger {
  /// Sentence indices holding the evidence (sorted, unique; evidence is sorted by start).
  static func sentences(of evidence: [Evidence], in sentences: [Sentence]) -> [Int] {
    guard !sentences.isEmpty else { return [] }
    var result: [Int] = []
    for item in evidence {
      var low = 0
      var high = sentences.count
      while low < high {
        let middle = (low + high) / 2
        if sentences[middle].end <= item.start { low = middle + 1 } else { high = middle }
      }
      var index = low
      while index < sentences.count && sentences[index].start < item.end {
        if result.last.map({ $0 < index }) ?? true { result.append(index) }
        index += 1
      }
    }
    return result
  }

  /// The number of distinct mentions in `evidence` (sorted by start): the largest number of
  /// pairwise non-overlapping spans (greedy by earliest end, which is optimal for intervals). Two
  /// spans that share a code point — such as "payment … declined" and "card … declined", which end
  /// on the same word — are one mention.
  static func distinctSpanCount(_ evidence: [Evidence]) -> Int {
    let spans = evidence.map { ($0.start, $0.end) }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
    var count = 0
    var lastEnd = Int.min
    for (start, end) in spans where start >= lastEnd {
      count += 1
      lastEnd = end
    }
    return count
  }

  /// Evidence sorted by span, then rule, without duplicates.
  static func sortedUnique(_ evidence: [Evidence]) -> [Evidence] {
    guard evidence.count > 1 else { return evidence }
    func before(_ left: Evidence, _ right: Evidence) -> Bool {
      if left.start != right.start { return left.start < right.start }
      if left.end != right.end { return left.end < right.end }
      return left.rule < right.rule
    }
    var sorted = evidence
    var isSorted = true
    for index in 1..<sorted.count where !before(sorted[index - 1], sorted[index]) {
      isSorted = false
      break
    }
    if isSorted { return sorted }
    sorted.sort(by: before)
    var kept = 1
    for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
      sorted[kept] = sorted[index]
      kept += 1
    }
    sorted.removeLast(sorted.count - kept)
    return sorted
  }
}
