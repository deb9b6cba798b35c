/// Per vocabulary id, what the default scorer reads for every token: its grammar word lists
/// (`WordList`), rule triggers (`RuleTriggers`), the tables that have a term starting with it
/// (`TermStarts`), and the valence table's first step for it (`PhraseTable.Node`: its entry, its
/// trie node and child filter). 32 bytes a token on a 32-byte boundary, so one cache line holds
/// all of them: mapping a token to its lists, then matching valence terms from it, reads one line
/// where a separate root array of the valence table cost a second cache miss per word (7% of a
/// `score` run's time went to that one load).
///
/// Immutable after `init`; the memory is aligned by hand because a Swift array's elements start
/// 16 bytes past a 32-byte boundary in large allocations, which put every other record across two
/// cache lines.
final class TokenRecords: @unchecked Sendable {
  /// One token's record (29 bytes, stride 32).
  struct Record: Sendable {
    var lists: WordList = []
    var valenceFilter: UInt64 = 0
    var triggers: RuleTriggers = []
    var valenceNode: Int32 = -1
    var valenceValue: Int32 = -1
    var starts: TermStarts = []

    /// The valence table's root child for the token.
    @inline(__always)
    var valenceRoot: PhraseTable.Node {
      PhraseTable.Node(index: valenceNode, value: valenceValue, filter: valenceFilter)
    }
  }

  let count: Int
  private let records: UnsafeMutablePointer<Record>

  init(_ list: [Record]) {
    count = list.count
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(1, list.count) * MemoryLayout<Record>.stride, alignment: 64)
    records = raw.bindMemory(to: Record.self, capacity: max(1, list.count))
    _ = UnsafeMutableBufferPointer(start: records, count: list.count).initialize(from: list)
  }

  deinit {
    records.deinitialize(count: count)
    UnsafeMutableRawPointer(records).deallocate()
  }

  /// The record of id `index` (0 ≤ `index` < `count`).
  @inline(__always)
  subscript(index: Int) -> Record { records[index] }

  /// A `Reader` of the records, valid while this object lives (`RuleTables.unsafeTokenRecords`).
  var unsafeReader: Reader { Reader(records: UnsafePointer(records), count: count) }

  /// The records' address and count (`unsafeReader`).
  struct Reader: @unchecked Sendable {
    let records: UnsafePointer<Record>
    let count: Int

    /// `RuleTables.starts(_:)` (for an id ≥ 0).
    @inline(__always)
    func starts(_ id: Int32) -> TermStarts {
      Int(id) < count ? records[Int(id)].starts : TermStarts.anyTable.union(.spelling)
    }

    /// `RuleTables.words(of:)`.
    @inline(__always)
    func words(of id: Int32) -> (lists: WordList, triggers: RuleTriggers) {
      guard id >= 0 && Int(id) < count else { return ([], []) }
      let record = records[Int(id)]
      return (record.lists, record.triggers)
    }
  }
}
