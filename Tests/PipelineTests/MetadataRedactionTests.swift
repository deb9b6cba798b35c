import Redaction
import SurveyImport
import Testing
import VerbatimCore

@testable import Pipeline

/// `--redact` on metadata: nested values and the JSON Lines records of `verbatim code -`.
@Suite struct MetadataRedactionTests {
  private let record = SurveyRecord(
    respondent: "R_1", question: "Q1", text: "fine",
    meta: [
      JSONMember("channel", .string("app")), JSONMember("IPAddress", .string("203.0.113.5")),
      JSONMember(
        "contact", .object([JSONMember("phone", .string("+44 20 7946 0958")), JSONMember("tier", .number("2"))])),
      JSONMember(
        "notes", .array([.string("write to bob@example.com"), .object([JSONMember("email", .string("x@y.z"))])])),
    ])

  private func parse(_ bytes: [UInt8]) throws -> JSONValue {
    try JSONParser.parse(String(decoding: bytes, as: UTF8.self))
  }

  /// Review r8b #1: identifying keys become "[REDACTED]" and other strings go through the redactor
  /// at any depth (the e-mail placeholder is "[EMAIL]", see RedactionType).
  @Test func nestedMetadataIsRedacted() throws {
    var writer = JSONWriter()
    writer.beginObject()
    writer.surveyMembers(of: record, text: "fine", redactor: try Redactor())
    writer.endObject()
    let meta = try #require(try parse(writer.bytes)["meta"])
    #expect(meta["channel"] == .string("app"))
    #expect(meta["IPAddress"] == .string("[REDACTED]"))
    #expect(meta["contact"]?["phone"] == .string("[REDACTED]"))
    #expect(meta["contact"]?["tier"] == .number("2"))
    guard case .array(let notes)? = meta["notes"] else {
      Issue.record("notes is not an array")
      return
    }
    #expect(notes.first == .string("write to [EMAIL]"))
    #expect(notes.last?["email"] == .string("[REDACTED]"))
    let text = writer.string
    for secret in ["203.0.113.5", "7946", "bob@example.com", "x@y.z"] { #expect(!text.contains(secret), "\(secret)") }
  }

  /// `code -` on `verbatim import` output writes the same members as `code EXPORT` (one process).
  @Test func carriedMembersAreRedactedAsAnExportsAre() throws {
    let redactor = try Redactor()
    var imported = JSONWriter()
    record.write(to: &imported)
    let members: [JSONMember]
    guard case .object(let parsed) = try parse(imported.bytes) else {
      Issue.record("not an object")
      return
    }
    members = parsed
    let line = TextRecord(id: .string(record.id), text: record.text, members: members, line: 1)
    var piped = JSONWriter()
    piped.beginObject()
    var pipedTally = MetadataRedactions()
    piped.redactedCarriedMembers(of: line, replacing: ["text"], redactor: redactor, tally: &pipedTally)
    piped.key("text")
    piped.string(record.text)
    piped.endObject()
    var direct = JSONWriter()
    direct.beginObject()
    var directTally = MetadataRedactions()
    direct.surveyMembers(of: record, text: record.text, redactor: redactor, tally: &directTally)
    direct.endObject()
    #expect(try parse(piped.bytes)["meta"] == parse(direct.bytes)["meta"])
    // Both count what they redacted alike (QA review 17), and count something.
    #expect(pipedTally == directTally && !directTally.isEmpty)
    for key in ["id", "respondent", "question"] { #expect(try parse(piped.bytes)[key] == parse(direct.bytes)[key]) }
  }

  /// Top-level fields of other JSON Lines are judged like metadata fields; ids are kept.
  @Test func otherJSONLinesFieldsAreRedacted() throws {
    let members = [
      JSONMember("id", .string("ann@example.com")), JSONMember("email", .string("ann@example.com")),
      JSONMember("note", .string("call +44 20 7946 0958")), JSONMember("text", .string("ok")),
    ]
    let line = TextRecord(id: .string("ann@example.com"), text: "ok", members: members, line: 1)
    var writer = JSONWriter()
    writer.beginObject()
    var tally = MetadataRedactions()
    writer.redactedCarriedMembers(of: line, replacing: ["text"], redactor: try Redactor(), tally: &tally)
    writer.endObject()
    // One identifying member withheld ("email"), one phone number in "note"; the id is kept.
    #expect(tally.withheld == 1 && tally.spans == [.phone: 1])
    let value = try parse(writer.bytes)
    #expect(value["id"] == .string("ann@example.com"))
    #expect(value["email"] == .string("[REDACTED]"))
    #expect(value["note"] == .string("call [PHONE]"))
    #expect(value["text"] == nil)
    // The same judgement member by member (for commands that rewrite records, e.g. `sample`).
    let redactor = try Redactor()
    #expect(
      members.map { $0.redactedAsCarried(by: redactor).value } == [
        .string("ann@example.com"), .string("[REDACTED]"), .string("call [PHONE]"), .string("ok"),
      ])
  }

  /// Review r18a: the other common spellings of name, phone and address columns are identifying
  /// (they were written in clear); ordinary columns are not.
  @Test func commonNamePhoneAndAddressColumnsAreIdentifying() {
    for key in [
      "Surname", "Family name", "Given name", "Forename", "Vorname", "Nachname", "Telephone", "Cell", "Home address",
      "Postal code", "Location", "WorkPhone", "Respondent name", "Customer",
    ] {
      #expect(SurveyRecord.isIdentifying(key), "\(key)")
    }
    for key in ["channel", "region", "segment", "StartDate", "Progress", "Finished", "Q1"] {
      #expect(!SurveyRecord.isIdentifying(key), "\(key)")
    }
  }

  /// QA review 23: location under the short names other tools use (`lat`, `lon`, `gps`, a `geo`
  /// object) was kept while `LocationLatitude` was withheld; so were `ssn`, `dob` and `username`.
  @Test func shortLocationNamesAndOtherIdentifiersAreWithheld() throws {
    for key in [
      "lat", "lon", "lng", "long", "Lat", "GPS", "Geo-Code", "LatLng", "geo_point", "SSN", "dob", "Date of birth",
      "username", "user_name",
    ] {
      #expect(SurveyRecord.isIdentifying(key), "\(key)")
    }
    // QA review 31 (L10) and QA review 29 (M5): combined coordinates, identity documents, bank
    // details and the person a record belongs to.
    for key in [
      "latitude_longitude", "GeoLatitude", "passport", "Passport No", "national_id", "IBAN", "sort_code",
      "comment_owner", "AccountOwner",
    ] {
      #expect(SurveyRecord.isIdentifying(key), "\(key)")
    }
    for key in ["latency", "language", "platform", "longest_wait", "category", "gpsEnabledApp", "user_type"] {
      #expect(!SurveyRecord.isIdentifying(key), "\(key)")
    }
    // A date of birth split over columns (a public Triple-S sample names them ADOBDayN1,
    // ADOBMonthN1 and ADOBYearN1); "adobe" and "dobro" hold the letters but no date part.
    for key in ["ADOBDayN1", "ADOBMonthN1", "ADOBYearN1", "DOB_month", "BirthYear", "Year of birth"] {
      #expect(SurveyRecord.isIdentifying(key), "\(key)")
    }
    for key in ["adobe_user", "dobro", "AdateF1", "mobile_app_version"] {
      #expect(!SurveyRecord.isIdentifying(key), "\(key)")
    }
    let redactor = try Redactor()
    let geo = JSONMember(
      "geo", .object([JSONMember("lat", .number("51.5")), JSONMember("lon", .number("-0.12"))]))
    #expect(
      geo.redactedAsCarried(by: redactor).value
        == .object([JSONMember("lat", .string("[REDACTED]")), JSONMember("lon", .string("[REDACTED]"))]))
    let gps = JSONMember("gps", .string("51.5,-0.12"))
    #expect(gps.redactedAsCarried(by: redactor).value == .string("[REDACTED]"))
    // A coded answer (Triple-S single choice, imported as code and label) is one value: withheld
    // whole under an identifying key, not judged member by member as a group of fields is.
    let month = JSONMember(
      "ADOBMonthN1", .object([JSONMember("code", .string("7")), JSONMember("label", .string("Jul"))]))
    #expect(month.redactedAsCarried(by: redactor).value == .string("[REDACTED]"))
    let tier = JSONMember("tier", .object([JSONMember("code", .string("2")), JSONMember("label", .string("Gold"))]))
    #expect(tier.redactedAsCarried(by: redactor).value == tier.value)
  }
}
