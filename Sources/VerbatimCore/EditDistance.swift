/// The Levenshtein distance of two strings: the fewest insertions, deletions and substitutions of
/// one Unicode scalar that turn one into the other (Levenshtein 1966; the two-row dynamic
/// programme of Wagner & Fischer 1974). For the short names the tool suggests near matches of
/// ("did you mean …?"): O(|a|·|b|) time.
public enum EditDistance {
  public static func levenshtein(_ first: String, _ second: String) -> Int {
    let a = Array(first.unicodeScalars)
    let b = Array(second.unicodeScalars)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
