"""Figures for the note linear-programming: the feasible polygon of the worked example with its
vertices, objective level lines and the simplex path, and the optimal value as a function of the
first right-hand side. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import linprog

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})

A = np.array([[1.0, 1.0], [2.0, 1.0], [1.0, 3.0]])
b = np.array([5.0, 8.0, 12.0])
c = np.array([4.0, 3.0])
vertices = np.array([[0, 0], [4, 0], [3, 2], [1.5, 3.5], [0, 4]])

fig, axes = plt.subplots(1, 2, figsize=(10, 4.3))
ax = axes[0]
ax.fill(vertices[:, 0], vertices[:, 1], color="tab:blue", alpha=0.15, label="feasible set")
xs = np.linspace(-0.5, 6.5, 200)
labels = ["$x_1 + x_2 = 5$", "$2x_1 + x_2 = 8$", "$x_1 + 3x_2 = 12$"]
for (a1, a2), bi, lab, col in zip(A, b, labels, ["tab:blue", "tab:orange", "tab:green"]):
    ax.plot(xs, (bi - a1 * xs) / a2, color=col, lw=1.2, label=lab)
for level in [8, 12, 16, 18]:
    ax.plot(xs, (level - c[0] * xs) / c[1], color="gray", lw=0.8, ls=":")
    ax.text(level / c[0] - 0.15, -0.35, f"{level}", color="gray", fontsize=8)
for v in vertices:
    ax.plot(*v, "o", color="black", ms=4)
    ax.annotate(f"{c @ v:g}", v, textcoords="offset points", xytext=(6, 4), fontsize=8)
path = np.array([[0, 0], [4, 0], [3, 2]])
for p, q in zip(path[:-1], path[1:]):
    ax.annotate("", q, p, arrowprops=dict(arrowstyle="->", color="tab:red", lw=2))
ax.plot(3, 2, "*", color="tab:red", ms=14, label="optimum (3, 2), value 18")
ax.annotate("", (3 + 0.8, 2 + 0.6), (3, 2), arrowprops=dict(arrowstyle="->", color="black"))
ax.text(3.85, 2.75, "$c = (4, 3)$", fontsize=9)
ax.set_xlim(-0.5, 6.5)
ax.set_ylim(-0.5, 5.5)
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.set_title("Feasible polygon, level lines of $4x_1 + 3x_2$, simplex path")
ax.legend(loc="upper right", fontsize=8)

ax = axes[1]
grid = np.linspace(2.0, 7.0, 201)
vals = []
for b1 in grid:
    res = linprog(-c, A_ub=A, b_ub=[b1, 8.0, 12.0], method="highs")
    vals.append(-res.fun)
ax.plot(grid, vals, color="tab:blue")
for x0, slope, dy in [(3.0, 4, 0.6), (4.8, 2, 0.6), (6.3, 0, -0.9)]:
    y0 = np.interp(x0, grid, vals)
    ax.text(x0, y0 + dy, f"slope {slope}", ha="center", fontsize=9)
ax.axvline(5.0, color="gray", ls=":", lw=0.8)
ax.text(5.05, 9.2, "$b_1 = 5$", color="gray", fontsize=9)
ax.set_xlabel("right-hand side $b_1$")
ax.set_ylabel("optimal value $p^\\star(b_1)$")
ax.set_title("Optimal value against $b_1$: slopes are dual prices")
fig.tight_layout()
fig.savefig(OUT / "linear-programming-feasible-polygon.png", dpi=110, metadata={"Software": None})
plt.close(fig)
