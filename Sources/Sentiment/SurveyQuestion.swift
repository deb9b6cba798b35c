/// What a survey question tells the scorer about its answers: the sign a bare answer takes
/// (`QuestionFrame`) and the scale of a score that may open it (`RatingScale`: "Reply with a
/// score 0-10 and tell us why").
public struct SurveyQuestion: Sendable, Equatable, Hashable {
  /// The sign a bare answer, a mention or a request takes.
  public let frame: QuestionFrame
  /// The scale of a score the question asks for, if any.
  public let scale: RatingScale?

  /// A question of `frame` that asks for a score on `scale`, or for none.
  public init(frame: QuestionFrame, scale: RatingScale? = nil) {
    self.frame = frame
    self.scale = scale
  }

  /// What `question`, the question's wording, tells of its answers.
  public init(_ question: String) {
    let words = QuestionFrame.words(question)
    frame = QuestionFrame(words: words)
    scale = RatingScale(words: words)
  }

  /// A question that tells nothing: every answer is scored as written.
  public static let open = SurveyQuestion(frame: .open)

  /// Whether the question tells nothing of its answers (an open frame and no scale).
  public var isOpen: Bool { frame == .open && scale == nil }
}
