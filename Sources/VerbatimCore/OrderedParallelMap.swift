/// Turns a stream of items into output bytes on several threads, keeping input order and bounded
/// memory: items are collected into batches of `batchSize`, each batch is cut into chunks that a
/// `ChunkPool`'s long-lived threads take in turn, across batch boundaries, each thread with its own
/// worker (made once, on that thread, by `makeWorker`, so per-thread ICU handles and buffers are
/// reused). The caller's thread keeps producing items (e.g. parsing XML) while the threads work,
/// and the chunks' outputs are written in order. At most three batches are held at once.
///
/// Errors: the output before the first failing item is written, then that item's error is thrown
/// (from `submit` or `finish`); nothing after it is written.
public final class OrderedParallelMap<Item: Sendable> {
  /// A worker appends the output for one item.
  public typealias Worker = (Item, inout [UInt8]) throws -> Void

  private let threads: Int
  private let batchSize: Int
  private let makeWorker: @Sendable () throws -> Worker
  private let write: ([UInt8]) throws -> Void
  private let pool: ChunkPool<Worker>?
  private var soloWorker: Worker?
  private var pendingItems: [Item] = []
  /// Submitted batches not yet written (at most two).
  private var submitted: [ChunkJob<Worker>] = []
  private var failed = false

  public init(
    threads: Int, batchSize: Int = 2048, makeWorker: @escaping @Sendable () throws -> Worker,
    write: @escaping ([UInt8]) throws -> Void
  ) {
    self.threads = max(1, threads)
    self.batchSize = max(1, batchSize)
    self.makeWorker = makeWorker
    self.write = write
    let pool = self.threads > 1 ? ChunkPool<Worker>(threads: self.threads, make: makeWorker) : nil
    self.pool = (pool?.threadCount ?? 0) > 0 ? pool : nil
    if self.pool == nil { pool?.close() }
    pendingItems.reserveCapacity(self.batchSize)
  }

  deinit { pool?.close() }

  /// Adds an item; hands a batch to the threads when one is full.
  public func submit(_ item: Item) throws {
    pendingItems.append(item)
    if pendingItems.count >= batchSize { try flush() }
  }

  /// Processes and writes what is left. Call once at the end.
  public func finish() throws {
    try flush()
    while !submitted.isEmpty { try writeOldest() }
    pool?.close()
  }

  private func flush() throws {
    guard !pendingItems.isEmpty, !failed else { return }
    if let failure = pool?.setupFailure {
      // A thread whose worker could not be made: nothing is processed.
      failed = true
      throw failure
    }
    let items = pendingItems
    pendingItems.removeAll(keepingCapacity: true)
    if pool == nil && soloWorker == nil { soloWorker = try makeWorker() }
    let chunks = pool == nil ? 1 : min(items.count, threads * 16)
    let job = ChunkJob<Worker>(chunks: chunks) { chunk, worker, output in
      for index in (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks) {
        try worker(items[index], &output)
      }
    }
    submitted.append(job)
    if let pool {
      pool.submit(job)
      // The next batch is queued before this thread waits for the previous one and writes it.
      if submitted.count > 1 { try writeOldest() }
    } else {
      job.runAll(with: soloWorker!)
      try writeOldest()
    }
  }

  private func writeOldest() throws {
    let job = submitted.removeFirst()
    if pool != nil { job.wait() }
    do {
      try job.write(write, skipped: ParallelProcessingStopped())
    } catch {
      failed = true
      submitted.removeAll()
      throw error
    }
  }
}
