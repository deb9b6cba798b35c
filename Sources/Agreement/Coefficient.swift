/// Every coefficient `agree` can report; the raw value is its name in the JSON output and in `gate --min`.
public enum Coefficient: String, Sendable, CaseIterable, Comparable {
  // Many coders (Gwet's linearised variance, t(n − 1) intervals capped at 1)
  /// Gwet's p_a = Σ_{i: r_i≥2} Σ_k r_ik (r_ik − 1)/(r_i (r_i − 1)) / n'; with two coders the share of
  /// matching items among those both rated. Undefined when n' = 0.
  case percentAgreement = "percent_agreement"
  /// Share of items with r_i ≥ 2 on which every rating is equal (R irr's `agree` on complete data).
  case percentAgreementUnanimous = "percent_agreement_unanimous"
  /// Weighted p_a with quadratic weights (irrCAC `pa.coeff.raw(weights = "quadratic")`).
  case percentAgreementQuadratic = "percent_agreement_quadratic"
  // Two coders (FCE 1969 standard errors, Wald intervals)
  /// The selected pair's share of matching items among the items both rated, p_o = Σ_k t_kk / Σ_kl t_kl
  /// (with more than two coders `percent_agreement` is the all-coder p_a, a different number). SE by
  /// Gwet's linearisation on the pair's items, √(p_o (1 − p_o) / (n − 1)), t(n − 1) interval capped at 1
  /// (irrCAC `pa.coeff.raw` on the two coders' columns). Undefined when no item was rated by both.
  case percentAgreementPair = "percent_agreement_pair"
  /// Cohen (1960) κ = (p_o − p_e)/(1 − p_e), p_e = Σ_k p_k. p_.k; `se`/`se0` FCE (1969), `se_simple` Cohen (1960).
  case cohenKappa = "cohen_kappa"
  /// Maximum κ the marginals allow, (Σ_k min(p_k., p_.k) − p_e)/(1 − p_e) (Cohen 1960).
  case cohenKappaMax = "cohen_kappa_max"
  /// Weighted κ_w with Cicchetti–Allison linear weights, FCE (1969) SEs.
  case weightedKappaLinear = "weighted_kappa_linear"
  /// Weighted κ_w with Fleiss–Cohen quadratic weights, FCE (1969) SEs.
  case weightedKappaQuadratic = "weighted_kappa_quadratic"
  /// Weighted κ_w with the user's weight matrix (`--weights MATRIX.csv`).
  case weightedKappaCustom = "weighted_kappa_custom"
  /// Scott (1955) π: p_e from the pooled marginals ((p_k. + p_.k)/2)².
  case scottPi = "scott_pi"
  /// Scott's π with quadratic weights.
  case scottPiQuadratic = "scott_pi_quadratic"
  /// Prevalence- and bias-adjusted kappa 2 p_o − 1 (Byrt et al. 1993); two categories only.
  case pabak = "pabak"
  /// |p_11 − p_22| (Byrt et al. 1993, as an absolute value as Sim & Wright 2005 report it; Byrt et
  /// al. write the signed difference); two categories only.
  case prevalenceIndex = "prevalence_index"
  /// |p_12 − p_21| (Byrt et al. 1993, absolute, as the prevalence index); two categories only.
  case biasIndex = "bias_index"
  // Many coders, continued
  /// Brennan & Prediger (1981): p_e = Σw/q² = 1/q unweighted (q counts declared categories).
  case brennanPrediger = "brennan_prediger"
  /// Brennan–Prediger with quadratic weights.
  case brennanPredigerQuadratic = "brennan_prediger_quadratic"
  /// Gwet (2008) AC1: p_e = Σ_k π_k (1 − π_k)/(q − 1), π_k = Σ_i (r_ik/r_i)/n over all rated items.
  case gwetAC1 = "gwet_ac1"
  /// Gwet's AC2 with linear weights: p_e = Σw/(q(q − 1)) · Σ_k π_k (1 − π_k).
  case gwetAC2Linear = "gwet_ac2_linear"
  /// Gwet's AC2 with quadratic weights.
  case gwetAC2Quadratic = "gwet_ac2_quadratic"
  /// Fleiss (1971) κ, Gwet's generalisation to missing ratings: p_e = Σ_k π_k²; `se0` Fleiss–Nee–Landis (1979).
  case fleissKappa = "fleiss_kappa"
  /// Fleiss' κ with quadratic weights: p_e = Σ_kl w_kl π_k π_l.
  case fleissKappaQuadratic = "fleiss_kappa_quadratic"
  /// Conger (1980) κ: p_e = Σ_k (p̄_k² − s²_k/r) from each coder's own marginals.
  case congerKappa = "conger_kappa"
  /// Conger's κ with quadratic weights.
  case congerKappaQuadratic = "conger_kappa_quadratic"
  /// Light (1971): the mean of the pairwise Cohen kappas (undefined if any pair's is). No analytic SE.
  case lightKappa = "light_kappa"
  /// Krippendorff's α at `--level` (a copy of the matching level below).
  case krippendorffAlpha = "krippendorff_alpha"
  /// Krippendorff (2011) α with δ² = [k ≠ l]; SE by Gwet's linearisation.
  case krippendorffAlphaNominal = "krippendorff_alpha_nominal"
  /// α with Krippendorff's rank-based ordinal δ² from the coincidence marginals.
  case krippendorffAlphaOrdinal = "krippendorff_alpha_ordinal"
  /// α with δ² = (v_k − v_l)² on the labels' numeric values (else positions).
  case krippendorffAlphaInterval = "krippendorff_alpha_interval"
  /// α with δ² = ((v_k − v_l)/(v_k + v_l))².
  case krippendorffAlphaRatio = "krippendorff_alpha_ratio"
  /// α with δ² = (k − l)² on category positions (irrCAC's quadratic-weighted alpha).
  case krippendorffAlphaQuadratic = "krippendorff_alpha_quadratic"

  /// True for the coefficients that need exactly two coders (or `--pair`).
  public var isTwoCoder: Bool {
    switch self {
    case .percentAgreementPair, .cohenKappa, .cohenKappaMax, .weightedKappaLinear, .weightedKappaQuadratic,
      .weightedKappaCustom, .scottPi,
      .scottPiQuadratic, .pabak, .prevalenceIndex, .biasIndex:
      return true
    default: return false
    }
  }

  /// True for the coefficients whose value depends on the category order (weights on positions, ordinal
  /// ranks, interval/ratio distances on positions when labels are not numbers). With three or more
  /// undeclared non-numeric labels they are undefined (alphabetical order would be arbitrary); with two
  /// categories every weighting reduces to the unweighted one.
  public var dependsOnCategoryOrder: Bool {
    switch self {
    case .percentAgreementQuadratic, .weightedKappaLinear, .weightedKappaQuadratic, .weightedKappaCustom,
      .scottPiQuadratic, .brennanPredigerQuadratic, .gwetAC2Linear, .gwetAC2Quadratic, .fleissKappaQuadratic,
      .congerKappaQuadratic, .krippendorffAlphaOrdinal, .krippendorffAlphaInterval, .krippendorffAlphaRatio,
      .krippendorffAlphaQuadratic:
      return true
    default: return false
    }
  }

  /// Declaration order (the order of the JSON output).
  public static func < (lhs: Coefficient, rhs: Coefficient) -> Bool { lhs.order < rhs.order }

  private var order: Int { Self.allCases.firstIndex(of: self)! }
}

extension Coefficient {
  /// The coefficients of the selected pair (exactly two coders, or `--pair`), computed on the items
  /// both coders rated: the pair's percent agreement, the Cohen family, Scott's π, PABAK and the
  /// prevalence and bias indices.
  public static let pairFamily: Set<Coefficient> = [
    .percentAgreementPair, .cohenKappa, .cohenKappaMax, .weightedKappaLinear, .weightedKappaQuadratic,
    .weightedKappaCustom, .scottPi, .scottPiQuadratic, .pabak, .prevalenceIndex, .biasIndex,
  ]
}
