/// The checks both Qualtrics readers (XML and JSON) make once the export is read: a note on the
/// open-ended `unit`s ("column", "field") that the .qsf does not describe, and a usage error for
/// each `--question` that names none of the export's `unit`s or one that is not open-ended.
enum QualtricsClosingChecks {
  /// `undescribed` holds at most 100 names (the readers stop adding there); `seen` every name met;
  /// `place` says where the names were looked for ("in export.json" or "in the \"values\" of …").
  static func run(
    _ context: ImportContext, undescribed: Set<String>, seen: Set<String>, isText: (String) -> Bool, unit: String,
    place: String
  ) throws {
    if !undescribed.isEmpty {
      let listed = undescribed.sorted()
      let shown = listed.prefix(10).joined(separator: ", ") + (listed.count > 10 ? ", …" : "")
      context.note(
        "\(listed.count)\(listed.count == 100 ? " or more" : "") open-ended \(unit)(s) not in the .qsf (\(shown)): imported without question text; is the .qsf from this survey?"
      )
    }
    if context.stopped { return }
    for question in context.options.questions {
      if !seen.contains(question) {
        throw ImportError.usage(
          "--question \(question): no such \(unit) \(place) (Qualtrics open-ended \(unit)s end in _TEXT, e.g. QID7_TEXT)"
        )
      }
      if !isText(question) {
        throw ImportError.usage(
          "--question \(question): the \(unit) exists \(place) but is not open-ended (open-ended \(unit)s end in _TEXT; form fields such as QID9_1 need --qsf)"
        )
      }
    }
  }
}
