"""Figure for the note `multi-agent-systems`: the reliability curve p^n of a task that needs n
independent steps each succeeding with probability p (lines: closed form; markers: Monte Carlo
with 4,000 trials per point, seed 0), and the effect of per-step retries when a failure is
detected with probability d. Writes multi-agent-systems-reliability.png next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
n = np.unique(np.round(np.logspace(0, 3, 200)).astype(int))
n_mc = np.array([1, 3, 10, 30, 100, 300, 1000])

fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
ax = axes[0]
for p, col in [(0.9, "tab:red"), (0.95, "tab:orange"), (0.99, "tab:blue"), (0.999, "tab:green")]:
    ax.plot(n, p**n, color=col, label=f"p = {p}")
    sim = [(rng.random((4000, k)) < p).all(1).mean() for k in n_mc]
    ax.plot(n_mc, sim, "o", color=col, ms=4)
ax.axhline(0.5, color="0.5", lw=0.8, ls=":")
ax.set_xscale("log")
ax.set_xlabel("number of steps n (log scale)")
ax.set_ylabel("P(task succeeds) = p^n")
ax.set_title("Reliability curve: every step must succeed", fontsize=10)
ax.legend(fontsize=8, loc="lower left")
ax.grid(alpha=0.3, which="both")

ax = axes[1]
p = 0.95
for d, r, col, lab in [(0.0, 0, "tab:red", "no retry"),
                       (0.5, 1, "tab:orange", "1 retry, detects 50% of failures"),
                       (0.9, 1, "tab:blue", "1 retry, detects 90%"),
                       (1.0, 1, "tab:green", "1 retry, detects all"),
                       (1.0, 2, "tab:purple", "2 retries, detects all")]:
    f = (1 - p) * d
    step = p * (1 - f ** (r + 1)) / (1 - f) if f > 0 else p
    ax.plot(n, step**n, color=col, label=f"{lab} (step {step:.4f})")
ax.set_xscale("log")
ax.set_xlabel("number of steps n (log scale)")
ax.set_ylabel("P(task succeeds)")
ax.set_title("Per-step p = 0.95 with retries on detected failure", fontsize=10)
ax.legend(fontsize=8, loc="lower left")
ax.grid(alpha=0.3, which="both")
fig.tight_layout()
fig.savefig(OUT / "multi-agent-systems-reliability.png", dpi=110, metadata={"Software": None})
