"""Figure for the note vector-spaces-linear-maps: a grid of the plane and its images under an
invertible linear map and under a rank-one map, whose kernel lines each collapse to one point.
Writes a PNG next to this script."""
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


B = np.array([[1.0, 0.8], [0.3, 1.0]])          # invertible: det = 0.76
A = np.array([[1.0, 2.0], [0.5, 1.0]])          # rank one: kernel span (2, -1), image span (1, 0.5)
kdir = np.array([2.0, -1.0]) / np.sqrt(5)
ndir = np.array([1.0, 2.0]) / np.sqrt(5)        # orthogonal to the kernel
cmap = plt.get_cmap("viridis")
offsets = np.linspace(-1.2, 1.2, 9)              # lines x = c * ndir + s * kdir, parallel to ker A
s = np.linspace(-1.5, 1.5, 31)

fig, axes = plt.subplots(1, 3, figsize=(12.5, 4.4))
titles = ["input plane: lines parallel to $\\ker A$",
          r"under an invertible $B$: lines stay distinct",
          r"under rank-one $A$: each line lands on one point"]
for ax, M, title in zip(axes, [np.eye(2), B, A], titles):
    for i, c in enumerate(offsets):
        pts = c * ndir[:, None] + kdir[:, None] * s[None, :]
        img = M @ pts
        col = cmap(i / (len(offsets) - 1))
        if M is A:
            ax.plot(img[0, 0], img[1, 0], "o", color=col, ms=7, zorder=3)
        else:
            ax.plot(img[0], img[1], color=col, lw=1.6)
    ax.set_xlim(-3.2, 3.2)
    ax.set_ylim(-3.2, 3.2)
    ax.set_aspect("equal")
    ax.axhline(0, color="0.9", lw=0.8, zorder=0)
    ax.axvline(0, color="0.9", lw=0.8, zorder=0)
    ax.set_title(title, fontsize=10)
axes[0].plot(*(np.outer([-3, 3], kdir).T), color="k", lw=1.0, ls="--")
axes[0].text(1.35, -1.35, r"$\ker A$", fontsize=10)
line = np.outer([-3.2, 3.2], np.array([1.0, 0.5]))
axes[2].plot(line[:, 0], line[:, 1], color="0.6", lw=1.0, ls="--", zorder=1)
axes[2].text(-0.2, -1.1, r"$\mathrm{im}\,A = \mathrm{span}\{(1, 0.5)\}$", fontsize=9, color="0.35")
fig.suptitle(r"$A$ has rows $(1, 2)$ and $(0.5, 1)$: rank 1, kernel dimension $2 - 1 = 1$", fontsize=11)
fig.tight_layout()
save(fig, "vector-spaces-linear-maps-rank.png")
