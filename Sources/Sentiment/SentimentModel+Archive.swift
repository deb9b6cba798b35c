extension SentimentConfiguration {
  /// Whether the configuration reads the shipped files alone: the default profile, the shipped
  /// lexicons and word lists, no file of the user's. Only such a model can come from the archive
  /// built with the binary (`SentimentModel.init(archive:configuration:)`); thresholds and rule
  /// constants are the configuration's either way.
  package var readsOnlyShippedFiles: Bool {
    profile == .default && includeShippedLexicons && lexicons.isEmpty && emojiLexicon == nil
      && negatorsPath == nil && intensifiersPath == nil && contrastPath == nil
  }
}

extension SentimentModel {
  /// The model's tables, sources and warnings as bytes (`ModelArchive`), for
  /// `init(archive:configuration:)`. Only a default-profile model of shipped files is archived:
  /// a user's file is read on every run, as its contents may change.
  package func archive() -> [UInt8] {
    precondition(vader == nil && sources.allSatisfy(\.embedded), "only a model of the shipped files is archived")
    var writer = ModelArchiveWriter(layout: RuleTables.archivedLayout)
    rules.archive(into: &writer)
    writer.integer(sources.count)
    for source in sources {
      writer.string(source.role)
      writer.string(source.name)
      writer.string(source.format.rawValue)
      writer.integer(source.entryCount)
    }
    writer.integer(warnings.count)
    for warning in warnings {
      writer.string(warning.file)
      writer.integer(warning.line)
      writer.string(warning.message)
    }
    return writer.finished()
  }

  /// The model `init(configuration:)` builds, read from `archive()`'s bytes instead of built from
  /// the files: the same tables, sources (their SHA-256 is of the embedded files, as ever) and
  /// warnings, with `configuration`'s thresholds and rule constants.
  ///
  /// Returns nil when `configuration` reads a file of the user's (`readsOnlyShippedFiles` is false)
  /// or when the bytes are not an archive this build can read (another format version or memory
  /// layout, a truncated or inconsistent table): the caller builds the model from the files then.
  /// The archive is the build's own output, not user input; the checks catch a stale or mismatched
  /// one (every count against the bytes left; hash-table shapes, fingerprints and key ranges; trie
  /// children and roots within the node array; the prefix filter's width), not every way a
  /// deliberately forged one could mislead the scorer. The token norms are the build machine's
  /// ICU's, as a model built at start-up would have the running machine's.
  /// - Throws: what `init(configuration:)` throws for the configuration's thresholds.
  package init?(archive bytes: UnsafeRawBufferPointer, configuration: SentimentConfiguration) throws(SentimentError) {
    try Self.validate(configuration.thresholds)
    guard configuration.readsOnlyShippedFiles else { return nil }
    do throws(ModelArchive.Damage) {
      var reader = try ModelArchiveReader(bytes, layout: RuleTables.archivedLayout)
      let tables = try RuleTables(archive: &reader)
      var sources: [LexiconSource] = []
      for _ in 0..<(try reader.count(ofSize: 32)) {
        let role = try reader.string()
        let name = try reader.string()
        guard let format = LexiconFormat(rawValue: try reader.string()), EmbeddedData.contains(name)
        else { throw ModelArchive.Damage(what: "source \(name)") }
        let entries = try reader.integer()
        sources.append(
          LexiconSource(
            role: role, name: name, embedded: true, format: format, entryCount: entries,
            contents: .embedded(name: name)))
      }
      var warnings: [LexiconWarning] = []
      for _ in 0..<(try reader.count(ofSize: 24)) {
        warnings.append(
          LexiconWarning(file: try reader.string(), line: try reader.integer(), message: try reader.string()))
      }
      guard reader.isAtEnd else { throw ModelArchive.Damage(what: "bytes after the last field") }
      self.init(
        profile: .default, thresholds: configuration.thresholds, parameters: configuration.parameters ?? .default,
        sources: sources, warnings: warnings, rules: tables)
    } catch {
      return nil
    }
  }
}
