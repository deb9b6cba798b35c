/// Notes printed under agreement tables, shared by the text output and the HTML report.
public enum AgreementNotes {
  /// Said when an interval reaches past ±1 (QA review 19 read `[0.378, 1.171]` as a bug). The
  /// two-coder family's intervals are Wald intervals, κ ± 1.96·se with the Fleiss, Cohen & Everitt
  /// (1969) non-null SE, as SAS and statsmodels report them; cutting them would hide what they say.
  /// The many-coder family's are capped at 1 as irrCAC's are, and floored at the coefficient's
  /// least value (`CoefficientRange`); Krippendorff's alpha, and Fleiss' and Conger's kappa with
  /// missing ratings, have no floor at −1, so their lower bounds can pass it (QA review 41).
  public static let waldBeyondRange =
    "A 95% interval past ±1 is a two-coder (Cohen-family) Wald interval, κ ± 1.96·se, left uncut as SAS and "
    + "statsmodels report it, or the t interval of a coefficient that can itself go below −1 (Krippendorff's alpha; "
    + "Fleiss' and Conger's kappa with missing ratings): it says the normal approximation is poor on these items. "
    + "--bootstrap gives intervals within the range; the other intervals are capped at 1 (irrCAC) and floored at "
    + "the coefficient's least value."
}
