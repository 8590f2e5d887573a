"""Figures for reproducing-kernel-hilbert-spaces.md (deterministic)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent


def rbf(a, b, gamma):
    return np.exp(-gamma * (a[:, None] - b[None, :]) ** 2)


rng = np.random.default_rng(0)
n, gamma = 40, 10.0
X = rng.uniform(-1, 1, size=n)
y = np.sin(3 * X) + 0.1 * rng.standard_normal(n)
K = rbf(X, X, gamma)
t = np.linspace(-1, 1, 400)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
ax = axes[0]
ax.plot(X, y, "k.", label="data")
ax.plot(t, np.sin(3 * t), "k--", lw=1, label="$\\sin(3x)$")
for lam, c in [(1e-6, "C3"), (1e-3, "C0"), (1e-1, "C2")]:
    alpha = np.linalg.solve(K + n * lam * np.eye(n), y)
    norm = np.sqrt(alpha @ K @ alpha)
    ax.plot(t, rbf(t, X, gamma) @ alpha, color=c, label=f"$\\lambda={lam:g}$, $\\|f\\|_H={norm:.1f}$")
ax.set_ylim(-1.8, 1.8)
ax.set_xlabel("$x$")
ax.set_title("Kernel ridge regression, Gaussian kernel")
ax.legend(fontsize=7, loc="lower right")

ax = axes[1]
alpha = np.linalg.solve(K + n * 1e-3 * np.eye(n), y)
order = np.argsort(X)
for i in order[::8]:
    ax.plot(t, alpha[i] * rbf(t, X[i:i + 1], gamma)[:, 0], lw=1)
ax.plot(t, rbf(t, X, gamma) @ alpha, "k-", lw=2, label="$f = \\sum_i \\alpha_i k(\\cdot, x_i)$")
ax.set_xlabel("$x$")
ax.set_title("Representer: sum of kernel bumps (every 8th)")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "reproducing-kernel-hilbert-spaces-krr.png", dpi=110, metadata={"Software": None})
