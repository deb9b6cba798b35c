"""The command line every cross-check in this folder takes: how many random sets, the seed, and
the verbatim binary (by default the repository's release build)."""
import argparse
import os

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def parse_cli(sets, seed):
    """Parsed arguments and a NumPy generator seeded with --seed."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=int, default=sets)
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--verbatim", default=os.path.join(ROOT, ".build", "release", "verbatim"))
    a = ap.parse_args()
    return a, np.random.default_rng(a.seed)
