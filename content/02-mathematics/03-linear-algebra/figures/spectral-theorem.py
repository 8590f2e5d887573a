"""Figure for the note spectral-theorem: the symmetric matrix of the worked example maps the unit
circle to an ellipse with axes along its orthonormal eigenvectors, and its Rayleigh quotient on the
unit circle sweeps out [lambda_min, lambda_max]. Writes a PNG next to this script."""
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


A = np.array([[2.0, 1.0], [1.0, 2.0]])
q1 = np.array([1.0, 1.0]) / np.sqrt(2)        # eigenvalue 3
q2 = np.array([1.0, -1.0]) / np.sqrt(2)       # eigenvalue 1
theta = np.linspace(0, 2 * np.pi, 361)
circle = np.vstack([np.cos(theta), np.sin(theta)])
image = A @ circle

fig, axes = plt.subplots(1, 2, figsize=(11, 4.4), gridspec_kw={"width_ratios": [1, 1.35]})
ax = axes[0]
ax.plot(*circle, color="0.6", lw=1.2, label="unit circle")
ax.plot(*image, color="tab:blue", lw=1.8, label=r"its image under $A$")
for q, lam, col in [(q1, 3, "tab:red"), (q2, 1, "tab:green")]:
    ax.annotate("", xy=lam * q, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color=col, lw=1.8))
    ax.annotate(rf"$A q = {lam}\,q$", lam * q, xytext=(6, -4), textcoords="offset points", color=col)
x = np.array([1.0, 0.0])
ax.annotate("", xy=A @ x, xytext=(0, 0), arrowprops=dict(arrowstyle="-|>", color="k", lw=1.0, ls="--"))
ax.annotate(r"$A e_1 = (2, 1)$", A @ x, xytext=(4, -12), textcoords="offset points", fontsize=9)
ax.set_xlim(-3.3, 3.3)
ax.set_ylim(-3.3, 3.3)
ax.set_aspect("equal")
ax.axhline(0, color="0.9", lw=0.8, zorder=0)
ax.axvline(0, color="0.9", lw=0.8, zorder=0)
ax.legend(fontsize=8, loc="lower right")
ax.set_title("Axes of the ellipse = orthonormal eigenvectors", fontsize=10)

ax = axes[1]
R = np.einsum("in,ij,jn->n", circle, A, circle)        # x^T A x with ||x|| = 1
ax.plot(np.degrees(theta), R, color="tab:blue", lw=1.8)
ax.axhline(3, color="tab:red", lw=0.9, ls="--")
ax.axhline(1, color="tab:green", lw=0.9, ls="--")
ax.text(62, 3.04, r"$\lambda_1 = 3$ at $\pm q_1$ (45, 225 degrees)", color="tab:red", fontsize=9, va="bottom")
ax.text(150, 0.96, r"$\lambda_2 = 1$ at $\pm q_2$ (135, 315 degrees)", color="tab:green", fontsize=9, va="top")
ax.plot([0], [2], "ko", ms=4)
ax.annotate(r"$R_A(e_1) = 2$", (0, 2), xytext=(8, 0), textcoords="offset points", fontsize=9)
ax.set_xlim(0, 360)
ax.set_xticks(range(0, 361, 45))
ax.set_ylim(0.7, 3.3)
ax.set_xlabel(r"angle of the unit vector $x = (\cos\theta, \sin\theta)$, degrees")
ax.set_ylabel(r"Rayleigh quotient $R_A(x) = x^\top A x$")
ax.set_title(r"$R_A = 2 + \sin 2\theta$ stays in $[\lambda_2, \lambda_1] = [1, 3]$", fontsize=10)
fig.tight_layout()
save(fig, "spectral-theorem-rayleigh.png")
