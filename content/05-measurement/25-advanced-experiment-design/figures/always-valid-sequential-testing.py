"""Figure for the note always-valid-sequential-testing: a null path with the fixed-sample interval
and the confidence sequence, and power and mean sample size of the mSPRT against a fixed-horizon
test. Writes a PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import norm

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})
tau, alpha, sigma = 0.1, 0.05, 1.0


def radius(n):
    v = sigma**2 + n * tau**2
    return np.sqrt(sigma**2 * v / tau**2 * (2 * np.log(1 / alpha) + np.log(v / sigma**2))) / n


fig, axes = plt.subplots(1, 3, figsize=(13, 3.9))

# Left: among 200 null paths, the one whose fixed-sample interval misses zero by the most while
# the confidence sequence still covers it.
rng = np.random.default_rng(11)
n_max = 5000
n = np.arange(1, n_max + 1)
fixed = 1.96 / np.sqrt(n)
paths = np.cumsum(rng.normal(0, 1, (200, n_max)), axis=1) / n
miss = np.clip(np.abs(paths[:, 20:]) - fixed[20:], 0, None).sum(1)
covered = (np.abs(paths) < radius(n)).all(1)
xbar = paths[np.argmax(np.where(covered, miss, -1))]
ax = axes[0]
ax.fill_between(n, xbar - radius(n), xbar + radius(n), color="tab:blue", alpha=0.25,
                label="95% confidence sequence")
ax.fill_between(n, xbar - fixed, xbar + fixed, color="tab:orange", alpha=0.45,
                label="fixed-sample 95% interval")
ax.plot(n, xbar, color="k", lw=1, label="running mean")
ax.axhline(0, color="tab:red", lw=1.2, ls="--", label="true effect 0")
ax.set_xscale("log")
ax.set_xlim(10, n_max)
ax.set_ylim(-0.6, 0.6)
ax.set_xlabel("observations n")
ax.set_title("One null path, checked after every observation")
ax.legend(fontsize=7, loc="upper right")

# Middle and right: power and mean sample size against the true effect.
R, cap = 1000, 2500
n_fixed = int(np.ceil(((norm.ppf(0.975) + norm.ppf(0.8)) / 0.1) ** 2))
nn = np.arange(1, cap + 1)
bound = nn * radius(nn)
deltas = np.linspace(0, 0.3, 13)
pf, p785, pcap, mean_n = [], [], [], []
for d in deltas:
    S = np.cumsum(rng.normal(d, 1, (R, cap)), axis=1)
    hit = np.abs(S) >= bound
    stop = np.where(hit.any(1), hit.argmax(1) + 1, cap)
    pf.append(np.mean(np.abs(S[:, n_fixed - 1]) / np.sqrt(n_fixed) >= 1.96))
    p785.append(hit[:, :n_fixed].any(1).mean())
    pcap.append(hit.any(1).mean())
    mean_n.append(stop.mean())
ax = axes[1]
ax.plot(deltas, pf, "o-", color="tab:orange", ms=3, label=f"fixed horizon, n = {n_fixed}")
ax.plot(deltas, p785, "s--", color="tab:blue", ms=3, label=f"mSPRT, stopped by n = {n_fixed}")
ax.plot(deltas, pcap, "o-", color="tab:blue", ms=3, label=f"mSPRT, stopped by cap {cap}")
ax.axhline(0.05, color="gray", lw=0.8, ls=":")
ax.set_xlabel(r"true effect $\theta$ (sd 1)")
ax.set_ylabel("probability of rejecting")
ax.set_title("Power")
ax.legend(fontsize=7, loc="lower right")
ax = axes[2]
ax.plot(deltas, mean_n, "o-", color="tab:blue", ms=3, label="mSPRT, mean sample size")
ax.axhline(n_fixed, color="tab:orange", lw=1.5, label=f"fixed horizon {n_fixed}")
ax.set_xlabel(r"true effect $\theta$ (sd 1)")
ax.set_ylabel("observations used")
ax.set_title("Expected sample size")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "always-valid-sequential-testing-power.png", dpi=110, metadata={"Software": None})
plt.close(fig)
