"""Figures for the note linear-logistic-regression.

Writes linear-logistic-regression-fit.png next to this script: a logistic regression fitted by
Newton's method on two-dimensional data (left) and the convergence of gradient descent and
Newton's method on the same log-loss (right). Deterministic: fixed seed, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def loss(w, X, y):
    z = X @ w
    return np.mean(np.logaddexp(0.0, z) - y * z)


def grad(w, X, y):
    return X.T @ (sigmoid(X @ w) - y) / len(y)


def hess(w, X):
    p = sigmoid(X @ w)
    return X.T @ (X * (p * (1 - p))[:, None]) / len(X)


rng = np.random.default_rng(0)
n = 300
Z = rng.normal(size=(n, 2)) * np.array([1.0, 2.0])
w_true = np.array([0.5, 2.0, -1.0])
X = np.column_stack([np.ones(n), Z])
y = (rng.random(n) < sigmoid(X @ w_true)).astype(float)

# Newton's method to high accuracy gives the reference optimum.
w_star = np.zeros(3)
for _ in range(25):
    w_star -= np.linalg.solve(hess(w_star, X), grad(w_star, X, y))
f_star = loss(w_star, X, y)

iters = 60
gaps_newton, gaps_gd = [], []
w = np.zeros(3)
for _ in range(iters):
    gaps_newton.append(loss(w, X, y) - f_star)
    w = w - np.linalg.solve(hess(w, X), grad(w, X, y))
beta = np.linalg.eigvalsh(X.T @ X / n).max() / 4.0   # smoothness constant of the mean log-loss
w = np.zeros(3)
for _ in range(iters):
    gaps_gd.append(loss(w, X, y) - f_star)
    w = w - grad(w, X, y) / beta

fig, axes = plt.subplots(1, 2, figsize=(9.6, 4.0))

ax = axes[0]
g0, g1 = np.meshgrid(np.linspace(-4.5, 4.5, 200), np.linspace(-8.5, 8.5, 200))
P = sigmoid(w_star[0] + w_star[1] * g0 + w_star[2] * g1)
cs = ax.contourf(g0, g1, P, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.55)
ax.contour(g0, g1, P, levels=[0.5], colors="k", linewidths=1.5)
ax.scatter(Z[y == 1, 0], Z[y == 1, 1], s=12, c="#b2182b", edgecolors="k", linewidths=0.3, label="y = 1")
ax.scatter(Z[y == 0, 0], Z[y == 0, 1], s=12, c="#2166ac", edgecolors="k", linewidths=0.3, label="y = 0")
fig.colorbar(cs, ax=ax, label="fitted P(y = 1 | x)")
ax.set_xlim(-4.5, 4.5)
ax.set_ylim(-8.5, 8.5)
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.set_title("Logistic regression: probability contours,\nboundary $w^T x = 0$ in black")
ax.legend(loc="lower left", fontsize=8)

ax = axes[1]
ax.semilogy(np.maximum(gaps_gd, 1e-16), "o-", ms=3, label=r"gradient descent, step $1/\beta$")
shown = [g for g in gaps_newton if g > 1e-15]    # stop where the gap hits rounding error
ax.semilogy(shown, "s-", ms=3, label="Newton / IRLS")
ax.set_ylim(1e-15, 1)
ax.set_xlabel("iteration")
ax.set_ylabel("mean log-loss minus its minimum")
ax.set_title("Same convex objective, two methods")
ax.grid(True, which="major", alpha=0.3)
ax.legend(fontsize=8)

fig.tight_layout()
fig.savefig(HERE / "linear-logistic-regression-fit.png", dpi=110, metadata={"Software": None})
