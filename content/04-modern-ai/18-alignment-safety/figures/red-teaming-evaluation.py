"""Figures for the note `red-teaming-evaluation`.
red-teaming-evaluation-intervals.png: left, exact coverage of nominal 95% Wald, Wilson and
Clopper-Pearson intervals for an attack success rate measured with n = 50 attempts; right,
success within k attempts for heterogeneous behaviors versus extrapolation from the
per-attempt rate. Deterministic (exact computations, no sampling)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import betaln
from scipy.stats import beta, binom, norm

OUT = Path(__file__).resolve().parent
z = norm.ppf(0.975)
n = 50
c = np.arange(n + 1)
ph = c / n
wald = (np.clip(ph - z * np.sqrt(ph * (1 - ph) / n), 0, 1), np.clip(ph + z * np.sqrt(ph * (1 - ph) / n), 0, 1))
mid = (ph + z ** 2 / (2 * n)) / (1 + z ** 2 / n)
half = z / (1 + z ** 2 / n) * np.sqrt(ph * (1 - ph) / n + z ** 2 / (4 * n ** 2))
wilson = (mid - half, mid + half)
cp = (np.where(c == 0, 0.0, beta.ppf(0.025, c, n - c + 1)), np.where(c == n, 1.0, beta.ppf(0.975, c + 1, n - c)))

ps = np.linspace(0.002, 0.5, 800)
fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(11.5, 4.1))
for (lo, hi), name, col in [(wald, "Wald", "C3"), (wilson, "Wilson", "C0"), (cp, "Clopper-Pearson", "C2")]:
    cov = [np.sum(binom.pmf(c, n, p) * ((lo <= p) & (p <= hi))) for p in ps]
    ax0.plot(ps, cov, color=col, lw=1.3, label=name)
ax0.axhline(0.95, color="black", lw=0.8, ls=":")
ax0.set_ylim(0.5, 1.0)
ax0.set_xlabel("true attack success rate p")
ax0.set_ylabel("probability the interval contains p")
ax0.set_title("Coverage of nominal 95% intervals, n = 50")
ax0.legend(fontsize=8, loc="lower right")
ax0.grid(alpha=0.3)

ks = np.arange(1, 51)
a, b = 0.3, 2.7                                       # heterogeneous behaviors, mean rate 0.1
het = 1 - np.exp(betaln(a, b + ks) - betaln(a, b))    # E[1 - (1 - p)^k] for p ~ Beta(a, b)
ax1.plot(ks, 1 - 0.9 ** ks, color="C3", lw=2, ls="--", label="every behavior has p = 0.1")
ax1.plot(ks, het, color="C0", lw=2, label="p ~ Beta(0.3, 2.7), mean 0.1")
ax1.set_xlabel("attempts per behavior k")
ax1.set_ylabel("fraction of behaviors broken within k attempts")
ax1.set_title("Success within k attempts (ASR@k)")
ax1.legend(fontsize=8, loc="lower right")
ax1.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "red-teaming-evaluation-intervals.png", dpi=110, metadata={"Software": None})
