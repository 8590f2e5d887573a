"""Figures for the note geo-testing-market-holdouts: sampling distributions of geo-experiment
estimators under three analyses with the randomization distribution of one experiment, and
synthetic-control fits inside and outside the donors' convex hull. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import nnls

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


# 1. Designs: the first simulation of the note (same seed and population).
rng = np.random.default_rng(0)
G, T_pre, T_post, effect = 40, 12, 6, 2.0
T = T_pre + T_post
t = np.arange(T) - T_pre
level = 100 + rng.normal(0, 10, G)
trend = rng.normal(0, 0.2, G)
week = rng.normal(0, 4, T)
y0 = level[:, None] + trend[:, None] * t + week + rng.normal(0, 2, (G, T))
pre, post = y0[:, :T_pre].mean(1), y0[:, T_pre:].mean(1)
pairs = np.argsort(pre).reshape(-1, 2)
R = 4000
post_c, did_c, did_m = [], [], []
for _ in range(R):
    w = np.zeros(G, bool)
    w[rng.choice(G, G // 2, replace=False)] = True
    yp = post + effect * w
    post_c.append(yp[w].mean() - yp[~w].mean())
    did_c.append((yp - pre)[w].mean() - (yp - pre)[~w].mean())
    w = np.zeros(G, bool)
    w[pairs[np.arange(G // 2), rng.integers(0, 2, G // 2)]] = True
    yp = post + effect * w
    did_m.append((yp - pre)[w].mean() - (yp - pre)[~w].mean())

# One matched-pair experiment and its randomization distribution (second simulation's seed).
rng = np.random.default_rng(1)
P = G // 2
signs = rng.choice([-1.0, 1.0], size=(20_000, P))
lv, tr_ = 100 + rng.normal(0, 10, G), rng.normal(0, 0.2, G)
yy = lv[:, None] + tr_[:, None] * t + rng.normal(0, 4, T) + rng.normal(0, 2, (G, T))
pr, po = yy[:, :T_pre].mean(1), yy[:, T_pre:].mean(1)
pp = np.argsort(pr).reshape(-1, 2)
first = rng.integers(0, 2, P).astype(bool)
tr = np.where(first, pp[:, 0], pp[:, 1])
co = np.where(first, pp[:, 1], pp[:, 0])
r = po - pr
D = (r[tr] + effect) - r[co]
null = (signs * D).mean(1)

fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9))
bins = np.linspace(-8, 12, 121)
axes[0].hist(post_c, bins=bins, histtype="stepfilled", alpha=0.35, color="tab:gray",
             label="complete, post difference")
axes[0].hist(did_c, bins=bins, histtype="step", lw=1.6, color="tab:orange", label="complete, DiD")
axes[0].hist(did_m, bins=bins, histtype="step", lw=1.6, color="tab:blue", label="matched pairs, DiD")
axes[0].axvline(effect, color="k", ls="--", lw=1)
axes[0].set_xlabel("estimate (cents per resident per week)")
axes[0].set_ylabel("count of re-randomizations")
axes[0].set_title("Same 40 geos, 4000 re-randomizations")
axes[0].legend(fontsize=8)
axes[1].hist(null, bins=60, color="tab:blue", alpha=0.6)
axes[1].axvline(D.mean(), color="tab:red", lw=2, label=f"observed estimate {D.mean():.2f}")
axes[1].set_xlabel("matched-pair estimate under random sign flips")
axes[1].set_ylabel("count")
axes[1].set_title("Randomization distribution under the sharp null")
axes[1].legend(fontsize=8)
fig.tight_layout()
save(fig, "geo-testing-market-holdouts-designs.png")

# 2. Synthetic control inside and outside the convex hull of the donors' loadings.
rng = np.random.default_rng(5)
J, T_pre, T_post, effect = 30, 30, 8, 5.0
T = T_pre + T_post


def synth_weights(y1_pre, Y0_pre):
    a = Y0_pre - Y0_pre.mean(1, keepdims=True)
    A = np.vstack([a.T, 1e3 * np.ones(len(a))])
    return nnls(A, np.append(y1_pre - y1_pre.mean(), 1e3))[0]


fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.7), sharey=True)
f = np.cumsum(rng.normal(0.5, 1.0, T))
mu_d = rng.uniform(0, 1, J)
base = 100 + rng.normal(0, 10, J + 1)[:, None] + rng.normal(0, 3, T)
noise = rng.normal(0, 1, (J + 1, T))
for ax, mu1, title in [(axes[0], 0.7, "treated loading 0.7 (inside the hull)"),
                       (axes[1], 1.8, "treated loading 1.8 (outside the hull)")]:
    y = base + np.outer(np.append(mu1, mu_d), f) + noise
    y[0, T_pre:] += effect
    w = synth_weights(y[0, :T_pre], y[1:, :T_pre])
    treated = y[0] - y[0, :T_pre].mean()
    synth = w @ (y[1:] - y[1:, :T_pre].mean(1, keepdims=True))
    weeks = np.arange(T) - T_pre
    ax.plot(weeks, treated, color="k", lw=1.6, label="treated market")
    ax.plot(weeks, synth, color="tab:blue", lw=1.6, label="synthetic control")
    ax.axvline(-0.5, color="gray", ls="--", lw=1)
    ax.set_title(title)
    ax.set_xlabel("week relative to launch")
    gap = (treated - synth)[T_pre:].mean()
    ax.text(0.03, 0.92, f"test-period gap {gap:.1f} (true 5)", transform=ax.transAxes, fontsize=9)
axes[0].set_ylabel("outcome minus pre-period mean")
axes[0].legend(fontsize=8, loc="lower right")
fig.tight_layout()
save(fig, "geo-testing-market-holdouts-synthetic.png")
