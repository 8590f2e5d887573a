"""Figures for the note limit-theorems: (1) the density of a standardized sum of n Exponential(1)
variables approaching the standard normal; (2) the exact Kolmogorov distance between a standardized
Binomial(n, p) and the normal, against n, with the Berry-Esseen bound. Exact laws, no sampling.
Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def kolmogorov_distance(n, p):
    k = np.arange(n + 1)
    cdf = stats.binom.cdf(k, n, p)
    left = np.concatenate([[0.0], cdf[:-1]])          # CDF just before each jump
    Phi = stats.norm.cdf((k - n * p) / np.sqrt(n * p * (1 - p)))
    return max(np.abs(cdf - Phi).max(), np.abs(left - Phi).max())


fig, axes = plt.subplots(1, 2, figsize=(11, 4))
z = np.linspace(-3.5, 4.5, 1601)
ns = [1, 4, 16, 64]
colors = plt.cm.plasma(np.linspace(0.0, 0.8, len(ns)))
for n, c in zip(ns, colors):
    # S_n ~ Gamma(n, 1); the density of (S_n - n) / sqrt(n) at z is sqrt(n) * gamma_n(n + z sqrt(n))
    axes[0].plot(z, np.sqrt(n) * stats.gamma.pdf(n + z * np.sqrt(n), n), color=c, label=f"n = {n}")
axes[0].plot(z, stats.norm.pdf(z), "k--", linewidth=1.5, label=r"$\mathcal{N}(0,1)$")
axes[0].set_ylim(0, 0.65)
axes[0].set_xlabel(r"$z = (S_n - n)/\sqrt{n}$")
axes[0].set_ylabel("density")
axes[0].set_title("Standardized sum of n Exponential(1) variables")
axes[0].legend(fontsize=8)

grid = np.unique(np.round(np.logspace(1, 5, 33)).astype(int))
C = 0.4748
for p, c in zip([0.5, 0.8, 0.99], ["tab:blue", "tab:green", "tab:red"]):
    sigma = np.sqrt(p * (1 - p))
    rho = p * (1 - p) * (p ** 2 + (1 - p) ** 2)
    dist = [kolmogorov_distance(n, p) for n in grid]
    axes[1].loglog(grid, dist, "o-", color=c, markersize=3, label=f"exact, p = {p}")
    axes[1].loglog(grid, C * rho / (sigma ** 3 * np.sqrt(grid)), "--", color=c, linewidth=1,
                   label=f"Berry-Esseen bound, p = {p}")
axes[1].set_ylim(1e-3, 2)
axes[1].set_xlabel("n")
axes[1].set_ylabel("sup distance between CDFs")
axes[1].set_title("Binomial vs normal: both fall like $n^{-1/2}$")
axes[1].legend(fontsize=7.5, loc="lower left")
fig.tight_layout()
fig.savefig(OUT / "limit-theorems-clt-convergence.png", dpi=110, metadata={"Software": None})
plt.close(fig)
