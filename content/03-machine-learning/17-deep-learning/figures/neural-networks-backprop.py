"""Figure for the note neural-networks-backprop: a two-layer ReLU network trained with
hand-written backprop on two interleaved spirals. Left: its decision regions; right: the
training loss. Writes neural-networks-backprop-spirals.png next to this script."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent


def make_spirals(n_per_class, rng):
    t = np.sqrt(rng.uniform(0, 1, n_per_class)) * 3 * np.pi
    arm = np.c_[t * np.cos(t), t * np.sin(t)] / (3 * np.pi)
    X = np.r_[arm, -arm] + rng.normal(scale=0.03, size=(2 * n_per_class, 2))
    y = np.r_[np.zeros(n_per_class, int), np.ones(n_per_class, int)]
    return X, y


def forward(P, X):
    Z1 = X @ P["W1"] + P["b1"]
    H = np.maximum(Z1, 0.0)
    return Z1, H, H @ P["W2"] + P["b2"]


def loss_and_grads(P, X, y):
    n = X.shape[0]
    Z1, H, Z2 = forward(P, X)
    Z2s = Z2 - Z2.max(axis=1, keepdims=True)
    logp = Z2s - np.log(np.exp(Z2s).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(n), y].mean()
    G2 = np.exp(logp)
    G2[np.arange(n), y] -= 1.0
    G2 /= n
    G1 = (G2 @ P["W2"].T) * (Z1 > 0)
    return loss, {"W1": X.T @ G1, "b1": G1.sum(0), "W2": H.T @ G2, "b2": G2.sum(0)}


def main():
    rng = np.random.default_rng(0)
    X, y = make_spirals(150, rng)
    d, m, k = 2, 64, 2
    P = {"W1": rng.normal(scale=np.sqrt(2 / d), size=(d, m)), "b1": np.zeros(m),
         "W2": rng.normal(scale=np.sqrt(1 / m), size=(m, k)), "b2": np.zeros(k)}
    losses = []
    for _ in range(3000):
        loss, g = loss_and_grads(P, X, y)
        losses.append(loss)
        for name in P:
            P[name] -= 0.5 * g[name]

    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(9, 4))
    u = np.linspace(-1.3, 1.3, 300)
    U, V = np.meshgrid(u, u)
    _, _, Z = forward(P, np.c_[U.ravel(), V.ravel()])
    margin = (Z[:, 1] - Z[:, 0]).reshape(U.shape)
    ax0.contourf(U, V, margin > 0, levels=[-0.5, 0.5, 1.5], colors=["#cfe0f3", "#f6d5c8"])
    ax0.contour(U, V, margin, levels=[0.0], colors="k", linewidths=1)
    ax0.scatter(*X[y == 0].T, s=8, c="#1f5fa8", label="class 0")
    ax0.scatter(*X[y == 1].T, s=8, c="#c0461f", label="class 1")
    ax0.set_title("Decision regions after 3000 steps")
    ax0.set_aspect("equal")
    ax0.legend(loc="lower right", fontsize=8)
    ax1.semilogy(losses, color="k")
    ax1.set_xlabel("gradient descent step")
    ax1.set_ylabel("training cross-entropy (log scale)")
    ax1.set_title("Training loss")
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "neural-networks-backprop-spirals.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
