internal import CLibXML2

/// The libxml2 the process was built against, for run manifests (the headers' dotted version; the
/// system's shared library is the same package, libxml2-dev).
public enum XMLLibraryInfo {
  /// The library's version as dotted text, e.g. "2.9.14".
  public static var version: String { LIBXML_DOTTED_VERSION }
}
