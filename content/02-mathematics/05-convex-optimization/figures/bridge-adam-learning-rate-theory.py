"""Figures for the note bridge-adam-learning-rate-theory: the stability region of gradient
descent with moving-average momentum, and the SGD noise floor under a step decay."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4.2))

# Left: spectral radius of the iteration on lam * x^2 / 2 with EMA momentum beta
a = np.geomspace(1e-2, 1e2, 2000)                     # a = eta * lambda
for beta, color in [(0.0, "#1f77b4"), (0.5, "#2ca02c"), (0.9, "#d62728")]:
    rad = []
    for ai in a:
        roots = np.roots([1.0, -(1 + beta - ai * (1 - beta)), beta])
        rad.append(np.abs(roots).max())
    limit = 2 * (1 + beta) / (1 - beta)
    ax1.plot(a, rad, color=color, lw=1.8,
             label=rf"$\beta = {beta}$: stable for $\eta\lambda < {limit:.0f}$")
    ax1.axvline(limit, color=color, lw=0.8, ls=":")
ax1.axhline(1.0, color="0.4", lw=0.8)
ax1.set_xscale("log")
ax1.set_ylim(0, 1.6)
ax1.set_xlabel(r"$\eta\lambda$ (step size times curvature)")
ax1.set_ylabel("largest root modulus (per-step factor)")
ax1.set_title("Momentum raises the stability limit")
ax1.legend(loc="upper left", fontsize=8)

# Right: SGD on f = (100 x1^2 + x2^2) / 2 with gradient noise of variance 1
rng = np.random.default_rng(0)
h = np.array([100.0, 1.0])
runs, steps = 2000, 8000
schedules = {
    r"constant $\eta = 0.004$": np.full(steps, 0.004),
    r"constant $\eta = 0.002$": np.full(steps, 0.002),
    r"$\eta = 0.004$, halved at step 4000": np.where(np.arange(steps) < 4000, 0.004, 0.002),
}
colors = ["#d62728", "#1f77b4", "#2ca02c"]
for (label, etas), color in zip(schedules.items(), colors):
    x = np.ones((runs, 2))
    gap = np.empty(steps)
    for k in range(steps):
        x = x - etas[k] * (h * x + rng.normal(scale=np.sqrt(0.5), size=x.shape))
        gap[k] = 0.5 * (h * x * x).sum(axis=1).mean()
    ax2.plot(np.arange(1, steps + 1), gap, color=color, lw=1.2, label=label)
for eta in [0.004, 0.002]:
    floor = (eta * 0.5 / (2 * (2 - eta * h))).sum()     # exact stationary gap
    ax2.axhline(floor, color="0.3", lw=0.8, ls="--")
    ax2.text(8000, floor * 1.12, rf"floor at $\eta = {eta}$", ha="right", fontsize=8)
ax2.set_yscale("log")
ax2.set_xlim(0, steps)
ax2.set_ylim(2e-4, 1)
ax2.set_xlabel("step")
ax2.set_ylabel(r"mean of $f(\theta_k) - f^\star$ over 2000 runs")
ax2.set_title("SGD: a larger step converges faster to a higher floor")
ax2.legend(loc="upper right", fontsize=8)

fig.tight_layout()
fig.savefig(OUT / "bridge-adam-learning-rate-theory-stability-noise.png", dpi=110,
            metadata={"Software": None})
