import Redaction

/// Redacts with all built-in types (and the given patterns) and returns the text.
func redacted(_ text: String, patterns: [CustomPattern] = []) -> String {
  let redactor = try! Redactor(configuration: RedactionConfiguration(patterns: patterns))
  return redactor.redact(text).text
}

/// Redacts with every built-in type but references (`[REFERENCE]` claims any identifier after an
/// order or ticket cue, QA review 42): what the other detectors leave of a labelled number.
func redactedButReferences(_ text: String, patterns: [CustomPattern] = []) -> String {
  let types = Set(RedactionType.builtIn).subtracting([.reference])
  let redactor = try! Redactor(configuration: RedactionConfiguration(types: types, patterns: patterns))
  return redactor.redact(text).text
}

/// Redacts with only `type` enabled.
func redacted(_ text: String, only type: RedactionType) -> String {
  let redactor = try! Redactor(configuration: RedactionConfiguration(types: [type]))
  return redactor.redact(text).text
}
