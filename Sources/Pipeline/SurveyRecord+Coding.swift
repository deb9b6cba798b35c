public import Redaction
public import SurveyImport
public import VerbatimCore

extension JSONWriter {
  /// Writes an imported record's members with `text` in place of its own (the redacted text when
  /// redaction is on): `"id"`, `"respondent"`, `"question"`, `"question_text"`?, `"text"`, `"meta"`.
  ///
  /// With a `redactor`, the metadata is redacted too: fields that identify or locate a respondent
  /// (`SurveyRecord.identifyingMetaFields`: IP address, latitude and longitude or GPS, e-mail, phone,
  /// names, date of birth, user name) are written as "[REDACTED]", and every other string value, however deeply nested in
  /// objects and arrays, goes through the redactor.
  public mutating func surveyMembers(of record: SurveyRecord, text: String, redactor: Redactor? = nil) {
    var tally = MetadataRedactions()
    surveyMembers(of: record, text: text, redactor: redactor, tally: &tally)
  }

  /// The same, adding what redaction did to the metadata to `tally`.
  public mutating func surveyMembers(
    of record: SurveyRecord, text: String, redactor: Redactor?, tally: inout MetadataRedactions
  ) {
    key("id")
    string(record.id)
    key("respondent")
    string(record.respondent)
    key("question")
    string(record.question)
    if let questionText = record.questionText {
      key("question_text")
      string(questionText)
    }
    key("text")
    string(text)
    key("meta")
    if let redactor {
      value(.object(record.meta.map { SurveyRecord.redactedMember($0, redactor: redactor, tally: &tally) }))
    } else {
      value(.object(record.meta))
    }
  }
}

extension SurveyRecord {
  /// Metadata field names that identify or locate a respondent, compared case-insensitively with
  /// "_", "-" and spaces removed: Qualtrics' `IPAddress`, `LocationLatitude`, `LocationLongitude`,
  /// `RecipientEmail`, `RecipientFirstName`, `RecipientLastName`, the same words in other exports,
  /// and the short location names of other tools (`lat`, `lon`, `lng`, `gps`, `geo{lat,lon}`).
  /// Review r18a added the other common spellings of name, phone and address columns (English,
  /// German, French, Spanish), which `--redact` left in clear. Any key ending in "address" or "phone"
  /// (`IPAddress`, `EmailAddress`, `Telephone`) is identifying too (`isIdentifying`).
  static let identifyingMetaFields: Set<String> = [
    "ip", "latitude", "longitude", "email", "mail", "mobile", "mobilenumber", "tel", "cell", "fax",
    "firstname", "lastname", "fullname", "name", "surname", "familyname", "givenname", "forename", "middlename",
    "respondentname", "customername", "contactname", "customer", "contact",
    "street", "address1", "address2", "addressline1", "addressline2", "postcode",
    "postalcode", "zip", "zipcode", "location", "geo", "geolocation", "coordinates",
    // QA review 29: a respondent's town or city locates them as a postcode does.
    "city", "town",
    // QA review 23: location under the short names of other tools and APIs, and identifiers that
    // were kept (a social security number, a date of birth, a user name).
    "lat", "lon", "lng", "long", "latlng", "latlon", "latlong", "gps", "geopoint", "geocode", "coords", "ssn",
    "socialsecuritynumber", "dob", "dateofbirth", "birthdate", "birthday", "username", "login",
    "nachname", "vorname", "telefon", "handy", "adresse", "nom", "prenom", "prénom", "téléphone", "nombre",
    "apellido", "apellidos", "telefono", "teléfono", "direccion", "dirección",
    // QA review 31 (L10): identity documents and bank details.
    "passport", "passportnumber", "passportno", "nationalid", "nationalidnumber", "idcard", "idcardnumber",
    "driverslicense", "driverslicence", "drivinglicence", "licensenumber", "licencenumber", "taxid", "nino",
    "nationalinsurancenumber", "iban", "accountnumber", "bankaccount", "sortcode", "cardnumber", "creditcard",
  ]

  /// The members of an imported record that `--redact` writes as they are: the identifiers that join
  /// human codes, and the survey's own question wording.
  static let clearKeys: [String] = ["id", "respondent", "question", "question_text"]

  static func isIdentifying(_ key: String) -> Bool {
    let folded = String(key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    let stem = folded.hasPrefix("recipient") ? String(folded.dropFirst("recipient".count)) : folded
    let located = stem.hasPrefix("location") && stem != "location" ? String(stem.dropFirst("location".count)) : stem
    // Any "…address" or "…phone" column (HomeAddress, WorkPhone, MobilePhone, IPAddress).
    if stem.hasSuffix("address") || stem.hasSuffix("phone") || stem.hasSuffix("phonenumber") { return true }
    // Coordinates under any combined name ("latitude_longitude", "GeoLatitude"), and the person a
    // record belongs to ("comment_owner", "account_owner": a name); QA reviews 29 (M5) and 31 (L10).
    if stem.contains("latitude") || stem.contains("longitude") || stem.hasSuffix("owner") { return true }
    return identifyingMetaFields.contains(located) || isBirthDatePart(folded)
  }

  /// A date of birth split over several columns, as survey tools store it: any key with "birth"
  /// (`BirthYear`, `YearOfBirth`, `PlaceOfBirth`), or "dob" right before a day, month or year
  /// (`ADOBDayN1`, `DOB_month`, `dobYYYY` in the Triple-S sample of `../shared/samples`).
  private static func isBirthDatePart(_ folded: String) -> Bool {
    if folded.contains("birth") { return true }
    guard let range = folded.range(of: "dob") else { return false }
    let rest = folded[range.upperBound...]
    return ["day", "month", "mon", "year", "yr", "dd", "mm", "yy"].contains { rest.hasPrefix($0) }
  }

  /// `member` as `--redact` writes it: "[REDACTED]" when its key identifies or locates a respondent
  /// and its value is not an object (whatever the value), else its value with every string in it,
  /// at any depth, through the redactor and every member of a nested object judged the same way.
  static func redactedMember(_ member: JSONMember, redactor: Redactor, tally: inout MetadataRedactions) -> JSONMember {
    // An identifying key with an object ("contact": {"phone": …, "tier": 2}) is judged member by
    // member; with any other value, or a coded answer (`{"code", "label"}`, as Triple-S single-choice
    // values are imported: a month of birth), it is withheld whatever the value.
    if case .object(let members) = member.value, !isCodedAnswer(members) {
    } else if isIdentifying(member.key) {
      tally.withheld += 1
      return JSONMember(member.key, .string("[REDACTED]"))
    }
    return JSONMember(member.key, redactedValue(member.value, redactor: redactor, tally: &tally))
  }

  /// An answer imported as its code and label (`{"code": "7", "label": "Jul"}`): one value, not a
  /// group of fields.
  private static func isCodedAnswer(_ members: [JSONMember]) -> Bool {
    members.count == 2 && members[0].key == "code" && members[1].key == "label"
  }

  static func redactedValue(_ value: JSONValue, redactor: Redactor, tally: inout MetadataRedactions) -> JSONValue {
    switch value {
    case .string(let text):
      let result = redactor.redact(text)
      tally.spans.merge(result.counts, uniquingKeysWith: +)
      return .string(result.text)
    case .array(let elements): return .array(elements.map { redactedValue($0, redactor: redactor, tally: &tally) })
    case .object(let members):
      return .object(members.map { redactedMember($0, redactor: redactor, tally: &tally) })
    case .null, .bool, .number: return value
    }
  }
}

extension JSONWriter {
  /// Writes a JSON Lines record's members back (see `carriedMembers(of:replacing:)`), redacted as
  /// `surveyMembers(of:text:redactor:)` redacts an export's: the record's identifiers (`"id"`,
  /// `"respondent"`, `"question"`) and `"question_text"` as they are, every other member through
  /// `SurveyRecord.redactedMember` (its `"meta"` object included). So `verbatim import` piped into
  /// `verbatim code - --redact` writes what `verbatim code EXPORT --redact` writes.
  @discardableResult
  public mutating func redactedCarriedMembers(
    of record: TextRecord, replacing ownKeys: [String], redactor: Redactor, tally: inout MetadataRedactions
  ) -> Int {
    if record.members.isEmpty || !record.members.contains(where: { $0.key == "id" }) {
      key("id")
      value(record.id)
    }
    var left = 0
    for member in record.members {
      if ownKeys.contains(member.key) {
        left += 1
        continue
      }
      key(member.key)
      value(member.redactedAsCarried(by: redactor, tally: &tally).value)
    }
    return left
  }
}

extension JSONWriter {
  /// Writes a JSON Lines record's members back for `code -`, in their input order, as `score
  /// --jsonl` carries them (review h43 B11: the text moved after the other members and a `null`
  /// text became `""`): an `"id"` first when the record has none; the text member (`textField`)
  /// where it stands, as `redactedText` when that is given and the member is a string (`--redact`),
  /// else as read (a `null` stays `null`); with a `redactor`, every other member as
  /// `redactedCarriedMembers` writes it, else as read. Leaves out `ownKeys` (the members `code`
  /// writes itself) and returns how many it left out.
  @discardableResult
  public mutating func codedCarriedMembers(
    of record: TextRecord, textField: String, redactedText: String?, replacing ownKeys: [String],
    redactor: Redactor?, tally: inout MetadataRedactions
  ) -> Int {
    if record.members.isEmpty || !record.members.contains(where: { $0.key == "id" }) {
      key("id")
      value(record.id)
    }
    var left = 0
    var textWritten = false
    for member in record.members {
      if ownKeys.contains(member.key) {
        left += 1
        continue
      }
      key(member.key)
      // The first text member is the text (`TextRecordDecoder` reads the first).
      if member.key == textField, !textWritten {
        textWritten = true
        if let redactedText, case .string = member.value {
          string(redactedText)
        } else {
          value(member.value)
        }
      } else if let redactor {
        value(member.redactedAsCarried(by: redactor, tally: &tally).value)
      } else {
        value(member.value)
      }
    }
    return left
  }
}

extension JSONMember {
  /// This top-level member of a JSON Lines record as `--redact` writes it: `"id"`, `"respondent"`,
  /// `"question"` and `"question_text"` as they are; a member whose key identifies or locates a
  /// respondent as "[REDACTED]"; any other value with every string in it, at any depth, through the
  /// redactor (and nested members judged by their keys the same way).
  public func redactedAsCarried(by redactor: Redactor) -> JSONMember {
    var tally = MetadataRedactions()
    return redactedAsCarried(by: redactor, tally: &tally)
  }

  /// The same, adding what redaction did to `tally`.
  public func redactedAsCarried(by redactor: Redactor, tally: inout MetadataRedactions) -> JSONMember {
    SurveyRecord.clearKeys.contains(key) ? self : SurveyRecord.redactedMember(self, redactor: redactor, tally: &tally)
  }
}
