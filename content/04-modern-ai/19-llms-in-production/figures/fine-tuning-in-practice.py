"""Figures for the note fine-tuning-in-practice.

Writes next to this script:
- fine-tuning-in-practice-rank.png: the toy regression of the note (a rank-2 change to a
  64 x 64 "pretrained" matrix, 100 noisy examples). Left: train and test error of LoRA
  adapters of rank 1 to 32, trained with Adam from B = 0, against the full fine-tuning
  (least squares) solution. Right: singular values of the full update against the true change.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
d_in, d_out, n_train, n_test, noise = 64, 64, 100, 5000, 0.3
W0 = rng.normal(size=(d_out, d_in)) / np.sqrt(d_in)
U, V = rng.normal(size=(d_out, 2)), rng.normal(size=(d_in, 2))
delta = U @ V.T / (2 * np.sqrt(d_in))


def data(n):
    X = rng.normal(size=(n, d_in))
    return X, X @ (W0 + delta).T + noise * rng.normal(size=(n, d_out))


Xtr, Ytr = data(n_train)
Xte, Yte = data(n_test)


def mse(W, X, Y):
    return np.mean((X @ W.T - Y) ** 2)


C, D = Xtr.T @ Xtr / n_train, Ytr.T @ Xtr / n_train


def train_lora(r, alpha=8.0, lr=0.01, steps=2000, seed=1):
    g = np.random.default_rng(seed)
    s = alpha / r
    P = [g.normal(size=(r, d_in)) / np.sqrt(d_in), np.zeros((d_out, r))]
    m, v = [np.zeros_like(p) for p in P], [np.zeros_like(p) for p in P]
    for t in range(1, steps + 1):
        A, B = P
        G = (W0 + s * B @ A) @ C - D
        for i, gr in enumerate([s * B.T @ G, s * G @ A.T]):
            m[i] = 0.9 * m[i] + 0.1 * gr
            v[i] = 0.999 * v[i] + 0.001 * gr**2
            P[i] = P[i] - lr * (m[i] / (1 - 0.9**t)) / (np.sqrt(v[i] / (1 - 0.999**t)) + 1e-8)
    return W0 + s * P[1] @ P[0]


ranks = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32]
train_err, test_err = [], []
for r in ranks:
    W = train_lora(r)
    train_err.append(mse(W, Xtr, Ytr))
    test_err.append(mse(W, Xte, Yte))
W_full = np.linalg.lstsq(Xtr, Ytr, rcond=None)[0].T

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
ax1.plot(ranks, test_err, "o-", color="#dd8452", label="LoRA, test")
ax1.plot(ranks, train_err, "s--", color="#4c72b0", label="LoRA, train")
ax1.axhline(mse(W_full, Xte, Yte), color="#dd8452", lw=1, ls=":", label="full fine-tuning, test")
ax1.axhline(mse(W_full, Xtr, Ytr), color="#4c72b0", lw=1, ls=":", label="full fine-tuning, train")
ax1.axhline(noise**2, color="grey", lw=1, label="noise variance 0.09")
ax1.set_xscale("log", base=2)
ax1.set_xticks(ranks)
ax1.set_xticklabels([str(r) for r in ranks])
ax1.set_xlabel("LoRA rank r (true change has rank 2)")
ax1.set_ylabel("mean squared error")
ax1.set_ylim(0, 0.32)
ax1.legend(fontsize=8)
ax1.set_title("Error against adapter rank", fontsize=10)

sv_full = np.linalg.svd(W_full - W0, compute_uv=False)
sv_true = np.linalg.svd(delta, compute_uv=False)
k = np.arange(1, 33)
ax2.semilogy(k, sv_full[:32], "o", color="#4c72b0", ms=4, label="full fine-tuning update")
ax2.semilogy([1, 2], sv_true[:2], "o", mfc="none", color="#c44e52", ms=11, mew=1.5,
             label="true change (rank 2)")
ax2.set_xlabel("index of singular value")
ax2.set_ylabel("singular value")
ax2.legend(fontsize=8)
ax2.set_title("Spectrum of the full update", fontsize=10)
fig.tight_layout()
fig.savefig(HERE / "fine-tuning-in-practice-rank.png", dpi=110, metadata={"Software": None})
plt.close(fig)
