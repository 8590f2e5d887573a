"""Figures for the note integration-in-rn: polar coordinates scaling area by r, the density of
exp(X) for a standard normal X, and a volume-preserving map bending a Gaussian into a banana.
Writes PNGs next to this script."""
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


fig, axes = plt.subplots(1, 3, figsize=(12.5, 4.1))

# 1. Images of equal cells dr x dtheta under polar coordinates: area r dr dtheta.
ax = axes[0]
dr, dth = 0.25, np.pi / 12
for r0 in np.arange(0, 2.0, dr):
    for k, th0 in enumerate(np.arange(0, np.pi / 2 - 1e-9, dth)):
        th = np.linspace(th0, th0 + dth, 20)
        xs = np.r_[r0 * np.cos(th), (r0 + dr) * np.cos(th[::-1]), r0 * np.cos(th0)]
        ys = np.r_[r0 * np.sin(th), (r0 + dr) * np.sin(th[::-1]), r0 * np.sin(th0)]
        shade = plt.cm.Blues(0.15 + 0.4 * r0 / 2.0)
        ax.fill(xs, ys, color=shade, ec="0.3", lw=0.5)
for r0, txt in [(0.25, (0.75, 0.1)), (1.75, (1.45, 2.15))]:
    area = 0.5 * ((r0 + dr) ** 2 - r0**2) * dth
    rm, tm = r0 + dr / 2, 2.5 * dth
    ax.annotate(f"cell area {area:.4f}", (rm * np.cos(tm), rm * np.sin(tm)), txt, fontsize=8,
                arrowprops=dict(arrowstyle="->", lw=0.8))
ax.set_aspect("equal")
ax.set_xlim(0, 2.6)
ax.set_ylim(0, 2.3)
ax.set_xlabel("$x = r\\cos\\theta$")
ax.set_ylabel("$y = r\\sin\\theta$")
ax.set_title(r"Equal $dr\,d\theta$ cells have area $r\,dr\,d\theta$")

# 2. Y = exp(X), X ~ N(0, 1): histogram of samples against the change-of-variables density.
ax = axes[1]
rng = np.random.default_rng(0)
y = np.exp(rng.normal(size=200_000))
ax.hist(y, bins=np.linspace(0, 6, 41), density=True, color="0.8", ec="0.6", lw=0.4,
        label="200,000 samples of $e^X$")
t = np.linspace(1e-3, 6, 600)
ax.plot(t, np.exp(-np.log(t) ** 2 / 2) / (t * np.sqrt(2 * np.pi)), color="tab:red", lw=2,
        label=r"$p_X(\log y)\,/\,y$")
ax.set_xlabel("$y$")
ax.set_title(r"Density of $Y = e^X$, $X \sim \mathcal{N}(0, 1)$")
ax.legend(fontsize=8)

# 3. phi(x1, x2) = (x1, x2 + x1^2 - 1) has det J = 1: the density is carried, not rescaled.
ax = axes[2]
x = rng.normal(size=(800, 2))
yb = np.c_[x[:, 0], x[:, 1] + x[:, 0] ** 2 - 1]
g1, g2 = np.meshgrid(np.linspace(-3, 3, 241), np.linspace(-3, 6, 361))
pY = np.exp(-0.5 * (g1**2 + (g2 - g1**2 + 1) ** 2)) / (2 * np.pi)
ax.scatter(yb[:, 0], yb[:, 1], s=3, color="0.55", lw=0, label=r"samples of $\phi(X)$")
ax.contour(g1, g2, pY, levels=[0.005, 0.02, 0.06, 0.12], colors="tab:blue", linewidths=1.2)
ax.plot([], [], color="tab:blue", label=r"contours of $p_X(\phi^{-1}(y))$")
ax.set_xlim(-3, 3)
ax.set_ylim(-3, 6)
ax.set_xlabel("$y_1 = x_1$")
ax.set_ylabel("$y_2 = x_2 + x_1^2 - 1$")
ax.set_title(r"A map with $\det J_\phi = 1$")
ax.legend(fontsize=8, loc="upper center")

fig.tight_layout()
save(fig, "integration-in-rn-change-of-variables.png")
