"""Figures for the note evals-framework.

Writes next to this script:
- evals-framework-halfwidth.png: the 95% half-width 1.96 * sqrt(sigma_b^2 / n + sigma_w^2 / (n k))
  of an eval score against the number of items n, for k = 1, 3, 10 samples per item and k -> infinity,
  with the Beta(3, 1) item pass rates of the note (sigma_b^2 = 0.0375, sigma_w^2 = 0.15), and
  simulated half-widths for k = 1.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
a, b = 3.0, 1.0
sb2 = a * b / ((a + b) ** 2 * (a + b + 1))
sw2 = a * b / ((a + b) * (a + b + 1))
n = np.logspace(np.log10(20), np.log10(5000), 200)

fig, ax = plt.subplots(figsize=(7, 4.2))
for k, c in [(1, "#4c72b0"), (3, "#55a868"), (10, "#dd8452")]:
    ax.loglog(n, 1.96 * np.sqrt(sb2 / n + sw2 / (n * k)), color=c, label=f"k = {k} samples per item")
ax.loglog(n, 1.96 * np.sqrt(sb2 / n), "k--", lw=1, label="k = infinity (item floor)")

rng = np.random.default_rng(0)
for m in [50, 200, 1000]:
    p = rng.beta(a, b, size=(4000, m))
    theta = rng.binomial(1, p).mean(axis=1)
    ax.plot(m, 1.96 * theta.std(), "o", color="#4c72b0", ms=6)
ax.plot([], [], "o", color="#4c72b0", label="simulated, k = 1")
ax.set_xlabel("number of test items n")
ax.set_ylabel("95% half-width of the score")
ax.set_title("Items, not repeats, shrink the interval (item pass rates ~ Beta(3, 1))", fontsize=10)
ax.grid(True, which="both", alpha=0.3)
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(HERE / "evals-framework-halfwidth.png", dpi=110, metadata={"Software": None})
plt.close(fig)
