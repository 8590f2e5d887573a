"""Figures for the note potential-outcomes-dags.

Writes potential-outcomes-dags-dag.png next to this script: the causal DAG used in the note's
backdoor example (left) and a simulated collider, Berkson's selection bias (right).
Deterministic: fixed seed, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.patches import Circle, FancyArrowPatch  # noqa: E402

HERE = Path(__file__).resolve().parent

POS = {"T": (0.0, 0.0), "Y": (4.0, 0.0), "Z": (2.0, 2.1), "M": (2.0, 0.85), "C": (2.0, -1.5),
       "I": (-1.5, 1.2), "A": (0.2, 3.4), "W": (2.0, 3.9), "B": (3.8, 3.4)}
EDGES = [("Z", "T"), ("Z", "Y"), ("T", "M"), ("M", "Y"), ("T", "Y"), ("T", "C"), ("Y", "C"),
         ("A", "T"), ("A", "W"), ("B", "W"), ("B", "Y"), ("I", "T")]
COLOR = {"T": "#e08214", "Y": "#2166ac", "Z": "#d6604d", "M": "#4daf4a", "C": "#8073ac",
         "W": "#8073ac", "I": "#bbbbbb", "A": "#bbbbbb", "B": "#bbbbbb"}
ROLE = {"T": "treatment", "Y": "outcome", "Z": "confounder", "M": "mediator",
        "C": "collider", "W": "collider (pre-treatment)", "I": "instrument", "A": "", "B": ""}
R = 0.33

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.6), gridspec_kw={"width_ratios": [1.15, 1]})

ax = axes[0]
for a, b in EDGES:
    (x0, y0), (x1, y1) = POS[a], POS[b]
    d = np.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / d, (y1 - y0) / d
    ax.add_patch(FancyArrowPatch((x0 + R * ux, y0 + R * uy), (x1 - R * ux, y1 - R * uy),
                                 arrowstyle="-|>", mutation_scale=14, lw=1.4, color="#333333"))
for v, (x, y) in POS.items():
    ax.add_patch(Circle((x, y), R, facecolor=COLOR[v], edgecolor="k", lw=1.0, zorder=3))
    ax.text(x, y, v, ha="center", va="center", fontsize=12, fontweight="bold", zorder=4)
    if ROLE[v]:
        dy = -0.55 if v in ("T", "Y", "C", "I") else 0.52
        ax.text(x, y + dy, ROLE[v], ha="center", va="center", fontsize=8.5)
ax.set_xlim(-2.3, 4.8)
ax.set_ylim(-2.2, 4.6)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("Backdoor paths: T <- Z -> Y (open), T <- A -> W <- B -> Y (closed by W)",
             fontsize=9.5)

ax = axes[1]
rng = np.random.default_rng(2)
n = 4000
x = rng.normal(size=n)
y = rng.normal(size=n)
c = x + y + rng.normal(size=n)
kept = c > 1.5
ax.scatter(x[~kept], y[~kept], s=4, c="#cccccc", label="dropped (c <= 1.5)")
ax.scatter(x[kept], y[kept], s=5, c="#8073ac", label="kept (c > 1.5)")
grid = np.linspace(-3.5, 3.5, 2)
for mask, col, lab in ((np.ones(n, bool), "k", "fit, everyone"), (kept, "#8073ac", "fit, kept only")):
    b1, b0 = np.polyfit(x[mask], y[mask], 1)
    ax.plot(grid, b0 + b1 * grid, color=col, lw=2, label=f"{lab}: slope {b1:+.2f}")
ax.set_xlim(-3.5, 3.5)
ax.set_ylim(-3.5, 3.5)
ax.set_xlabel("x (independent of y)")
ax.set_ylabel("y")
ax.set_title("Selecting on a collider c = x + y + noise\ncreates a correlation that is not there",
             fontsize=9.5)
ax.legend(fontsize=7.5, loc="lower left", markerscale=3)

fig.tight_layout()
fig.savefig(HERE / "potential-outcomes-dags-dag.png", dpi=110, metadata={"Software": None})
