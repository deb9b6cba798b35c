#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A thread-safe tally of named counts (replacements, rejects, redactions…) that parallel workers
/// add to. Reads return a sorted snapshot so reports are deterministic.
public final class SharedCounter: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var counts: [String: Int] = [:]

  public init() {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Adds `amount` to the count named `name`.
  public func add(_ name: String, _ amount: Int = 1) {
    guard amount != 0 else { return }
    pthread_mutex_lock(mutex)
    counts[name, default: 0] += amount
    pthread_mutex_unlock(mutex)
  }

  /// The count named `name`.
  public subscript(name: String) -> Int {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return counts[name] ?? 0
  }

  /// All counts, sorted by name.
  public var snapshot: [(name: String, count: Int)] {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}
