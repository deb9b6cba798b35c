#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension UnsafeBufferPointer where Element == UInt8 {
  /// Whether two byte strings are equal: the lengths first, then `memcmp`. The generic
  /// `elementsEqual` is an out-of-line call that walks both sequences byte by byte, also when the
  /// lengths differ (most of the rules' word tests: a norm against a word of another length).
  @inline(__always)
  func bytesEqual(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard count == other.count else { return false }
    guard count > 0, let base = baseAddress, let otherBase = other.baseAddress else { return true }
    return memcmp(base, otherBase, count) == 0
  }
}
