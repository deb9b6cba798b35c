import Taxonomy
import Testing
import Tokenization

/// A web address names its site: a rule term matches its host (QA review 41: "booking.com" and
/// "hotels.com" could not match "Booking.com.", which the tokenizer reads as an address). Other
/// words inside an address, the site's name alone included, still trigger nothing: "courier.co.uk"
/// is a newspaper, not a courier.
struct WebAddressTermTests {
  @Test func aTermMatchesTheHostOrTheSiteName() throws {
    #expect(try Fixtures.matches("\"booking.com\"", "Booked through Booking.com."))
    #expect(try Fixtures.matches("\"booking.com\"", "see https://www.booking.com/hotel/x?a=b"))
    #expect(try Fixtures.matches("\"tripadvisor.com\"", "Saw it on TripAdvisor.com."))
    #expect(try Fixtures.matches("\"expedia.co.uk\"", "www.expedia.co.uk was cheaper"))
  }

  @Test func otherLabelsAndPathsOfAnAddressAreNotWords() throws {
    #expect(try !Fixtures.matches("refund", "see refund.example.com"))
    #expect(try !Fixtures.matches("co", "www.expedia.co.uk"))
    #expect(try !Fixtures.matches("courier", "the courier.co.uk survey"))
    #expect(try !Fixtures.matches("hotel", "https://www.booking.com/hotel/x"))
    #expect(try !Fixtures.matches("gmail", "write to jones@gmail.com"))
  }
}

extension WebAddressTermTests {
  /// Terms no answer's address can match are lint errors that say what to write instead.
  @Test func lintNamesAddressTermsThatNeverMatch() throws {
    let yaml = """
      id: u
      version: 1.0.0
      tags:
        - code: ota
          label: OTA
          description: Online travel agents.
          rules: ['"www.booking.com" OR "https://hotels.com/deals" OR "expedia.com" OR @united OR "help@hotel.com"']
          examples: {match: ['expedia.com'], no_match: ['the hotel']}
      """
    let findings = CodebookLinter.lint(try Codebook.parse(yaml: yaml, source: "u.yaml"), tokenizer: try Tokenizer())
    let errors = findings.filter { $0.severity == .error }.map(\.message)
    #expect(errors.count == 4, "\(errors)")
    #expect(errors.contains { $0.contains("\"www.booking.com\"") && $0.contains("write \"booking.com\"") })
    #expect(errors.contains { $0.contains("\"https://hotels.com/deals\"") && $0.contains("write \"hotels.com\"") })
    #expect(errors.contains { $0.contains("\"@united\"") && $0.contains("regular expression") })
    #expect(errors.contains { $0.contains("\"help@hotel.com\"") })
    #expect(!errors.contains { $0.contains("\"expedia.com\"") })
  }
}
