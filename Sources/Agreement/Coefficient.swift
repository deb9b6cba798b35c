/// Every coefficient `agree` can report; the raw value is its name in the JSON output and in `gate --min`.
public enum Coefficient: String, Sendable, CaseIterable, Comparable {
  // Many coders (Gwet's linearised variance, t(n − 1) intervals capped at 1)
  case percentAgreement = "percent_agreement"
  case percentAgreementUnanimous = "percent_agreement_unanimous"
  case percentAgreementQuadratic = "percent_agreement_quadratic"
  // Two coders (FCE 1969 standard errors, Wald intervals)
  case cohenKappa = "cohen_kappa"
  case cohenKappaMax = "cohen_kappa_max"
  case weightedKappaLinear = "weighted_kappa_linear"
  case weightedKappaQuadratic = "weighted_kappa_quadratic"
  case weightedKappaCustom = "weighted_kappa_custom"
  case scottPi = "scott_pi"
  case scottPiQuadratic = "scott_pi_quadratic"
  case pabak = "pabak"
  case prevalenceIndex = "prevalence_index"
  case biasIndex = "bias_index"
  // Many coders, continued
  case brennanPrediger = "brennan_prediger"
  case brennanPredigerQuadratic = "brennan_prediger_quadratic"
  case gwetAC1 = "gwet_ac1"
  case gwetAC2Linear = "gwet_ac2_linear"
  case gwetAC2Quadratic = "gwet_ac2_quadratic"
  case fleissKappa = "fleiss_kappa"
  case fleissKappaQuadratic = "fleiss_kappa_quadratic"
  case congerKappa = "conger_kappa"
  case congerKappaQuadratic = "conger_kappa_quadratic"
  case lightKappa = "light_kappa"
  case krippendorffAlpha = "krippendorff_alpha"
  case krippendorffAlphaNominal = "krippendorff_alpha_nominal"
  case krippendorffAlphaOrdinal = "krippendorff_alpha_ordinal"
  case krippendorffAlphaInterval = "krippendorff_alpha_interval"
  case krippendorffAlphaRatio = "krippendorff_alpha_ratio"
  case krippendorffAlphaQuadratic = "krippendorff_alpha_quadratic"

  /// True for the coefficients that need exactly two coders (or `--pair`).
  public var isTwoCoder: Bool {
    switch self {
    case .cohenKappa, .cohenKappaMax, .weightedKappaLinear, .weightedKappaQuadratic, .weightedKappaCustom, .scottPi,
      .scottPiQuadratic, .pabak, .prevalenceIndex, .biasIndex:
      return true
    default: return false
    }
  }

  /// Declaration order (the order of the JSON output).
  public static func < (lhs: Coefficient, rhs: Coefficient) -> Bool { lhs.order < rhs.order }

  private var order: Int { Self.allCases.firstIndex(of: self)! }
}
