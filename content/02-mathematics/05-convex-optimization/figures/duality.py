"""Figures for the note duality, all for its worked example: minimize x1^2 + x2^2 subject to
x1 + x2 >= 1. Primal geometry and KKT, the dual function, and the (u, t) picture."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(13, 4.2))

# Primal: contours, feasible half-plane, optimum, parallel gradients
g1, g2 = np.meshgrid(np.linspace(-1, 1.6, 300), np.linspace(-1, 1.6, 300))
ax1.contour(g1, g2, g1 ** 2 + g2 ** 2, levels=[0.1, 0.25, 0.5, 1.0, 1.6, 2.4],
            colors="0.7", linewidths=0.8)
ax1.contourf(g1, g2, g1 + g2 >= 1, levels=[0.5, 1.5], colors=["#c6dbef"])
xs = np.linspace(-1, 1.6, 2)
ax1.plot(xs, 1 - xs, color="#08519c", lw=1.5)
ax1.plot(0.5, 0.5, "k*", ms=11, zorder=5)
ax1.annotate("", xy=(0.5 + 0.5, 0.5 + 0.5), xytext=(0.5, 0.5),
             arrowprops={"arrowstyle": "->", "color": "#d62728", "lw": 1.8})
ax1.annotate("", xy=(0.5 - 0.35, 0.5 - 0.35), xytext=(0.5, 0.5),
             arrowprops={"arrowstyle": "->", "color": "#2ca02c", "lw": 1.8})
ax1.text(1.02, 1.05, r"$\nabla f_0(x^\star) = (1, 1)$", color="#d62728", fontsize=9)
ax1.text(-0.75, 0.02, r"$\nabla f_1(x^\star) = (-1, -1)$", color="#2ca02c", fontsize=9)
ax1.text(1.0, 1.22, "feasible:\n$x_1 + x_2 \\geq 1$", fontsize=9, color="#08519c")
ax1.text(0.62, 0.28, r"$x^\star = (\frac{1}{2}, \frac{1}{2})$", fontsize=9)
ax1.set_xlim(-1, 1.6)
ax1.set_ylim(-1, 1.6)
ax1.set_aspect("equal")
ax1.set_xlabel(r"$x_1$")
ax1.set_ylabel(r"$x_2$")
ax1.set_title(r"Stationarity: $\nabla f_0 + \lambda^\star \nabla f_1 = 0$, $\lambda^\star = 1$")

# Dual function g(lambda) = lambda - lambda^2 / 2, below p* = 1/2 everywhere
lam = np.linspace(0, 2.5, 300)
ax2.plot(lam, lam - lam ** 2 / 2, color="#08519c", lw=2, label=r"$g(\lambda) = \lambda - \lambda^2/2$")
ax2.axhline(0.5, color="#d62728", lw=1.2, ls="--", label=r"$p^\star = 1/2$")
ax2.plot(1, 0.5, "k*", ms=11)
ax2.annotate(r"$d^\star = g(1) = \frac{1}{2} = p^\star$", xy=(1, 0.5), xytext=(1.15, 0.75),
             arrowprops={"arrowstyle": "->", "color": "0.3"}, fontsize=9)
ax2.fill_between(lam, lam - lam ** 2 / 2, 0.5, color="#fdd0a2", alpha=0.6,
                 label=r"weak duality: $g(\lambda) \leq p^\star$")
ax2.set_xlim(0, 2.5)
ax2.set_ylim(-0.8, 1.0)
ax2.set_xlabel(r"multiplier $\lambda \geq 0$")
ax2.set_title("The dual function is concave and bounds $p^\\star$")
ax2.legend(loc="lower left", fontsize=8)

# The set A of achievable (constraint value, objective value) pairs and its supporting line
u = np.linspace(-1.5, 2.0, 400)
p_of_u = np.where(u < 1, (1 - u) ** 2 / 2, 0.0)     # optimal value with constraint <= u
ax3.fill_between(u, p_of_u, 3.2, color="#c6dbef", label=r"$\mathcal{A} = \{(u, t)\}$ achievable")
ax3.plot(u, p_of_u, color="#08519c", lw=1.5, label=r"$p^\star(u) = (1 - u)^2/2$ for $u \leq 1$")
ax3.plot(u, 0.5 - 1.0 * u, color="#d62728", lw=1.5, ls="--",
         label=r"supporting line $t + \lambda^\star u = p^\star$")
ax3.plot(0, 0.5, "k*", ms=11)
ax3.axvline(0, color="0.5", lw=0.8)
ax3.text(-0.08, -0.3, r"original problem: $u = 0$", fontsize=8, ha="right")
ax3.set_xlim(-1.5, 2.0)
ax3.set_ylim(-0.5, 3.2)
ax3.set_xlabel(r"constraint value $u$ (here $1 - x_1 - x_2 \leq u$)")
ax3.set_ylabel(r"objective value $t$")
ax3.set_title("A supporting line gives strong duality")
ax3.legend(loc="upper right", fontsize=8)

fig.tight_layout()
fig.savefig(OUT / "duality-worked-example.png", dpi=110, metadata={"Software": None})
