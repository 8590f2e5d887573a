"""Figures for the note eigenvalues-eigenvectors-diagonalization: the two-state Markov chain of the
worked example in its eigenbasis, and the convergence of power iteration for three spectral gaps.
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


fig, axes = plt.subplots(1, 2, figsize=(11, 4.3))

# Left: x_k = A^k x_0 for A = P^T, P = [[0.9, 0.1], [0.2, 0.8]], starting in state one.
P = np.array([[0.9, 0.1], [0.2, 0.8]])
A = P.T
x = np.array([1.0, 0.0])
pts = [x]
for _ in range(12):
    x = A @ x
    pts.append(x)
pts = np.array(pts)
ax = axes[0]
ax.plot([0, 1], [1, 0], color="0.8", lw=1, zorder=1)
ax.text(0.02, 1.0, r"distributions: $x_1 + x_2 = 1$", color="0.45", fontsize=9, va="bottom")
ax.annotate("", xy=(2 / 3, 1 / 3), xytext=(0, 0),
            arrowprops=dict(arrowstyle="-|>", color="tab:blue", lw=1.6))
ax.text(0.36, 0.12, r"$\frac{1}{3} v_1$ (eigenvalue 1)", color="tab:blue", fontsize=9)
ax.annotate("", xy=(1, 0), xytext=(2 / 3, 1 / 3),
            arrowprops=dict(arrowstyle="-|>", color="tab:orange", lw=1.6))
ax.text(0.40, -0.005, r"$\frac{1}{3} v_2$ (eigenvalue 0.7)", color="tab:orange", fontsize=9)
ax.scatter(pts[:, 0], pts[:, 1], c=np.arange(len(pts)), cmap="viridis", s=28, zorder=3)
for k in [0, 1, 2, 3, 5]:
    ax.annotate(f"$x_{k}$", pts[k], xytext=(4, 6), textcoords="offset points", fontsize=9)
ax.scatter([2 / 3], [1 / 3], marker="*", s=180, color="tab:red", zorder=4)
ax.annotate(r"$\pi = (2/3, 1/3)$", (2 / 3, 1 / 3), xytext=(-70, 25), textcoords="offset points",
            fontsize=9, color="tab:red")
ax.set_xlim(-0.05, 1.1)
ax.set_ylim(-0.05, 1.1)
ax.set_aspect("equal")
ax.set_xlabel(r"$x_1$ = probability of state one")
ax.set_ylabel(r"$x_2$ = probability of state two")
ax.set_title(r"$x_k = \frac{1}{3} v_1 + \frac{1}{3}(0.7)^k v_2$")

# Right: power iteration on symmetric 6x6 matrices with eigenvalues 1, r, r/2, ..., random eigenbasis.
rng = np.random.default_rng(0)
Q, _ = np.linalg.qr(rng.normal(size=(6, 6)))
x0 = rng.normal(size=6)
ax = axes[1]
for r, col in [(0.5, "tab:green"), (0.8, "tab:blue"), (0.95, "tab:purple")]:
    lam = np.array([1.0, r, r / 2, r / 4, -r / 3, 0.1])
    M = Q @ np.diag(lam) @ Q.T
    v1 = Q[:, 0]
    x = x0 / np.linalg.norm(x0)
    errs = []
    for k in range(80):
        errs.append(np.linalg.norm(x - (x @ v1) * v1))             # sine of the angle to v_1
        x = M @ x
        x /= np.linalg.norm(x)
    k = np.arange(80)
    ax.semilogy(k, errs, "o", ms=2.5, color=col, label=rf"$|\lambda_2 / \lambda_1| = {r}$")
    c = errs[5] / r**5
    ax.semilogy(k, c * r**k, "-", lw=0.9, color=col, alpha=0.7)
ax.set_ylim(1e-15, 3)
ax.set_xlabel("iteration k")
ax.set_ylabel(r"$\sin \angle(x_k, v_1)$")
ax.set_title(r"Power iteration: error $\propto |\lambda_2/\lambda_1|^k$ (lines)")
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
save(fig, "eigenvalues-eigenvectors-diagonalization-powers.png")
