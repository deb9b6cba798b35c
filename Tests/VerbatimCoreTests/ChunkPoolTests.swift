import Testing

@testable import VerbatimCore

@Suite struct ChunkPoolTests {
  struct Skipped: Error {}

  /// Memory stays bounded only if the pool lets go of a job once all its chunks are taken: a job
  /// kept in the queue would keep its batch and every chunk's output alive until the end of the run.
  @Test func thePoolLetsGoOfJobsWhoseChunksAreAllTaken() throws {
    let pool = ChunkPool<Int>(threads: 2, make: { 7 })
    defer { pool.close() }
    weak var firstJob: ChunkJob<Int>?
    do {
      let job = ChunkJob<Int>(chunks: 8) { chunk, worker, output in output.append(UInt8(chunk + worker)) }
      firstJob = job
      pool.submit(job)
      job.wait()
      var written: [UInt8] = []
      try job.write({ written += $0 }, skipped: Skipped())
      #expect(written == (0..<8).map { UInt8($0 + 7) })
    }
    let second = ChunkJob<Int>(chunks: 8) { _, _, output in output.append(1) }
    pool.submit(second)
    second.wait()
    #expect(firstJob == nil)
  }

  @Test func aFailingChunkStopsThePoolAndLaterChunksAreNotRun() throws {
    struct Failure: Error, Equatable {}
    // One pool thread, so that the order of events is fixed: chunk 10 fails before any later
    // chunk is taken.
    let pool = ChunkPool<Int>(threads: 1, make: { 0 })
    defer { pool.close() }
    let job = ChunkJob<Int>(chunks: 64) { chunk, _, output in
      if chunk == 10 { throw Failure() }
      output.append(UInt8(chunk))
    }
    pool.submit(job)
    let later = ChunkJob<Int>(chunks: 4) { _, _, output in output.append(99) }
    pool.submit(later)
    job.wait()
    later.wait()
    var written: [UInt8] = []
    #expect(throws: Failure()) { try job.write({ written += $0 }, skipped: Skipped()) }
    #expect(written == (0..<10).map { UInt8($0) })
    // Every chunk of the later job was skipped, so nothing of it can be written.
    #expect(throws: Skipped.self) { try later.write({ written += $0 }, skipped: Skipped()) }
  }
}
