"""Figures for the note `the-alignment-tax`.
the-alignment-tax-tradeoffs.png: left, safety against capability for KL-regularized optimal
policies with three rewards, with the Pareto frontier of all policies over six responses;
right, harmful compliance against benign refusal for refusal thresholds of a weak and a
strong classifier. Deterministic (exact computations)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import norm

OUT = Path(__file__).resolve().parent
r = np.array([0.00, 0.60, 0.90, 0.95, 1.00, 1.00])
c = np.array([1.00, 0.95, 0.90, 0.60, 0.30, 0.00])
ref = np.array([0.30, 0.25, 0.10, 0.10, 0.10, 0.15])
labels = ["hazardous detail", "minor issue", "careful complete", "partial + caveats", "vague", "refusal"]


def tilt(beta, reward):
    w = ref * np.exp((reward - reward.max()) / beta)
    return w / w.sum()


fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(12, 4.6))
betas = np.logspace(1.5, -2.5, 600)
for g, col, name in [(0.0, "C3", "reward = safety"), (0.3, "C1", "reward = safety + 0.3 capability"),
                     (1.0, "C0", "reward = safety + 1.0 capability")]:
    pts = np.array([[tilt(b, r + g * c) @ r, tilt(b, r + g * c) @ c] for b in betas])
    ax0.plot(pts[:, 0], pts[:, 1], color=col, lw=2, label=name)
# upper concave hull of the six responses = Pareto frontier of all mixtures (for safety >= 0.585)
hull = np.array([[0.0, 1.0], [0.6, 0.95], [0.9, 0.9], [0.95, 0.6], [1.0, 0.3]])
ax0.plot(hull[:, 0], hull[:, 1], color="black", lw=1.2, ls="--", label="frontier over all policies")
ax0.scatter(r, c, color="black", zorder=3, s=18)
for x, y, t in zip(r, c, labels):
    ax0.annotate(t, (x, y), (x - 0.02, y + 0.035), fontsize=7, ha="right")
ax0.plot(ref @ r, ref @ c, marker="*", color="C2", ms=13, ls="none", label="reference policy")
ax0.set_xlabel("expected safety score")
ax0.set_ylabel("expected capability")
ax0.set_title("KL-regularized paths and the frontier")
ax0.set_xlim(-0.05, 1.05)
ax0.set_ylim(-0.05, 1.1)
ax0.legend(fontsize=7.5, loc="lower left")
ax0.grid(alpha=0.3)

tau = np.linspace(-5, 8, 800)
for d, col, name in [(1.5, "C3", "weak classifier (separation 1.5)"), (3.0, "C0", "strong classifier (separation 3)")]:
    complied = norm.cdf(tau - d)                    # harmful prompts scored below the threshold
    refused = norm.sf(tau)                          # benign prompts scored above it
    ax1.plot(complied, refused, color=col, lw=2, label=name)
    for target in (0.05, 0.01):
        t = d + norm.ppf(target)
        ax1.plot(target, norm.sf(t), "o", color=col)
ax1.set_xscale("log")
ax1.set_xlim(1e-3, 1)
ax1.set_xlabel("harmful requests complied with (log scale)")
ax1.set_ylabel("benign requests refused")
ax1.set_title("Over-refusal as the price of safety")
ax1.legend(fontsize=8, loc="upper right")
ax1.grid(alpha=0.3, which="both")
fig.tight_layout()
fig.savefig(OUT / "the-alignment-tax-tradeoffs.png", dpi=110, metadata={"Software": None})
