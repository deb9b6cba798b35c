import Foundation
import Synchronization
import TestSupport
import Testing
import VerbatimCore

/// Review h43 D5: a worker kept the buffers of the largest line it had handled, so memory grew with
/// `--threads` (16 threads: 1.56 GB for what 2 threads did in 0.4 GB), and a batch of an export's
/// records was 2,048 records whatever their size. A worker that handled a line or record of
/// `WorkerRenewal.bytes` or more is now made again, and a batch of records holds at most 4 MiB of
/// text (or one record).
@Suite struct WorkerRenewalTests {
  /// Lines of `sizes` bytes ("a" repeated), one per line.
  private func file(_ sizes: [Int]) throws -> String {
    let url = try TestSupport.temporaryDirectory().appendingPathComponent("lines.txt")
    try Data(sizes.flatMap { [UInt8](repeating: UInt8(ascii: "a"), count: $0) + [0x0A] }).write(to: url)
    return url.path
  }

  @Test(arguments: [1, 2, 3])
  func aWorkerIsMadeAgainAfterALargeLine(threads: Int) throws {
    let large = WorkerRenewal.bytes
    let made = Atomic<Int>(0)
    let handled = Atomic<Int>(0)
    var output: [UInt8] = []
    try ParallelLineProcessor(threads: threads).run(
      reader: try LineReader(path: try file([10, large, 10, large + 5, 10, 10])),
      makeWorker: {
        made.add(1, ordering: .relaxed)
        return { bytes, _, out in
          handled.add(1, ordering: .relaxed)
          out.append(contentsOf: Array(String(bytes.count).utf8) + [0x0A])
        }
      },
      write: { output.append(contentsOf: $0) })
    #expect(String(decoding: output, as: UTF8.self) == "10\n\(large)\n10\n\(large + 5)\n10\n10\n")
    #expect(handled.load(ordering: .relaxed) == 6)
    // One worker per thread at the start, and one more after each large line (one thread makes its
    // next worker only when a line follows).
    #expect(made.load(ordering: .relaxed) == threads + 2, "threads \(threads)")
  }

  /// A large line closes its batch, so that no more than two are worked on at once (a batch of
  /// several threads' chunks held as many large lines as it had room for).
  @Test func aLargeLineClosesItsBatch() throws {
    let large = WorkerRenewal.bytes
    var batches = 0
    try ParallelLineProcessor(threads: 4).run(
      reader: try LineReader(path: try file([10, large, 10, large, 10])),
      makeWorker: { { _, _, _ in } }, write: { _ in }, progress: { _, _ in batches += 1 })
    #expect(batches == 3)
  }

  @Test func smallLinesKeepTheirWorkers() throws {
    let made = Atomic<Int>(0)
    try ParallelLineProcessor(threads: 2).run(
      reader: try LineReader(path: try file(Array(repeating: WorkerRenewal.bytes - 1, count: 5))),
      makeWorker: {
        made.add(1, ordering: .relaxed)
        return { _, _, _ in }
      },
      write: { _ in })
    #expect(made.load(ordering: .relaxed) == 2)
  }

  @Test(arguments: [1, 2])
  func recordBatchesAreBoundedByBytesAndLargeRecordsRenewTheWorker(threads: Int) throws {
    let made = Atomic<Int>(0)
    final class Written: @unchecked Sendable { var chunks: [[UInt8]] = [] }
    let written = Written()
    let map = OrderedParallelMap<Int>(
      threads: threads, batchSize: 2048, batchBytes: 4 << 20, weight: { $0 },
      makeWorker: {
        made.add(1, ordering: .relaxed)
        return { item, output in output.append(contentsOf: Array("\(item)\n".utf8)) }
      },
      write: { written.chunks.append($0) })
    // Three records of 3 MiB: a batch closes at 4 MiB, so the first two go out before `finish`.
    let size = 3 << 20
    for _ in 0..<3 { try map.submit(size) }
    let before = written.chunks.count
    try map.finish()
    #expect(String(decoding: written.chunks.joined(), as: UTF8.self) == String(repeating: "\(size)\n", count: 3))
    if threads == 1 { #expect(before > 0) }
    #expect(made.load(ordering: .relaxed) > threads)
  }
}
