"""Figures for the note hypothesis-testing-experiments: power curves with simulated checks, and the
peeking problem (A/A z-paths and the type I error of repeated looks). Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})
Z_A, Z_B = stats.norm.ppf(0.975), stats.norm.ppf(0.80)


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


def power(delta, n, sigma=1.0):
    shift = delta / (sigma * np.sqrt(2 / n))
    return stats.norm.cdf(shift - Z_A) + stats.norm.cdf(-shift - Z_A)


# 1. Power curves: power against the true effect for several sample sizes, formula and simulation.
rng = np.random.default_rng(0)
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
ax = axes[0]
deltas = np.linspace(0, 0.25, 201)
sim_deltas = np.array([0.0, 0.05, 0.1, 0.15, 0.2])
reps = 400
for n, color in [(250, "tab:red"), (500, "tab:orange"), (1000, "tab:green"), (2000, "tab:blue")]:
    ax.plot(deltas, power(deltas, n), color=color, label=f"n = {n} per arm")
    sim = []
    for d in sim_deltas:
        y_t = rng.normal(d, 1.0, size=(reps, n))
        y_c = rng.normal(0.0, 1.0, size=(reps, n))
        se = np.sqrt(y_t.var(axis=1, ddof=1) / n + y_c.var(axis=1, ddof=1) / n)
        z = (y_t.mean(axis=1) - y_c.mean(axis=1)) / se
        sim.append(np.mean(np.abs(z) > Z_A))
    ax.plot(sim_deltas, sim, "o", color=color, markersize=4)
ax.axhline(0.8, color="gray", linestyle=":", linewidth=1)
ax.axhline(0.05, color="gray", linestyle=":", linewidth=1)
ax.set_xlabel(r"true effect $\delta$ (in units of $\sigma$)")
ax.set_ylabel("power = P(reject $H_0$)")
ax.set_title("Power of the two-sided z-test, alpha = 0.05\n(lines: formula, dots: 400 simulated tests)")
ax.legend(loc="lower right", fontsize=8)

ax = axes[1]
lift = np.geomspace(0.01, 0.3, 100)            # relative lift on a 10% baseline conversion rate
p0 = 0.10
for pw, style in [(0.8, "-"), (0.9, "--")]:
    p1 = p0 * (1 + lift)
    s2 = (p0 * (1 - p0) + p1 * (1 - p1)) / 2
    n = 2 * (Z_A + stats.norm.ppf(pw)) ** 2 * s2 / (p1 - p0) ** 2
    ax.loglog(lift * 100, n, style, color="black", label=f"power {pw:.0%}")
ax.set_xlabel("minimum detectable effect (relative lift, %)")
ax.set_ylabel("users per arm")
ax.set_title("Sample size for a 10% baseline conversion rate\n(halving the effect quadruples n)")
ax.grid(True, which="both", alpha=0.3)
ax.legend()
fig.tight_layout()
save(fig, "hypothesis-testing-experiments-power-curves.png")

# 2. Peeking: A/A z-paths checked after every batch, and the type I error against the number of looks.
rng = np.random.default_rng(1)
reps, batches = 50000, 100
S = np.cumsum(rng.normal(size=(reps, batches)), axis=1)
z = S / np.sqrt(np.arange(1, batches + 1))
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
ax = axes[0]
k = np.arange(1, batches + 1)
for i in range(12):
    crossed = (np.abs(z[i]) > Z_A).any()
    ax.plot(k, z[i], color="tab:red" if crossed else "0.7", linewidth=0.8, zorder=3 if crossed else 2)
ax.axhline(Z_A, color="black", linestyle="--", linewidth=1)
ax.axhline(-Z_A, color="black", linestyle="--", linewidth=1)
ax.set_xlabel("look (batch of users)")
ax.set_ylabel("z-statistic")
ax.set_title("12 A/A tests, z after each batch\n(red: crossed |z| = 1.96 at some look)")

ax = axes[1]
Ks = np.array([1, 2, 3, 4, 5, 10, 20, 25, 50, 100])
rates = []
for K in Ks:
    looks = np.arange(1, K + 1) * (batches // K) - 1
    rates.append(np.mean((np.abs(z[:, looks]) > Z_A).any(axis=1)))
ax.semilogx(Ks, rates, "o-", color="tab:red", label="stop at the first look with |z| > 1.96")
ax.axhline(0.05, color="black", linestyle="--", linewidth=1, label="nominal level 0.05")
ax.set_xlabel("number of equally spaced looks")
ax.set_ylabel("type I error")
ax.set_ylim(0, 0.42)
ax.set_title("Repeated looks inflate the type I error\n(50,000 simulated A/A tests)")
ax.grid(True, which="both", alpha=0.3)
ax.legend(loc="upper left", fontsize=8)
fig.tight_layout()
save(fig, "hypothesis-testing-experiments-peeking.png")
