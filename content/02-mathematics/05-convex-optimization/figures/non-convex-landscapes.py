"""Figures for the note non-convex-landscapes: the landscape of (1 - ab)^2, the rank-one
landscape of the worked example with its critical points, and the escape from its saddle."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(13.5, 4.3))


def gd(grad, x, eta, steps):
    xs = [np.array(x, dtype=float)]
    for _ in range(steps):
        xs.append(xs[-1] - eta * grad(xs[-1]))
    return np.array(xs)


# (1) f(a, b) = (1 - ab)^2: minima on the hyperbola ab = 1, a strict saddle at the origin
a, b = np.meshgrid(np.linspace(-2.2, 2.2, 400), np.linspace(-2.2, 2.2, 400))
F = (1 - a * b) ** 2
ax1.contourf(a, b, np.log10(F + 1e-3), levels=20, cmap="Blues_r")
t = np.linspace(0.45, 2.2, 200)
for s in [1, -1]:
    ax1.plot(s * t, s / t, color="#2ca02c", lw=2.2, label="global minima $ab = 1$" if s == 1 else None)
g1 = lambda x: -2 * (1 - x[0] * x[1]) * np.array([x[1], x[0]])
for start in [(-1.8, 1.6), (1.9, -0.4), (-0.2, 1.8)]:
    p = gd(g1, start, 0.05, 200)
    ax1.plot(p[:, 0], p[:, 1], "-", color="#ff7f0e", lw=1.3)
    ax1.plot(*start, "o", color="#ff7f0e", ms=4)
p = gd(g1, (1.5, -1.5), 0.05, 200)                  # on the line a = -b: stuck at the saddle
ax1.plot(p[:, 0], p[:, 1], "-", color="#d62728", lw=1.6, label="start on $a = -b$: ends at the saddle")
ax1.plot(1.5, -1.5, "o", color="#d62728", ms=4)
ax1.plot(0, 0, "kX", ms=9, label="strict saddle (0, 0)")
ax1.set_aspect("equal")
ax1.set_xlabel("$a$")
ax1.set_ylabel("$b$")
ax1.set_title(r"$(1 - ab)^2$ and gradient descent paths")
ax1.legend(loc="lower left", fontsize=7.5)

# (2) f(x) = ||x x^T - M||_F^2 / 4 with M = diag(3, 1)
M = np.diag([3.0, 1.0])
x1, x2 = np.meshgrid(np.linspace(-2.4, 2.4, 400), np.linspace(-1.8, 1.8, 400))
r2 = x1 ** 2 + x2 ** 2
F2 = 0.25 * ((x1 ** 2 - 3) ** 2 + 2 * (x1 * x2) ** 2 + (x2 ** 2 - 1) ** 2)
ax2.contourf(x1, x2, np.log10(F2), levels=20, cmap="Blues_r")
g2 = lambda x: (x @ x) * x - M @ x
for start in [(0.01, 1.0), (-0.01, 1.0), (0.01, -1.0), (-0.01, -1.0)]:
    p = gd(g2, start, 0.05, 300)
    ax2.plot(p[:, 0], p[:, 1], "-", color="#ff7f0e", lw=1.3)
p = gd(g2, (0.0, 1.7), 0.05, 300)
ax2.plot(p[:, 0], p[:, 1], "-", color="#d62728", lw=1.6)
ax2.plot(0, 0, "k^", ms=8, label="local maximum, $f = 2.5$")
ax2.plot([0, 0], [1, -1], "kX", ms=9, ls="none", label="strict saddles, $f = 2.25$")
ax2.plot([np.sqrt(3), -np.sqrt(3)], [0, 0], "*", color="#2ca02c", ms=13, ls="none",
         label="global minima, $f = 0.25$")
ax2.set_aspect("equal")
ax2.set_xlabel("$x_1$")
ax2.set_ylabel("$x_2$")
ax2.set_title(r"$\frac{1}{4}\|xx^\top - M\|_F^2$, $M = \mathrm{diag}(3, 1)$")
ax2.legend(loc="lower left", fontsize=7.5)

# (3) escape from the saddle (0, 1): |x_1| against the step, eta = 0.05
for delta, color in [(1e-6, "#1f77b4"), (1e-12, "#9467bd")]:
    p = gd(g2, (delta, 1.0), 0.05, 330)
    k = np.arange(len(p))
    ax3.plot(k, np.abs(p[:, 0]), color=color, lw=2, label=rf"$\delta = 10^{{{int(np.log10(delta))}}}$")
    ax3.plot(k, delta * 1.1 ** k, color=color, lw=1, ls="--")
    esc = int(np.argmax(np.abs(p[:, 0]) > 0.5))
    ax3.plot(esc, np.abs(p[esc, 0]), "o", color=color, ms=6)
    ax3.annotate(f"step {esc}", xy=(esc, np.abs(p[esc, 0])), xytext=(esc - 95, 8),
                 color=color, fontsize=9, arrowprops={"arrowstyle": "->", "color": color})
ax3.axhline(0.5, color="0.4", lw=0.8, ls=":")
ax3.plot([], [], color="0.3", lw=1, ls="--", label=r"linearization $\delta \cdot 1.1^k$")
ax3.set_yscale("log")
ax3.set_ylim(1e-13, 1e2)
ax3.set_xlim(0, 330)
ax3.set_xlabel("step $k$")
ax3.set_ylabel(r"$|x_1|$, distance along the escape direction")
ax3.set_title("Escape time grows like $\\log(1/\\delta)$")
ax3.legend(loc="lower right", fontsize=8)

fig.tight_layout()
fig.savefig(OUT / "non-convex-landscapes-saddles.png", dpi=110, metadata={"Software": None})
