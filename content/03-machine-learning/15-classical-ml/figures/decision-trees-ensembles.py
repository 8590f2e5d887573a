"""Figures for the note decision-trees-ensembles.

Writes next to this script:
- decision-trees-ensembles-boundaries.png: decision regions of one fully grown tree, bagged trees
  and a random forest on the same noisy two-moons sample.
- decision-trees-ensembles-variance.png: variance of an average of B bagged regression stumps at
  one point, simulated over 2,000 training sets, against rho*sigma^2 + (1 - rho)*sigma^2/B.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.datasets import make_moons  # noqa: E402
from sklearn.ensemble import BaggingClassifier, RandomForestClassifier  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---- decision boundaries -------------------------------------------------------------------
X, y = make_moons(n_samples=300, noise=0.3, random_state=0)
Xte, yte = make_moons(n_samples=2000, noise=0.3, random_state=1)
models = [
    ("one fully grown tree", DecisionTreeClassifier(random_state=0)),
    ("bagging, 200 trees", BaggingClassifier(DecisionTreeClassifier(), n_estimators=200, random_state=0)),
    ("random forest, 200 trees", RandomForestClassifier(n_estimators=200, max_features=1, random_state=0)),
]
g0, g1 = np.meshgrid(np.linspace(-2.0, 3.0, 250), np.linspace(-1.6, 2.1, 200))
grid = np.column_stack([g0.ravel(), g1.ravel()])
fig, axes = plt.subplots(1, 3, figsize=(12, 3.9), sharey=True)
for ax, (name, model) in zip(axes, models):
    model.fit(X, y)
    P = model.predict_proba(grid)[:, 1].reshape(g0.shape)
    acc = (model.predict(Xte) == yte).mean()
    ax.contourf(g0, g1, P, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.6)
    ax.contour(g0, g1, P, levels=[0.5], colors="k", linewidths=1.0)
    ax.scatter(X[y == 1, 0], X[y == 1, 1], s=9, c="#b2182b", edgecolors="k", linewidths=0.3)
    ax.scatter(X[y == 0, 0], X[y == 0, 1], s=9, c="#2166ac", edgecolors="k", linewidths=0.3)
    ax.set_title(f"{name}\ntest accuracy {acc:.3f}", fontsize=10)
    ax.set_xlabel("$x_1$")
axes[0].set_ylabel("$x_2$")
fig.tight_layout()
fig.savefig(HERE / "decision-trees-ensembles-boundaries.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- variance of an average of bagged stumps ------------------------------------------------
rng = np.random.default_rng(0)
n, R, B, x0 = 50, 2000, 50, 0.45


def stump_predict(x, y, counts, x0):
    order = np.argsort(x)
    x, y, c = x[order], y[order], counts[:, order]
    N, S = np.cumsum(c, axis=1)[:, :-1], np.cumsum(c * y, axis=1)[:, :-1]
    Nt, St = c.sum(axis=1, keepdims=True), (c * y).sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where((N > 0) & (N < Nt), S**2 / N + (St - S) ** 2 / (Nt - N), -np.inf)
    k = score.argmax(axis=1)
    rows = np.arange(len(c))
    left = S[rows, k] / N[rows, k]
    right = (St[:, 0] - S[rows, k]) / (Nt[:, 0] - N[rows, k])
    return np.where(x0 <= (x[k] + x[k + 1]) / 2, left, right)


T, plain = np.empty((R, B)), np.empty(R)
for r in range(R):
    x = rng.uniform(0, 1, n)
    yy = x + 0.3 * rng.normal(size=n)
    counts = np.stack([np.bincount(rng.integers(0, n, n), minlength=n) for _ in range(B)])
    T[r] = stump_predict(x, yy, counts, x0)
    plain[r] = stump_predict(x, yy, np.ones((1, n), dtype=int), x0)[0]
within = T.var(axis=1, ddof=1).mean()
between = T.mean(axis=1).var(ddof=1) - within / B
sigma2 = within + between
rho = between / sigma2
bs = np.array([1, 2, 5, 10, 25, 50])
emp = [np.mean([T[:, g * b:(g + 1) * b].mean(axis=1).var(ddof=1) for g in range(B // b)]) for b in bs]
bb = np.linspace(1, 50, 200)

fig, ax = plt.subplots(figsize=(6.4, 4.0))
ax.plot(bb, rho * sigma2 + (1 - rho) * sigma2 / bb, "-", label=r"$\rho\sigma^2 + (1-\rho)\sigma^2/B$")
ax.plot(bs, emp, "o", label="simulated, 2,000 training sets")
ax.axhline(rho * sigma2, ls="--", c="gray", label=rf"floor $\rho\sigma^2$ = {rho * sigma2:.4f}")
ax.axhline(plain.var(ddof=1), ls=":", c="k", label=f"one stump on the full data = {plain.var(ddof=1):.4f}")
ax.set_xlabel("number of bagged stumps B")
ax.set_ylabel("variance of the prediction at x = 0.45")
ax.set_title(rf"Bagging regression stumps: $\sigma^2$ = {sigma2:.4f}, $\rho$ = {rho:.3f}", fontsize=10)
ax.set_ylim(0, 0.06)
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "decision-trees-ensembles-variance.png", dpi=110, metadata={"Software": None})
