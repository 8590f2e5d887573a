"""Figure for the note inner-products-norms-orthogonality: unit balls of the l1, l2 and l-infinity
norms, and orthogonal projection onto a line as the closest point. Writes a PNG next to this
script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.5))
ax = axes[0]
t = np.linspace(0, 2 * np.pi, 721)
ax.plot([1, 0, -1, 0, 1], [0, 1, 0, -1, 0], color="tab:orange", lw=1.8, label=r"$\Vert x\Vert_1 = 1$")
ax.plot(np.cos(t), np.sin(t), color="tab:blue", lw=1.8, label=r"$\Vert x\Vert_2 = 1$")
ax.plot([1, -1, -1, 1, 1], [1, 1, -1, -1, 1], color="tab:green", lw=1.8, label=r"$\Vert x\Vert_\infty = 1$")
for p, ls in [(1.5, ":"), (4, "--")]:
    r = (np.abs(np.cos(t)) ** p + np.abs(np.sin(t)) ** p) ** (-1 / p)
    ax.plot(r * np.cos(t), r * np.sin(t), color="0.55", lw=1.0, ls=ls, label=rf"$\Vert x\Vert_{{{p:g}}} = 1$")
ax.set_xlim(-1.35, 2.55)
ax.set_ylim(-1.35, 1.35)
ax.set_aspect("equal")
ax.axhline(0, color="0.9", lw=0.8, zorder=0)
ax.axvline(0, color="0.9", lw=0.8, zorder=0)
ax.legend(fontsize=8, loc="upper right", framealpha=0.9)
ax.set_title(r"Unit balls nest: $\Vert x\Vert_\infty \leq \Vert x\Vert_2 \leq \Vert x\Vert_1$", fontsize=10)

ax = axes[1]
x = np.array([1.0, 2.2])
y = np.array([3.0, 1.0])
tstar = (x @ y) / (y @ y)
px = tstar * y
line = np.outer(np.linspace(-0.3, 1.35, 2), y)
ax.plot(line[:, 0], line[:, 1], color="tab:blue", lw=1.2)
ax.text(*(1.3 * y + np.array([-0.5, 0.25])), r"$U = \mathrm{span}(y)$", color="tab:blue")
ax.annotate("", xy=y, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="tab:blue", lw=1.6))
ax.text(*(y + np.array([0.05, -0.3])), r"$y$", color="tab:blue")
ax.annotate("", xy=x, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="k", lw=1.6))
ax.text(*(x + np.array([-0.15, 0.1])), r"$x$")
ax.plot(*np.vstack([px, x]).T, color="tab:red", lw=1.8)
ax.text(*((px + x) / 2 + np.array([0.12, 0.05])), r"$x - Px \perp y$", color="tab:red")
ax.plot(*px, "o", color="tab:green")
ax.text(*(px + np.array([0.05, -0.35])), r"$Px = t^\star y$", color="tab:green")
for s in [0.15, 1.2]:
    u = s * y
    ax.plot(*np.vstack([u, x]).T, color="0.6", lw=1, ls="--")
    ax.plot(*u, "o", color="0.6", ms=4)
ax.text(2.0, 2.15, "other points of U\nare farther (Pythagoras)", color="0.45", fontsize=8)
d = y / np.linalg.norm(y)
nvec = (x - px) / np.linalg.norm(x - px)
sq = 0.18
ax.plot(*np.vstack([px - sq * d, px - sq * d + sq * nvec, px + sq * nvec]).T, color="tab:red", lw=1)
ax.set_xlim(-0.5, 4.3)
ax.set_ylim(-0.5, 2.8)
ax.set_aspect("equal")
ax.set_title(r"Projection onto a line: $t^\star = \langle x, y\rangle / \Vert y\Vert^2$", fontsize=10)
fig.tight_layout()
save(fig, "inner-products-norms-orthogonality-geometry.png")
