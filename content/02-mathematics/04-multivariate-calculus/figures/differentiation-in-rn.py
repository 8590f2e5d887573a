"""Figures for the note differentiation-in-rn: a function with partial derivatives but no
derivative at the origin, the gradient and Hessian directions of the worked example, and the
decay of the first- and second-order Taylor remainders. Writes PNGs next to this script."""
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


fig, axes = plt.subplots(1, 3, figsize=(12.5, 4))

# 1. f(x, y) = xy / (x^2 + y^2): zero on both axes, 1/2 on the diagonal, constant along rays.
ax = axes[0]
t = np.linspace(-1, 1, 301)
X, Y = np.meshgrid(t, t)
with np.errstate(invalid="ignore", divide="ignore"):
    Z = np.where(X**2 + Y**2 > 0, X * Y / (X**2 + Y**2), 0.0)
im = ax.contourf(X, Y, Z, levels=np.linspace(-0.5, 0.5, 11), cmap="RdBu_r")
fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)
ax.axhline(0, color="k", lw=1)
ax.axvline(0, color="k", lw=1)
ax.plot([-1, 1], [-1, 1], "k--", lw=1)
box = dict(facecolor="white", edgecolor="0.5", boxstyle="round,pad=0.2")
ax.text(0.3, -0.15, "f = 0 on the axes", fontsize=8, bbox=box)
ax.text(0.02, 0.88, "f = 1/2 on the diagonal", fontsize=8, bbox=box)
ax.set_aspect("equal")
ax.set_title(r"$f(x, y) = xy / (x^2 + y^2)$")

# 2. phi(x) = x1^2 x2^2 + 3 x1 + 3 x2 near (1, 2): gradient (11, 7), Hessian [[8, 8], [8, 2]].
ax = axes[1]
phi = lambda a, b: (a * b) ** 2 + 3 * (a + b)
u = np.linspace(0.4, 1.6, 241)
v = np.linspace(1.4, 2.6, 241)
U, V = np.meshgrid(u, v)
cs = ax.contour(U, V, phi(U, V), levels=np.arange(4, 34, 2), cmap="viridis", linewidths=1)
ax.clabel(cs, fontsize=7, fmt="%d")
p = np.array([1.0, 2.0])
g = np.array([11.0, 7.0])
ax.annotate("", p + 0.35 * g / np.linalg.norm(g), p,
            arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=2))
ax.text(1.27, 2.25, r"$\nabla \phi = (11, 7)$", color="tab:red", fontsize=9)
lam, Q = np.linalg.eigh(np.array([[8.0, 8.0], [8.0, 2.0]]))
for l, q, c in zip(lam, Q.T, ["tab:blue", "tab:orange"]):
    ax.plot(*np.c_[p - 0.4 * q, p + 0.4 * q], color=c, lw=1.8,
            label=rf"Hessian eigenvector, $\lambda = {l:.2f}$")
ax.plot(*p, "ko", ms=5)
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.set_title(r"$\phi = x_1^2 x_2^2 + 3x_1 + 3x_2$ near $(1, 2)$")
ax.legend(fontsize=7.5, loc="lower left")
ax.set_aspect("equal")

# 3. Taylor remainders of phi at (1, 2) along a fixed direction, on log-log axes.
ax = axes[2]
H = np.array([[8.0, 8.0], [8.0, 2.0]])
d = np.array([0.6, -0.8])
s = np.logspace(-4, 0, 40)
r1 = [abs(phi(*(p + e * d)) - phi(*p) - e * g @ d) for e in s]
r2 = [abs(phi(*(p + e * d)) - phi(*p) - e * g @ d - 0.5 * e**2 * d @ H @ d) for e in s]
ax.loglog(s, r1, "o-", ms=3, color="tab:red", label="first-order remainder")
ax.loglog(s, r2, "s-", ms=3, color="tab:blue", label="second-order remainder")
ax.loglog(s, 0.5 * s**2, "k:", lw=1, label=r"slope 2")
ax.loglog(s, 0.5 * s**3, "k--", lw=1, label=r"slope 3")
ax.set_xlabel(r"step length $\Vert h\Vert$")
ax.set_ylabel("remainder")
ax.set_title(r"Taylor remainders of $\phi$ at $(1, 2)$")
ax.legend(fontsize=7.5, loc="upper left")

fig.tight_layout()
save(fig, "differentiation-in-rn-derivatives.png")
