/// What both Qualtrics readers (XML and JSON) decide about a column or field the same way: whether
/// it is open-ended, the note on validated text-entry boxes kept in meta, and the checks made once
/// the export is read (a note on the open-ended `unit`s, "column" or "field", that the .qsf does not
/// describe, and a usage error for each `--question` that names none of the export's `unit`s or one
/// that is not open-ended).
enum QualtricsFieldRules {
  /// Whether `column` is an open-ended answer: a box the .qsf validates (an e-mail, a phone, a
  /// date …) only when `--question` names it (`named`); otherwise a `_TEXT` column, or one the
  /// .qsf describes as text entry.
  static func isText(_ column: String, questions: QSFQuestions?, named: Set<String>) -> Bool {
    if questions?.validatedColumns[column] != nil { return named.contains(column) }
    return column.hasSuffix("_TEXT") || questions?.isTextColumn(column) == true
  }

  /// Whether `column` is a box the .qsf validates that `--question` does not name: kept in meta.
  static func isValidatedBox(_ column: String, questions: QSFQuestions?, named: Set<String>) -> Bool {
    questions?.validatedColumns[column] != nil && !named.contains(column)
  }

  /// A note for each validated box `seen` in the export, in name order.
  static func noteValidated(_ context: ImportContext, seen: Set<String>, questions: QSFQuestions?) {
    for column in seen.sorted() {
      context.note(
        "\(column) is a text-entry box validated as \(questions?.validatedColumns[column] ?? "data") in the .qsf: kept in meta, not imported as an answer (--question \(column) imports it)"
      )
    }
  }

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
