"""Figures for the note train-validation-test-splits.

Writes next to this script:
- train-validation-test-splits-schemes.png: which rows train and which evaluate in 5-fold
  cross-validation, grouped 5-fold cross-validation and forward-chaining time-series splits.
- train-validation-test-splits-winners-curse.png: how far the best of K validation scores
  overestimates the true accuracy when all K models are equally good, simulated against the
  exact expectation and the sqrt(2 log K) bound.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import ListedColormap  # noqa: E402
from scipy import integrate, stats  # noqa: E402
from sklearn.model_selection import GroupKFold, KFold, TimeSeriesSplit  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---- split schemes --------------------------------------------------------------------------
n = 40
groups = np.repeat(np.arange(10), 4)
rng = np.random.default_rng(0)
groups = rng.permutation(10)[groups]                # groups of 4 rows, in shuffled order of ids
order = np.argsort(groups, kind="stable")
schemes = [
    ("5-fold cross-validation (shuffled rows)", list(KFold(5, shuffle=True, random_state=0).split(np.zeros(n)))),
    ("grouped 5-fold (whole groups of 4 rows)", list(GroupKFold(5).split(np.zeros(n), groups=groups[order]))),
    ("time-series split (forward chaining, gap 2)", list(TimeSeriesSplit(5, test_size=6, gap=2).split(np.zeros(n)))),
]
cmap = ListedColormap(["#f0f0f0", "#4c72b0", "#dd8452"])   # unused, train, evaluate
fig, axes = plt.subplots(3, 1, figsize=(8.5, 5.6))
for ax, (title, splits) in zip(axes, schemes):
    M = np.zeros((len(splits), n))
    for i, (tr, te) in enumerate(splits):
        M[i, tr], M[i, te] = 1, 2
    ax.imshow(M, aspect="auto", cmap=cmap, vmin=0, vmax=2, interpolation="nearest")
    ax.set_yticks(range(len(splits)))
    ax.set_yticklabels([f"split {i + 1}" for i in range(len(splits))], fontsize=8)
    ax.set_xticks([])
    ax.set_title(title, fontsize=10, loc="left")
    if "grouped" in title:
        for b in np.arange(4, n, 4):
            ax.axvline(b - 0.5, c="white", lw=1.5)
axes[-1].set_xlabel("rows (time runs left to right in the bottom panel); blue = train, orange = evaluate, grey = unused")
fig.tight_layout()
fig.savefig(HERE / "train-validation-test-splits-schemes.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- winner's curse -------------------------------------------------------------------------
acc, n_val, reps = 0.80, 500, 20_000
se = np.sqrt(acc * (1 - acc) / n_val)
Ks = np.array([1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000])
sim, exact = [], []
for K in Ks:
    val = rng.binomial(n_val, acc, size=(reps if K <= 100 else 2000, K)) / n_val
    sim.append(val.max(axis=1).mean() - acc)
    exact.append(se * integrate.quad(lambda z: z * K * stats.norm.pdf(z) * stats.norm.cdf(z) ** (K - 1),
                                     -np.inf, np.inf)[0])
fig, ax = plt.subplots(figsize=(6.6, 4.0))
ax.semilogx(Ks, sim, "o", label="simulated: best validation score minus true accuracy")
ax.semilogx(Ks, exact, "-", label=r"$\mathrm{se}\cdot\mathbb{E}[\max_k Z_k]$, independent normals")
ax.semilogx(Ks, se * np.sqrt(2 * np.log(Ks)), "--", label=r"bound $\mathrm{se}\sqrt{2\log K}$")
ax.set_xlabel("number of equally good models compared on the validation set, K")
ax.set_ylabel("optimism of the winner's score")
ax.set_title(f"Winner's curse: true accuracy {acc}, {n_val} validation rows, se = {se:.4f}", fontsize=10)
ax.grid(alpha=0.3)
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(HERE / "train-validation-test-splits-winners-curse.png", dpi=110, metadata={"Software": None})
print(np.round(sim, 4), np.round(exact, 4))
