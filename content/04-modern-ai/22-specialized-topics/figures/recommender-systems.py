"""Figures for the note recommender-systems: (1) train and test RMSE of explicit ALS against the
penalty lambda for two ranks, on the synthetic ratings of the note; (2) a feedback loop, where
ranking by click counts concentrates exposure on early winners. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

# ---- (1) ALS: the same synthetic data as the note's code block ----
rng = np.random.default_rng(0)
m, n, true_k = 400, 250, 3
P0, Q0 = rng.normal(0, 0.6, (m, true_k)), rng.normal(0, 0.6, (n, true_k))
bu0, bi0 = rng.normal(0, 0.4, m), rng.normal(0, 0.4, n)
mask = rng.random((m, n)) < 0.08
u_all, i_all = np.nonzero(mask)
r_all = (3.5 + bu0[u_all] + bi0[i_all] + np.sum(P0[u_all] * Q0[i_all], 1)
         + rng.normal(0, 0.5, len(u_all)))
test = rng.random(len(u_all)) < 0.2
u, i, r = u_all[~test], i_all[~test], r_all[~test]
ut, it, rt = u_all[test], i_all[test], r_all[test]
mu = r.mean()
rows_u = [np.flatnonzero(u == a) for a in range(m)]
rows_i = [np.flatnonzero(i == b) for b in range(n)]


def als(k, lam, sweeps=40):
    g = np.random.default_rng(1)
    P, Q = g.normal(0, 0.3, (m, k)), g.normal(0, 0.3, (n, k))
    bu, bi = np.zeros(m), np.zeros(n)
    pen = lam * np.eye(k + 1)
    for _ in range(sweeps):
        for a in range(m):
            rows = rows_u[a]
            F = np.column_stack([Q[i[rows]], np.ones(len(rows))])
            x = np.linalg.solve(F.T @ F + pen, F.T @ (r[rows] - mu - bi[i[rows]]))
            P[a], bu[a] = x[:k], x[k]
        for b in range(n):
            rows = rows_i[b]
            F = np.column_stack([P[u[rows]], np.ones(len(rows))])
            x = np.linalg.solve(F.T @ F + pen, F.T @ (r[rows] - mu - bu[u[rows]]))
            Q[b], bi[b] = x[:k], x[k]
    pred = lambda a, b: mu + bu[a] + bi[b] + np.sum(P[a] * Q[b], 1)
    return [np.sqrt(np.mean((pred(a, b) - y) ** 2)) for a, b, y in [(u, i, r), (ut, it, rt)]]


lams = np.geomspace(0.1, 100, 10)
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2))
ax = axes[0]
for k, color in [(3, "tab:blue"), (20, "tab:orange")]:
    res = np.array([als(k, lam) for lam in lams])
    ax.plot(lams, res[:, 1], "o-", color=color, label=f"test, rank {k}")
    ax.plot(lams, res[:, 0], "--", color=color, lw=1, label=f"train, rank {k}")
ax.axhline(np.sqrt(np.mean((mu - rt) ** 2)), color="gray", ls=":", lw=1, label="global mean")
ax.axhline(0.5, color="k", ls="-.", lw=1, label="noise level 0.5")
ax.set_xscale("log")
ax.set_ylim(0, 1.2)
ax.set_xlabel("penalty lambda")
ax.set_ylabel("RMSE")
ax.set_title("Explicit ALS: test error against the penalty")
ax.legend(fontsize=8, loc="lower left")

# ---- (2) feedback loop: 200 items with fixed true click rates, 5 slots, 400 users per round ----
g = np.random.default_rng(0)
n_items, slots, users, rounds = 200, 5, 400, 60
ctr = g.beta(2, 20, n_items)                         # true click-through rates, mean about 0.09
best = np.sort(ctr)[-slots:].mean()


def gini(x):
    x = np.sort(x)
    k = np.arange(1, len(x) + 1)
    return (2 * k - len(x) - 1) @ x / (len(x) * x.sum())


ax = axes[1]
for policy, color in [("rank by clicks", "tab:red"), ("rank by smoothed rate, 10% explore", "tab:green"),
                      ("random", "tab:gray")]:
    gg = np.random.default_rng(1)
    shown, clicks = np.zeros(n_items), np.zeros(n_items)
    # warm start: one round of uniformly random exposure
    s = gg.integers(0, n_items, users * slots)
    np.add.at(shown, s, 1)
    np.add.at(clicks, s, gg.random(s.size) < ctr[s])
    ginis, quality = [], []
    for t in range(rounds):
        if policy == "random":
            top = gg.integers(0, n_items, (users, slots))
        else:
            score = clicks if policy == "rank by clicks" else (clicks + 1) / (shown + 11)
            top = np.tile(np.argsort(-score, kind="stable")[:slots], (users, 1))
            if policy != "rank by clicks":
                explore = gg.random((users, slots)) < 0.1
                top = np.where(explore, gg.integers(0, n_items, (users, slots)), top)
        s = top.ravel()
        np.add.at(shown, s, 1)
        np.add.at(clicks, s, gg.random(s.size) < ctr[s])
        ginis.append(gini(shown))
        quality.append(ctr[s].mean() / best)
    ax.plot(np.arange(1, rounds + 1), quality, color=color,
            label=f"{policy} (exposure Gini {ginis[-1]:.2f})")
ax.set_ylim(0, 1.05)
ax.set_xlabel("round")
ax.set_ylabel("mean true CTR of shown items / best possible")
ax.set_title("A feedback loop locks in early winners")
ax.legend(fontsize=8, loc="lower right")
fig.tight_layout()
fig.savefig(OUT / "recommender-systems-als-feedback.png", dpi=110, metadata={"Software": None})
plt.close(fig)
