"""Figures for the note gradient-descent: trajectories on an ill-conditioned quadratic, and
learning-rate schedules for SGD on least squares. Writes PNGs next to this script."""
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


# 1. Trajectories on f(w) = w^T H w / 2 with eigenvalues 1 and 20, axes rotated by 30 degrees.
c, s = np.cos(np.pi / 6), np.sin(np.pi / 6)
R = np.array([[c, -s], [s, c]])
H = R @ np.diag([1.0, 20.0]) @ R.T
mu, L = 1.0, 20.0
w0 = R @ np.array([-4.0, 0.6])


def path(eta, beta=0.0, steps=40):
    w, w_prev, pts = w0.copy(), w0.copy(), [w0.copy()]
    for _ in range(steps):
        w, w_prev = w - eta * H @ w + beta * (w - w_prev), w
        pts.append(w.copy())
    return np.array(pts)


g = np.linspace(-4.5, 4.5, 300)
G1, G2 = np.meshgrid(g, g)
F = 0.5 * (H[0, 0] * G1**2 + 2 * H[0, 1] * G1 * G2 + H[1, 1] * G2**2)
sk = np.sqrt(L / mu)
runs = [
    (r"GD, $\eta = 1/L$", path(1 / L), "tab:blue"),
    (r"GD, $\eta = 1.9/L$ (near the limit $2/L$)", path(1.9 / L), "tab:red"),
    ("heavy-ball momentum, tuned", path(4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, ((sk - 1) / (sk + 1)) ** 2),
     "tab:green"),
]
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2))
ax = axes[0]
ax.contour(G1, G2, F, levels=np.geomspace(0.05, 150, 14), colors="0.75", linewidths=0.7)
for label, P, color in runs:
    ax.plot(P[:, 0], P[:, 1], "o-", ms=2.5, lw=1, color=color, label=label)
ax.plot(0, 0, "k*", ms=10)
ax.set_aspect("equal")
ax.set_xlim(-4.5, 4.5)
ax.set_ylim(-3.2, 3.2)
ax.set_title(r"Quadratic with $\kappa = 20$: first 40 steps")
ax.legend(fontsize=8, loc="lower right")
ax = axes[1]
for label, P, color in runs:
    P = path(*([1 / L] if color == "tab:blue" else [1.9 / L] if color == "tab:red" else
               [4 / (np.sqrt(L) + np.sqrt(mu)) ** 2, ((sk - 1) / (sk + 1)) ** 2]), steps=150)
    ax.semilogy(np.linalg.norm(P, axis=1), color=color, label=label)
ax.set_ylim(1e-12, 10)
ax.set_xlabel("step")
ax.set_ylabel(r"distance to the minimizer $\|w_t - w^\star\|$")
ax.set_title("Rates: $1 - 1/\\kappa$ for GD, about $1 - 1/\\sqrt{\\kappa}$ with momentum")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "gradient-descent-trajectories.png")

# 2. Learning-rate schedules for SGD (batch 1) on least squares, as in the note's code.
rng = np.random.default_rng(1)
n, p, sigma, epochs = 1000, 5, 0.5, 10
X = rng.normal(size=(n, p))
w_true = rng.normal(size=p)
y = X @ w_true + sigma * rng.normal(size=n)
w_ls = np.linalg.lstsq(X, y, rcond=None)[0]


def loss(w):
    return np.mean((X @ w - y) ** 2) / 2


T = n * epochs
schedules = {
    "constant 0.05": lambda t: 0.05,
    "constant 0.005": lambda t: 0.005,
    "step decay": lambda t: 0.05 * 0.5 ** (t // (2 * n)),
    "1/t decay": lambda t: 0.05 / (1 + t / 1000),
    "cosine": lambda t: 0.025 * (1 + np.cos(np.pi * t / T)),
}
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ts = np.arange(T)
for name, eta in schedules.items():
    axes[0].plot(ts / n, [eta(t) for t in ts], label=name)
    curves = []
    for seed in range(8):                     # average the excess loss over 8 shuffling seeds
        order, w, t, curve = np.random.default_rng(seed), np.zeros(p), 0, []
        for _ in range(epochs):
            for i in order.permutation(n):
                w -= eta(t) * (X[i] @ w - y[i]) * X[i]
                t += 1
                if t % 100 == 0:
                    curve.append(loss(w) - loss(w_ls))
        curves.append(curve)
    curve = np.mean(curves, axis=0)
    axes[1].semilogy(np.arange(1, len(curve) + 1) * 100 / n, curve, lw=1.2, label=name)
axes[0].set_xlabel("epoch")
axes[0].set_ylabel(r"learning rate $\eta_t$")
axes[0].set_title("Schedules")
axes[0].legend(fontsize=8)
axes[1].set_xlabel("epoch")
axes[1].set_ylabel("excess training loss")
axes[1].set_title("SGD on least squares (mean of 8 runs)")
axes[1].set_ylim(1e-6, 10)
axes[1].legend(fontsize=8, loc="lower left")
fig.tight_layout()
save(fig, "gradient-descent-schedules.png")
