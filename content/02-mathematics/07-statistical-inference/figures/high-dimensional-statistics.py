"""Figures for the note high-dimensional-statistics: why the l1 ball finds sparse solutions of an
underdetermined system and the l2 ball does not, and the spreading of sample-covariance eigenvalues
(Marchenko-Pastur) when p is comparable to n. Writes PNGs next to this script."""
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


# 1. One equation, two unknowns: the solution set a^T beta = y is a line.
a, y = np.array([1.0, 2.5]), 2.5                    # solutions: beta_1 + 2.5 beta_2 = 2.5
l1_sol = np.array([0.0, y / a[1]])                  # min l1 norm: all weight on the larger |a_j|
l2_sol = a * y / (a @ a)                            # min l2 norm: the pseudoinverse solution
r1, r2 = np.abs(l1_sol).sum(), np.linalg.norm(l2_sol)

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.8))
t = np.linspace(-2.5, 4.5, 2)
for ax, kind in zip(axes, ["l1", "l2"]):
    ax.plot(t, (y - a[0] * t) / a[1], color="k", lw=1.5,
            label=r"solutions of $\beta_1 + 2.5\,\beta_2 = 2.5$")
    if kind == "l1":
        for r, alpha in [(0.4 * r1, 0.15), (0.7 * r1, 0.25), (r1, 0.45)]:
            ax.fill([r, 0, -r, 0], [0, r, 0, -r], color="tab:blue", alpha=alpha, lw=0)
        ax.plot(*l1_sol, "o", color="tab:red", ms=7,
                label=rf"min $\ell_1$ solution $({l1_sol[0]:.0f}, {l1_sol[1]:.0f})$: sparse")
        ax.set_title(r"$\ell_1$ balls grow until they touch the line at a corner")
    else:
        th = np.linspace(0, 2 * np.pi, 200)
        for r, alpha in [(0.4 * r2, 0.15), (0.7 * r2, 0.25), (r2, 0.45)]:
            ax.fill(r * np.cos(th), r * np.sin(th), color="tab:green", alpha=alpha, lw=0)
        ax.plot(*l2_sol, "o", color="tab:red", ms=7,
                label=rf"min $\ell_2$ solution $({l2_sol[0]:.2f}, {l2_sol[1]:.2f})$: dense")
        ax.set_title(r"$\ell_2$ balls touch it where it is orthogonal to the radius")
    ax.axhline(0, color="0.7", lw=0.8)
    ax.axvline(0, color="0.7", lw=0.8)
    ax.set_xlim(-1.6, 2.6)
    ax.set_ylim(-1.6, 2.1)
    ax.set_aspect("equal")
    ax.set_xlabel(r"$\beta_1$")
    ax.set_ylabel(r"$\beta_2$")
    ax.legend(fontsize=8, loc="upper right")
fig.tight_layout()
save(fig, "high-dimensional-statistics-l1-geometry.png")

# 2. Eigenvalues of the sample covariance X^T X / n with identity covariance.
rng = np.random.default_rng(0)
n = 2000
fig, axes = plt.subplots(1, 2, figsize=(11, 4.0))
for ax, gamma in zip(axes, [0.25, 0.9]):
    p = int(gamma * n)
    X = rng.normal(size=(n, p))
    ev = np.linalg.eigvalsh(X.T @ X / n)
    lo, hi = (1 - np.sqrt(gamma)) ** 2, (1 + np.sqrt(gamma)) ** 2
    ax.hist(ev, bins=60, density=True, color="tab:blue", alpha=0.45,
            label=rf"eigenvalues, $n = {n}$, $p = {p}$")
    x = np.linspace(lo, hi, 400)[1:-1]
    ax.plot(x, np.sqrt((hi - x) * (x - lo)) / (2 * np.pi * gamma * x), color="tab:red",
            label="Marchenko-Pastur density")
    ax.axvline(1.0, color="k", ls="--", lw=1, label="true eigenvalue 1 (all of them)")
    ax.set_title(rf"$p/n = {gamma}$: eigenvalues fill $[{lo:.3f}, {hi:.3f}]$")
    ax.set_xlabel("eigenvalue")
    ax.set_ylabel("density")
    ax.legend(fontsize=8, loc="upper right")
fig.tight_layout()
save(fig, "high-dimensional-statistics-marchenko-pastur.png")
