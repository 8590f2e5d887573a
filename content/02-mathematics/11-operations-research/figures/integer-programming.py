"""Figures for the note integer-programming: the LP relaxation of the two-variable example with its
integer points, the Gomory cut and the integer hull (left), and the two branches of branch and
bound (right). Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Polygon

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})

A = np.array([[1.0, 2.0], [4.0, 1.0]])
b = np.array([7.0, 10.0])
lp_poly = np.array([[0, 0], [2.5, 0], [13 / 7, 18 / 7], [0, 3.5]])
hull = np.array([[0, 0], [2, 0], [2, 2], [1, 3], [0, 3]])
pts = np.array([(i, j) for i in range(4) for j in range(5) if np.all(A @ (i, j) <= b)])
xs = np.linspace(-0.3, 3.3, 100)


def base(ax, title):
    ax.add_patch(Polygon(lp_poly, closed=True, color="tab:blue", alpha=0.15, label="LP relaxation"))
    ax.plot(xs, (7 - xs) / 2, color="tab:blue", lw=1)
    ax.plot(xs, 10 - 4 * xs, color="tab:blue", lw=1)
    ax.plot(pts[:, 0], pts[:, 1], "o", color="black", ms=4, label="integer points", zorder=4)
    ax.plot(13 / 7, 18 / 7, "s", color="tab:red", ms=7, label="LP optimum (13/7, 18/7)")
    ax.plot(1, 3, "*", color="tab:green", ms=15, label="IP optimum (1, 3)", zorder=5)
    for level in [10, 11, 80 / 7]:
        ax.plot(xs, (level - 2 * xs) / 3, color="gray", lw=0.7, ls=":")
    ax.set_xlim(-0.3, 3.3)
    ax.set_ylim(-0.3, 4.2)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    ax.set_title(title)


fig, axes = plt.subplots(1, 2, figsize=(10, 4.4))
ax = axes[0]
base(ax, "Gomory cut $x_1 + x_2 \\leq 4$ and the integer hull")
ax.add_patch(Polygon(hull, closed=True, fill=False, ls="--", color="tab:green", lw=1.5,
                     label="integer hull"))
ax.plot(xs, 4 - xs, color="tab:red", lw=2, label="Gomory cut")
ax.legend(loc="upper right", fontsize=8)

ax = axes[1]
base(ax, "Branching on $x_1$: $x_1 \\leq 1$ or $x_1 \\geq 2$")
ax.axvspan(1, 2, color="white", alpha=0.9, zorder=2)
ax.axvline(1, color="tab:purple", lw=1.5)
ax.axvline(2, color="tab:purple", lw=1.5)
ax.text(0.1, 0.3, "$x_1 \\leq 1$\nLP value 11\nat (1, 3): integral", fontsize=8, zorder=3)
ax.text(2.05, 2.6, "$x_1 \\geq 2$\nLP value 10\nat (2, 2): pruned", fontsize=8, zorder=3)
ax.text(1.1, 3.9, "removed", fontsize=8, color="tab:purple", zorder=3)
ax.legend(loc="upper right", fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "integer-programming-cut-and-branch.png", dpi=110, metadata={"Software": None})
plt.close(fig)
