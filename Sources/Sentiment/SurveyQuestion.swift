/// What a survey question tells the scorer about its answers: the sign a bare answer takes
/// (`QuestionFrame`) and the scale of a score that may open it (`RatingScale`: "Reply with a
/// score 0-10 and tell us why").
public struct SurveyQuestion: Sendable, Equatable, Hashable {
  /// The sign a bare answer, a mention or a request takes.
  public let frame: QuestionFrame
  /// The scale of a score the question asks for, if any.
  public let scale: RatingScale?
  /// The quality a "How …?" question asks the degree of, which an answer of degree words alone
  /// leaves out: "satisfied" of "How satisfied were you?" ("Very." is "very satisfied"), "likely
  /// to recommend" of "How likely are you to recommend us?" (`DegreeAnswer`); nil for other
  /// questions.
  public let degree: String?

  /// A question of `frame` that asks for a score on `scale`, or for none, and for the degree of
  /// `degree`, or of nothing.
  public init(frame: QuestionFrame, scale: RatingScale? = nil, degree: String? = nil) {
    self.frame = frame
    self.scale = scale
    self.degree = degree
  }

  /// What `question`, the question's wording, tells of its answers.
  public init(_ question: String) {
    let words = QuestionFrame.words(question)
    frame = QuestionFrame(words: words)
    scale = RatingScale(words: words)
    degree = DegreeAnswer.quality(askedBy: words)
  }

  /// A question that tells nothing: every answer is scored as written.
  public static let open = SurveyQuestion(frame: .open)

  /// Whether the question tells nothing of its answers (an open frame, no scale and no degree).
  public var isOpen: Bool { frame == .open && scale == nil && degree == nil }
}
