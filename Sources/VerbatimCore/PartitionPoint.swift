extension RandomAccessCollection where Index == Int {
  /// The index of the first element for which `isBelow` is false, in a collection whose elements
  /// for which it holds all come first (a lower bound: `startIndex` when none holds, `endIndex`
  /// when all do). A binary search: O(log n) calls of `isBelow`.
  @inlinable
  public func partitionPoint(where isBelow: (Element) throws -> Bool) rethrows -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = low + (high - low) / 2
      if try isBelow(self[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
