"""Figures for the note data-observability.

Writes next to this script:
- data-observability-volume.png: one year of daily row counts with growth, a weekly cycle and two
  incidents, with the alarms of a static band fixed at launch and of a seasonal robust detector;
  below, the robust z-score of the seasonal detector with its threshold.
- data-observability-hll.png: the standard deviation of HyperLogLog's relative error against the
  number of registers m, simulated, against 1.04 / sqrt(m).
Deterministic: fixed seeds, no timestamps. The series is generated exactly as in the note's code.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---- the volume series and two detectors -------------------------------------------------------
rng = np.random.default_rng(0)
t = np.arange(364)
weekly = np.array([0.0, 0.02, 0.03, 0.02, 0.0, -0.35, -0.45])[t % 7]
y = np.exp(np.log(100_000) + 0.0015 * t + weekly + rng.normal(0, 0.04, 364))
y[150] *= 0.6
y[260:263] *= 0.85
s = pd.Series(y)
base = s.iloc[:56]
static = ((s - base.mean()).abs() > 3 * base.std()).to_numpy()
logs = np.log(s)
same_day = pd.concat([logs.shift(7 * k) for k in range(1, 5)], axis=1).median(axis=1)
resid = logs - same_day
center = resid.shift(1).rolling(56).median()
scale = 1.4826 * (resid - center).abs().shift(1).rolling(56).median()
z = ((resid - center) / scale).to_numpy()
seasonal = np.nan_to_num(np.abs(z)) > 4
warm = t >= 84

fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 5.8), sharex=True, gridspec_kw={"height_ratios": [3, 2]})
ax1.plot(t, y / 1000, color="#4c72b0", lw=0.9, label="rows loaded per day")
ax1.axhspan((base.mean() - 3 * base.std()) / 1000, (base.mean() + 3 * base.std()) / 1000, color="#dddddd",
            alpha=0.6, label="static band fixed at launch (mean +- 3 sd of weeks 1-8)")
ax1.scatter(t[static & warm], y[static & warm] / 1000, s=14, color="#999999", zorder=3,
            label="static band alarms (all false)")
ax1.scatter(t[seasonal & warm], y[seasonal & warm] / 1000, s=60, facecolors="none", edgecolors="#c44e52",
            lw=1.6, zorder=4, label="seasonal detector alarms")
for d0, d1, txt in [(150, 150, "partial load"), (260, 262, "region missing")]:
    ax1.axvspan(d0 - 0.5, d1 + 0.5, color="#c44e52", alpha=0.15)
    ax1.text(d0 + 3, 36, txt, fontsize=8, color="#c44e52", ha="left")
ax1.set_ylabel("thousand rows")
ax1.set_ylim(30, 215)
ax1.legend(fontsize=7.5, frameon=False, loc="upper left", ncol=2)
ax1.set_title("Growth and a weekly cycle defeat fixed thresholds; a same-weekday baseline does not", fontsize=10)
ax2.plot(t[warm], z[warm], color="#4c72b0", lw=0.8)
ax2.axhline(4, color="#c44e52", ls="--", lw=1)
ax2.axhline(-4, color="#c44e52", ls="--", lw=1)
ax2.set_ylim(-14, 6)
ax2.set_ylabel("robust z vs same weekdays")
ax2.set_xlabel("day")
fig.tight_layout()
fig.savefig(HERE / "data-observability-volume.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- HyperLogLog error against m ----------------------------------------------------------------
M64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def hash64(x):
    z = x.astype(np.uint64) + np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def bit_length(w):
    n, w = np.zeros(w.shape, np.int64), w.copy()
    for sh in (32, 16, 8, 4, 2, 1):
        big = w >= (np.uint64(1) << np.uint64(sh))
        n[big] += sh
        w[big] >>= np.uint64(sh)
    return n + (w > 0)


def estimate(h, p):
    m = 1 << p
    idx = (h >> np.uint64(64 - p)).astype(np.int64)
    rest = (h << np.uint64(p)) & M64
    rank = np.where(rest == 0, 64 - p + 1, 64 - bit_length(rest) + 1)
    reg = np.zeros(m, np.int64)
    np.maximum.at(reg, idx, rank)
    E = 0.7213 / (1 + 1.079 / m) * m * m / np.sum(2.0 ** -reg)
    zeros = np.sum(reg == 0)
    return m * np.log(m / zeros) if (E <= 2.5 * m and zeros > 0) else E


ps = [7, 8, 9, 10, 11, 12, 13, 14]
n, trials = 200_000, 120
err = {p: [] for p in ps}
for trial in range(trials):
    h = hash64(np.arange(trial * n, (trial + 1) * n))
    for p in ps:
        err[p].append(estimate(h, p) / n - 1)
ms = np.array([1 << p for p in ps])
sd = np.array([np.std(err[p]) for p in ps])
fig, ax = plt.subplots(figsize=(6.8, 4.4))
grid = np.logspace(np.log10(100), np.log10(20000), 100)
ax.plot(grid, 1.04 / np.sqrt(grid), color="#4c72b0", lw=1.5, label="1.04 / sqrt(m)")
ax.scatter(ms, sd, color="#c44e52", zorder=3, label=f"simulated ({trials} sets of {n:,} distinct ids)")
ax.set_xscale("log", base=2)
ax.set_yscale("log")
ax.set_xlabel("number of registers m (memory: 6 bits each)")
ax.set_ylabel("sd of the relative error")
ax.set_title("HyperLogLog: error falls as 1/sqrt(m), whatever the count", fontsize=10)
ax.legend(fontsize=8, frameon=False)
ax.grid(alpha=0.3, which="both")
fig.tight_layout()
fig.savefig(HERE / "data-observability-hll.png", dpi=110, metadata={"Software": None})
plt.close(fig)
