"""Figures for the note data-ingestion-cdc.

Writes data-ingestion-cdc-delivery.png next to this script, with two panels:
- left: the first 300 deliveries of an at-least-once change stream (built the same way as the
  stream of the note's first code
  block, with its own draws): log position (LSN) against arrival order, redeliveries marked;
- right: the high-water-mark extraction of the note's third code block, keys whose extracted
  state is stale or missing at the end, as a function of the lookback window, with the largest
  commit delay marked.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- left: delivery order
rng = np.random.default_rng(0)
n_log = 5_000
lsn = np.cumsum(rng.integers(1, 20, n_log))
dup_idx = rng.choice(n_log, int(0.3 * n_log), replace=False)
src_idx = np.r_[np.arange(n_log), dup_idx]
is_dup = np.r_[np.zeros(n_log, bool), np.ones(len(dup_idx), bool)]
pos = np.r_[np.arange(n_log), dup_idx + rng.integers(1, 500, len(dup_idx))]  # redelivered later
arrival = np.argsort(pos + rng.uniform(0, 40, len(src_idx)), kind="stable")
first = arrival[:300]

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
x = np.arange(len(first))
ax1.plot(x, lsn[src_idx[first]], "-", color="#bbbbbb", lw=0.6, zorder=1)
ax1.scatter(x[~is_dup[first]], lsn[src_idx[first]][~is_dup[first]], s=8, color="#1f77b4",
            label="first delivery", zorder=2)
ax1.scatter(x[is_dup[first]], lsn[src_idx[first]][is_dup[first]], s=18, color="#d62728", marker="x",
            label="redelivery (duplicate)", zorder=3)
ax1.set_xlabel("arrival order at the consumer")
ax1.set_ylabel("log sequence number (LSN) of the change")
ax1.set_title("At-least-once delivery: duplicates and local reordering", fontsize=9.5)
ax1.legend(fontsize=8)
ax1.grid(alpha=0.3)

# ---------------------------------------------------------------- right: lookback sweep
rng = np.random.default_rng(3)
K, V, HORIZON, EVERY = 2_000, 20_000, 3_600.0, 60.0
key = rng.integers(0, K, V)
start = np.sort(rng.uniform(0, HORIZON, V))
slow = rng.random(V) < 0.03
delay = np.where(slow, rng.uniform(5, 150, V), rng.exponential(0.2, V))
commit = start + delay
is_delete = rng.random(V) < 0.05
order = np.argsort(commit, kind="stable")
runs = np.arange(EVERY, HORIZON + 400, EVERY)

# visible state at each run time, computed once by a sweep in commit order
states, state, i = [], {}, 0
for t in runs:
    while i < V and commit[order[i]] <= t:
        j = order[i]
        if is_delete[j]:
            state.pop(key[j], None)
        else:
            state[key[j]] = j
        i += 1
    states.append(dict(state))
truth = states[-1]

lookbacks = np.arange(0, 181, 10)
stale = []
for L in lookbacks:
    target, prev = {}, -np.inf
    for t, visible in zip(runs, states):
        for k, j in visible.items():
            if start[j] > prev - L:
                target[k] = j
        prev = t
    stale.append(sum(k in truth and target.get(k) != truth[k] for k in target.keys() | truth.keys()))
ax2.plot(lookbacks, stale, "o-", color="#1f77b4", ms=4)
ax2.axvline(delay.max(), color="#d62728", ls="--", lw=1)
ax2.text(delay.max() + 2, max(stale) * 0.8, f"largest commit delay\n{delay.max():.0f} s", fontsize=8,
         color="#d62728")
ax2.set_xlabel("lookback window L (seconds), extraction every 60 s")
ax2.set_ylabel("keys stale or missing in the copy")
ax2.set_title("High-water mark on updated_at: misses vanish once L >= max delay", fontsize=9.5)
ax2.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "data-ingestion-cdc-delivery.png", dpi=110, metadata={"Software": None})
plt.close(fig)
