import Agreement
import ArgumentParser
import Pipeline
import Redaction
import VerbatimCore

struct Sample: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Draw a reproducible stratified sample of verbatims for human coding.",
    discussion: """
      Reads JSONL records and writes the sampled ones (in input order) with two added
      fields: "inclusion_probability" (n_h / N_h; 1/π is the Horvitz–Thompson weight)
      and "stratum" (the values of the --strata fields). The size is --size N, or the
      number of items that gives a 95% interval of Cohen's kappa with the given
      half-width (Bloch & Kraemer 1989) from --kappa-halfwidth and --expected-kappa.
      Allocations are rounded by largest remainder; a stratum rounded to no unit gets
      one from the largest allocation when the size allows (a stratum with inclusion
      probability 0 would drop out of every weighted estimate), so a proportional
      sample of 10 from strata of 998, 1 and 1 is 8, 1 and 1. With --strata, standard
      error lists each stratum's n_h of N_h and why it differs from its share (a
      stratum smaller than its share is taken whole, the rest going to the others). A
      record without an "id", and two records with the same "id", are an error
      (exit 65): coders' codes are joined back by id.

      With --redact, the text field of each sampled record is redacted and its
      identifying metadata (IP address, location, e-mail, phone, names) written as
      [REDACTED] before it is written, so coders never see the personal data
      (counts in a "redactions" member).

      Exit status: 0 ok, 2 usage, 65 bad data (a malformed JSON line, a missing
      or repeated id), 66 when the input cannot be opened, 74 for an I/O error
      (reading, or writing the output).

      Examples:
        verbatim sample --input answers.jsonl --size 400 --strata question \\
          --seed 7 --redact
        verbatim sample --input answers.jsonl --kappa-halfwidth 0.1 \\
          --expected-kappa 0.7 --seed 7
      """)

  @Option(help: "JSONL records (one object per line), or - for standard input.")
  var input: String

  @Option(parsing: .unconditional, help: "Sample size (1 or more).")
  var size: Int?

  @Option(
    parsing: .unconditional, help: "Half-width of the 95% interval of kappa to plan for (with --expected-kappa).")
  var kappaHalfwidth: Double?

  @Option(parsing: .unconditional, help: "Expected kappa for planning.")
  var expectedKappa: Double?

  @Option(parsing: .unconditional, help: "Expected prevalence of the positive category for planning (default 0.5).")
  var prevalence: Double = 0.5

  @Option(
    help: "Stratify by these fields, comma-separated: top-level fields, else fields of the record's \"meta\" object.")
  var strata: String?

  @Option(help: "Allocation across strata: proportional, equal or neyman.")
  var allocation: String = "proportional"

  @Option(help: "Numeric field whose within-stratum standard deviation drives Neyman allocation.")
  var variabilityField: String?

  @Option(parsing: .unconditional, help: "Random seed (required for reproducibility).")
  var seed: UInt64

  @OptionGroup var redactionOptions: RedactionOptionGroup

  @Option(help: "With --redact: the field that holds the verbatim.")
  var textField = "text"

  @Option(name: [.short, .long], help: "Write to this file instead of standard output.")
  var output: String?

  /// Usage checks (exit status 2).
  func check() throws {
    if size == nil && (kappaHalfwidth == nil || expectedKappa == nil) {
      throw AgreementError.invalidOption(message: "give --size N, or --kappa-halfwidth and --expected-kappa")
    }
    if size != nil && kappaHalfwidth != nil {
      throw AgreementError.invalidOption(message: "use either --size or --kappa-halfwidth")
    }
    if let size, size < 1 { throw AgreementError.invalidOption(message: "--size must be 1 or more") }
    guard let allocation = Allocation(rawValue: allocation) else {
      throw AgreementError.invalidOption(message: "--allocation must be proportional, equal or neyman")
    }
    if allocation == .neyman && variabilityField == nil {
      throw AgreementError.invalidOption(message: "--allocation neyman needs --variability-field FIELD")
    }
  }

  func run() throws {
    let redactor = try redactionOptions.makeRedactor()
    do {
      try check()
      let allocation = Allocation(rawValue: allocation) ?? .proportional
      var total = size ?? 0
      if size == nil {
        guard
          let planned = SampleSize.kappaItems(
            halfWidth: kappaHalfwidth!, expectedKappa: expectedKappa!, prevalence: prevalence)
        else {
          throw AgreementError.invalidOption(
            message: "planning needs 0 < half-width, 0 ≤ expected kappa < 1 and 0 < prevalence < 1")
        }
        total = planned
        printError("planned sample size: \(planned) items (Bloch & Kraemer 1989)")
      }
      let fields = strata.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
      // QA review 32 (L8): "--strata ''" ran unstratified and "channel,channel" made strata "web/web".
      if strata != nil, let problem = Self.strataProblem(fields) {
        throw AgreementError.invalidOption(message: problem)
      }
      // Refused before the input is read (review h43: `sample --input - -o s.jsonl < s.jsonl` read
      // it all, then replaced it with the sample).
      try refuseOutput(.output(output, option: "-o"), namingAnyOf: [.read(input, option: "--input")])
      let reader = try LineReader(path: input)
      let source = input == "-" ? "standard input" : input
      var records: [JSONValue] = []
      var keys: [String] = []
      var variability: [String: (count: Double, mean: Double, m2: Double)] = [:]
      var missingVariability = 0
      var variabilityFieldSeen = false
      // Per --strata field, the records that hold it, and the first record's field names (for the
      // message when no record does).
      var strataFieldCounts = Array(repeating: 0, count: fields.count)
      var firstRecordNames: [String] = []
      // Coders' codes are joined back by id (`validate --human`, `agree`): two records with one id
      // make that join ambiguous (QA review 21), as `import` refuses them.
      var lineOfID: [String: Int] = [:]
      try reader.forEachLine { raw, line in
        // A UTF-8 byte-order mark (Excel, some editors) is not part of the first record, as in the other commands.
        let bom = line == 1 && raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let bytes = bom ? UnsafeBufferPointer(rebasing: raw[3...]) : raw
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return true }
        try InputError.checkNoByteOrderMark(bytes, path: source, line: line)
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch let error as JSONSyntaxError {
          throw InputError.malformedJSON(
            path: source, line: line, column: error.position(in: bytes).column, message: error.message)
        }
        guard case .object = value else {
          throw InputError.wrongType(path: source, line: line, field: "(line)", expected: "a JSON object")
        }
        // A repeated name is refused, as the other commands refuse it: which "id" or stratum value
        // counts would be up to the reader.
        if let (path, name) = value.firstRepeatedName {
          throw InputError.malformedJSON(
            path: source, line: line, column: JSONParser.repeatedNameColumn(path: path, name: name, in: bytes) ?? 1,
            message: JSONValue.repeatedNameMessage(path: path, name: name))
        }
        guard let id = value["id"], id != .null else {
          // Nor can a record without an id be joined back: its codes would be lost.
          throw fail(
            "\(source):\(line): the record has no \"id\"; coders' codes are joined back by id, so each record "
              + "needs one (`verbatim import` writes one)",
            status: .dataError)
        }
        // As `agree` and `gate` join them: a number id by its integer's digits, so that 1, 1.0 and
        // 1e0 (pandas writes float ids) are one item there and one id here (review h59c: they
        // passed as two records, whose codes then collided in `agree`).
        var idKey = id.identifierText
        if case .number(let text) = id, let integral = JSONValue.integralText(ofNumber: text) { idKey = integral }
        if let first = lineOfID.updateValue(line, forKey: idKey) {
          throw fail(
            "\(source):\(line): id \(id.identifierText) is also the id of line \(first); coders' codes are joined "
              + "back by id, so each record needs its own (`verbatim import` rejects a repeated id)",
            status: .dataError)
        }
        // Under --redact a record without its text (a wrong --text-field) would reach the coders
        // unredacted: refuse it (review r19c). A null text (a blank answer) is redacted around.
        if redactor != nil {
          switch value[textField] {
          case .string?, .null?: break
          case nil:
            throw fail(
              "\(source):\(line): no \"\(textField)\" field to redact (give --text-field NAME for the field that "
                + "holds the verbatim)", status: .dataError)
          case _?:
            throw InputError.wrongType(
              path: source, line: line, field: textField, expected: "a string or null",
              column: JSONParser.valueColumn(ofMember: textField, in: bytes))
          }
        }
        var parts: [String] = []
        if records.isEmpty, case .object(let members) = value {
          firstRecordNames = members.map(\.key).filter { $0 != "meta" }
          if case .object(let meta)? = value["meta"] { firstRecordNames += meta.map(\.key) }
        }
        for (position, field) in fields.enumerated() {
          // A top-level field, else one of the record's "meta" object (`verbatim import` output).
          // A record without it is in the stratum of null: `import` leaves a blank cell out of
          // "meta" (QA review 40: a blank store cell stopped the sample).
          guard let member = value[field] ?? value["meta"]?[field] else {
            parts.append("\u{1E}null")
            continue
          }
          strataFieldCounts[position] += 1
          // A string is its text and a number its value written shortest (1, 1.0 and 1e0 are one
          // stratum; QA review 23), as is a boolean (true and "true" are one: exports write either;
          // QA review 32, L4: two strata that both read "true"); null, arrays and objects are marked
          // (U+001E) so that null and the string "null" are two strata (QA review 14), and are
          // written back as JSON values.
          switch member {
          case .string(let text): parts.append(text)
          case .number(let text): parts.append(Self.numberKey(text))
          case .bool(let flag): parts.append(flag ? "true" : "false")
          default: parts.append("\u{1E}" + member.identifierText)
          }
        }
        let key = parts.joined(separator: "\u{1F}")
        if let name = variabilityField {
          // `import` writes every metadata value as a string ("Q2": "4"): a string that holds a
          // number is that number (QA review 17: Neyman allocation could not be used on import's
          // output); null, a missing field or a blank string is a missing score, left out of the
          // stratum's standard deviation and counted.
          // A top-level field, else one of the record's "meta" object, as for --strata.
          let field = value[name] ?? value["meta"]?[name]
          if field != nil { variabilityFieldSeen = true }
          let number: Double
          if let direct = field?.doubleValue {
            number = direct
          } else if case .string(let text)? = field,
            let parsed = Double(text.trimmingCharacters(in: .whitespaces)), parsed.isFinite
          {
            number = parsed
          } else if field == nil || field == .null || field?.stringValue?.trimmingCharacters(in: .whitespaces) == "" {
            missingVariability += 1
            records.append(value)
            keys.append(key)
            return true
          } else {
            throw InputError.wrongType(
              path: source, line: line, field: name, expected: "a number (or a string that holds one)",
              column: JSONParser.valueColumn(ofMember: name, in: bytes)
                ?? JSONParser.valueColumn(ofMember: name, at: "meta", in: bytes))
          }
          var s = variability[key] ?? (0, 0, 0)
          s.count += 1
          let delta = number - s.mean
          s.mean += delta / s.count
          s.m2 += delta * (number - s.mean)
          variability[key] = s
        }
        records.append(value)
        keys.append(key)
        return true
      }
      // A --strata field no record has is a typo: name the fields there are.
      if !records.isEmpty, let missing = fields.indices.first(where: { strataFieldCounts[$0] == 0 }) {
        throw fail(
          "--strata \(fields[missing]): no record has such a field at the top level or in \"meta\" (fields of the first record: \(firstRecordNames.joined(separator: ", ")))",
          status: .usage)
      }
      for (position, field) in fields.enumerated() where strataFieldCounts[position] < records.count {
        printError(
          "note: \(records.count - strataFieldCounts[position]) record(s) have no \"\(field)\" field: they are in the stratum where it is null"
        )
      }
      // A field no record has is a typo, whatever the order of the records (review of this
      // session's diff: only the first record was checked).
      if let name = variabilityField, !variabilityFieldSeen, !records.isEmpty {
        throw fail(
          "--variability-field \(name): no record has such a field at the top level or in \"meta\"", status: .usage)
      }
      var seen = Set<String>()
      let order = keys.filter { seen.insert($0).inserted }
      let deviations = order.map { key -> Double in
        guard let s = variability[key], s.count > 1 else { return 0 }
        return (s.m2 / (s.count - 1)).squareRoot()
      }
      let sample = try StratifiedSample(
        strata: keys, size: total, allocation: allocation, seed: seed,
        variability: allocation == .neyman ? deviations : nil)
      let sink = try OutputSink(path: output, against: [.read(input, option: "--input")])
      var writer = JSONWriter(capacity: 4096)
      var redactionTotals: [String: Int] = [:]
      var metadataRedactions = MetadataRedactions()
      /// A stratum's values as the output writes them: a string, or the JSON value of a marked part
      /// (null, an array, an object); under --redact, as `code --redact` writes the fields they come
      /// from (an identifying field is "[REDACTED]").
      func stratumValues(_ key: String) -> [JSONValue] {
        zip(fields, key.split(separator: "\u{1F}", omittingEmptySubsequences: false)).map { field, part in
          let value: JSONValue =
            part.first == "\u{1E}"
            ? (try? JSONParser.parse(String(part.dropFirst()))) ?? .string(String(part.dropFirst()))
            : .string(String(part))
          let member = JSONMember(field, value)
          return (redactor.map { member.redactedAsCarried(by: $0) } ?? member).value
        }
      }
      /// The same for standard error: a string as it is, another value as JSON in angle brackets
      /// (`<null>`), so that null and "null" do not read alike.
      func shownStratum(_ key: String) -> [String] {
        stratumValues(key).map { value in
          if case .string(let text) = value { return text }
          var writer = JSONWriter()
          writer.value(value)
          return "<" + writer.string + ">"
        }
      }
      for (index, probability) in zip(sample.selected, sample.inclusionProbabilities) {
        guard case .object(var members) = records[index] else { continue }
        members.removeAll { $0.key == "inclusion_probability" || $0.key == "stratum" }
        if let redactor, let index = members.firstIndex(where: { $0.key == textField }) {
          // Coders see the redacted text only; the counts travel with the record. An answer to a
          // contact question ("Surname", "Telephone number") is withheld whole.
          let text = members[index].value.stringValue
          let withheld = text != nil && ContactQuestion.asks(members: members)
          let result = redactor.redact(withheld ? ContactQuestion.placeholder : text ?? "")
          if text != nil { members[index].value = .string(result.text) }
          if withheld { metadataRedactions.withheld += 1 }
          members.removeAll { $0.key == "redactions" }
          members.append(
            JSONMember("redactions", .object(result.sortedCounts.map { JSONMember($0.type.label, .int($0.count)) })))
          for (type, count) in result.counts { redactionTotals[type.label, default: 0] += count }
          // The other fields as `code --redact` writes them (identifying keys as [REDACTED], other
          // strings through the redactor, at any depth).
          for other in members.indices where other != index && members[other].key != "redactions" {
            members[other] = members[other].redactedAsCarried(by: redactor, tally: &metadataRedactions)
          }
        }
        members.append(JSONMember("inclusion_probability", .double(probability)))
        members.append(
          JSONMember("stratum", .array(fields.isEmpty ? [] : stratumValues(keys[index]))))
        writer.reset()
        writer.value(.object(members))
        try sink.writeLine(writer)
      }
      try sink.commit()
      if redactor != nil {
        var summary = redactionTotals.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        if let metadata = metadataRedactions.summary { summary.append(metadata) }
        printError("redacted: " + (summary.isEmpty ? "nothing found" : summary.joined(separator: ", ")))
      }
      if total > records.count { printError("requested \(total) items but the input has \(records.count); took all") }
      if missingVariability > 0, let name = variabilityField {
        printError(
          "note: \(missingVariability) record(s) have no \"\(name)\" (null, blank or missing): they are in the sample "
            + "frame but left out of their stratum's standard deviation")
      }
      if !fields.isEmpty {
        printError(
          Self.strataSummary(sample, records: records.count, allocation: allocation) {
            shownStratum($0).joined(separator: "/")
          })
      }
      let empty = sample.strata.filter { $0.sample == 0 }
      if !empty.isEmpty {
        let names = empty.prefix(5).map { shownStratum($0.key).joined(separator: "/") }
        printError(
          "warning: \(empty.count) stratum/strata got no unit (\(names.joined(separator: ", "))"
            + "\(empty.count > 5 ? ", …" : "")): the sample is smaller than the number of strata, "
            + "so estimates weighted by 1/inclusion_probability leave them out")
      }
    } catch {
      throw agreementExit(for: error)
    }
  }

  /// Why the `--strata` field list cannot be used (an empty name, a field named twice), or nil.
  static func strataProblem(_ fields: [String]) -> String? {
    if fields.contains(where: \.isEmpty) {
      return
        "--strata: a field name is empty; give the fields to stratify by, separated by commas (e.g. --strata question,channel)"
    }
    var seen: Set<String> = []
    if let repeated = fields.first(where: { !seen.insert($0).inserted }) {
      return "--strata: the field \"\(repeated)\" is named twice"
    }
    return nil
  }

  /// The most strata `strataSummary` lists one by one.
  static let listedStrata = 30

  /// A JSON number's stratum key: its value, an integer without a fraction ("1" for 1.0 and 1e0)
  /// and any other finite value in Swift's shortest round-trip form; the text as written when it
  /// does not fit a Double.
  static func numberKey(_ text: String) -> String {
    guard let value = Double(text), value.isFinite else { return text }
    if value == value.rounded(), abs(value) < 9.0e15 { return String(Int64(value)) }
    return String(value)
  }

  /// What each stratum got, for standard error: n_h of N_h, and why where it differs from its share
  /// n·w_h/Σw (a stratum smaller than its share is taken whole and the surplus goes to the others;
  /// one whose share rounds to nothing is given one unit). A coder-sample owner checks here that
  /// small strata were not silently swamped or left out.
  static func strataSummary(
    _ sample: StratifiedSample, records: Int, allocation: Allocation, shown: (String) -> String
  ) -> String {
    let drawn = sample.strata.reduce(0) { $0 + $1.sample }
    var lines = [
      "sample: \(drawn) of \(records) record(s) from \(sample.strata.count) stratum/strata (\(allocation.rawValue) allocation):"
    ]
    for stratum in sample.strata.prefix(listedStrata) {
      let share = (stratum.share * 10).rounded() / 10
      var line = "  \(shown(stratum.key)): \(stratum.sample) of \(stratum.population)"
      if stratum.sample == stratum.population && stratum.share > Double(stratum.population) + 1e-9 {
        line += " (all of it: smaller than its share of \(share); the rest went to the other strata)"
      } else if stratum.sample == 1 && stratum.share < 1 {
        line += " (share \(share): one unit, so that it is not left out)"
      } else if Double(stratum.sample) > stratum.share.rounded(.up) {
        line += " (share \(share), raised by what smaller strata could not take)"
      } else if Double(stratum.sample) < stratum.share.rounded(.down) {
        line += " (share \(share), lowered to give each small stratum one unit)"
      }
      lines.append(line)
    }
    if sample.strata.count > listedStrata {
      lines.append("  … and \(sample.strata.count - listedStrata) more stratum/strata")
    }
    return lines.joined(separator: "\n")
  }
}
