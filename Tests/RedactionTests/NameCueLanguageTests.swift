import Redaction
import Testing

// Greetings and thanks in other languages announce a name as the English ones do; what commonly
// follows them without being a name ("beaucoup", "a tutti", "sehr") stays.
@Test(arguments: [
  ("Bonjour Marie, le colis est arrivé", "Bonjour [NAME], le colis est arrivé"),
  ("Gracias, Juan", "Gracias, [NAME]"),
  ("Danke Anna für die Hilfe", "Danke [NAME] für die Hilfe"),
  ("Merci Paul!", "Merci [NAME]!"),
  ("Grazie Luca", "Grazie [NAME]"),
])
func namesAfterOtherLanguagesCuesAreRedacted(input: String, expected: String) {
  #expect(redacted(input, only: .name) == expected)
}

@Test(arguments: ["Merci beaucoup pour tout", "Ciao a tutti", "Danke sehr", "Hola Equipo", "Gracias Muchas"])
func wordsAfterThoseCuesThatAreNotNamesStay(input: String) {
  #expect(redacted(input, only: .name) == input)
}
