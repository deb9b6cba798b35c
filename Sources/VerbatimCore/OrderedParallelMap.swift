/// Turns a stream of items into output bytes on several threads, keeping input order and bounded
/// memory: items are collected into batches of `batchSize` items or `batchBytes` of `weight` (a
/// record's text and metadata: review h43 D5, 2,048 records of up to 16 MiB each made one batch),
/// each batch is cut into chunks that a
/// `ChunkPool`'s long-lived threads take in turn, across batch boundaries, each thread with its own
/// worker (made once, on that thread, by `makeWorker`, so per-thread ICU handles and buffers are
/// reused; a worker that handled an item of `WorkerRenewal.bytes` is made again). The caller's
/// thread keeps producing items (e.g. parsing XML) while the threads work, and the chunks' outputs
/// are written in order. At most three batches are held at once.
///
/// Errors: the output before the first failing item is written, then that item's error is thrown
/// (from `submit` or `finish`); nothing after it is written.
public final class OrderedParallelMap<Item: Sendable> {
  /// A worker appends the output for one item.
  public typealias Worker = (Item, inout [UInt8]) throws -> Void

  private let threads: Int
  private let batchSize: Int
  private let batchBytes: Int
  private let weight: @Sendable (Item) -> Int
  private var pendingBytes = 0
  private let makeWorker: @Sendable () throws -> Worker
  private let write: ([UInt8]) throws -> Void
  private let pool: ChunkPool<Worker>?
  private var soloWorker: Worker?
  private var pendingItems: [Item] = []
  /// Submitted batches not yet written (at most two).
  private var submitted: [ChunkJob<Worker>] = []
  private var failed = false

  /// `weight` is an item's size in bytes, for `batchBytes` and `WorkerRenewal` (0 by default:
  /// batches of `batchSize` items).
  public init(
    threads: Int, batchSize: Int = 2048, batchBytes: Int = 4 << 20,
    weight: @escaping @Sendable (Item) -> Int = { _ in 0 },
    makeWorker: @escaping @Sendable () throws -> Worker, write: @escaping ([UInt8]) throws -> Void
  ) {
    self.threads = max(1, threads)
    self.batchSize = max(1, batchSize)
    self.batchBytes = max(1, batchBytes)
    self.weight = weight
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
    let size = weight(item)
    pendingBytes += size
    // An item of `WorkerRenewal.bytes` or more closes its batch, as a line does in
    // `ParallelLineProcessor`: at most two such are worked on at once.
    if pendingItems.count >= batchSize || pendingBytes >= batchBytes || size >= WorkerRenewal.bytes { try flush() }
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
    pendingBytes = 0
    if pool == nil && soloWorker == nil { soloWorker = try makeWorker() }
    let chunks = pool == nil ? 1 : min(items.count, threads * 16)
    @Sendable func range(_ chunk: Int) -> Range<Int> {
      (items.count * chunk / chunks)..<(items.count * (chunk + 1) / chunks)
    }
    let weight = self.weight
    let large = Set((0..<chunks).filter { chunk in range(chunk).contains { weight(items[$0]) >= WorkerRenewal.bytes } })
    let job = ChunkJob<Worker>(chunks: chunks, renewingWorkerAfter: large) { chunk, worker, output in
      for index in range(chunk) {
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
      // Made again for the next batch after a very large item (`WorkerRenewal`).
      if !large.isEmpty {
        soloWorker = nil
        WorkerRenewal.returnFreedMemory()
      }
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
