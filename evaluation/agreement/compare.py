#!/usr/bin/env python3
"""Compare `verbatim agree --format json` with scikit-learn, statsmodels, krippendorff and irrCAC on
random rating sets (missing data, 2-6 coders, ordinal scales with 2-6 categories).

Usage (from the package root, after `swift build --product verbatim`):
    python3 evaluation/agreement/compare.py [--sets 300] [--seed 1] [--verbatim .build/debug/verbatim]

The first run creates evaluation/.venv and pip-installs the reference packages from PyPI. Prints, per
coefficient and field, the largest absolute difference over all sets and how many sets were compared.
"""
import argparse, json, os, subprocess, sys, tempfile, venv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
VENV = os.path.join(ROOT, "evaluation", ".venv")
PACKAGES = ["scikit-learn", "statsmodels", "krippendorff", "irrCAC", "pandas", "numpy", "scipy"]


def ensure_environment():
    """Re-executes this script inside evaluation/.venv with the reference packages installed."""
    if os.environ.get("VERBATIM_EVAL_VENV") == "1":
        return
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        venv.create(VENV, with_pip=True)
    subprocess.run([python, "-m", "pip", "install", "-q", *PACKAGES], check=True)
    os.environ["VERBATIM_EVAL_VENV"] = "1"
    os.execv(python, [python, *sys.argv])


ensure_environment()

import warnings  # noqa: E402

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import krippendorff  # noqa: E402
from irrCAC.raw import CAC  # noqa: E402
from sklearn import metrics as skm  # noqa: E402
from statsmodels.stats import inter_rater  # noqa: E402

warnings.filterwarnings("ignore")


def random_set(rng):
    """Latent-score ordinal ratings: item truth + coder noise, rounded to 1..q, with missing cells."""
    n = int(rng.integers(8, 120))
    r = int(rng.integers(2, 7))
    q = int(rng.integers(2, 7))
    missing = float(rng.choice([0.0, 0.0, 0.1, 0.3]))
    noise = float(rng.uniform(0.2, 1.5))
    truth = rng.uniform(0.5, q + 0.5, size=n)
    data = np.clip(np.rint(truth[:, None] + rng.normal(0, noise, size=(n, r))), 1, q)
    mask = rng.random((n, r)) < missing
    data[mask] = np.nan
    data = data[np.sum(~np.isnan(data), axis=1) > 0]  # an item exists only when someone rated it
    return data, q


def degenerate_set(rng):
    """Every rating in one category (q ≥ 2 declared): kappa-type coefficients are 0/0, AC1/BP are 1."""
    n = int(rng.integers(3, 30))
    r = int(rng.integers(2, 5))
    q = int(rng.integers(2, 5))
    data = np.full((n, r), float(rng.integers(1, q + 1)))
    data[rng.random((n, r)) < 0.2] = np.nan
    data = data[np.sum(~np.isnan(data), axis=1) > 0]
    return data, q


def run_verbatim(exe, data, q, extra=()):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
        f.write("item,coder,label\n")
        for i, row in enumerate(data):
            for c, v in enumerate(row):
                if not np.isnan(v):
                    f.write(f"i{i},c{c},{int(v)}\n")
        path = f.name
    cats = ",".join(str(k) for k in range(1, q + 1))
    p = subprocess.run([exe, "agree", "--ratings", path, "--categories", cats, "--format", "json", *extra],
                       capture_output=True, text=True)
    os.unlink(path)
    if p.returncode != 0:
        raise RuntimeError(p.stderr)
    return json.loads(p.stdout)


worst = {}


def record(name, mine, theirs):
    """Tracks |mine − theirs|; a None on either side must match (both undefined)."""
    if theirs is None or (isinstance(theirs, float) and not np.isfinite(theirs)):
        key = (name, "undefined-agrees")
        agree = mine is None
        n, d = worst.get(key, (0, 0.0))
        worst[key] = (n + 1, max(d, 0.0 if agree else 1.0))
        return
    if mine is None:
        # Verbatim says 0/0 where the reference printed a number: count it apart, with the values seen.
        key = (name, "verbatim-null")
        n, values = worst.get(key, (0, set()))
        values.add(round(float(theirs), 6))
        worst[key] = (n + 1, values)
        return
    diff = abs(float(mine) - float(theirs))
    if not np.isfinite(diff):
        diff = float("inf")
    n, d = worst.get(name, (0, 0.0))
    worst[name] = (n + 1, max(d, diff))


def coef(report, name, field="value"):
    entry = report["coefficients"].get(name)
    if entry is None:
        return None
    if field == "ci_lower":
        return entry.get("ci95", [None])[0]
    return entry.get(field)


def compare(exe, data, q):
    cats = list(range(1, q + 1))
    rep = run_verbatim(exe, data, q)
    frame = pd.DataFrame(data)
    n_rated_twice = int(np.sum(np.sum(~np.isnan(data), axis=1) >= 2))
    if n_rated_twice >= 2:
        for weights, names in [
            ("identity", {"fleiss": "fleiss_kappa", "gwet": "gwet_ac1", "bp": "brennan_prediger",
                          "conger": "conger_kappa", "krippendorff": "krippendorff_alpha_nominal"}),
            ("quadratic", {"fleiss": "fleiss_kappa_quadratic", "gwet": "gwet_ac2_quadratic",
                           "bp": "brennan_prediger_quadratic", "conger": "conger_kappa_quadratic",
                           "krippendorff": "krippendorff_alpha_quadratic"}),
            ("linear", {"gwet": "gwet_ac2_linear"}),
        ]:
            cac = CAC(frame.copy(), weights=weights, categories=[float(k) for k in cats], digits=12)
            for method, name in names.items():
                try:
                    est = getattr(cac, method)()["est"]
                except ZeroDivisionError:  # irrCAC raises on 0/0 (Verbatim: null with a reason)
                    record(f"{name} (irrCAC)", coef(rep, name), None)
                    continue
                if not np.isfinite(est["coefficient_value"]) or coef(rep, name) is None:
                    record(f"{name} (irrCAC)", None, est["coefficient_value"])
                    continue
                record(f"{name} (irrCAC)", coef(rep, name), est["coefficient_value"])
                if est["se"] > 1e-12:
                    record(f"{name}.se (irrCAC)", coef(rep, name, "se"), est["se"])
                    record(f"{name}.ci95[0] (irrCAC)", coef(rep, name, "ci_lower"), est["confidence_interval"][0])
    # krippendorff package: units × coders transposed to coders × units.
    reliability = data.T
    values = np.unique(data[~np.isnan(data)])
    if n_rated_twice >= 1:
        for level in ["nominal", "ordinal", "interval", "ratio"]:
            try:
                theirs = krippendorff.alpha(reliability_data=reliability, level_of_measurement=level,
                                            value_domain=cats)
            except (ValueError, ZeroDivisionError):
                theirs = None
            record(f"krippendorff_alpha_{level} (krippendorff)", coef(rep, f"krippendorff_alpha_{level}"), theirs)
    # statsmodels Fleiss (complete data only).
    if not np.isnan(data).any():
        table, _ = inter_rater.aggregate_raters(data.astype(int), n_cat=None)
        record("fleiss_kappa (statsmodels, complete data)", coef(rep, "fleiss_kappa"), inter_rater.fleiss_kappa(table))
    # Two coders: the first two columns via --pair c0,c1 (listwise on complete pairs).
    pair = rep if data.shape[1] == 2 else run_verbatim(exe, data, q, ["--pair", "c0,c1", "--reference", "c0"])
    if data.shape[1] == 2:
        pair = run_verbatim(exe, data, q, ["--reference", "c0"])
    both = ~np.isnan(data[:, 0]) & ~np.isnan(data[:, 1])
    y1 = data[both, 0].astype(int)
    y2 = data[both, 1].astype(int)
    if len(y1) >= 2:
        table = np.zeros((q, q))
        for a, b in zip(y1, y2):
            table[a - 1, b - 1] += 1
        for wt, name in [(None, "cohen_kappa"), ("linear", "weighted_kappa_linear"),
                         ("quadratic", "weighted_kappa_quadratic")]:
            sk = skm.cohen_kappa_score(y1, y2, labels=cats, weights=wt)
            record(f"{name} (scikit-learn)", coef(pair, name), sk if np.isfinite(sk) else None)
            if not np.isfinite(sk):
                continue
            res = inter_rater.cohens_kappa(table, wt=wt or "toeplitz", weights=None if wt else None)
            if wt is None:
                res = inter_rater.cohens_kappa(table)
            if np.isfinite(res.std_kappa):
                record(f"{name}.se (statsmodels)", coef(pair, name, "se"), res.std_kappa)
                record(f"{name}.se0 (statsmodels)", coef(pair, name, "se0"), res.std_kappa0)
        cl = pair["classification"]["c1"]
        record("accuracy (scikit-learn)", cl["accuracy"], skm.accuracy_score(y1, y2))
        record("balanced_accuracy (scikit-learn)", cl.get("balanced_accuracy"), skm.balanced_accuracy_score(y1, y2))
        record("mcc (scikit-learn)", cl.get("mcc"), skm.matthews_corrcoef(y1, y2))
        for avg in ["micro", "macro", "weighted"]:
            p, rc, f, _ = skm.precision_recall_fscore_support(y1, y2, labels=cats, average=avg, zero_division=0)
            record(f"precision.{avg} (scikit-learn)", cl["precision"][avg], p)
            record(f"recall.{avg} (scikit-learn)", cl["recall"][avg], rc)
            record(f"f1.{avg} (scikit-learn)", cl["f1"][avg], f)
            record(f"jaccard.{avg} (scikit-learn)", cl["jaccard"][avg],
                   skm.jaccard_score(y1, y2, labels=cats, average=avg, zero_division=0))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--degenerate", type=int, default=20, help="extra sets with a single category throughout")
    parser.add_argument("--verbatim", default=os.path.join(ROOT, ".build", "debug", "verbatim"))
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    for _ in range(args.sets):
        data, q = random_set(rng)
        compare(args.verbatim, data, q)
    for _ in range(args.degenerate):
        data, q = degenerate_set(rng)
        compare(args.verbatim, data, q)
    width = max(len(str(k)) for k in worst) + 10
    print(f"{args.sets} random rating sets + {args.degenerate} single-category sets (seed {args.seed});")
    print("largest |Verbatim − reference| per quantity ([both undefined]: 0 = Verbatim null wherever the")
    print("reference gives NaN/None, 1 = a mismatch):")
    for key in sorted(worst, key=str):
        n, d = worst[key]
        if isinstance(key, tuple) and key[1] == "verbatim-null":
            shown = ", ".join(str(v) for v in sorted(d)[:5])
            print(f"  {key[0] + ' [Verbatim null, reference printed]':<{width}}  {shown}  ({n} sets)")
            continue
        label = key if isinstance(key, str) else f"{key[0]} [both undefined]"
        print(f"  {label:<{width}}  {d:.3g}  ({n} sets)")


if __name__ == "__main__":
    main()
