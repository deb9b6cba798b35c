public import SurveyImport
public import VerbatimCore

/// Questions that ask for contact details ("Name", "Surname / Family name", "Telephone number",
/// "Your e-mail address", "Postcode"): their answers are personal data whole, not text with a
/// name or a number somewhere inside it, so `--redact` withholds them as "[REDACTED]" (QA review
/// 29: a Triple-S export's contact-form answers "Pat", "Molloy" and "112233" were coded and written
/// as they were, since no pattern finds a bare name).
///
/// A question asks for contact details when its id or its wording, split at "/", "(", ",", ":" and
/// sentence ends, has
/// a part of at most four words that, without a leading "your", "please enter your", "what is your"
/// or the like (and after one, without the reason for asking: "… so we can follow up"), names an
/// identifying field as `SurveyRecord.isIdentifying` judges metadata keys ("name",
/// "surname", "…phone", "…phone number", "…address", "postcode", "email"). Longer wording is a
/// question about something else ("What did you think of the name of our new range?").
public enum ContactQuestion {
  /// What a withheld answer is written as.
  public static let placeholder = "[REDACTED]"

  /// Whether a question with this id and wording asks for contact details.
  public static func asks(question: String?, questionText: String?) -> Bool {
    [question, questionText].contains { $0.map(namesContactDetails) ?? false }
  }

  /// The same for an imported record.
  public static func asks(_ record: SurveyRecord) -> Bool {
    asks(question: record.question, questionText: record.questionText)
  }

  /// The same for a JSON Lines record written by `verbatim import` (its "question" and
  /// "question_text" members).
  public static func asks(_ record: TextRecord) -> Bool { asks(members: record.members) }

  /// The same for the members of such a record.
  public static func asks(members: [JSONMember]) -> Bool {
    var question: String?
    var questionText: String?
    for member in members {
      if member.key == "question" { question = member.value.stringValue }
      if member.key == "question_text" { questionText = member.value.stringValue }
    }
    return asks(question: question, questionText: questionText)
  }

  private static let openers = [
    "please enter your ", "please give your ", "please provide your ", "please tell us your ",
    "please leave your ", "please share your ", "please give us your ", "what is your ", "whats your ",
    "what s your ", "may we have your ", "can we have your ", "could you give us your ", "tell us your ",
    "leave your ", "enter your ", "your ",
  ]

  /// Where the field named after an opener ends and the reason for asking begins ("Please enter
  /// your email so we can follow up", "Your phone number if you would like a call back").
  private static let purposes = [" so ", " if ", " in case ", " for ", " to ", " and "]

  private static func namesContactDetails(_ wording: String) -> Bool {
    // Triple-S and Dimensions write a grid's stem before each row's label ("… and prizes. Surname /
    // Family name"), so the wording is split at sentence ends too.
    let parts = wording.lowercased().split { "/(),:.!?;".contains($0) }
    return parts.contains { part in
      var words = part.split { !$0.isLetter && $0 != "-" && $0 != "_" }.joined(separator: " ")
      // QA review 40: "What is your name?" and "Please enter your email so we can follow up" were
      // not recognised.
      if let opener = openers.first(where: { words.hasPrefix($0) }) {
        words = String(words.dropFirst(opener.count))
        for purpose in purposes {
          if let range = words.range(of: purpose) { words = String(words[..<range.lowerBound]) }
        }
      }
      let count = words.split(separator: " ").count
      return count >= 1 && count <= 4 && SurveyRecord.isIdentifying(words)
    }
  }
}
