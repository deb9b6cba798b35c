/// What kind of personal data a replaced span held; each kind has a typed placeholder.
///
/// The synthesized `Comparable` order is the declaration order of the built-in kinds, then custom
/// patterns by name; outputs that list counts use it so they are deterministic. Kinds added later
/// are declared after `name`, so that the outputs of texts without them keep their order.
public enum RedactionType: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// An e-mail address → `[EMAIL]`.
  case email
  /// A phone number in international (`+44 20 7946 0000`, `0049 30 1234567`) or national
  /// (`(555) 123-4567`, `020 7946 0000`) form → `[PHONE]`.
  case phone
  /// A payment-card number (13–19 digits, Luhn-checked, plausible issuer prefix) → `[CARD]`.
  case card
  /// An IBAN (ISO 13616, mod-97 checked, registry length for its country) → `[IBAN]`.
  case iban
  /// An IPv4 or IPv6 address → `[IP]`.
  case ip
  /// The token-bearing tail of a URL (query, fragment, credentials or an id-like path segment) →
  /// `[URL]`; the scheme, host and plain path before it are kept.
  case url
  /// A full UK postcode, Canadian postal code or US ZIP code (ZIP+4 anywhere, five digits after a
  /// state abbreviation) → `[POSTCODE]`; see `Postcode`.
  case postcode
  /// A personal name after a greeting, sign-off or introduction cue → `[NAME]`.
  case name
  /// A US Social Security number (`123-45-6789`, `123 45 6789`, nine digits after "SSN" or "social
  /// security"; never an area, group or serial number the SSA does not assign) → `[SSN]`; see
  /// `SocialSecurityNumber`.
  case ssn
  /// A UK National Insurance number (`AB 12 34 56 C`, `AB123456C`; HMRC's prefix and suffix rules)
  /// → `[NINO]`; see `NationalInsuranceNumber`.
  case nino
  /// A date of birth after a cue ("DOB 12/03/1985", "born on 3 March 1985") → `[DATE_OF_BIRTH]`; see
  /// `BirthDate`.
  case birthDate
  /// An account number or bank sort code after a cue ("account number 12345678", "sort code
  /// 12-34-56") → `[ACCOUNT_NUMBER]`; see `AccountNumber`.
  case accountNumber
  /// An order, customer, membership, policy, ticket or licence number, or the number of a passport
  /// or identity card, after its cue ("order number 112-3456789-1234567", "customer ID 88812345",
  /// "passport number 123456789") → `[REFERENCE]`; see `ReferenceNumber`.
  case reference
  /// An NHS number after "NHS" ("NHS number 943 476 5919") → `[NHS_NUMBER]`; see `NHSNumber`.
  case nhsNumber
  /// A street address: house number, capitalised street name and street type ("42 Elm Road", "Flat
  /// 3, 17 Queen's Drive", "1600 Pennsylvania Ave NW") → `[ADDRESS]`; see `Address`.
  case address
  /// A user-supplied pattern, named in upper case (`ORDER`) → `[ORDER]`.
  case custom(String)

  /// The built-in kinds, in output order.
  public static let builtIn: [RedactionType] = [
    .email, .phone, .card, .iban, .ip, .url, .postcode, .name, .ssn, .nino, .birthDate, .accountNumber, .reference,
    .nhsNumber, .address,
  ]

  /// The upper-case label used in placeholders and count tables: `EMAIL`, `PHONE`, … or the custom
  /// pattern's name.
  public var label: String {
    switch self {
    case .email: return "EMAIL"
    case .phone: return "PHONE"
    case .card: return "CARD"
    case .iban: return "IBAN"
    case .ip: return "IP"
    case .url: return "URL"
    case .postcode: return "POSTCODE"
    case .name: return "NAME"
    case .ssn: return "SSN"
    case .nino: return "NINO"
    case .birthDate: return "DATE_OF_BIRTH"
    case .accountNumber: return "ACCOUNT_NUMBER"
    case .reference: return "REFERENCE"
    case .nhsNumber: return "NHS_NUMBER"
    case .address: return "ADDRESS"
    case .custom(let name): return name
    }
  }

  /// The text that replaces a span of this kind: the label in square brackets.
  public var placeholder: String { "[" + label + "]" }

  public var description: String { label }

  /// The built-in kind called `name` (case-insensitive: `email`, `PHONE`, `ip` …), or nil.
  public init?(builtInName name: String) {
    guard let match = RedactionType.builtIn.first(where: { $0.label == name.uppercased() }) else { return nil }
    self = match
  }
}
