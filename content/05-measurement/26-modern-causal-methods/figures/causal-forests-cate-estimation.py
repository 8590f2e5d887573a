"""Figures for the note causal-forests-cate-estimation.

Writes next to this script:
- causal-forests-cate-estimation-estimates.png: left, estimated effects at 1,000 test points
  against x1 for the honest causal forest and a T-learner, with the true tau(x); right, the
  distribution of standardized leaf errors (estimate minus truth over standard error) of adaptive
  and honest trees when the effect is constant, against the standard normal density.
Same data-generating processes and seeds as the note's code. Deterministic: fixed seeds.
"""
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor  # noqa: E402
from sklearn.tree import DecisionTreeRegressor  # noqa: E402

HERE = Path(__file__).resolve().parent


def save(fig, name):
    """Render at dpi=110 without a Software tag, then store as a 256-color palette PNG (smaller)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    Image.open(buf).convert("RGB").quantize(colors=256).save(HERE / name, optimize=True)


# ---- left panel: the forest block of the note -----------------------------------------------
rng = np.random.default_rng(0)
n, p = 2000, 5


def tau_fn(X):
    return 2 / (1 + np.exp(-10 * (X[:, 0] - 0.5)))


X = rng.uniform(size=(n, p))
W = (rng.uniform(size=n) < 0.2 + 0.6 * X[:, 2]).astype(float)
Y = 2 * X[:, 2] + np.sin(np.pi * X[:, 1]) + W * tau_fn(X) + rng.normal(size=n)
Xt = rng.uniform(size=(1000, p))


def nuisances(X):
    m_hat, e_hat = np.empty(n), np.empty(n)
    folds = rng.permutation(n) % 2
    for k in range(2):
        tr, te = folds != k, folds == k
        m_hat[te] = RandomForestRegressor(60, min_samples_leaf=10, random_state=0).fit(X[tr], Y[tr]).predict(X[te])
        e_hat[te] = RandomForestClassifier(60, min_samples_leaf=10, random_state=0).fit(
            X[tr], W[tr]).predict_proba(X[te])[:, 1]
    return m_hat, np.clip(e_hat, 0.05, 0.95)


def causal_forest(X, Xq, m_hat, e_hat, honest=True, B=200, leaf=20):
    rw, ry = W - e_hat, Y - m_hat
    acc = np.zeros((2, len(Xq)))
    oob = np.zeros((2, n))
    for b in range(B):
        sub = rng.choice(n, n // 2, replace=False)
        J, I = (sub[: n // 4], sub[n // 4:]) if honest else (sub, sub)
        tree = DecisionTreeRegressor(min_samples_leaf=leaf, max_features=3, random_state=b)
        tree.fit(X[J], ry[J] / rw[J], sample_weight=rw[J] ** 2)
        li = tree.apply(X[I])
        size = np.maximum(np.bincount(li, minlength=tree.tree_.node_count), 1)
        s = np.stack([np.bincount(li, rw[I] * ry[I], size.size), np.bincount(li, rw[I] ** 2, size.size)]) / size
        acc += s[:, tree.apply(Xq)]
        out = np.setdiff1d(np.arange(n), sub)
        oob[:, out] += s[:, tree.apply(X[out])]
    return acc[0] / acc[1], oob[0] / oob[1]


m_hat, e_hat = nuisances(X)
tau_h, _ = causal_forest(X, Xt, m_hat, e_hat, honest=True)
f1 = RandomForestRegressor(200, min_samples_leaf=5, random_state=0).fit(X[W == 1], Y[W == 1])
f0 = RandomForestRegressor(200, min_samples_leaf=5, random_state=0).fit(X[W == 0], Y[W == 0])
tau_t = f1.predict(Xt) - f0.predict(Xt)

# ---- right panel: the single-tree block of the note, constant effect ---------------------------
rng2 = np.random.default_rng(0)
n2, R = 1000, 200


def draw():
    Xs = rng2.uniform(size=(n2, 5))
    Ws = rng2.uniform(size=n2) < 0.5
    return Xs, Ws, 2 * Xs[:, 1] + Ws * 1.0 + rng2.normal(size=n2)


def leaf_z(leaf, Ws, Ys):
    z = []
    for l in np.unique(leaf):
        i = leaf == l
        y1, y0 = Ys[i & Ws], Ys[i & ~Ws]
        if min(len(y1), len(y0)) >= 2:
            se = np.sqrt(y1.var(ddof=1) / len(y1) + y0.var(ddof=1) / len(y0))
            z.append((y1.mean() - y0.mean() - 1.0) / se)
    return z


zs = {"adaptive": [], "honest": []}
for r in range(R):
    XA, WA, YA = draw()
    XB, WB, YB = draw()
    ystar = 4 * (YA - YA.mean()) * (WA - 0.5)
    tree = DecisionTreeRegressor(max_depth=3, min_samples_leaf=50, random_state=0).fit(XA, ystar)
    zs["adaptive"] += leaf_z(tree.apply(XA), WA, YA)
    zs["honest"] += leaf_z(tree.apply(XB), WB, YB)

fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
ax = axes[0]
order = np.argsort(Xt[:, 0])
ax.scatter(Xt[:, 0], tau_t, s=5, color="#b2182b", alpha=0.35, label="T-learner (two forests)")
ax.scatter(Xt[:, 0], tau_h, s=5, color="#2166ac", alpha=0.5, label="honest causal forest")
ax.plot(Xt[order, 0], tau_fn(Xt[order]), color="k", lw=2, label=r"true $\tau(x)$")
ax.set_xlabel("$x_1$")
ax.set_ylabel("treatment effect")
ax.set_title("CATE estimates at 1,000 test points", fontsize=10)
ax.legend(fontsize=8, loc="upper left", markerscale=2)

ax = axes[1]
bins = np.linspace(-7, 7, 57)
ax.hist(zs["adaptive"], bins=bins, density=True, alpha=0.5, color="#b2182b", label="adaptive tree")
ax.hist(zs["honest"], bins=bins, density=True, alpha=0.5, color="#2166ac", label="honest tree")
u = np.linspace(-7, 7, 400)
ax.plot(u, np.exp(-u ** 2 / 2) / np.sqrt(2 * np.pi), color="k", lw=1.5, label="standard normal")
ax.axvline(-1.96, color="k", lw=0.6, ls=":")
ax.axvline(1.96, color="k", lw=0.6, ls=":")
ax.set_xlabel("(leaf estimate - true effect) / standard error")
ax.set_title("constant effect: leaf z-scores over 200 trees", fontsize=10)
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "causal-forests-cate-estimation-estimates.png")
