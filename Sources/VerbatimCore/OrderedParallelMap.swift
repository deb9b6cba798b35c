import Dispatch

/// Turns a stream of items into output bytes on several threads, keeping input order and bounded
/// memory: items are collected into batches of `batchSize`, each batch is cut into one contiguous
/// slice per thread, each thread runs its own worker (made once, on first use, by `makeWorker`, so
/// per-thread ICU handles and buffers are reused), and the slices' outputs are written in order.
///
/// Errors: the lines of output before the first failing item are written, then that item's error
/// is thrown (from `submit` or `finish`).
public final class OrderedParallelMap<Item: Sendable> {
  /// A worker appends the output for one item.
  public typealias Worker = (Item, inout [UInt8]) throws -> Void

  private let threads: Int
  private let batchSize: Int
  private let slots: GenericWorkerSlots<Item>
  private let write: ([UInt8]) throws -> Void
  private var pending: [Item] = []

  public init(
    threads: Int, batchSize: Int = 2048, makeWorker: @escaping @Sendable () throws -> Worker,
    write: @escaping ([UInt8]) throws -> Void
  ) {
    self.threads = max(1, threads)
    self.batchSize = max(1, batchSize)
    slots = GenericWorkerSlots(count: max(1, threads), make: makeWorker)
    self.write = write
    pending.reserveCapacity(self.batchSize)
  }

  /// Adds an item; processes a batch when one is full.
  public func submit(_ item: Item) throws {
    pending.append(item)
    if pending.count >= batchSize { try flush() }
  }

  /// Processes what is left. Call once at the end.
  public func finish() throws { try flush() }

  private func flush() throws {
    guard !pending.isEmpty else { return }
    let items = pending
    pending.removeAll(keepingCapacity: true)
    let parts = min(threads, items.count)
    let results = SliceResults(count: parts)
    let perPart = (items.count + parts - 1) / parts
    let slots = self.slots
    if parts == 1 {
      slots.run(part: 0, items: items[...], results: results)
    } else {
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let lower = part * perPart
        let upper = min(items.count, lower + perPart)
        slots.run(part: part, items: items[lower..<upper], results: results)
      }
    }
    for part in 0..<parts {
      guard let (output, failure) = results.take(part) else { break }  // every slice stores its result
      if !output.isEmpty { try write(output) }
      if let failure { throw failure }
    }
  }
}

/// Per-thread workers of an `OrderedParallelMap`; the same single-writer-per-slot invariant as
/// `WorkerSlots` makes the unchecked conformance sound.
final class GenericWorkerSlots<Item: Sendable>: @unchecked Sendable {
  private let workers: UnsafeMutableBufferPointer<OrderedParallelMap<Item>.Worker?>
  private let make: @Sendable () throws -> OrderedParallelMap<Item>.Worker

  init(count: Int, make: @escaping @Sendable () throws -> OrderedParallelMap<Item>.Worker) {
    workers = .allocate(capacity: count)
    workers.initialize(repeating: nil)
    self.make = make
  }

  deinit {
    workers.deinitialize()
    workers.deallocate()
  }

  func run(part: Int, items: ArraySlice<Item>, results: SliceResults) {
    var output: [UInt8] = []
    do {
      if workers[part] == nil { workers[part] = try make() }
      let worker = workers[part]!
      for item in items { try worker(item, &output) }
      results.store(part, output: output, failure: nil)
    } catch {
      results.store(part, output: output, failure: error)
    }
  }
}
