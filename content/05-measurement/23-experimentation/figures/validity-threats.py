"""Figure for the note validity-threats: novelty and primacy effects, estimated by calendar day and
by days since first exposure, against the true effect curve. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

rng = np.random.default_rng(1)
days, arrivals = 28, 4000                  # the simulation of the note's novelty code block
start = np.repeat(np.arange(days), arrivals)
treat = np.tile(np.r_[np.ones(arrivals // 2, bool), np.zeros(arrivals // 2, bool)], days)
user = np.concatenate([np.full(days - s, i) for i, s in enumerate(start)])
cal = start[user] + np.concatenate([np.arange(days - s) for s in start])
d, w = cal - start[user], treat[user]
base = 1.0 + 0.5 * rng.normal(size=start.size)[user] + rng.normal(size=user.size)


def curve(t, a, b, lam):
    return a + (b - a) * np.exp(-t / lam)


def effect(y, mask):
    yt, yc = y[mask & w], y[mask & ~w]
    return yt.mean() - yc.mean(), np.sqrt(yt.var(ddof=1) / yt.size + yc.var(ddof=1) / yc.size)


fig, axes = plt.subplots(1, 2, figsize=(10, 4), sharey=True)
k = np.arange(days)
for ax, (name, b0, a0) in zip(axes, [("Novelty effect", 0.30, 0.05), ("Primacy effect (change aversion)", -0.20, 0.10)]):
    y = base + w * curve(d, a0, b0, 4.0)
    ex = np.array([effect(y, d == j) for j in k])
    ca = np.array([effect(y, cal == j) for j in k])
    naive = effect(y, cal < 14)[0]
    ax.plot(k, curve(k, a0, b0, 4.0), color="black", linewidth=1.5, label="true effect by days of exposure")
    ax.errorbar(k, ex[:, 0], yerr=1.96 * ex[:, 1], fmt="o", color="tab:blue", markersize=3, capsize=2,
                label="estimate by days since first exposure")
    ax.plot(k, ca[:, 0], "s--", color="tab:orange", markersize=3, linewidth=1, label="estimate by calendar day")
    ax.hlines(naive, 0, 13, color="tab:red", linewidth=2, label=f"naive 14-day estimate ({naive:+.3f})")
    ax.axhline(a0, color="gray", linestyle=":", linewidth=1)
    ax.axhline(0, color="gray", linewidth=0.5)
    ax.set_title(name)
    ax.set_xlabel("day")
    ax.legend(fontsize=7.5, loc="lower right" if b0 < 0 else "upper right")
axes[0].set_ylabel("treatment effect")
fig.tight_layout()
fig.savefig(OUT / "validity-threats-novelty.png", dpi=110, metadata={"Software": None})
plt.close(fig)
