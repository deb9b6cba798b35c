import ArgumentParser
import Pipeline
import Redaction
import VerbatimCore

struct Redact: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redact",
    abstract: "Replace personal data in texts with typed placeholders.",
    discussion: """
      Reads one text per line (or, with --jsonl, one JSON object per line) and
      writes it with e-mail addresses (also spelled out: "jane at example dot
      com", "jane(at)example(dot)org"), phone numbers (with an extension: "ext.
      23", "x104"), payment cards (Luhn-checked), IBANs (mod-97-checked), US
      Social Security numbers (123-45-6789, or nine digits after "SSN"; SSA
      rules; ITINs after "ITIN" or "TIN"; after a cue such as "card", "IBAN" or
      "SSN" a number of the right shape is redacted whatever its checksum), UK
      National Insurance numbers (AB 12 34 56 C; HMRC prefix rules), IP
      addresses, URL tokens and profile paths, postcodes (UK, Canadian, US
      ZIP+4, and a ZIP code after a state or a cue: "TX 78701", "my zip code is
      10001"), names after greetings, introductions ("my name is", "I'm", "call
      me", "contact person:", "Mein Name ist"; after an introduction also a name
      in a script without case: "my name is 田中太郎") and sign-offs, dates of birth
      ("DOB 12/03/1985", "born on 3 March 1985"), account numbers and sort codes
      ("account no. 12345678", "sort code 12-34-56"), order, customer,
      membership, policy, ticket, case, claim, booking, licence, passport and ID
      card numbers after their cues ("order number 112-3456789-1234567", "Order
      #A1234567", "passport number 123456789": 5+ digits, or 6+ letters and
      digits with 3+ digits), NHS numbers after "NHS" ("NHS number 943 476
      5919"), street addresses with a house number, a capitalised street name
      and a street type ("42 Elm Road", "Flat 3, 17 Queen's Drive", "1600
      Pennsylvania Ave NW"; not "3 Main Street stores"), and custom patterns
      replaced by [EMAIL], [PHONE], [CARD], [IBAN], [IP], [URL], [POSTCODE],
      [NAME], [SSN], [NINO], [DATE_OF_BIRTH], [ACCOUNT_NUMBER], [REFERENCE],
      [NHS_NUMBER], [ADDRESS] or [PATTERN_NAME]. Text is read as it shows: any
      Unicode space, dash or minus between digit groups separates them as a
      space or "-" does ("07700–900123", "07700 – 900123"), a hyphen-like dash
      inside an e-mail address is part of it ("billing–support@example.com"),
      the letter O among digits is a zero ("O77OO 9OO123"), and invisible
      characters inside a number, address or name (zero-width space, soft
      hyphen, direction marks) are masked with it. One line break inside a
      number joins its groups when they make a whole national or international
      phone number ("07700\\n900123" in a JSON text); a blank line never does. Other countries' postcodes need a custom mask
      (--pattern NL_POSTCODE=9{4} AA). Not found: addresses
      without a house number or street type, or in lower case ("Baker Street",
      "42 elm road"), a lower-case name after "I'm" or "this is" ("this is
      karen"), and @handles (most name the brand, which coders need); look for
      them in a sample before coders see it.

      With --jsonl the text field is replaced in place, other members are kept in
      order with the personal data in them redacted as `code --redact` does (a
      member named for identifying data, such as "email" or "phone", becomes
      "[REDACTED]"; "id", "respondent" and "question" are kept), and a
      "redactions" object with the counts per type found in the text (only types
      found, in the order above, custom patterns last) is appended. A summary of
      counts goes to standard error; messages never contain input text. Output is
      UTF-8 with one line per input line, each ending in LF: a byte order mark and
      CR LF line endings are not copied.

      Custom masks: 9 = digit, A = letter, X = letter or digit, \\c = the character
      c, {n} or {m,n} after an element = repetition; any other character stands for
      itself.

      \(LineRejectOptions.stopHelp(verb: "redacted"))

      Exit status: 0 ok (rejected lines under --keep-going included), 2 usage,
      65 bad data (a malformed JSON line or invalid UTF-8 without --keep-going,
      more rejects than --max-rejects allows), 66 when the input cannot be
      opened, 74 for an I/O error (reading, or writing standard output).

      Examples:
        echo 'Hi Sarah, call me on +44 20 7946 0000' | verbatim redact
        verbatim redact --jsonl answers.jsonl --pattern ORDER=AA-9{6} \\
          --types email,phone,card
      """)

  @OptionGroup var lines: TextLineOptions

  @Option(
    name: .customLong("pattern"),
    help: ArgumentHelp("A custom pattern NAME=MASK, e.g. ORDER=AA-999999 (repeatable).", valueName: "NAME=MASK"))
  var patterns: [String] = []

  @Option(
    help: """
      Comma-separated built-in types to detect: email,phone,card,iban,ip,url,postcode,name,ssn,nino,date_of_birth,account_number,reference,nhs_number,address \
      (default: all).
      """)
  var types: String?

  @OptionGroup var rejectOptions: LineRejectOptions

  func validate() throws {
    try lines.check(ownFields: ["redactions"])
  }

  func run() throws {
    let limit = try rejectOptions.rejectLimit()
    try rejectOptions.check(against: [lines.inputFile, lines.outputFile])
    lines.noteInput()
    let redactor: Redactor
    do {
      var configuration = RedactionConfiguration()
      if let types { configuration.types = try RedactionConfiguration.types(parsing: types) }
      configuration.patterns = try patterns.map { spec throws(RedactionError) in try CustomPattern(specification: spec)
      }
      redactor = try Redactor(configuration: configuration)
    } catch {
      throw fail(error.description, status: .usage)
    }
    // Lines that are no usable record, and blank ones (`LineRejects`).
    let rejected = LineRejects(source: lines.input)
    let keepGoing = rejectOptions.goesOn
    do {
      let reader = try lines.openReader()
      let sink = try OutputSink(path: lines.output, against: [lines.inputFile])
      let decoder = lines.decoder()
      // Read once: a property wrapper's getter (and the text field's default) would run per record.
      let jsonl = lines.jsonl
      let textField = lines.textField
      var writer = JSONWriter(capacity: 4096)
      var totals: [RedactionType: Int] = [:]
      var metadata = MetadataRedactions()
      var records = 0
      var recordsRedacted = 0
      var replaced = 0
      var blank = 0
      // Streams like the other filters: what is buffered goes out when a pipe or terminal pauses
      // (`tail -f answers.txt | verbatim redact` answers as lines come; QA review 13).
      // Under --keep-going a line over the limit is rejected at its end and the run goes on.
      reader.stopsAtLongLine = !keepGoing
      try reader.forEachLine(
        maximumLength: LineReader.maximumLineBytes,
        tooLong: rejected.longLineHandler(keepGoing: keepGoing) ?? reader.refuseLongLine,
        whenInputPauses: { try sink.flush() },
        body: { bytes, line in
          if decoder.isBlankJSONLine(bytes) {
            blank += 1
            rejected.addBlank(line)
            return true
          }
          let record: TextRecord
          do {
            let replacements: Int
            (record, replacements) = try decoder.decode(bytes, line: line)
            replaced += replacements
          } catch let error as InputError where keepGoing {
            rejected.add(error, line: line, bytes: bytes, decoder: decoder)
            return true
          }
          records += 1
          // An answer to a contact question ("Surname", "Telephone number") is withheld whole, so
          // nothing in it is redacted or counted but the withholding.
          let withheld = jsonl && ContactQuestion.asks(record)
          let result = redactor.redact(withheld ? ContactQuestion.placeholder : record.text)
          totals.merge(result.counts, uniquingKeysWith: +)
          var recordMetadata = MetadataRedactions()
          if withheld { recordMetadata.withheld += 1 }
          if jsonl {
            writer.reset()
            writer.beginObject()
            for member in record.members where member.key != "redactions" {
              writer.key(member.key)
              if member.key == textField, case .string = member.value {
                writer.string(result.text)
              } else {
                // Metadata reaches coders too (review r19c): redacted as `code --redact` carries it.
                writer.value(member.redactedAsCarried(by: redactor, tally: &recordMetadata).value)
              }
            }
            writer.key("redactions")
            writer.beginObject()
            for (type, count) in result.sortedCounts {
              writer.key(type.label)
              writer.number(count)
            }
            writer.endObject()
            writer.endObject()
            try sink.writeLine(writer)
          } else {
            try sink.write(result.text)
            try sink.write("\n")
          }
          if !result.counts.isEmpty || !recordMetadata.isEmpty { recordsRedacted += 1 }
          metadata.add(recordMetadata)
          return true
        })
      try sink.commit()
      if let path = rejectOptions.rejects {
        try rejected.write(to: path, against: [lines.inputFile, lines.outputFile])
      }
      if replaced > 0 { printError(replacementNote(replaced)) }
      noteBlankLines(blank)
      printError(Self.summary(records: records, redacted: recordsRedacted, totals: totals, metadata: metadata))
      let rejects = rejected.count
      if keepGoing {
        printError(
          rejectOptions.summary(
            read: reader.lineNumber, written: records, verb: "redacted", rejected: rejects, blank: blank))
      }
      try rejectOptions.checkLimit(limit, rejected: rejects, of: records + rejects, file: lines.input)
    } catch {
      throw rejected.exit(for: error, keepGoing: keepGoing, output: lines.output, otherwise: cliExit)
    }
  }

  /// `redacted 3 span(s) of text in 2 of 12 record(s): EMAIL 2, PHONE 1; metadata: 4 identifying
  /// value(s) withheld, PHONE 1`, types in `RedactionType` order; `redacted` counts the records with any
  /// redaction, in the text or in other members (QA review 17: the metadata was in no count).
  static func summary(
    records: Int, redacted: Int, totals: [RedactionType: Int], metadata: MetadataRedactions = MetadataRedactions()
  ) -> String {
    let total = totals.values.reduce(0, +)
    guard total > 0 || !metadata.isEmpty else { return "redacted nothing in \(records) record(s)" }
    var line = "redacted \(total) span(s) of text in \(redacted) of \(records) record(s)"
    if total > 0 {
      line += ": " + totals.sorted { $0.key < $1.key }.map { "\($0.key.label) \($0.value)" }.joined(separator: ", ")
    }
    if let summary = metadata.summary { line += "; " + summary }
    return line
  }
}
