"""Figures for the note convex-sets-functions: convex and non-convex sets, and the chord,
tangent and epigraph pictures of a convex function next to a non-convex one."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.path import Path as MPath
from scipy.spatial import ConvexHull

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})
FILL, EDGE = "#c6dbef", "#08519c"

# ---------------------------------------------------------------- sets
fig, axes = plt.subplots(1, 3, figsize=(11, 3.8))

# (a) a convex set: an ellipse, with a segment between two of its points
ax = axes[0]
t = np.linspace(0, 2 * np.pi, 400)
ax.fill(2.0 * np.cos(t), 1.2 * np.sin(t), color=FILL, ec=EDGE, lw=1.5)
p, q = np.array([-1.5, -0.5]), np.array([1.2, 0.8])
ax.plot(*np.c_[p, q], "-", color="#2ca02c", lw=2)
ax.plot(*np.c_[p, q], "o", color="k", ms=5)
ax.text(-1.6, -0.85, r"$x$")
ax.text(1.25, 0.95, r"$y$")
ax.set_title("convex: every segment stays inside")

# (b) a non-convex set: a three-lobed blob, with a segment between two lobes that leaves it
ax = axes[1]
rad = 1.35 + 0.85 * np.cos(3 * t)
shape = np.c_[rad * np.cos(t), rad * np.sin(t)]
ax.fill(shape[:, 0], shape[:, 1], color=FILL, ec=EDGE, lw=1.5)
p = 1.9 * np.array([np.cos(0.0), np.sin(0.0)])
q = 1.9 * np.array([np.cos(2 * np.pi / 3), np.sin(2 * np.pi / 3)])
r = np.linspace(0, 1, 400)
seg = np.outer(1 - r, p) + np.outer(r, q)
inside = MPath(shape).contains_points(seg)
ax.plot(seg[inside, 0], seg[inside, 1], ".", color="#2ca02c", ms=2)
ax.plot(seg[~inside, 0], seg[~inside, 1], ".", color="#d62728", ms=2)
ax.plot(*np.c_[p, q], "o", color="k", ms=5)
ax.text(p[0] - 0.1, p[1] - 0.35, r"$x$")
ax.text(q[0] - 0.3, q[1] + 0.05, r"$y$")
ax.text(1.05, 1.45, "leaves\nthe set", color="#d62728", fontsize=9, ha="center", va="center")
ax.set_title("not convex: a segment leaves the set")

# (c) the convex hull of a finite set: all convex combinations of the points
ax = axes[2]
rng = np.random.default_rng(0)
pts = rng.normal(size=(14, 2)) * [1.1, 0.8]
hull = ConvexHull(pts)
poly = pts[hull.vertices]
ax.fill(poly[:, 0], poly[:, 1], color=FILL, ec=EDGE, lw=1.5)
ax.plot(pts[:, 0], pts[:, 1], "ko", ms=4)
w = np.array([0.5, 0.3, 0.2])
trio = poly[[0, 2, 4]]
comb = w @ trio
ax.plot(*np.c_[trio.T, trio[0]], ":", color="0.4", lw=1)
ax.plot(*comb, "*", color="#2ca02c", ms=12)
ax.annotate(r"$\sum_i \theta_i x_i$", xy=comb, xytext=(-2.4, 1.5), color="#2ca02c",
            arrowprops={"arrowstyle": "->", "color": "#2ca02c"})
ax.set_title("convex hull: all convex combinations")

for ax in axes:
    ax.set_aspect("equal")
    ax.set_xlim(-2.6, 2.6)
    ax.set_ylim(-2.1, 2.1)
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
fig.savefig(OUT / "convex-sets-functions-sets.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------------------------------------------------------------- functions
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4.2))

f = lambda x: np.exp(0.6 * x) + 0.15 * x ** 2
df = lambda x: 0.6 * np.exp(0.6 * x) + 0.3 * x
x = np.linspace(-3, 3, 400)
ax1.fill_between(x, f(x), 8, color=FILL, label=r"epigraph $\{(x, t) : f(x) \leq t\}$")
ax1.plot(x, f(x), color=EDGE, lw=2, label=r"convex $f$")
a, b = -2.5, 2.0
ax1.plot([a, b], [f(a), f(b)], "-", color="#2ca02c", lw=1.5, label="chord: lies above the graph")
ax1.plot([a, b], [f(a), f(b)], "o", color="#2ca02c", ms=5)
x0 = 0.8
ax1.plot(x, f(x0) + df(x0) * (x - x0), "--", color="#d62728", lw=1.5,
         label=r"tangent $f(x_0) + f'(x_0)(x - x_0)$: below")
ax1.plot(x0, f(x0), "o", color="#d62728", ms=5)
ax1.set_xlim(-3, 3)
ax1.set_ylim(-1, 8)
ax1.set_xlabel(r"$x$")
ax1.set_title(r"Convex: $f(x) = e^{0.6x} + 0.15x^2$")
ax1.legend(loc="upper left", fontsize=8)

g = lambda x: np.sqrt(np.abs(x))
x = np.linspace(-4.5, 4.5, 801)
ax2.plot(x, g(x), color=EDGE, lw=2, label=r"$\sqrt{|x|}$, not convex")
ax2.plot([0.0, 4.0], [0.0, 2.0], "-", color="#2ca02c", lw=1.5, label="chord: lies below the graph")
ax2.plot([0.0, 4.0], [0.0, 2.0], "o", color="#2ca02c", ms=5)
ax2.plot(x, 1.0 + 0.5 * (x - 1.0), "--", color="#d62728", lw=1.5,
         label="tangent at $x = 1$: not a lower bound")
ax2.plot(1.0, 1.0, "o", color="#d62728", ms=5)
ax2.axhline(1.5, color="0.5", lw=0.8, ls=":")
ax2.plot([-2.25, 2.25], [0, 0], color="#9467bd", lw=6, alpha=0.6, solid_capstyle="butt",
         label=r"sublevel set $\{\sqrt{|x|} \leq 1.5\} = [-2.25, 2.25]$")
ax2.set_xlim(-4.5, 4.5)
ax2.set_ylim(-0.5, 3.2)
ax2.set_xlabel(r"$x$")
ax2.set_title("Quasiconvex but not convex")
ax2.legend(loc="upper left", fontsize=8)

fig.tight_layout()
fig.savefig(OUT / "convex-sets-functions-functions.png", dpi=110, metadata={"Software": None})
