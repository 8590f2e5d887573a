"""Figures for the note estimation-theory: average Bernoulli log-likelihoods converging to their
population limit, whose curvature at the truth is the Fisher information, and the sampling
distribution of the exponential-rate MLE against its normal approximation. Writes PNGs next to
this script."""
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


rng = np.random.default_rng(3)
p0 = 0.3
grid = np.linspace(0.05, 0.65, 400)
fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.2))

# Left: (1/n) l_n(p) for growing n, the limit E[log p_p(X)], and its quadratic approximation.
ax = axes[0]
x = rng.random(1000) < p0
for n, col in [(20, "tab:olive"), (100, "tab:green"), (1000, "tab:blue")]:
    k = x[:n].sum()
    avg = (k * np.log(grid) + (n - k) * np.log(1 - grid)) / n
    ax.plot(grid, avg, color=col, lw=1.2, label=rf"$\frac{{1}}{{n}}\ell_n(p)$, $n = {n}$ ($\hat p = {k / n:.3f}$)")
pop = p0 * np.log(grid) + (1 - p0) * np.log(1 - grid)
ent = p0 * np.log(p0) + (1 - p0) * np.log(1 - p0)
fisher = 1 / (p0 * (1 - p0))
ax.plot(grid, pop, color="k", lw=2, label=r"limit $\mathbb{E}_{0.3}[\log p_p(X)]$")
ax.plot(grid, ent - 0.5 * fisher * (grid - p0) ** 2, color="tab:red", ls="--",
        label=rf"quadratic with curvature $I(0.3) = {fisher:.3f}$")
ax.axvline(p0, color="0.7", lw=0.8)
ax.set_ylim(-1.0, -0.55)
ax.set_xlabel(r"parameter $p$")
ax.set_ylabel("average log-likelihood")
ax.set_title(r"Bernoulli($0.3$): average log-likelihoods")
ax.legend(fontsize=8, loc="lower center")

# Right: the MLE 1/mean of exponential data, rate 2, for n = 10 and n = 50.
ax = axes[1]
lam, reps = 2.0, 200_000
bins = np.linspace(0.5, 6.0, 111)
for n, col in [(10, "tab:orange"), (50, "tab:blue")]:
    lam_hat = 1 / rng.exponential(1 / lam, size=(reps, n)).mean(axis=1)
    ax.hist(lam_hat, bins=bins, weights=np.full(reps, 1 / (reps * (bins[1] - bins[0]))), color=col, alpha=0.35,
            label=rf"$\hat\lambda$, $n = {n}$: mean {lam_hat.mean():.3f}")
    sd = lam / np.sqrt(n)
    ax.plot(bins, np.exp(-0.5 * ((bins - lam) / sd) ** 2) / (sd * np.sqrt(2 * np.pi)), color=col,
            lw=1.5, label=rf"$\mathcal{{N}}(\lambda, \lambda^2/n)$, $n = {n}$")
ax.axvline(lam, color="k", lw=0.8)
ax.set_xlabel(r"estimate of the rate $\lambda = 2$")
ax.set_ylabel("density")
ax.set_title(r"Exponential rate: sampling distribution of the MLE")
ax.legend(fontsize=8)

fig.tight_layout()
save(fig, "estimation-theory-likelihood.png")
