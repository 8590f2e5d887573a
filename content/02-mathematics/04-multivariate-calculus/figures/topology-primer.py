"""Figures for the note topology-primer: unit balls of three norms on R^2, the contraction
x -> cos x iterated from 0, and how a penalty makes the logistic loss coercive.
Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import brentq

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


fig, axes = plt.subplots(1, 3, figsize=(12, 4))

# 1. Unit balls: the l_inf ball of radius 1 sits between the l_2 balls of radius 1 and sqrt(2).
ax = axes[0]
s = np.linspace(0, 2 * np.pi, 400)
ax.plot(np.cos(s), np.sin(s), color="tab:blue", lw=2, label=r"$\Vert x\Vert_2 = 1$")
ax.plot(np.sqrt(2) * np.cos(s), np.sqrt(2) * np.sin(s), "--", color="tab:blue", lw=1.2,
        label=r"$\Vert x\Vert_2 = \sqrt{2}$")
ax.plot([1, -1, -1, 1, 1], [1, 1, -1, -1, 1], color="tab:red", lw=2, label=r"$\Vert x\Vert_\infty = 1$")
ax.plot([1, 0, -1, 0, 1], [0, 1, 0, -1, 0], color="tab:green", lw=2, label=r"$\Vert x\Vert_1 = 1$")
ax.plot([1], [1], "ko", ms=4)
ax.annotate(r"$(1, 1)$: $\Vert x\Vert_\infty = 1$, $\Vert x\Vert_2 = \sqrt{2}$", (1, 1), (-1.45, 1.62), fontsize=8,
            arrowprops=dict(arrowstyle="->", lw=0.8))
ax.set_aspect("equal")
ax.set_xlim(-1.8, 1.8)
ax.set_ylim(-1.8, 1.9)
ax.set_title("Unit balls of three norms on $\\mathbb{R}^2$")
ax.legend(fontsize=7.5, loc="lower left")

# 2. Cobweb of x_{k+1} = cos x_k on [0, 1], a contraction with q = sin 1.
ax = axes[1]
t = np.linspace(0, 1, 200)
ax.plot(t, np.cos(t), color="tab:blue", lw=2, label=r"$T(x) = \cos x$")
ax.plot(t, t, color="0.5", lw=1, label=r"$y = x$")
x = 0.0
for k in range(12):
    y = np.cos(x)
    ax.plot([x, x], [x if k else 0, y], color="tab:red", lw=0.9)
    ax.plot([x, y], [y, y], color="tab:red", lw=0.9)
    x = y
xs = 0.7390851332151607
ax.plot([xs], [xs], "ko", ms=5)
ax.annotate(r"fixed point $x^* \approx 0.7391$", (xs, xs), (0.05, 0.35), fontsize=8,
            arrowprops=dict(arrowstyle="->", lw=0.8))
ax.set_xlim(0, 1)
ax.set_ylim(0, 1.05)
ax.set_xlabel("$x$")
ax.set_title(r"Iterating a contraction from $x_0 = 0$")
ax.legend(fontsize=8, loc="lower right")

# 3. Logistic loss of a correctly classified point, with and without a penalty.
ax = axes[2]
w = np.linspace(-2, 12, 400)
base = np.log1p(np.exp(-w))
ax.plot(w, base, color="tab:blue", lw=2, label=r"$\log(1 + e^{-w})$: inf 0, never attained")
for lam, c in [(0.01, "tab:orange"), (0.05, "tab:green")]:
    f = base + lam * w**2
    wm = brentq(lambda v: -1 / (1 + np.exp(v)) + 2 * lam * v, 0, 20)   # f'(w) = 0
    ax.plot(w, f, color=c, lw=2, label=rf"$+ {lam}\,w^2$: minimizer $w \approx {wm:.2f}$")
    ax.plot([wm], [np.log1p(np.exp(-wm)) + lam * wm**2], "o", color=c, ms=5)
ax.axhline(0, color="0.6", lw=0.8)
ax.set_ylim(-0.1, 1.6)
ax.set_xlabel("$w$ (margin of one example)")
ax.set_title("A penalty makes the loss coercive")
ax.legend(fontsize=7.5, loc="upper right")

fig.tight_layout()
save(fig, "topology-primer-norms-contraction.png")
