"""Figure for the note convolutional-neural-networks: the tiny CNN of the note (four 3x3 filters,
ReLU, global max pooling, linear softmax) trained on noisy images of horizontal and vertical bars.
Top: sample images; middle: the learned filters; bottom: the four ReLU feature maps of the first
sample. Writes convolutional-neural-networks-filters.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

HERE = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
S, BAR = 12, 4


def make_images(n):
    X = 0.3 * rng.normal(size=(n, 1, S, S))
    y = rng.integers(0, 2, n)
    for i in range(n):
        r, c = rng.integers(0, S - BAR + 1, 2)
        if y[i] == 0:
            X[i, 0, r, c:c + BAR] += 1.0
        else:
            X[i, 0, r:r + BAR, c] += 1.0
    return X, y


def forward(P, X):
    patches = sliding_window_view(X, (3, 3), axis=(2, 3))
    Z = np.einsum("nchwuv,ocuv->nohw", patches, P["K"]) + P["bk"][:, None, None]
    A = np.maximum(Z, 0)
    pooled = A.reshape(len(X), A.shape[1], -1).max(axis=2)
    return patches, Z, A, pooled, pooled @ P["V"] + P["bv"]


def loss_grads(P, X, y):
    n = len(X)
    patches, Z, A, pooled, logits = forward(P, X)
    s = logits - logits.max(1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(1, keepdims=True))
    G = np.exp(logp)
    G[np.arange(n), y] -= 1
    G /= n
    g = {"V": pooled.T @ G, "bv": G.sum(0)}
    Gp = G @ P["V"].T
    flat = A.reshape(n, A.shape[1], -1)
    GA = np.zeros_like(flat)
    np.put_along_axis(GA, flat.argmax(2)[..., None], Gp[..., None], axis=2)
    GZ = GA.reshape(A.shape) * (Z > 0)
    g["K"] = np.einsum("nohw,nchwuv->ocuv", GZ, patches)
    g["bk"] = GZ.sum(axis=(0, 2, 3))
    return -logp[np.arange(n), y].mean(), g


def main():
    X, y = make_images(100)
    make_images(1000)                       # the note's test set; drawn to keep the random stream aligned
    P = {"K": rng.normal(scale=np.sqrt(2 / 9), size=(4, 1, 3, 3)), "bk": np.zeros(4),
         "V": rng.normal(scale=0.5, size=(4, 2)), "bv": np.zeros(2)}
    M = {k: np.zeros_like(v) for k, v in P.items()}
    V = {k: np.zeros_like(v) for k, v in P.items()}
    for t in range(1, 401):
        _, g = loss_grads(P, X, y)
        for k in P:
            M[k] = 0.9 * M[k] + 0.1 * g[k]
            V[k] = 0.999 * V[k] + 0.001 * g[k] ** 2
            P[k] -= 0.05 * (M[k] / (1 - 0.9**t)) / (np.sqrt(V[k] / (1 - 0.999**t)) + 1e-8)

    fig, axes = plt.subplots(3, 4, figsize=(8, 6.4))
    show = [int(np.flatnonzero(y == 0)[0]), int(np.flatnonzero(y == 0)[1]),
            int(np.flatnonzero(y == 1)[0]), int(np.flatnonzero(y == 1)[1])]
    for ax, i in zip(axes[0], show):
        ax.imshow(X[i, 0], cmap="gray")
        ax.set_title(["horizontal", "vertical"][y[i]] + " bar", fontsize=9)
    for o, ax in enumerate(axes[1]):
        k = P["K"][o, 0]
        m = np.abs(k).max()
        ax.imshow(k, cmap="RdBu_r", vmin=-m, vmax=m)
        ax.set_title(f"filter {o + 1} ({P['V'][o, 1] - P['V'][o, 0]:+.1f} toward vertical)", fontsize=8)
    _, _, A, _, _ = forward(P, X[show[2]:show[2] + 1])
    for o, ax in enumerate(axes[2]):
        ax.imshow(A[0, o], cmap="magma")
        ax.set_title(f"map {o + 1} on the first vertical bar", fontsize=8)
    for ax in axes.ravel():
        ax.set_xticks([])
        ax.set_yticks([])
    fig.tight_layout()
    fig.savefig(HERE / "convolutional-neural-networks-filters.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
