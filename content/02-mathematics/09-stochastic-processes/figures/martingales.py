"""Figures for the note martingales: gambler's ruin probabilities and durations, and
likelihood-ratio versus peeking z-test paths under the null. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


# 1. Gambler's ruin: P(reach N before 0) and E[duration] against the starting fortune.
N = 20
ks = np.arange(0, N + 1)


def formulas(p, k):
    q = 1 - p
    if p == 0.5:
        return k / N, k * (N - k)
    r = q / p
    win = (1 - r**k) / (1 - r**N)
    return win, (N * win - k) / (p - q)


rng = np.random.default_rng(0)
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
for p, c, lab in [(0.5, "tab:blue", "p = 0.5 (fair)"), (0.49, "tab:orange", "p = 0.49"),
                  (18 / 38, "tab:red", "p = 18/38 (roulette)")]:
    win, dur = formulas(p, ks.astype(float))
    axes[0].plot(ks, win, color=c, lw=1.6, label=lab)
    axes[1].plot(ks, dur, color=c, lw=1.6, label=lab)
    for k in [2, 6, 10, 14, 18]:                      # Monte Carlo check at a few starts
        pos, steps, alive = np.full(4000, k), np.zeros(4000), np.ones(4000, bool)
        while alive.any():
            pos[alive] += np.where(rng.random(alive.sum()) < p, 1, -1)
            steps[alive] += 1
            alive &= (pos > 0) & (pos < N)
        axes[0].plot(k, np.mean(pos == N), "o", color=c, ms=4)
        axes[1].plot(k, steps.mean(), "o", color=c, ms=4)
axes[0].set_xlabel("starting fortune k")
axes[0].set_ylabel("P(reach 20 before 0)")
axes[0].set_title("Probability of winning (curves: optional stopping)")
axes[0].legend(fontsize=8)
axes[1].set_xlabel("starting fortune k")
axes[1].set_ylabel(r"expected duration $E[\tau]$")
axes[1].set_title("Expected number of rounds (dots: simulation)")
axes[1].legend(fontsize=8)
fig.tight_layout()
save(fig, "martingales-gamblers-ruin.png")

# 2. A hundred paths under H0: likelihood ratio with the Ville threshold, and the peeking z-test.
rng = np.random.default_rng(11)
paths, n_max, delta, alpha = 100, 1000, 0.3, 0.05
X = rng.normal(0.0, 1.0, size=(paths, n_max))
S = np.cumsum(X, axis=1)
n = np.arange(1, n_max + 1)
L = np.exp(delta * S - n * delta**2 / 2)
z = S / np.sqrt(n)
crossed_L = (L >= 1 / alpha).any(axis=1)
crossed_z = (np.abs(z) >= 1.96).any(axis=1)
show = np.unique(np.r_[np.arange(0, 40), np.geomspace(40, n_max, 110).astype(int) - 1])  # thin for size

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ax = axes[0]
for i in np.flatnonzero(~crossed_L)[:15]:             # 15 of the paths that stay below
    ax.plot(n[show], L[i, show], color="0.65", lw=0.6)
for i in np.flatnonzero(crossed_L):
    ax.plot(n[show], L[i, show], color="tab:red", lw=1.2)
ax.set_yscale("log")
ax.set_xscale("log")
ax.axhline(1 / alpha, color="k", lw=1)
ax.text(1.2, 1 / alpha * 1.6, r"$1/\alpha = 20$", fontsize=9)
ax.set_ylim(1e-8, 1e3)
ax.set_xlabel("observations n (log scale)")
ax.set_ylabel(r"likelihood ratio $L_n$")
ax.set_title(f"Likelihood ratio under $H_0$: {crossed_L.sum()} of {paths} paths cross\n(red; 15 of the others in gray)", fontsize=10)
ax = axes[1]
rng = np.random.default_rng(1)                       # 4000 null runs, as in the note's code
X = rng.normal(0.0, 1.0, size=(4000, n_max))
S = np.cumsum(X, axis=1)
cum_L = np.maximum.accumulate(delta * S - n * delta**2 / 2 >= np.log(1 / alpha), axis=1).mean(axis=0)
cum_z = np.maximum.accumulate(np.abs(S / np.sqrt(n)) >= 1.96, axis=1).mean(axis=0)
ax.plot(n[show], cum_z[show], color="tab:red", lw=1.6, label=r"z-test checked after every observation")
ax.plot(n[show], cum_L[show], color="tab:blue", lw=1.6, label=r"likelihood ratio with threshold $1/\alpha$")
ax.axhline(alpha, color="k", lw=0.8, ls="--")
ax.text(1.1, alpha + 0.015, r"$\alpha = 0.05$", fontsize=9)
ax.set_xscale("log")
ax.set_ylim(0, 0.6)
ax.set_xlabel("number of looks n (log scale)")
ax.set_ylabel("P(null rejected by look n)")
ax.set_title("Type I error under continuous monitoring")
ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(0.0, 0.93))
fig.tight_layout()
save(fig, "martingales-sequential-testing.png")
