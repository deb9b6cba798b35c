extension JSONValue {
  /// The first member name that an object repeats, at any depth, with the path of the object that
  /// repeats it (`""` for this value itself, `meta` or `meta.contact` for nested objects, `[2]` for
  /// an array element), or nil. JSON leaves duplicate names undefined: Python's `json` keeps the
  /// last value, this parser the first, so a record with one is refused rather than read one way
  /// (QA review 32, L1: only the top level was checked, and a repeated `meta` member changed what
  /// `meta.` rules saw).
  public var firstRepeatedName: (path: String, name: String)? {
    switch self {
    case .object(let members):
      if let repeated = Self.firstRepeatedKey(members) { return ("", repeated) }
      for member in members {
        if let (path, name) = member.value.firstRepeatedName {
          return (path.isEmpty ? member.key : member.key + (path.hasPrefix("[") ? "" : ".") + path, name)
        }
      }
      return nil
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        if let (path, name) = element.firstRepeatedName {
          return ("[\(index)]" + (path.isEmpty || path.hasPrefix("[") ? "" : ".") + path, name)
        }
      }
      return nil
    case .string, .number, .bool, .null:
      return nil
    }
  }

  /// The first member name (in order) equal to an earlier one, with `String`'s equality (canonical
  /// equivalence, as a `Set<String>` decides it). An object of up to 16 members, the usual record,
  /// is compared pair by pair: a set cost about 3,500 instructions per two-member record, most of
  /// it hashing and allocation.
  static func firstRepeatedKey(_ members: [JSONMember]) -> String? {
    if members.count <= 16 {
      for later in members.indices.dropFirst() {
        let key = members[later].key
        for earlier in 0..<later where members[earlier].key == key { return key }
      }
      return nil
    }
    var names: Set<String> = []
    return members.first(where: { !names.insert($0.key).inserted })?.key
  }

  /// The message for `firstRepeatedName`.
  public static func repeatedNameMessage(path: String, name: String) -> String {
    path.isEmpty
      ? "the member \"\(name)\" appears twice (JSON leaves duplicate names undefined)"
      : "the member \"\(name)\" appears twice in \"\(path)\" (JSON leaves duplicate names undefined)"
  }
}
