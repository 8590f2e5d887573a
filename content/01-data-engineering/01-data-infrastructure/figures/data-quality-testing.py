"""Figures for the note data-quality-testing.

Writes next to this script:
- data-quality-testing-drift-tests.png: left, the distribution of the population stability index
  between two samples of the same distribution (n = m = 100 and 1000, ten equal-probability bins),
  against the scaled chi-square approximation and the folklore thresholds 0.1 and 0.25; right, the
  rejection rate of the two-sample Kolmogorov-Smirnov test at level 0.05 as a function of the
  sample size, for no drift and for mean shifts of 0.01, 0.03 and 0.1 standard deviations.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from scipy import stats  # noqa: E402

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
K = 10
edges = stats.norm.ppf(np.linspace(0, 1, K + 1))


def psi(x, y, eps=1e-4):
    p = np.histogram(x, edges)[0] / len(x) + eps
    q = np.histogram(y, edges)[0] / len(y) + eps
    return np.sum((p - q) * np.log(p / q))


fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4.2))
for n, color in [(100, "#4c72b0"), (1000, "#dd8452")]:
    vals = np.array([psi(rng.normal(size=n), rng.normal(size=n)) for _ in range(4000)])
    scale = 2 / n
    ax1.hist(vals, bins=np.linspace(0, 0.6, 121), density=True, alpha=0.45, color=color,
             label=f"n = m = {n}: simulated")
    grid = np.linspace(1e-4, 0.6, 600)
    ax1.plot(grid, stats.chi2.pdf(grid / scale, K - 1) / scale, color=color, lw=1.4,
             label=f"(1/n + 1/m) chi-square(9)")
for thr in [0.1, 0.25]:
    ax1.axvline(thr, color="#333333", ls="--", lw=1)
    ax1.text(thr + 0.005, ax1.get_ylim()[1] * 0.55 if thr == 0.1 else ax1.get_ylim()[1] * 0.35,
             f"rule of thumb {thr}", fontsize=8, rotation=90)
ax1.set_xlim(0, 0.5)
ax1.set_xlabel("PSI between two samples with NO drift")
ax1.set_ylabel("density")
ax1.set_title("Small samples: PSI exceeds 0.1 by chance", fontsize=10)
ax1.legend(fontsize=7.5, frameon=False)

ns = np.array([300, 1000, 3000, 10_000, 30_000, 100_000])
for shift, color in [(0.0, "#333333"), (0.01, "#8172b3"), (0.03, "#dd8452"), (0.1, "#4c72b0")]:
    rate = []
    for n in ns:
        reps = 200 if n <= 10_000 else 60
        rate.append(np.mean([stats.ks_2samp(rng.normal(size=n), rng.normal(shift, 1, n),
                                            method="asymp").pvalue < 0.05 for _ in range(reps)]))
    ax2.plot(ns, rate, "o-", color=color, label="no drift" if shift == 0 else f"shift {shift} sd")
ax2.axhline(0.05, color="#999999", ls=":", lw=1)
ax2.set_xscale("log")
ax2.set_ylim(-0.03, 1.03)
ax2.set_xlabel("rows per sample (n = m)")
ax2.set_ylabel("share of runs rejecting at level 0.05")
ax2.set_title("Large samples: KS flags drift nobody cares about", fontsize=10)
ax2.legend(fontsize=8, frameon=False)
ax2.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "data-quality-testing-drift-tests.png", dpi=110, metadata={"Software": None})
plt.close(fig)
