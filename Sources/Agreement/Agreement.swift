// Agreement — inter-coder agreement, classification and multi-label metrics, pure Swift.
//
// Notation used in every doc comment of this module (after Artstein & Poesio 2008, "Inter-coder
// agreement for computational linguistics", Computational Linguistics 34(4), doi:10.1162/coli.07-034-R2):
//
//   i = 1…n   items (units) that at least one coder rated
//   c = 1…r   coders (raters)
//   k, l = 1…q  categories, in the declared order (or the observed order, see `RatingTable`)
//   x_ic      the category coder c gave item i (absent when c did not rate i)
//   r_ik      number of coders who put item i in category k;  r_i = Σ_k r_ik
//   n'        number of items with r_i ≥ 2 (the items on which agreement is observable)
//   w_kl      agreement weight of the pair (k, l), w_kk = 1, 0 ≤ w_kl ≤ 1
//   r*_ik     Σ_l w_kl r_il (weighted count)
//   p_a, p_e  observed and chance agreement; a chance-corrected coefficient is (p_a − p_e) / (1 − p_e)
//
// Conventions where published packages disagree are written on the function that applies them and
// collected in ../shared/notes/agreement-conventions.md. Undefined values (0/0) are
// `CoefficientValue.undefined(reason:)`, never NaN.
//
// Conventions chosen where the published packages disagree:
// - 0/0 is `.undefined(reason:)` (JSON null + reason); statsmodels/sklearn return NaN, irrCAC substitutes
//   1e-15 for a zero SE, R irr returns NaN. Standard errors need n ≥ 2 and are absent otherwise.
// - Gwet-family SEs use the raw-data divisor n(n − 1) and t(n − 1) intervals capped at 1 (irrCAC);
//   Cohen-family intervals are Wald κ ± 1.96·se with the FCE (1969) non-null SE, not capped (as SAS).
// - q is the declared category set (unused declared categories count) else the observed labels; weights
//   use category positions in that order; interval/ratio alpha use the labels' values when every label is
//   a number. Labels, items and coders are exact byte strings. Three or more undeclared labels that are not
//   all numbers have no order: order-dependent coefficients are then undefined (never alphabetical, the
//   trap scikit-learn falls into without `labels=`), and an ordered level or weights is refused.
// - Two-coder statistics use the items both coders rated; Gwet's π_k uses every rated item; Krippendorff
//   uses pairable values only; `percent_agreement_unanimous` counts items with ≥ 2 ratings (irr: complete
//   items only). Light's kappa is undefined when any pairwise kappa is.
// - Krippendorff's ordinal δ² is Krippendorff's rank-based metric (irrCAC's "ordinal" weights differ).
// - Classification follows scikit-learn: zero_division = 0, `labels=` restricts per-class and averaged
//   metrics but not accuracy; balanced accuracy averages recall over classes present in the reference.
