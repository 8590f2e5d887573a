"""Figures for the note latency-cost-optimization.

Writes next to this script:
- latency-cost-optimization-cache-fanout.png. Left: expected cost of a cached prompt prefix, as a
  multiple of its uncached price, against the request rate for that prefix, for a 5-minute and a
  1-hour cache lifetime refreshed on every use; Poisson arrivals give a hit probability
  1 - exp(-rate * TTL); writes cost 1.25x (5 minutes) or 2x (1 hour), reads 0.1x.
  Right: median and 99th percentile of the latency of m parallel calls (waiting for all of them)
  for lognormal single-call latencies with median 1 s and sigma 0.5, with simulated points.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from scipy.stats import norm  # noqa: E402

HERE = Path(__file__).resolve().parent
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4.2))

per_hour = np.logspace(-1, 3, 400)
lam = per_hour / 3600
for ttl, T, w, c in [("5-minute cache", 300, 1.25, "#4c72b0"), ("1-hour cache", 3600, 2.0, "#dd8452")]:
    h = 1 - np.exp(-lam * T)
    ax1.semilogx(per_hour, h * 0.1 + (1 - h) * w, color=c, lw=2, label=ttl)
ax1.axhline(1.0, color="grey", lw=1, ls="--", label="no caching")
ax1.axhline(0.1, color="grey", lw=1, ls=":", label="every request a hit (0.1x)")
ax1.set_xlabel("requests per hour sharing the prefix")
ax1.set_ylabel("expected prefix cost / uncached price")
ax1.set_title("Prompt caching pays once the prefix is reused within its lifetime", fontsize=9)
ax1.legend(fontsize=8)
ax1.grid(alpha=0.3, which="both")

sigma = 0.5
m = np.arange(1, 101)
ax2.plot(m, np.exp(sigma * norm.ppf(0.5 ** (1 / m))), color="#4c72b0", lw=2, label="median of the slowest")
ax2.plot(m, np.exp(sigma * norm.ppf(0.99 ** (1 / m))), color="#c44e52", lw=2, label="p99 of the slowest")
rng = np.random.default_rng(0)
for mm in [1, 5, 10, 25, 50, 100]:
    sims = rng.lognormal(0, sigma, size=(20_000, mm)).max(axis=1)
    ax2.plot(mm, np.percentile(sims, 50), "o", color="#4c72b0", ms=4)
    ax2.plot(mm, np.percentile(sims, 99), "o", color="#c44e52", ms=4)
ax2.plot([], [], "ko", ms=4, label="simulated")
ax2.set_xlabel("number of parallel calls m")
ax2.set_ylabel("latency of the fan-out (s)")
ax2.set_title("Fan-out waits for the slowest call (single call: median 1 s)", fontsize=9)
ax2.legend(fontsize=8)
ax2.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "latency-cost-optimization-cache-fanout.png", dpi=110, metadata={"Software": None})
plt.close(fig)
