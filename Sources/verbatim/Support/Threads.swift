import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The number of online processors: the default for `--threads`.
func availableCores() -> Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

/// The most worker threads `--threads` accepts: more than this only exhausts the process limit
/// (review r21b: `--threads 2000000` filled it) without any gain.
let maximumThreads = 256

/// Refuses a `--threads` value below 1 or above `maximumThreads` (exit 2).
func checkThreads(_ threads: Int?) throws {
  guard let threads else { return }
  guard (1...maximumThreads).contains(threads) else {
    throw ValidationError("--threads must be between 1 and \(maximumThreads), not \(threads)")
  }
}
