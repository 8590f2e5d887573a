"""Figures for the note modern-data-warehouse.

Writes, next to this script:
- modern-data-warehouse-pruning.png: fraction of blocks a min/max zone map cannot skip, as a
  function of the fraction of rows a range predicate matches, for a table sorted on the predicate
  column and for the same table in random order with three block sizes; measured points and the
  formulas of the note.
- modern-data-warehouse-bytes.png: bytes scanned by the note's two queries under each layout.
Deterministic: fixed seed, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)

# ------------------------------------------------------------ blocks read vs selectivity
n = 2_000_000
x = rng.integers(0, 1_000_000, n)
sel = np.logspace(-5, 0, 26)


def blocks_read(values, b, s):
    lo, hi = 0, int(s * 1_000_000) - 1
    nb = len(values) // b
    v = values[: nb * b].reshape(nb, b)
    keep = (v.max(1) >= lo) & (v.min(1) <= hi)
    return keep.mean()


fig, ax = plt.subplots(figsize=(6.8, 4.2))
xs = np.sort(x)
for b, color in [(100, "#2ca02c"), (1_000, "#ff7f0e"), (10_000, "#d62728")]:
    meas = [blocks_read(x, b, s) for s in sel]
    ax.loglog(sel, meas, "o", ms=4, color=color, label=f"random order, b = {b:,}: measured")
    ax.loglog(sel, 1 - (1 - sel) ** b, "-", lw=1, color=color, label=f"random order, b = {b:,}: 1 - (1 - s)^b")
meas_sorted = [blocks_read(xs, 1_000, s) for s in sel]
ax.loglog(sel, meas_sorted, "s", ms=4, color="#1f77b4", label="sorted, b = 1,000: measured")
ax.loglog(sel, np.minimum(1, (np.ceil(sel * n / 1_000) + 1) / (n / 1_000)), "-", lw=1, color="#1f77b4",
          label="sorted: bound (ceil(sn/b) + 1) / (n/b)")
ax.set_xlabel("fraction s of rows matching the range predicate")
ax.set_ylabel("fraction of blocks read")
ax.set_title("Zone maps skip blocks only when the data are ordered by the predicate column", fontsize=9.5)
ax.set_ylim(3e-4, 1.6)
ax.grid(alpha=0.3, which="both")
ax.legend(fontsize=7, loc="lower right")
fig.tight_layout()
fig.savefig(HERE / "modern-data-warehouse-pruning.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ------------------------------------------------------------ bytes scanned by layout
# Numbers printed by the note's second code block (bytes scanned).
labels = ["row store,\nfull scan", "columns,\nno zone maps", "zone maps,\ntime order",
          "zone maps,\nrandom order", "zone maps, clustered\nby (country, day)"]
q1 = [5_600_000, 3_600_000, 315_000, 3_600_000, 180_000]
q2 = [5_600_000, 2_000_000, 2_000_000, 2_000_000, 225_000]
fig, ax = plt.subplots(figsize=(7.2, 3.8))
pos = np.arange(len(labels))
ax.bar(pos - 0.2, np.array(q1) / 1e6, 0.4, color="#1f77b4", label="Q1: day 60..66 and country 3")
ax.bar(pos + 0.2, np.array(q2) / 1e6, 0.4, color="#ff7f0e", label="Q2: country 3 only")
ax.set_xticks(pos)
ax.set_xticklabels(labels, fontsize=8)
ax.set_ylabel("MB scanned (400,000 rows)")
ax.set_title("The same two queries under five storage layouts", fontsize=10)
ax.legend(fontsize=8)
ax.grid(axis="y", alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "modern-data-warehouse-bytes.png", dpi=110, metadata={"Software": None})
plt.close(fig)
