"""Figures for the note pac-learning-vc-rademacher: halfspaces in the plane shatter three points but
no four points, and Monte Carlo Rademacher complexities against their bounds as the sample grows,
next to the growth function against the Sauer-Shelah bound. Writes PNGs next to this script."""
from itertools import product
from math import comb, e
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import linprog

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


def separator(P, labels):
    """A line w.x + b = 0 with sign(w.x + b) = labels (+1/-1), found by an LP, or None."""
    # variables w1, w2, b; constraints -y_i (w.x_i + b) <= -1; bounded box keeps the LP finite
    A = -labels[:, None] * np.column_stack([P, np.ones(len(P))])
    res = linprog(np.zeros(3), A_ub=A, b_ub=-np.ones(len(P)), bounds=[(-50, 50)] * 3, method="highs")
    return res.x if res.status == 0 else None


def draw(ax, P, labels, title):
    ax.set_xlim(-0.5, 1.5)
    ax.set_ylim(-0.5, 1.5)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    sol = separator(P, labels)
    if sol is not None:
        w1, w2, b = sol
        xx, yy = np.meshgrid(np.linspace(-0.5, 1.5, 200), np.linspace(-0.5, 1.5, 200))
        ax.contourf(xx, yy, w1 * xx + w2 * yy + b, levels=[-1e9, 0, 1e9],
                    colors=["#fde0c5", "#cfe3f5"], alpha=0.9)
        ax.contour(xx, yy, w1 * xx + w2 * yy + b, levels=[0], colors="k", linewidths=1)
    pos, neg = labels > 0, labels < 0
    ax.scatter(P[pos, 0], P[pos, 1], marker="o", s=60, c="tab:blue", edgecolors="k", zorder=3)
    ax.scatter(P[neg, 0], P[neg, 1], marker="s", s=60, c="tab:orange", edgecolors="k", zorder=3)
    ax.set_title(title, fontsize=9, color="k" if sol is not None else "tab:red")


# 1. Shattering: three points, all eight labelings; four points, two labelings no line realizes.
three = np.array([[0.0, 0.0], [1.0, 0.2], [0.4, 1.0]])
fig, axes = plt.subplots(2, 5, figsize=(12, 6.0))
for ax, lab in zip(axes.flat[:8], product([1, -1], repeat=3)):
    lab = np.array(lab, dtype=float)
    draw(ax, three, lab, "labels " + " ".join("+" if v > 0 else "-" for v in lab))
square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
draw(axes.flat[8], square, np.array([1.0, -1.0, 1.0, -1.0]), "4 points, XOR: no line")
inside = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, 1.0], [0.5, 0.4]])
draw(axes.flat[9], inside, np.array([1.0, 1.0, 1.0, -1.0]), "4 points, one inside: no line")
fig.suptitle("Halfspaces in the plane: 3 points shattered (all 8 labelings), no 4 points shattered, "
             "so the VC dimension is 3", fontsize=11)
fig.tight_layout()
save(fig, "pac-learning-vc-rademacher-shattering.png")

# 2. Left: growth function bounds for d = 3. Right: Monte Carlo Rademacher complexities.
fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.2))
ax = axes[0]
d = 3
ms = np.arange(1, 41)
ax.semilogy(ms, 2.0 ** ms, color="tab:red", label=r"$2^m$ (all labelings)")
ax.semilogy(ms, [sum(comb(int(m), i) for i in range(d + 1)) for m in ms], color="tab:blue", lw=2,
            label=r"Sauer-Shelah $\sum_{i \leq 3} \binom{m}{i}$")
mm = ms[ms >= d]
ax.semilogy(mm, (e * mm / d) ** d, color="tab:blue", ls="--", label=r"$(em/d)^d$, $m \geq d$")
ax.semilogy(ms, [m * m - m + 2 for m in ms], "k.", ms=4,
            label=r"halfspaces in $\mathbb{R}^2$: $m^2 - m + 2$")
ax.axvline(d, color="0.7", lw=0.8)
ax.set_xlabel("sample size m")
ax.set_ylabel("number of labelings")
ax.set_title("Growth function with VC dimension d = 3")
ax.set_ylim(1, 1e17)
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
rng = np.random.default_rng(0)
sizes = np.array([10, 20, 50, 100, 200, 500, 1000])
trials, k = 2000, 10
lin, thr = [], []
for m in sizes:
    X = rng.normal(size=(m, k))
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    sigma = rng.choice([-1.0, 1.0], size=(trials, m))
    lin.append((np.linalg.norm(sigma @ X, axis=1) / m).mean())
    s = np.cumsum(sigma[:, ::-1], axis=1)[:, ::-1]
    total = sigma.sum(axis=1, keepdims=True)
    thr.append((np.hstack([2 * s - total, -total]).max(axis=1) / m).mean())
grid = np.logspace(1, 3, 100)
ax.loglog(sizes, lin, "o", color="tab:blue", label=r"unit-norm linear class on the sphere in $\mathbb{R}^{10}$")
ax.loglog(grid, 1 / np.sqrt(grid), color="tab:blue", ls="--", label=r"bound $BC/\sqrt{m}$")
ax.loglog(sizes, thr, "s", color="tab:green", label="thresholds (VC dimension 1)")
ax.loglog(grid, np.sqrt(2 * np.log(grid + 1) / grid), color="tab:green", ls="--",
          label=r"Massart $\sqrt{2\ln(m+1)/m}$")
ax.set_xlabel("sample size m")
ax.set_ylabel("empirical Rademacher complexity")
ax.set_title("Rademacher complexity shrinks like $1/\\sqrt{m}$ (up to logs)")
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
save(fig, "pac-learning-vc-rademacher-growth.png")
