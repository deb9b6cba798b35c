#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the machine said about one verbatim, kept for the join with human codes.
public struct MachineCodes: Sendable {
  public var text: String
  public var sentiment: String
  public var compound: Double
  /// Tag codes assigned by rules (implied parents excluded: levels are rolled up explicitly).
  public var tags: [String]
  public var explanation: [String]
  public var metadata: [String: String]
}

/// Collects the machine's codes of the items humans coded, from several worker threads.
final class MachineCodeCollector: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var codes: [String: MachineCodes] = [:]
  private var order: [String] = []
  let wanted: Set<String>

  init(wanted: Set<String>) {
    self.wanted = wanted
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  func add(id: String, _ value: MachineCodes) {
    guard wanted.contains(id) else { return }
    pthread_mutex_lock(mutex)
    codes[id] = value
    pthread_mutex_unlock(mutex)
  }

  var all: [String: MachineCodes] {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return codes
  }
}
