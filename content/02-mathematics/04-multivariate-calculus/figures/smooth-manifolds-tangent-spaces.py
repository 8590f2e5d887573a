"""Figures for the note smooth-manifolds-tangent-spaces: the unit circle as a level set with a
normal gradient and a tangent line, and the unit sphere with a tangent plane, the Euclidean and
Riemannian gradients of x^T A x, and the projected-gradient path of the worked example.
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


fig = plt.figure(figsize=(10.5, 5))

# 1. S^1 = F^{-1}(1) for F(x) = |x|^2: DF(x) = 2x^T is normal, T_x S^1 = ker DF(x) is tangent.
ax = fig.add_subplot(1, 2, 1)
g = np.linspace(-1.6, 1.6, 321)
G1, G2 = np.meshgrid(g, g)
ax.contour(G1, G2, G1**2 + G2**2, levels=[0.25, 0.5, 1.5, 2.0], colors="0.75", linewidths=0.8)
s = np.linspace(0, 2 * np.pi, 400)
ax.plot(np.cos(s), np.sin(s), color="tab:blue", lw=2.2, label=r"$S^1 = F^{-1}(1)$")
a = np.pi / 5
x = np.array([np.cos(a), np.sin(a)])
v = np.array([-np.sin(a), np.cos(a)])
ax.plot(*np.c_[x - 1.2 * v, x + 1.2 * v], color="tab:green", lw=1.5,
        label=r"$x + T_x S^1$, with $T_x S^1 = \ker DF(x)$")
ax.annotate("", x + 0.7 * x, x, arrowprops=dict(arrowstyle="-|>", color="tab:red", lw=2))
ax.text(*(x + 0.72 * x + np.array([0.02, 0.0])), r"$\nabla F(x) = 2x$", color="tab:red", fontsize=9)
ax.annotate("", x + 0.55 * v, x, arrowprops=dict(arrowstyle="-|>", color="tab:purple", lw=2))
ax.text(*(x + 0.6 * v + np.array([-0.35, 0.05])), r"$\gamma'(0)$", color="tab:purple", fontsize=9)
c = np.linspace(-0.5, 0.5, 50)
ax.plot(np.cos(a + c), np.sin(a + c), color="tab:purple", lw=3, alpha=0.5, label=r"a curve $\gamma$ in $S^1$")
ax.plot(*x, "ko", ms=5)
ax.set_aspect("equal")
ax.set_xlim(-1.6, 1.9)
ax.set_ylim(-1.6, 1.9)
ax.set_title("A level set, its normal and its tangent line")
ax.legend(fontsize=8, loc="lower left")

# 2. The sphere S^2, the tangent plane at p = (1, 1, 1)/sqrt(3), descent directions and the path.
ax = fig.add_subplot(1, 2, 2, projection="3d")
A = np.diag([3.0, 2.0, 1.0])
u, w = np.meshgrid(np.linspace(0, 2 * np.pi, 19), np.linspace(0, np.pi, 10))
ax.plot_wireframe(np.cos(u) * np.sin(w), np.sin(u) * np.sin(w), np.cos(w), color="0.75", lw=0.5)
p = np.ones(3) / np.sqrt(3)
e1 = np.array([1.0, -1.0, 0.0]) / np.sqrt(2)
e2 = np.cross(p, e1)
S, T = np.meshgrid(np.linspace(-0.7, 0.7, 2), np.linspace(-0.7, 0.7, 2))
ax.plot_surface(*(p[:, None, None] + e1[:, None, None] * S + e2[:, None, None] * T),
                color="tab:green", alpha=0.2, shade=False)
egrad = 2 * A @ p
rgrad = egrad - (p @ egrad) * p
for vec, col, lab in [(-0.2 * egrad, "tab:red", r"$-\nabla \bar f(p) = -2Ap$ (leaves the sphere)"),
                      (-0.2 * rgrad, "tab:blue", r"$-\mathrm{grad}\, f(p)$, its tangent part")]:
    ax.quiver(*p, *vec, color=col, lw=2.2, arrow_length_ratio=0.2)
    ax.plot([], [], color=col, lw=2, label=lab)
ax.plot(*np.c_[p - 0.2 * egrad, p - 0.2 * rgrad], ":", color="0.3", lw=1)
x, path = p.copy(), [p.copy()]
for _ in range(60):
    y = x - 0.1 * (2 * A @ x - (x @ (2 * A @ x)) * x)
    x = y / np.linalg.norm(y)
    path.append(x)
path = np.array(path)
ax.plot(*path.T, "o-", color="k", ms=2, lw=1, label=r"Riemannian descent path from $p$ to $e_3$")
ax.plot([], [], color="tab:green", lw=6, alpha=0.4, label=r"$p + T_p S^2$")
ax.scatter(*p, color="k", s=15)
ax.set_box_aspect((1, 1, 1))
ax.view_init(elev=12, azim=75)
lim = 0.85
ax.set_xlim(-lim, lim)
ax.set_ylim(-lim, lim)
ax.set_zlim(-lim, lim)
ax.set_axis_off()
ax.set_title(r"Minimizing $x^\top A x$ on $S^2$, $A = \mathrm{diag}(3, 2, 1)$")
ax.legend(fontsize=7.5, loc="upper center", bbox_to_anchor=(0.5, 0.08), ncol=2)

fig.tight_layout()
save(fig, "smooth-manifolds-tangent-spaces-tangent.png")
