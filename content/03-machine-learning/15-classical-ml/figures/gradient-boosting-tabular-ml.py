"""Figures for the note gradient-boosting-tabular-ml: boosting rounds on a one-dimensional problem,
and the effect of shrinkage on training and validation error. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_friedman1
from sklearn.ensemble import GradientBoostingRegressor

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2))

# Left: stumps with shrinkage 0.3 on y = sin(2 pi x) + noise, after 1, 5, 20 and 200 rounds.
rng = np.random.default_rng(0)
x = np.sort(rng.uniform(0, 1, 200))
y = np.sin(2 * np.pi * x) + 0.3 * rng.normal(size=x.size)
xg = np.linspace(0, 1, 500)
gb = GradientBoostingRegressor(n_estimators=200, learning_rate=0.3, max_depth=1).fit(x[:, None], y)
stages = list(gb.staged_predict(xg[:, None]))
ax = axes[0]
ax.scatter(x, y, s=8, color="0.7", label="training data")
for m, color in [(1, "tab:blue"), (5, "tab:orange"), (20, "tab:green"), (200, "tab:red")]:
    ax.plot(xg, stages[m - 1], color=color, lw=1.5, label=f"after {m} round{'s' if m > 1 else ''}")
ax.plot(xg, np.sin(2 * np.pi * xg), "k--", lw=1, label="true function")
ax.set_xlabel("x")
ax.set_title("Boosted stumps, shrinkage 0.3")
ax.legend(fontsize=8, loc="lower left")

# Right: training and validation MSE against rounds for three learning rates (stumps).
X, Y = make_friedman1(n_samples=2000, noise=1.0, random_state=1)
Xtr, ytr, Xva, yva = X[:500], Y[:500], X[500:1000], Y[500:1000]
ax = axes[1]
for nu, color in [(1.0, "tab:red"), (0.3, "tab:orange"), (0.1, "tab:blue")]:
    gb = GradientBoostingRegressor(n_estimators=1000, learning_rate=nu, max_depth=1).fit(Xtr, ytr)
    va = [np.mean((p - yva) ** 2) for p in gb.staged_predict(Xva)]
    tr = [np.mean((p - ytr) ** 2) for p in gb.staged_predict(Xtr)]
    rounds = np.arange(1, 1001)
    ax.plot(rounds, va, color=color, label=f"validation, rate {nu}")
    ax.plot(rounds, tr, color=color, ls="--", lw=1, label=f"training, rate {nu}")
    k = int(np.argmin(va))
    ax.plot(k + 1, va[k], "o", color=color)
ax.axhline(1.0, color="gray", ls=":", lw=1, label="noise variance")
ax.set_xscale("log")
ax.set_ylim(0, 12)
ax.set_xlabel("boosting round")
ax.set_ylabel("mean squared error")
ax.set_title("Shrinkage and early stopping (dots: best round)")
ax.legend(fontsize=7, ncol=2)
fig.tight_layout()
fig.savefig(OUT / "gradient-boosting-tabular-ml-rounds.png", dpi=110, metadata={"Software": None})
plt.close(fig)
