"""Figure for the note rnns-lstms: how strongly the hidden state at the last step T = 100 depends
on the input k steps earlier, |d(u . h_T)/d x_{T-k}|, for randomly initialized vanilla RNNs with
three weight scales and LSTMs with three forget-gate biases (hidden size 32, input size 8,
averaged over 64 random sequences). Writes rnns-lstms-gradient-reach.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent
m, d, T = 32, 8, 100


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


def input_sensitivity(cell, gain=1.0, forget_bias=0.0, n=64, seed=0):
    rng = np.random.default_rng(seed)
    if cell == "rnn":
        W = rng.normal(scale=gain / np.sqrt(m + d), size=(m + d, m))
        b = np.zeros(m)
    else:
        W = rng.normal(scale=1 / np.sqrt(m + d), size=(m + d, 4 * m))
        b = np.zeros(4 * m)
        b[:m] = forget_bias
    x = rng.normal(size=(T, n, d))
    h, c, cache = np.zeros((n, m)), np.zeros((n, m)), []
    for t in range(T):
        a = np.concatenate([h, x[t]], 1) @ W + b
        if cell == "lstm":
            f, i, o, g = sigmoid(a[:, :m]), sigmoid(a[:, m:2 * m]), sigmoid(a[:, 2 * m:3 * m]), np.tanh(a[:, 3 * m:])
            c_prev, c = c, f * c + i * g
            h = o * np.tanh(c)
            cache.append((c_prev, f, i, o, g, c))
        else:
            h = np.tanh(a)
            cache.append(h)
    dh = rng.normal(size=(n, m))
    dh /= np.linalg.norm(dh, axis=1, keepdims=True)
    dc = np.zeros((n, m))
    out = np.zeros(T)
    for t in reversed(range(T)):
        if cell == "lstm":
            c_prev, f, i, o, g, cn = cache[t]
            tc = np.tanh(cn)
            do = dh * tc
            dc = dc + dh * o * (1 - tc**2)
            da = np.concatenate([dc * c_prev * f * (1 - f), dc * g * i * (1 - i),
                                 do * o * (1 - o), dc * i * (1 - g**2)], 1)
            dc = dc * f
        else:
            da = dh * (1 - cache[t] ** 2)
        dz = da @ W.T
        dh = dz[:, :m]
        out[T - 1 - t] = np.linalg.norm(dz[:, m:], axis=1).mean()
    return out


def main():
    fig, ax = plt.subplots(figsize=(7.5, 4.3))
    k = np.arange(T)
    for gain, color in [(1.0, "#9ecae1"), (2.0, "#3182bd"), (3.0, "#08306b")]:
        ax.semilogy(k, input_sensitivity("rnn", gain=gain), color=color, label=f"vanilla RNN, weight std {gain:.0f}/sqrt(m+d)")
    for fb, color in [(0.0, "#fdae6b"), (1.0, "#e6550d"), (3.0, "#7f2704")]:
        ax.semilogy(k, input_sensitivity("lstm", forget_bias=fb), color=color, ls="--", label=f"LSTM, forget-gate bias {fb:.0f}")
    ax.set_xlabel("lag k (steps between the input and the final hidden state)")
    ax.set_ylabel("|d(u . h_T) / d x_(T-k)| (log scale)")
    ax.set_title("How far back the gradient reaches at initialization")
    ax.set_ylim(1e-20, 1e6)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7.5, loc="lower left")
    fig.tight_layout()
    fig.savefig(HERE / "rnns-lstms-gradient-reach.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
