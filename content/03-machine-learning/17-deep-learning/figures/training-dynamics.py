"""Figure for the note training-dynamics. Left: four learning-rate schedules over 600 steps.
Right: training loss of a 4-hidden-layer ReLU network trained with Adam in NumPy under three
schedules (the runs of the note's code). Writes training-dynamics-schedules.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
d, K, depth, width = 20, 5, 4, 64
T1, T2 = rng.normal(size=(d, 64)), rng.normal(size=(64, K))


def data(m):
    X = rng.normal(size=(m, d))
    return X, (np.tanh(X @ T1 / np.sqrt(d)) @ T2).argmax(1)


X, y = data(4000)
X_val, y_val = data(2000)


def schedule(t, T, peak, warmup, decay):
    if t < warmup:
        return peak * (t + 1) / warmup
    if decay == "cosine":
        return peak * 0.5 * (1 + np.cos(np.pi * (t - warmup) / (T - warmup)))
    return peak


def forward(P, H):
    Hs, Zs = [H], []
    for l in range(0, len(P), 2):
        Zs.append(Hs[-1] @ P[l] + P[l + 1])
        Hs.append(np.maximum(Zs[-1], 0) if l < len(P) - 2 else Zs[-1])
    return Hs, Zs


def train(peak, warmup=0, decay="none", T=600, bs=64, seed=1):
    r = np.random.default_rng(seed)
    dims = [d] + [width] * depth + [K]
    P = []
    for i, (a, b) in enumerate(zip(dims[:-1], dims[1:])):
        gain = 2.0 if i < depth else 1.0
        P += [r.normal(scale=np.sqrt(gain / a), size=(a, b)), np.zeros(b)]
    M = [np.zeros_like(p) for p in P]
    V = [np.zeros_like(p) for p in P]
    losses = []
    for t in range(T):
        idx = r.integers(0, len(X), bs)
        Hs, Zs = forward(P, X[idx])
        Z = Zs[-1] - Zs[-1].max(1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(1, keepdims=True))
        losses.append(-logp[np.arange(bs), y[idx]].mean())
        G = np.exp(logp)
        G[np.arange(bs), y[idx]] -= 1
        G /= bs
        grads = [None] * len(P)
        for l in reversed(range(0, len(P), 2)):
            grads[l], grads[l + 1] = Hs[l // 2].T @ G, G.sum(0)
            if l > 0:
                G = (G @ P[l].T) * (Zs[l // 2 - 1] > 0)
        eta = schedule(t, T, peak, warmup, decay)
        for i in range(len(P)):
            M[i] = 0.9 * M[i] + 0.1 * grads[i]
            V[i] = 0.999 * V[i] + 0.001 * grads[i] ** 2
            P[i] -= eta * (M[i] / (1 - 0.9 ** (t + 1))) / (np.sqrt(V[i] / (1 - 0.999 ** (t + 1))) + 1e-8)
    return np.array(losses)


def main():
    T = 600
    t = np.arange(T)
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    peak = 3e-2
    ax0.plot(t, np.full(T, peak), label="constant")
    ax0.plot(t, peak * 0.1 ** (t // 240), label="step decay (x0.1 every 240)")
    ax0.plot(t, [schedule(s, T, peak, 60, "cosine") for s in t], label="warmup 60 + cosine")
    ax0.plot(t, peak * np.minimum(1, np.sqrt(60 / (t + 1))) * np.minimum(1, (t + 1) / 60),
             label="warmup 60 + inverse square root")
    ax0.set_xlabel("step")
    ax0.set_ylabel("learning rate")
    ax0.set_title("Learning-rate schedules (peak 3e-2)")
    ax0.legend(fontsize=8)
    ax0.grid(alpha=0.3)

    runs = [("constant 1e-2", dict(peak=1e-2), "#1f5fa8"),
            ("cosine 3e-2, no warmup", dict(peak=3e-2, decay="cosine"), "#c0461f"),
            ("warmup 60 + cosine 3e-2", dict(peak=3e-2, warmup=60, decay="cosine"), "#2a8a3e")]
    k = 20
    steps = np.arange(1, T + 1)
    for name, kw, color in runs:
        losses = train(**kw)
        smooth = np.convolve(losses, np.ones(k) / k, mode="valid")
        ax1.plot(steps, losses, color=color, alpha=0.35, lw=0.7)
        ax1.plot(steps[k - 1:], smooth, color=color, lw=1.6, label=name)
    ax1.axhline(np.log(K), color="0.5", ls=":", label="log K (uniform guess)")
    ax1.set_yscale("log")
    ax1.set_xscale("log")
    ax1.set_xlabel("step (log scale)")
    ax1.set_ylabel("minibatch cross-entropy (log scale)")
    ax1.set_title("Training loss: raw (thin) and 20-step average")
    ax1.legend(fontsize=8, loc="lower left")
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "training-dynamics-schedules.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
