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
