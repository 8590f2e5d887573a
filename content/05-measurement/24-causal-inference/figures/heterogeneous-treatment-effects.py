"""Figures for the note heterogeneous-treatment-effects.

Writes heterogeneous-treatment-effects-learners.png next to this script: CATE estimates of the
S-, T- and X-learners against the effect modifier x4 (left), and targeting curves, the average
effect among the top fraction of units ranked by each learner (right).
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.ensemble import GradientBoostingRegressor  # noqa: E402

HERE = Path(__file__).resolve().parent


def gbm(seed):
    return GradientBoostingRegressor(n_estimators=300, max_depth=3, learning_rate=0.1,
                                     n_iter_no_change=10, validation_fraction=0.2,
                                     random_state=seed)


def mu0(X):
    return 2 * np.sin(np.pi * X[:, 0]) + 2 * X[:, 1] ** 2 + X[:, 2]


def tau(X):
    return 1 + X[:, 3]


def draw(n, rng, p=0.1):
    X = rng.uniform(-1, 1, size=(n, 5))
    t = rng.random(n) < p
    return X, t, mu0(X) + t * tau(X) + rng.normal(size=n)


def meta_learners(X, t, y, Xte, p=0.1):
    one, zero = np.ones((len(Xte), 1)), np.zeros((len(Xte), 1))
    S = gbm(1).fit(np.column_stack([X, t]), y)
    cate = {"S-learner": S.predict(np.hstack([Xte, one])) - S.predict(np.hstack([Xte, zero]))}
    m1, m0 = gbm(2).fit(X[t], y[t]), gbm(3).fit(X[~t], y[~t])
    cate["T-learner"] = m1.predict(Xte) - m0.predict(Xte)
    t1 = gbm(4).fit(X[t], y[t] - m0.predict(X[t]))
    t0 = gbm(5).fit(X[~t], m1.predict(X[~t]) - y[~t])
    cate["X-learner"] = p * t0.predict(Xte) + (1 - p) * t1.predict(Xte)
    return cate


rng = np.random.default_rng(0)
Xte, tte, yte = draw(20_000, rng)
cate = meta_learners(*draw(2_000, rng), Xte)
truth = tau(Xte)
colors = {"S-learner": "#4daf4a", "T-learner": "#d6604d", "X-learner": "#2166ac"}

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.0))
ax = axes[0]
edges = np.linspace(-1, 1, 21)
mid = (edges[:-1] + edges[1:]) / 2
idx = np.digitize(Xte[:, 3], edges[1:-1])
for name, v in cate.items():
    ax.scatter(Xte[:250, 3], v[:250], s=4, alpha=0.25, color=colors[name])
    ax.plot(mid, [v[idx == b].mean() for b in range(20)], "o-", ms=3, lw=1.8, color=colors[name],
            label=f"{name} (bin means)")
ax.plot([-1, 1], [0, 2], "k--", lw=1.5, label="true CATE 1 + x4")
ax.set_xlabel("x4 (the only effect modifier)")
ax.set_ylabel("estimated effect on held-out units")
ax.set_ylim(-1.5, 3.5)
ax.set_title("Meta-learners, 2,000 training units, 10% treated", fontsize=10)
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
q = np.linspace(0.02, 1, 50)
for name, v in list(cate.items()) + [("oracle (true CATE)", truth)]:
    order = np.argsort(-v)
    cum = np.cumsum(truth[order]) / np.arange(1, len(v) + 1)
    col = colors.get(name, "k")
    ax.plot(q, cum[(q * len(v)).astype(int) - 1], color=col, lw=2 if col != "k" else 1.2,
            ls="-" if col != "k" else ":", label=name)
order = np.argsort(-cate["X-learner"])
est = []
for qq in q:
    top = order[: int(qq * len(order))]
    est.append(yte[top][tte[top]].mean() - yte[top][~tte[top]].mean())
ax.plot(q, est, color=colors["X-learner"], lw=1, ls="--",
        label="X-learner, estimated from held-out RCT outcomes")
ax.axhline(1.0, color="#777777", lw=1, label="random targeting (ATE 1.0)")
ax.set_xlabel("fraction of units treated, highest estimated effect first")
ax.set_ylabel("average true effect among those treated")
ax.set_title("Targeting value of each ranking", fontsize=10)
ax.legend(fontsize=7.5, loc="upper right")
fig.tight_layout()
fig.savefig(HERE / "heterogeneous-treatment-effects-learners.png", dpi=110, metadata={"Software": None})
