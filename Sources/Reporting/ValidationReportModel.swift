/// Everything the validation report shows, as plain values. `Pipeline` fills it from the agreement
/// results; `HTMLReportRenderer` draws it. Numbers are full precision here; rounding happens only
/// when rendering.
public struct ValidationReportModel: Sendable {
  /// A point estimate with its 95% interval, or the reason it is undefined.
  public struct Estimate: Sendable, Equatable {
    public var value: Double?
    public var lower: Double?
    public var upper: Double?
    public var reason: String?
    /// Where the interval comes from: "analytic" (a standard error's formula), "bootstrap BCa" or
    /// "bootstrap percentile"; nil when not said (QA review 44 U3: the report did not say which).
    public var intervalKind: String?

    public init(
      value: Double?, lower: Double? = nil, upper: Double? = nil, reason: String? = nil, intervalKind: String? = nil
    ) {
      self.value = value
      self.lower = lower
      self.upper = upper
      self.reason = reason
      self.intervalKind = intervalKind
    }
  }

  /// One threshold of the deployment gate.
  public struct Check: Sendable, Equatable {
    public var metric: String
    public var threshold: Double
    /// True when `threshold` is a maximum (`--max`, lower-is-better metrics).
    public var isMaximum: Bool
    /// What was compared: the point estimate or the interval's bound (lower; upper for a maximum).
    public var comparedOn: String
    public var estimate: Estimate
    public var passed: Bool
    /// The figure compared with the threshold: the point estimate, or the interval's lower bound
    /// (upper for a maximum) when `comparedOn` names a bound.
    public var comparedFigure: Double? {
      guard comparedOn != "point" else { return estimate.value }
      return isMaximum ? estimate.upper : estimate.lower
    }
    /// Why a failed check failed (too few items, a zero-width interval, the bound below the
    /// minimum …), as the gate printed it; nil for a check that passed.
    public var reason: String?

    public init(
      metric: String, threshold: Double, isMaximum: Bool = false, comparedOn: String, estimate: Estimate,
      passed: Bool, reason: String? = nil
    ) {
      self.metric = metric
      self.threshold = threshold
      self.isMaximum = isMaximum
      self.comparedOn = comparedOn
      self.estimate = estimate
      self.passed = passed
      self.reason = reason
    }
  }

  /// A coefficient for the machine against the humans next to the humans among themselves.
  public struct CoefficientRow: Sendable, Equatable {
    public var name: String
    public var machineVersusHuman: Estimate?
    public var humanVersusHuman: Estimate?

    public init(name: String, machineVersusHuman: Estimate?, humanVersusHuman: Estimate?) {
      self.name = name
      self.machineVersusHuman = machineVersusHuman
      self.humanVersusHuman = humanVersusHuman
    }
  }

  /// Rows are the reference (human) labels, columns the machine's.
  public struct Confusion: Sendable, Equatable {
    public var labels: [String]
    public var counts: [[Int]]

    public init(labels: [String], counts: [[Int]]) {
      self.labels = labels
      self.counts = counts
    }
  }

  /// Precision, recall and F1 of one class or tag.
  public struct ClassScores: Sendable, Equatable {
    public var label: String
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var support: Int
    /// Cohen's kappa of this label's present/absent decisions, machine vs reference.
    public var kappa: Double?
    /// The same kappa between two human coders: how well the label's definition is shared.
    public var humanKappa: Double?
    /// How often the machine gave the label (true plus false positives), when known: a label only
    /// the machine gave has support 0 but predictions.
    public var predicted: Int?

    public init(
      label: String, precision: Double, recall: Double, f1: Double, support: Int, kappa: Double? = nil,
      humanKappa: Double? = nil, predicted: Int? = nil
    ) {
      self.label = label
      self.precision = precision
      self.recall = recall
      self.f1 = f1
      self.support = support
      self.kappa = kappa
      self.humanKappa = humanKappa
      self.predicted = predicted
    }
  }

  /// A verbatim on which the machine and the reference disagree.
  public struct Disagreement: Sendable, Equatable {
    /// What was compared.
    public enum Kind: String, Sendable, Equatable {
      /// The sentiment label.
      case sentiment
      /// The set of (leaf) tag codes.
      case tags
    }

    public var id: String
    /// The (redacted) text.
    public var text: String
    public var human: String
    public var machine: String
    /// The machine's explanation, one line per contribution or rule (for tags, the evidence).
    public var explanation: [String]
    /// Sentiment label or tag set.
    public var kind: Kind

    public init(
      id: String, text: String, human: String, machine: String, explanation: [String], kind: Kind = .sentiment
    ) {
      self.id = id
      self.text = text
      self.human = human
      self.machine = machine
      self.explanation = explanation
      self.kind = kind
    }
  }

  /// Two labels and how often they were involved together (confused, or co-assigned).
  public struct LabelPair: Sendable, Equatable {
    public var first: String
    public var second: String
    public var count: Int

    public init(first: String, second: String, count: Int) {
      self.first = first
      self.second = second
      self.count = count
    }
  }

  /// Agreement within one value of a metadata field.
  public struct SegmentRow: Sendable, Equatable {
    public var field: String
    public var value: String
    public var items: Int
    public var accuracy: Double
    public var kappa: Estimate
    /// The gate's item floor (`--min-items`) when the segment has fewer items: its interval is a
    /// large-sample approximation on too few items (QA review 19: "κ 0.000 [0.000, 0.000]" on 2).
    public var belowMinimumItems: Int?

    public init(
      field: String, value: String, items: Int, accuracy: Double, kappa: Estimate, belowMinimumItems: Int? = nil
    ) {
      self.field = field
      self.value = value
      self.items = items
      self.accuracy = accuracy
      self.kappa = kappa
      self.belowMinimumItems = belowMinimumItems
    }

    /// The note on a segment below the item floor, shared by the report and segments.json.
    public var smallSegmentNote: String? {
      belowMinimumItems.map { "fewer than \($0) items (--min-items): the interval is a rough approximation" }
    }
  }

  public var title: String
  public var subtitle: String
  public var checks: [Check]
  public var sentimentCoefficients: [CoefficientRow]
  public var tagCoefficients: [CoefficientRow]
  public var confusion: Confusion?
  public var perClass: [ClassScores]
  public var perTag: [ClassScores]
  public var disagreements: [Disagreement]
  /// How many disagreements of each kind there are in all, when `disagreements` shows only the
  /// first of them (the report's limit per kind); empty when it shows every one.
  public var disagreementTotals: [Disagreement.Kind: Int] = [:]
  /// The machine coder's name (`validate --machine-name`), shown where the report names its codes.
  public var machineName = "machine"
  /// The reference coder's name ("gold"), shown in the column the machine is compared in.
  public var referenceName = "reference"
  /// The two human coders compared among themselves (the humans' ceiling) for sentiment and for
  /// tags, when there are two besides the reference (QA review 44 U3: "human vs human" named none).
  public var sentimentHumanPair: (first: String, second: String)?
  public var tagHumanPair: (first: String, second: String)?
  /// The codebook level the tag sections measure (the deepest: codes as given).
  public var tagLevel: Int?
  /// The bootstrap's resamples and seed when intervals came from it (0: no bootstrap).
  public var bootstrapResamples = 0
  public var bootstrapSeed: UInt64 = 0
  /// Facts about coverage ("verbatims: 420", "coded by the machine: 97%"), in display order.
  public var coverage: [(label: String, value: String)]
  public var segments: [SegmentRow]
  /// Tag pairs the machine confused (reference tag, machine tag, items).
  public var confusedTags: [LabelPair] = []
  /// Tag pairs the reference coder assigned together most often (candidates for overlapping
  /// definitions).
  public var cooccurringTags: [LabelPair] = []
  /// Inputs with their SHA-256, for the audit footer.
  public var inputs: [(name: String, sha256: String)]
  /// What produced the report, for the audit footer: tool and library versions, lexicons and
  /// codebook with their SHA-256, and the settings that change the numbers.
  public var provenance: [(label: String, value: String)] = []

  /// Whether every check passed (true when there are no checks).
  public var passed: Bool { checks.allSatisfy(\.passed) }

  public init(
    title: String, subtitle: String, checks: [Check] = [], sentimentCoefficients: [CoefficientRow] = [],
    tagCoefficients: [CoefficientRow] = [], confusion: Confusion? = nil, perClass: [ClassScores] = [],
    perTag: [ClassScores] = [], disagreements: [Disagreement] = [], coverage: [(label: String, value: String)] = [],
    segments: [SegmentRow] = [], inputs: [(name: String, sha256: String)] = []
  ) {
    self.title = title
    self.subtitle = subtitle
    self.checks = checks
    self.sentimentCoefficients = sentimentCoefficients
    self.tagCoefficients = tagCoefficients
    self.confusion = confusion
    self.perClass = perClass
    self.perTag = perTag
    self.disagreements = disagreements
    self.coverage = coverage
    self.segments = segments
    self.inputs = inputs
  }
}
