"""Figures for the note bridge-concentration-inequalities: (1) the norm of a standard Gaussian vector
concentrates around sqrt(d) with fluctuations that do not grow with d; (2) Chebyshev, Hoeffding and
Bernstein bounds against the exact tail of a Bernoulli average. Exact laws (scipy), no sampling.
Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

# (1) Gaussian concentration: ||X|| for X ~ N(0, I_d) has the chi law with d degrees of freedom.
dims = [1, 10, 100, 1000, 10000]
colors = plt.cm.viridis(np.linspace(0.0, 0.85, len(dims)))
fig, axes = plt.subplots(1, 3, figsize=(13, 3.9))
r = np.linspace(0.0, 2.2, 2001)
for d, c in zip(dims, colors):
    # density of ||X|| / sqrt(d) at r is sqrt(d) * chi_d density at r sqrt(d)
    axes[0].plot(r, np.sqrt(d) * stats.chi.pdf(r * np.sqrt(d), d), color=c, label=f"d = {d}")
axes[0].set_xlim(0, 2.2)
axes[0].set_ylim(0, 30)
axes[0].set_xlabel(r"$\Vert X\Vert / \sqrt{d}$")
axes[0].set_ylabel("density")
axes[0].set_title("Relative scale: a thin shell at radius 1")
axes[0].legend(fontsize=8)

s = np.linspace(-4.0, 4.0, 2001)
for d, c in zip(dims, colors):
    axes[1].plot(s, stats.chi.pdf(s + np.sqrt(d), d), color=c, label=f"d = {d}")
axes[1].plot(s, stats.norm.pdf(s, scale=np.sqrt(0.5)), "k--", linewidth=1, label=r"$\mathcal{N}(0, 1/2)$")
axes[1].set_xlabel(r"$\Vert X\Vert - \sqrt{d}$")
axes[1].set_title("Absolute scale: the shell's width stays O(1)")
axes[1].legend(fontsize=8)

t = np.linspace(0.0, 4.5, 451)
for d, c in zip(dims, colors):
    m = stats.chi.mean(d)
    tail = stats.chi.sf(m + t, d) + stats.chi.cdf(np.maximum(m - t, 0.0), d) * (m - t > 0)
    axes[2].semilogy(t, np.minimum(tail, 1.0), color=c, label=f"d = {d}")
axes[2].semilogy(t, np.minimum(2 * np.exp(-t ** 2 / 2), 1.0), "k--", linewidth=1.5,
                 label=r"bound $2e^{-t^2/2}$ (every $d$)")
axes[2].set_ylim(1e-9, 2)
axes[2].set_xlabel("t")
axes[2].set_ylabel(r"$P(|\,\Vert X\Vert - E\Vert X\Vert\,| \geq t)$")
axes[2].set_title("Tails: exact, and the Lipschitz bound")
axes[2].legend(fontsize=8, loc="lower left")
fig.tight_layout()
fig.savefig(OUT / "bridge-concentration-inequalities-gaussian-norm.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# (2) Tail bounds for the mean of n Bernoulli(p) variables against the exact two-sided tail.
fig, axes = plt.subplots(1, 2, figsize=(11, 4))
for ax, (n, p, tmax) in zip(axes, [(1000, 0.5, 0.12), (10000, 0.99, 0.008)]):
    var = p * (1 - p)
    t = np.linspace(tmax / 400, tmax, 400)
    lo = np.floor(n * (p - t) + 1e-9)
    hi = np.ceil(n * (p + t) - 1e-9)
    exact = stats.binom.cdf(lo, n, p) + stats.binom.sf(hi - 1, n, p)
    clt = 2 * stats.norm.sf(t * np.sqrt(n / var))
    cheb = var / (n * t ** 2)
    hoef = 2 * np.exp(-2 * n * t ** 2)
    bern = 2 * np.exp(-n * t ** 2 / (2 * (var + t / 3)))
    ax.semilogy(t, np.clip(exact, 1e-300, None), color="black", linewidth=2, label="exact (Binomial)")
    ax.semilogy(t, clt, color="tab:gray", linestyle=":", linewidth=1.5, label="CLT approximation")
    ax.semilogy(t, np.minimum(cheb, 1), color="tab:orange", label="Chebyshev")
    ax.semilogy(t, np.minimum(hoef, 1), color="tab:blue", label="Hoeffding")
    ax.semilogy(t, np.minimum(bern, 1), color="tab:red", label="Bernstein")
    ax.set_ylim(1e-10, 2)
    ax.set_xlim(0, tmax)
    ax.set_xlabel("deviation t")
    ax.set_title(f"mean of n = {n} Bernoulli(p = {p})")
    ax.legend(fontsize=8, loc="lower left")
axes[0].set_ylabel(r"$P(|\bar X_n - p| \geq t)$")
fig.tight_layout()
fig.savefig(OUT / "bridge-concentration-inequalities-tail-bounds.png", dpi=110, metadata={"Software": None})
plt.close(fig)
