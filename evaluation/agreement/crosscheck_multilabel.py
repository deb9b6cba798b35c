#!/usr/bin/env python3
"""`agree --multilabel --reference gold` against scikit-learn's multi-label metrics on random tag sets
(review h60c): 2-10 labels, skewed prevalence, empty sets, a label the coder never uses, declared labels
nobody used, items the coder did not code.

    evaluation/.venv/bin/python evaluation/agreement/crosscheck_multilabel.py --sets 200 --seed 2
"""
import argparse, json, os, subprocess, sys, tempfile, warnings

import numpy as np
from sklearn import metrics as skm

warnings.filterwarnings("ignore")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck_cli import parse_cli  # noqa: E402


def main():
    a, rng = parse_cli(200, 2)
    worst = {}
    for s in range(a.sets):
        L = int(rng.integers(2, 11))
        labels = [f"t{k}" for k in range(L)]
        n = int(rng.integers(3, 200))
        prev = rng.dirichlet([0.5] * L) * rng.uniform(0.5, 3)
        gold = (rng.random((n, L)) < np.minimum(prev, 0.95)).astype(int)
        flip = rng.uniform(0.02, 0.3)
        mach = np.where(rng.random((n, L)) < flip, 1 - gold, gold)
        if rng.random() < 0.4:
            mach[:, int(rng.integers(0, L))] = 0  # a label the coder never uses
        declared = rng.random() < 0.5
        extra_declared = declared and rng.random() < 0.5
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.csv")
            with open(path, "w") as f:
                f.write("item,coder,label\n")
                for i in range(n):
                    for coder, m in (("gold", gold), ("m", mach)):
                        tags = [labels[k] for k in range(L) if m[i, k]]
                        for t in tags or [""]:
                            f.write(f"i{i},{coder},{t}\n")
            args = [a.verbatim, "agree", "--ratings", path, "--multilabel", "--reference", "gold", "--format", "json"]
            cats = labels + (["never"] if extra_declared else [])
            if declared:
                args += ["--categories", ",".join(cats)]
            p = subprocess.run(args, capture_output=True, text=True)
        if p.returncode != 0:
            print("set", s, p.stderr[:300])
            continue
        cl = json.loads(p.stdout)["classification"]["m"]
        if declared:
            labs = cats
            Y, P = np.hstack([gold, np.zeros((n, len(cats) - L), int)]), np.hstack([mach, np.zeros((n, len(cats) - L), int)])
        else:
            used = [k for k in range(L) if gold[:, k].any() or mach[:, k].any()]
            labs = [labels[k] for k in used]
            Y, P = gold[:, used], mach[:, used]
        def rec(name, mine, ref):
            d_ = abs(mine - ref)
            w = worst.get(name, (0, 0.0, None))
            worst[name] = (w[0] + 1, max(w[1], d_), (s, mine, ref) if d_ > w[1] and d_ > 1e-12 else w[2])
        if Y.shape[1] == 0:
            continue
        for avg in ["micro", "macro", "weighted", "samples"]:
            pr, rc, f1, _ = skm.precision_recall_fscore_support(Y, P, average=avg, zero_division=0)
            rec(f"precision.{avg}", cl["precision"][avg], pr)
            rec(f"recall.{avg}", cl["recall"][avg], rc)
            rec(f"f1.{avg}", cl["f1"][avg], f1)
            rec(f"jaccard.{avg}", cl["jaccard"][avg], skm.jaccard_score(Y, P, average=avg, zero_division=0))
        rec("hamming_loss", cl["hamming_loss"], skm.hamming_loss(Y, P))
        rec("subset_accuracy", cl["subset_accuracy"], skm.accuracy_score(Y, P))
        pr, rc, f1, sup = skm.precision_recall_fscore_support(Y, P, average=None, zero_division=0)
        mcm = skm.multilabel_confusion_matrix(Y, P)
        for j, lab in enumerate(labs):
            pc = cl["per_class"].get(lab)
            if pc is None:
                rec("per_class missing", 1.0, 0.0)
                continue
            rec("per_class.precision", pc["precision"], pr[j])
            rec("per_class.recall", pc["recall"], rc[j])
            rec("per_class.f1", pc["f1"], f1[j])
            rec("per_class.support", pc["support"], sup[j])
            k = skm.cohen_kappa_score(Y[:, j], P[:, j])
            if np.isfinite(k) and pc.get("kappa") is not None:
                rec("per_class.kappa", pc["kappa"], k)
            cm = cl["confusion"]["matrices"][cl["confusion"]["labels"].index(lab)]
            rec("confusion", float(np.abs(np.array(cm) - mcm[j]).max()), 0.0)
    for k in sorted(worst):
        n_, d_, ex = worst[k]
        print(f"{k:<22} {d_:.3g} ({n_})" + (f"  <-- e.g. {ex}" if d_ > 1e-9 else ""))


if __name__ == "__main__":
    main()
