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
}

extension TokenRecords {
  /// The records for `ModelArchive`, a column per field: a record's three bytes of padding are
  /// never written, so the archive is the same bytes from build to build.
  func archive(into writer: inout ModelArchiveWriter) {
    let records = (0..<count).map { self[$0] }
    writer.array(records.map(\.lists))
    writer.array(records.map(\.valenceFilter))
    writer.array(records.map(\.triggers))
    writer.array(records.map(\.valenceNode))
    writer.array(records.map(\.valenceValue))
    writer.array(records.map(\.starts))
  }

  /// Records read back from `ModelArchive`.
  convenience init(archive reader: inout ModelArchiveReader) throws(ModelArchive.Damage) {
    let lists = try reader.array(of: WordList.self)
    let filters = try reader.array(of: UInt64.self)
    let triggers = try reader.array(of: RuleTriggers.self)
    let nodes = try reader.array(of: Int32.self)
    let values = try reader.array(of: Int32.self)
    let starts = try reader.array(of: TermStarts.self)
    let count = lists.count
    guard filters.count == count, triggers.count == count, nodes.count == count, values.count == count,
      starts.count == count
    else { throw .init(what: "token record columns") }
    self.init(
      (0..<count).map { index in
        Record(
          lists: lists[index], valenceFilter: filters[index], triggers: triggers[index], valenceNode: nodes[index],
          valenceValue: values[index], starts: starts[index])
      })
  }
}
