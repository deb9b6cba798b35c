#!/usr/bin/env python3
"""General-case cross-check of `verbatim agree --format json` (review h60c).

Unlike compare.py (integer labels 1..q, always declared), the sets here vary what a real coding table
holds: text labels, numeric labels that are unevenly spaced, negative or decimal, undeclared
categories (the observed ones), declared categories nobody used, a category one coder never uses,
skewed marginals, items coded by one coder only, 2-6 coders, 5-500 items, 0-40% missing. Each set is
compared with scikit-learn, statsmodels, krippendorff and irrCAC (with position weights passed as a
matrix, the project's convention), and with direct implementations of the formulas the packages lack
(FCE 1969 SEs with weights, Cohen's simple SE, Scott's pi, kappa max, PABAK, Light's kappa,
Fleiss-Nee-Landis se0, Wilson intervals).

Usage (from the package root, after `swift build -c release --product verbatim`; the packages as
compare.py installs them in evaluation/.venv):
    evaluation/.venv/bin/python evaluation/agreement/crosscheck_general.py --sets 400 --seed 7

Result (review h60c, 400 sets seed 7 and 300 sets seed 11): every value and SE within 2.3e-13; irrCAC's
interval bounds within 1.3e-9 (its t quantile); the remaining flagged lines are documented conventions:
Wald bounds 2e-8 off where the variance is exactly 0 (square-root residue here), macro averages and
per-class rows over the labels of the pair when categories are undeclared, Light's kappa undefined when
a pair shares no item, Fleiss/alpha null where every rating is one category (irrCAC prints 1).
"""
import argparse, json, math, os, subprocess, sys, tempfile, warnings

import numpy as np
import pandas as pd
import krippendorff
from irrCAC.raw import CAC
from scipy import stats
from sklearn import metrics as skm
from statsmodels.stats import inter_rater

warnings.filterwarnings("ignore")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck_cli import ROOT, parse_cli  # noqa: E402,F401

worst = {}
mismatch_examples = {}


def record(name, mine, theirs, ctx):
    if theirs is None or (isinstance(theirs, float) and not math.isfinite(theirs)):
        key = name + " [ref undefined]"
        bad = mine is not None
        n, d = worst.get(key, (0, 0.0))
        worst[key] = (n + 1, max(d, 1.0 if bad else 0.0))
        if bad and key not in mismatch_examples:
            mismatch_examples[key] = (mine, theirs, ctx)
        return
    if mine is None:
        key = name + " [verbatim null]"
        n, d = worst.get(key, (0, 0.0))
        worst[key] = (n + 1, 1.0)
        mismatch_examples.setdefault(key, (mine, theirs, ctx))
        return
    diff = abs(float(mine) - float(theirs))
    if (".se" in name or ".ci" in name) and diff < 1e-7 and min(abs(float(mine)), abs(float(theirs))) == 0:
        # a variance that is exactly 0: Verbatim reports 0 (RoundingResidue), the direct formula here
        # the square root of its rounding residue (~1e-8)
        diff = 0.0
    n, d = worst.get(name, (0, 0.0))
    if diff > d and diff > 1e-9:
        mismatch_examples[name] = (mine, theirs, ctx)
    worst[name] = (n + 1, max(d, diff))


# ---------------------------------------------------------------------------------------------- data
def label_set(rng, q):
    kind = rng.choice(["int", "uneven", "text", "decimal", "negative"])
    if kind == "int":
        return [str(k) for k in range(1, q + 1)], True
    if kind == "uneven":
        vals = sorted(rng.choice(np.arange(0, 40), size=q, replace=False))
        return [str(int(v)) for v in vals], True
    if kind == "decimal":
        vals = sorted(rng.choice(np.arange(0, 60), size=q, replace=False) / 4)
        return [repr(float(v)) for v in vals], True
    if kind == "negative":
        vals = sorted(rng.choice(np.arange(-20, 20), size=q, replace=False))
        return [str(int(v)) for v in vals], True
    words = ["neg", "neu", "pos", "mixed", "other", "billing", "Delivery", "zz top", "é", "ab"]
    return list(rng.choice(words, size=q, replace=False)), False


def random_set(rng):
    n = int(rng.integers(5, 501)) if rng.random() < 0.7 else int(rng.integers(5, 40))
    r = int(rng.integers(2, 7))
    q = int(rng.integers(2, 9))
    labels, numeric = label_set(rng, q)
    missing = float(rng.choice([0.0, 0.0, 0.1, 0.25, 0.4]))
    # skewed marginals: a Dirichlet prevalence, sometimes very skewed
    alpha = rng.choice([0.3, 1.0, 5.0])
    prev = rng.dirichlet([alpha] * q)
    truth = rng.choice(q, size=n, p=prev)
    noise = float(rng.uniform(0.05, 0.7))
    data = np.empty((n, r), dtype=object)
    ordinal_noise = rng.random() < 0.5
    for c in range(r):
        for i in range(n):
            if rng.random() < noise:
                if ordinal_noise:
                    v = int(np.clip(truth[i] + rng.choice([-1, 1]), 0, q - 1))
                else:
                    v = int(rng.integers(0, q))
            else:
                v = int(truth[i])
            data[i, c] = v
    # a category one coder never uses
    if rng.random() < 0.4:
        c = int(rng.integers(0, r))
        k = int(rng.integers(0, q))
        for i in range(n):
            if data[i, c] == k:
                data[i, c] = (k + 1) % q
    mask = rng.random((n, r)) < missing
    for i in range(n):
        for c in range(r):
            if mask[i, c]:
                data[i, c] = None
    # items coded by one coder only
    if rng.random() < 0.4:
        for i in rng.choice(n, size=max(1, n // 10), replace=False):
            keep = int(rng.integers(0, r))
            for c in range(r):
                if c != keep:
                    data[i, c] = None
    rows = [row for row in data if any(v is not None for v in row)]
    data = np.array(rows, dtype=object)
    declared = rng.random() < 0.6
    used = sorted({v for row in data for v in row if v is not None})
    if declared:
        cats = list(range(q))
    else:
        cats = used
    if not numeric and not declared and len(cats) >= 3:
        # text labels without order: only nominal statistics; keep them
        pass
    # textual: map index -> label
    table = [[None if v is None else labels[v] for v in row] for row in data]
    cat_labels = [labels[k] for k in cats]
    if not declared and numeric:
        cat_labels = sorted(cat_labels, key=float)
    return table, cat_labels, declared, numeric, r


def quote(v):
    return '"' + v.replace('"', '""') + '"' if (',' in v or '"' in v) else v


def write_long(table, path):
    with open(path, "w") as f:
        f.write("item,coder,label\n")
        for i, row in enumerate(table):
            for c, v in enumerate(row):
                if v is not None:
                    f.write(f"i{i},c{c},{quote(v)}\n")


def run_verbatim(exe, path, cat_labels, declared, extra=()):
    args = [exe, "agree", "--ratings", path, "--format", "json", *extra]
    if declared:
        for c in cat_labels:
            args += ["--category", c]
    p = subprocess.run(args, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(" ".join(args) + "\n" + p.stderr)
    return json.loads(p.stdout)


def coef(rep, name, field="value"):
    e = rep["coefficients"].get(name)
    if e is None:
        return "absent"
    if field == "lo":
        ci = e.get("ci95")
        return None if ci is None else ci[0]
    if field == "hi":
        ci = e.get("ci95")
        return None if ci is None else ci[1]
    return e.get(field)


# ---------------------------------------------------------------------------------------- references
def position_weights(q, kind):
    w = np.eye(q)
    if q < 2:
        return w
    for k in range(q):
        for l in range(q):
            if kind == "linear":
                w[k, l] = 1 - abs(k - l) / (q - 1)
            elif kind == "quadratic":
                w[k, l] = 1 - (k - l) ** 2 / (q - 1) ** 2
    return w


def fce(table, w):
    """Fleiss, Cohen & Everitt (1969): kappa_w, se, se0; Cohen 1960 simple se."""
    n = table.sum()
    p = table / n
    pr = p.sum(1)
    pc = p.sum(0)
    po = (w * p).sum()
    pe = (w * np.outer(pr, pc)).sum()
    if abs(1 - pe) < 1e-15:
        return None, None, None, None
    k = (po - pe) / (1 - pe)
    wr = w @ pc  # w̄_k.
    wc = w.T @ pr  # w̄_.l
    s = 0.0
    s0 = 0.0
    q = len(pr)
    for a in range(q):
        for b in range(q):
            s += p[a, b] * (w[a, b] - (wr[a] + wc[b]) * (1 - k)) ** 2
            s0 += pr[a] * pc[b] * (w[a, b] - (wr[a] + wc[b])) ** 2
    var = (s - (k - pe * (1 - k)) ** 2) / (n * (1 - pe) ** 2)
    var0 = (s0 - pe ** 2) / (n * (1 - pe) ** 2)
    simple = po * (1 - po) / (n * (1 - pe) ** 2)
    return k, math.sqrt(max(var, 0)), math.sqrt(max(var0, 0)), math.sqrt(max(simple, 0))


def wilson(x, n, z=1.959963984540054):
    if n == 0:
        return None
    ph = x / n
    d = 1 + z * z / n
    c = (ph + z * z / (2 * n)) / d
    h = z * math.sqrt(ph * (1 - ph) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def compare(exe, rng, ctx):
    table, cats, declared, numeric, r = random_set(rng)
    q = len(cats)
    idx = {c: k for k, c in enumerate(cats)}
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "r.csv")
        write_long(table, path)
        rep = run_verbatim(exe, path, cats, declared)
        pair_rep = run_verbatim(exe, path, cats, declared, ["--pair", "c0,c1", "--reference", "c0"])
    ctx = dict(ctx, n=len(table), r=r, q=q, cats=cats, declared=declared)
    ordered = numeric or declared or q <= 2
    ratings = pd.DataFrame([[np.nan if v is None else v for v in row] for row in table])
    n_multi = sum(1 for row in table if sum(v is not None for v in row) >= 2)
    # ---- irrCAC, position weights as a matrix
    schemes = [("identity", {"fleiss": "fleiss_kappa", "gwet": "gwet_ac1", "bp": "brennan_prediger",
                             "conger": "conger_kappa", "krippendorff": "krippendorff_alpha_nominal",
                             "pa": "percent_agreement"})]
    if ordered:
        schemes += [("quadratic", {"fleiss": "fleiss_kappa_quadratic", "gwet": "gwet_ac2_quadratic",
                                   "bp": "brennan_prediger_quadratic", "conger": "conger_kappa_quadratic",
                                   "krippendorff": "krippendorff_alpha_quadratic",
                                   "pa": "percent_agreement_quadratic"}),
                    ("linear", {"gwet": "gwet_ac2_linear"})]
    if n_multi >= 2 and q >= 2:
        for wname, names in schemes:
            cac = CAC(ratings.copy(), weights=position_weights(q, wname), categories=cats, digits=14)
            for method, name in names.items():
                try:
                    if method == "pa":
                        est = cac.bp()["est"]
                        value = est["pa"]
                        record(f"{name} (irrCAC pa)", coef(rep, name), value, ctx)
                        continue
                    est = getattr(cac, method)()["est"]
                except ZeroDivisionError:
                    record(f"{name} (irrCAC)", coef(rep, name), None, ctx)
                    continue
                v = est["coefficient_value"]
                record(f"{name} (irrCAC)", coef(rep, name), v if np.isfinite(v) else None, ctx)
                if np.isfinite(v) and coef(rep, name) not in (None, "absent") and est["se"] > 1e-12:
                    record(f"{name}.se (irrCAC)", coef(rep, name, "se"), est["se"], ctx)
                    # interval: coefficient ± t(0.975, n-1) se, capped at 1 (lower floor checked apart)
                    lo, hi = est["confidence_interval"]
                    record(f"{name}.ci_hi (irrCAC)", coef(rep, name, "hi"), hi, ctx)
                    mine_lo = coef(rep, name, "lo")
                    floors = [0.0, -1.0, -1.0 / (r - 1)] + ([-1.0 / (q - 1)] if q > 1 else [])
                    if mine_lo is not None and mine_lo > lo and any(abs(mine_lo - f) < 1e-12 for f in floors):
                        lo = mine_lo  # the documented floor at the coefficient's least value
                    record(f"{name}.ci_lo (irrCAC, documented floor)", mine_lo, lo, ctx)
    # ---- krippendorff package
    if n_multi >= 1:
        rel = np.array([[np.nan if v is None else idx[v] for v in row] for row in table], dtype=float).T
        for level in ["nominal", "ordinal", "interval", "ratio"]:
            if level != "nominal" and not ordered:
                continue
            if level in ("interval", "ratio"):
                if not numeric:
                    data = rel + 1  # positions 1..q for declared text categories
                    dom = list(range(1, q + 1))
                else:
                    vals = [float(c) for c in cats]
                    data = np.where(np.isnan(rel), np.nan, np.take(vals, np.nan_to_num(rel).astype(int)))
                    dom = vals
                if level == "ratio" and min(dom) < 0:
                    record("krippendorff_alpha_ratio negative", coef(rep, "krippendorff_alpha_ratio"), None, ctx)
                    continue
            else:
                data = rel
                dom = list(range(q))
            try:
                with np.errstate(all="ignore"):
                    ref = krippendorff.alpha(reliability_data=data, level_of_measurement=level, value_domain=dom)
            except (ValueError, ZeroDivisionError):
                ref = None
            record(f"krippendorff_alpha_{level} (krippendorff)", coef(rep, f"krippendorff_alpha_{level}"),
                   ref, ctx)
    # ---- statsmodels Fleiss on complete data
    complete = all(v is not None for row in table for v in row)
    if complete and q >= 2:
        counts = np.zeros((len(table), q))
        for i, row in enumerate(table):
            for v in row:
                counts[i, idx[v]] += 1
        fk = inter_rater.fleiss_kappa(counts)
        # Fleiss (1971) category kappas: 1 - sum_i x_ij (m - x_ij) / (N m (m-1) p_j q_j)
        pcat = rep.get("per_category", {}).get("fleiss_kappa", {})
        for j, lab in enumerate(cats):
            pj = counts[:, j].sum() / (len(table) * r)
            den = len(table) * r * (r - 1) * pj * (1 - pj)
            ref = None if den == 0 else 1 - (counts[:, j] * (r - counts[:, j])).sum() / den
            record("per_category.fleiss_kappa (Fleiss 1971)", pcat.get(lab), ref, ctx)
        record("fleiss_kappa (statsmodels, complete)", coef(rep, "fleiss_kappa"), fk if np.isfinite(fk) else None, ctx)
        # Fleiss, Nee & Landis (1979) SE under kappa=0 (equal raters m per item)
        m = r
        N = len(table)
        pj = counts.sum(0) / (N * m)
        qj = 1 - pj
        spq = (pj * qj).sum()
        if spq > 0:
            se0 = math.sqrt(2 / (N * m * (m - 1))) * math.sqrt(spq ** 2 - (pj * qj * (qj - pj)).sum()) / spq
            record("fleiss_kappa.se0 (FNL 1979)", coef(rep, "fleiss_kappa", "se0"), se0, ctx)
    # ---- two coders
    both = [(row[0], row[1]) for row in table if row[0] is not None and row[1] is not None]
    if len(both) >= 1:
        t = np.zeros((q, q))
        for a, b in both:
            t[idx[a], idx[b]] += 1
        wsets = [("cohen_kappa", np.eye(q))]
        if ordered:
            wsets += [("weighted_kappa_linear", position_weights(q, "linear")),
                      ("weighted_kappa_quadratic", position_weights(q, "quadratic"))]
        for name, w in wsets:
            k, se, se0, simple = fce(t, w)
            record(f"{name} (FCE direct)", coef(pair_rep, name), k, ctx)
            if k is not None and len(both) >= 2:
                record(f"{name}.se (FCE direct)", coef(pair_rep, name, "se"), se, ctx)
                record(f"{name}.se0 (FCE direct)", coef(pair_rep, name, "se0"), se0, ctx)
                record(f"{name}.ci_lo (Wald)", coef(pair_rep, name, "lo"), k - 1.959963984540054 * se, ctx)
                if name == "cohen_kappa":
                    record(f"{name}.se_simple (Cohen 1960)", coef(pair_rep, name, "se_simple"), simple, ctx)
        y1 = [idx[a] for a, _ in both]
        y2 = [idx[b] for _, b in both]
        sk = skm.cohen_kappa_score(y1, y2, labels=list(range(q)))
        record("cohen_kappa (scikit-learn)", coef(pair_rep, "cohen_kappa"), sk if np.isfinite(sk) else None, ctx)
        if k is not None and len(both) >= 2 and q >= 2:
            try:
                res = inter_rater.cohens_kappa(t)
                if np.isfinite(res.std_kappa):
                    record("cohen_kappa.se (statsmodels)", coef(pair_rep, "cohen_kappa", "se"), res.std_kappa, ctx)
            except Exception:
                pass
        # Scott's pi
        n2 = len(both)
        m = (t.sum(0) + t.sum(1)) / (2 * n2)
        po = np.trace(t) / n2
        pe = (m * m).sum()
        record("scott_pi (direct)", coef(pair_rep, "scott_pi"), None if abs(1 - pe) < 1e-15 else (po - pe) / (1 - pe), ctx)
        record("percent_agreement_pair (direct)", coef(pair_rep, "percent_agreement_pair"), po, ctx)
        pr, pc = t.sum(1) / n2, t.sum(0) / n2
        pec = (pr * pc).sum()
        pmax = np.minimum(pr, pc).sum()
        record("cohen_kappa_max (direct)", coef(pair_rep, "cohen_kappa_max"),
               None if abs(1 - pec) < 1e-15 else (pmax - pec) / (1 - pec), ctx)
        if q == 2:
            record("pabak (direct)", coef(pair_rep, "pabak"), 2 * po - 1, ctx)
        # classification c1 against c0
        cl = pair_rep.get("classification", {}).get("c1")
        if cl is not None:
            y1s = [a for a, _ in both]
            y2s = [b for _, b in both]
            record("accuracy (scikit-learn)", cl["accuracy"]["value"] if isinstance(cl["accuracy"], dict) else cl["accuracy"],
                   skm.accuracy_score(y1s, y2s), ctx)
            # the labels of the evaluation: the declared categories, else those either coder of the
            # pair gave on the items both coded (the convention README states)
            labs = cats if declared else [c for c in cats if c in set(y1s) | set(y2s)]
            for avg in ["micro", "macro", "weighted"]:
                p, rc, f, _ = skm.precision_recall_fscore_support(y1s, y2s, labels=labs, average=avg, zero_division=0)
                for nm, ref in [("precision", p), ("recall", rc), ("f1", f)]:
                    mine = cl[nm][avg]
                    if isinstance(mine, dict):
                        mine = mine.get("value")
                    record(f"{nm}.{avg} (scikit-learn)", mine, ref, ctx)
            p, rc, f, s = skm.precision_recall_fscore_support(y1s, y2s, labels=labs, average=None, zero_division=0)
            for j, lab in enumerate(labs):
                pc_ = cl["per_class"].get(lab)
                if pc_ is None:
                    record("per_class present", None, 1.0, dict(ctx, label=lab))
                    continue
                for nm, ref in [("precision", p[j]), ("recall", rc[j]), ("f1", f[j]), ("support", s[j])]:
                    mine = pc_[nm]
                    if isinstance(mine, dict):
                        mine = mine.get("value")
                    record(f"per_class.{nm} (scikit-learn)", mine, float(ref), ctx)
                # Wilson on recall: tp / support
                tp = sum(1 for a, b in both if a == lab and b == lab)
                sup = sum(1 for a, _ in both if a == lab)
                w = wilson(tp, sup)
                rec = pc_["recall"]
                if isinstance(rec, dict) and w is not None and rec.get("ci95"):
                    record("per_class.recall.ci95 lo (Wilson)", rec["ci95"][0], w[0], ctx)
            record("balanced_accuracy (scikit-learn)", cl.get("balanced_accuracy"),
                   skm.balanced_accuracy_score(y1s, y2s), ctx)
            mcc = skm.matthews_corrcoef(y1s, y2s)
            record("mcc (scikit-learn)", cl.get("mcc"), mcc, ctx)
            for avg in ["micro", "macro", "weighted"]:
                record(f"jaccard.{avg} (scikit-learn)", cl["jaccard"][avg],
                       skm.jaccard_score(y1s, y2s, labels=labs, average=avg, zero_division=0), ctx)
            n2c = len(y1s)
            ci = cl.get("ci95", {})
            acc_w = wilson(sum(1 for a_, b_ in zip(y1s, y2s) if a_ == b_), n2c)
            if "accuracy" in ci:
                record("accuracy.ci95 (Wilson)", ci["accuracy"][0], acc_w[0], ctx)
                record("accuracy.ci95 hi (Wilson)", ci["accuracy"][1], acc_w[1], ctx)
            for lab in labs:
                tp = sum(1 for a_, b_ in zip(y1s, y2s) if a_ == lab and b_ == lab)
                sup = sum(1 for a_ in y1s if a_ == lab)
                pred = sum(1 for b_ in y2s if b_ == lab)
                for nm, den in [("recall", sup), ("precision", pred)]:
                    w = wilson(tp, den)
                    key = f"per_class.{lab}.{nm}"
                    if w is not None:
                        if key in ci:
                            record(f"per_class.{nm}.ci95 (Wilson)", ci[key][0], w[0], ctx)
                            record(f"per_class.{nm}.ci95 hi (Wilson)", ci[key][1], w[1], ctx)
                        else:
                            record(f"per_class.{nm}.ci95 present", None, 1.0, ctx)
                ovr_a = [1 if v == lab else 0 for v in y1s]
                ovr_b = [1 if v == lab else 0 for v in y2s]
                kk = skm.cohen_kappa_score(ovr_a, ovr_b) if len(set(ovr_a) | set(ovr_b)) > 1 else float("nan")
                pcl = cl["per_class"].get(lab)
                if pcl is not None and "kappa" in pcl:
                    record("per_class.kappa (one-vs-rest, scikit-learn)", pcl["kappa"],
                           kk if np.isfinite(kk) else None, ctx)
            cm = skm.confusion_matrix(y1s, y2s, labels=labs)
            mine_cm = cl.get("confusion_matrix")
            if mine_cm is not None:
                if isinstance(mine_cm, dict):
                    lab_order = mine_cm.get("labels")
                    rows = mine_cm.get("counts") or mine_cm.get("matrix")
                    if lab_order is not None and rows is not None:
                        perm = [lab_order.index(l) for l in labs if l in lab_order]
                        full = np.zeros((q, q))
                        for a, la in enumerate(labs):
                            for b, lb in enumerate(labs):
                                if la in lab_order and lb in lab_order:
                                    full[a, b] = rows[lab_order.index(la)][lab_order.index(lb)]
                        record("confusion_matrix (scikit-learn)", float(np.abs(full - cm).max()), 0.0, ctx)
    # Light's kappa: mean pairwise Cohen over all pairs (listwise per pair)
    ks = []
    for a in range(r):
        for b in range(a + 1, r):
            tt = np.zeros((q, q))
            for row in table:
                if row[a] is not None and row[b] is not None:
                    tt[idx[row[a]], idx[row[b]]] += 1
            if tt.sum() == 0:
                ks.append(None)  # no item in common: that pair's kappa is 0/0, so Light's is undefined
                continue
            k, *_ = fce(tt, np.eye(q))
            ks.append(k)
    light = None if any(k is None for k in ks) else float(np.mean(ks))
    record("light_kappa (direct)", coef(rep, "light_kappa"), light, ctx)


def main():
    a, rng = parse_cli(200, 3)
    for s in range(a.sets):
        compare(a.verbatim, rng, {"set": s})
    w = max(len(k) for k in worst) + 2
    for k in sorted(worst):
        n, d = worst[k]
        flag = "  <-- " if d > 1e-9 else ""
        print(f"{k:<{w}} {d:.3g} ({n}){flag}")
    for k, v in mismatch_examples.items():
        print("EXAMPLE", k, v)


if __name__ == "__main__":
    main()
