"""Revenue of first- and second-price auctions with uniform values; writes one PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
trials = 100_000

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
n = 3
v = np.sort(rng.uniform(size=(trials, n)), axis=1)
first = (n - 1) / n * v[:, -1]
second = v[:, -2]
bins = np.linspace(0, 1, 41)
ax = axes[0]
ax.hist(first, bins=bins, alpha=0.6, density=True, label=f"first price (mean {first.mean():.3f})")
ax.hist(second, bins=bins, alpha=0.6, density=True, label=f"second price (mean {second.mean():.3f})")
ax.axvline(0.5, color="k", ls="--", lw=1, label="(n-1)/(n+1) = 0.5")
ax.set_xlabel("seller's revenue")
ax.set_ylabel("density")
ax.set_title("n = 3 bidders: same mean, different spread")
ax.legend(fontsize=8)

ns = np.arange(1, 11)
ax = axes[1]
ax.plot(ns, (ns - 1) / (ns + 1), "o-", label="first = second price, (n-1)/(n+1)")
# Second price with Myerson reserve 1/2: simulate.
rev_res = []
for k in ns:
    w = np.sort(rng.uniform(size=(trials, k)), axis=1)
    hi = w[:, -1]
    lo = w[:, -2] if k > 1 else np.zeros(trials)
    rev_res.append(np.where(hi < 0.5, 0.0, np.maximum(lo, 0.5)).mean())
ax.plot(ns, rev_res, "s-", label="second price with reserve 1/2 (optimal)")
ax.set_xlabel("number of bidders n")
ax.set_ylabel("expected revenue")
ax.set_title("Revenue equivalence, and what a reserve adds")
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "mechanism-design-revenue.png", dpi=110, metadata={"Software": None})
