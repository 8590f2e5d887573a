"""Figures for the note llm-as-judge-regression-evals.

Writes next to this script:
- llm-as-judge-regression-evals-gate.png: the probability that a regression gate ships a
  candidate, against the candidate's true change in pass rate, for n = 200, 600 and 2000 paired
  items with a discordance rate of 20%. Two rules: ship unless the drop is statistically
  significant (two-sided 5%), and ship only if the one-sided 95% lower bound of the change is
  above a non-inferiority margin of -0.02. Normal approximation, Var(d_i) = q - delta^2.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from scipy.stats import norm  # noqa: E402

HERE = Path(__file__).resolve().parent
q, margin = 0.20, 0.02
delta = np.linspace(-0.08, 0.04, 400)

fig, ax = plt.subplots(figsize=(7.5, 4.4))
for n, c in [(200, "#c44e52"), (600, "#4c72b0"), (2000, "#55a868")]:
    tau = np.sqrt((q - delta**2) / n)
    ship_sig = norm.cdf(delta / tau + norm.ppf(0.975))          # block only if significantly worse
    ship_ni = norm.cdf((delta + margin) / tau - norm.ppf(0.95))  # ship only if lower bound > -margin
    ax.plot(delta, ship_sig, "--", color=c, lw=1.5)
    ax.plot(delta, ship_ni, "-", color=c, lw=2, label=f"n = {n}")
ax.axvline(-margin, color="grey", lw=1, ls=":")
ax.text(-margin + 0.001, 0.78, "margin -0.02", fontsize=8, color="grey", rotation=90, va="center")
ax.plot([], [], "k-", lw=2, label="non-inferiority gate")
ax.plot([], [], "k--", lw=1.5, label="block only if significant")
ax.set_xlabel("true change in pass rate, candidate minus baseline")
ax.set_ylabel("probability the gate ships the candidate")
ax.set_title("Two gates, three suite sizes (20% of items discordant)", fontsize=10)
ax.grid(alpha=0.3)
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(HERE / "llm-as-judge-regression-evals-gate.png", dpi=110, metadata={"Software": None})
plt.close(fig)
