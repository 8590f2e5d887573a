"""Figure for the note feature-engineering.

Writes feature-engineering-target-encoding.png next to this script: training and validation AUC of
a logistic regression that uses one informative numeric feature plus a target-encoded categorical
feature that is pure noise, as the number of category levels grows, with the encoding computed
in-sample versus out-of-fold. Deterministic: fixed seed, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)


def make(n, levels):
    x = rng.normal(size=n)
    city = rng.integers(0, levels, size=n)
    y = (rng.random(n) < 1 / (1 + np.exp(-1.5 * x))).astype(int)
    return x, city, y


def encode(fit_city, fit_y, city, levels, m=1.0):
    prior = fit_y.mean()
    s = np.bincount(fit_city, weights=fit_y, minlength=levels)
    c = np.bincount(fit_city, minlength=levels)
    return ((s + m * prior) / (c + m))[city]


def out_of_fold(city, y, levels, k=5, m=1.0):
    fold = rng.permutation(len(y)) % k
    enc = np.empty(len(y))
    for f in range(k):
        tr, te = fold != f, fold == f
        enc[te] = encode(city[tr], y[tr], city[te], levels, m)
    return enc


level_grid = [3, 10, 30, 100, 300, 1000, 3000, 10000]
reps = 10
res = {key: np.zeros(len(level_grid)) for key in ["base", "ins_tr", "ins_va", "oof_tr", "oof_va"]}
for i, levels in enumerate(level_grid):
    for _ in range(reps):
        x, city, y = make(3000, levels)
        xv, cityv, yv = make(3000, levels)
        ev = encode(city, y, cityv, levels)
        base = LogisticRegression().fit(x[:, None], y)
        res["base"][i] += roc_auc_score(yv, base.predict_proba(xv[:, None])[:, 1]) / reps
        for key, et in [("ins", encode(city, y, city, levels)), ("oof", out_of_fold(city, y, levels))]:
            Xt, Xv = np.column_stack([x, et]), np.column_stack([xv, ev])
            mdl = LogisticRegression().fit(Xt, y)
            res[key + "_tr"][i] += roc_auc_score(y, mdl.predict_proba(Xt)[:, 1]) / reps
            res[key + "_va"][i] += roc_auc_score(yv, mdl.predict_proba(Xv)[:, 1]) / reps

fig, ax = plt.subplots(figsize=(6.8, 4.2))
ax.semilogx(level_grid, res["ins_tr"], "o--", c="#d62728", label="in-sample encoding: training AUC")
ax.semilogx(level_grid, res["ins_va"], "o-", c="#d62728", label="in-sample encoding: validation AUC")
ax.semilogx(level_grid, res["oof_tr"], "s--", c="#1f77b4", label="out-of-fold encoding: training AUC")
ax.semilogx(level_grid, res["oof_va"], "s-", c="#1f77b4", label="out-of-fold encoding: validation AUC")
ax.semilogx(level_grid, res["base"], ":", c="k", label="numeric feature only: validation AUC")
ax.set_xlabel("number of levels of the (pure-noise) categorical feature, 3,000 training rows")
ax.set_ylabel("AUC, mean of 10 repetitions")
ax.set_title("Target encoding a useless category: in-sample leaks, out-of-fold does not", fontsize=10)
ax.grid(alpha=0.3)
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
fig.savefig(HERE / "feature-engineering-target-encoding.png", dpi=110, metadata={"Software": None})
for key, v in res.items():
    print(key, np.round(v, 4))
