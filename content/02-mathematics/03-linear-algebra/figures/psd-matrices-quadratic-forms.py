"""Figure for the note psd-matrices-quadratic-forms: level sets of a positive definite, a singular
positive semidefinite and an indefinite quadratic form, with their eigenvectors. Writes a PNG next
to this script."""
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


cases = [
    (np.array([[4.0, 2.0], [2.0, 3.0]]), r"positive definite: rows $(4, 2), (2, 3)$"),
    (np.array([[1.0, 1.0], [1.0, 1.0]]), r"semidefinite, singular: rows $(1, 1), (1, 1)$"),
    (np.array([[1.0, 2.0], [2.0, 1.0]]), r"indefinite: rows $(1, 2), (2, 1)$"),
]
g = np.linspace(-1.6, 1.6, 321)
X, Y = np.meshgrid(g, g)
fig, axes = plt.subplots(1, 3, figsize=(12, 4.6))
for ax, (A, title) in zip(axes, cases):
    Z = A[0, 0] * X**2 + 2 * A[0, 1] * X * Y + A[1, 1] * Y**2
    levels = [-4, -2, -1, -0.5, 0.5, 1, 2, 4] if A[0, 1] == 2 and A[0, 0] == 1 else [0.25, 0.5, 1, 2, 4]
    colors = ["tab:blue" if v < 0 else "tab:red" for v in levels]
    cs = ax.contour(X, Y, Z, levels=levels, colors=colors, linewidths=0.9)
    ax.clabel(cs, fontsize=7, fmt="%g")
    ax.contour(X, Y, Z, levels=[1], colors="k", linewidths=2.0)
    if A[0, 1] == 2 and A[0, 0] == 1:
        ax.contour(X, Y, Z, levels=[0], colors="0.5", linewidths=1.0, linestyles="--")
    lam, Q = np.linalg.eigh(A)
    for i in range(2):
        q = Q[:, i] * (np.sign(Q[0, i]) if Q[0, i] != 0 else 1.0)
        length = 1 / np.sqrt(abs(lam[i])) if abs(lam[i]) > 1e-12 else 1.4
        ax.annotate("", xy=length * q, xytext=(0, 0),
                    arrowprops=dict(arrowstyle="-|>", color="tab:green", lw=1.6))
        lab = rf"$\lambda = {lam[i]:.2f}$" if abs(lam[i]) > 1e-12 else r"$\lambda = 0$ (flat)"
        ax.annotate(lab, length * q, xytext=(4, -12) if abs(lam[i]) > 1e-12 else (-50, -14),
                    textcoords="offset points", fontsize=8, color="tab:green")
    ax.set_xlim(-1.6, 1.6)
    ax.set_ylim(-1.6, 1.6)
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel(r"$x_1$")
axes[0].set_ylabel(r"$x_2$")
fig.suptitle(r"Level sets of $x^\top A x$ (red: positive levels, blue: negative, black: level 1); "
             r"green: eigenvectors, length $1/\sqrt{|\lambda|}$", fontsize=11)
fig.tight_layout()
save(fig, "psd-matrices-quadratic-forms-level-sets.png")
