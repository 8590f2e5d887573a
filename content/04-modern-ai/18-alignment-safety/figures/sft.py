"""Figures for the note `sft`.
sft-masking.png: one training sequence with its shifted targets and loss mask, and the
response-token loss during training of the toy model with three masking choices.
Deterministic (fixed seeds)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

vocab = ["<user>", "<asst>", "<eos>", "copy", "next", "a", "b", "c", "d", "e", "f", "please", "now", "the"]
V, tok = len(vocab), {w: i for i, w in enumerate(vocab)}


def example(rng):
    task, x = rng.choice(["copy", "next"]), int(rng.integers(6))
    fill = list(rng.choice(["please", "now", "the"], size=rng.integers(0, 4)))
    s = 0 if task == "copy" else 1
    prompt = ["<user>"] + fill + [task, vocab[5 + x], "<asst>"]
    response = [vocab[5 + (x + s) % 6], vocab[5 + (x + 2 * s) % 6], "<eos>"]
    return [tok[w] for w in prompt], [tok[w] for w in response]


def features(seq):
    oh = np.eye(V)[seq]
    before = np.vstack([np.zeros((1, V)), oh[:-1]])
    bag = np.cumsum(oh, 0) / np.arange(1, len(seq) + 1)[:, None]
    return np.hstack([oh, before, bag])


def batch(pairs, mode):
    X, Y, M = [], [], []
    for p, r in pairs:
        seq = p + r
        X.append(features(seq[:-1]))
        Y.append(seq[1:])
        m = np.ones(len(seq) - 1)
        if mode != "all":
            m[:len(p) - 1] = 0
        if mode == "no-eos":
            m[-1] = 0
        M.append(m)
    return np.vstack(X), np.concatenate(Y), np.concatenate(M)


def forward(P, X):
    h = np.tanh(X @ P["W1"] + P["b1"])
    z = h @ P["W2"] + P["b2"]
    z -= z.max(1, keepdims=True)
    return h, z - np.log(np.exp(z).sum(1, keepdims=True))


def grad(P, X, Y, M):
    h, logp = forward(P, X)
    dz = np.exp(logp)
    dz[np.arange(len(Y)), Y] -= 1
    dz *= (M / M.sum())[:, None]
    dh = (dz @ P["W2"].T) * (1 - h ** 2)
    return {"W2": h.T @ dz, "b2": dz.sum(0), "W1": X.T @ dh, "b1": dh.sum(0)}


rng = np.random.default_rng(0)
train_set = [example(rng) for _ in range(150)]
test_set = [example(rng) for _ in range(100)]
Xt, Yt, Mt = batch(test_set, "response")
curves = {}
for mode in ["response", "all", "no-eos"]:
    X, Y, M = batch(train_set, mode)
    init = np.random.default_rng(1)
    P = {"W1": init.normal(0, (3 * V) ** -0.5, (3 * V, 24)), "b1": np.zeros(24),
         "W2": init.normal(0, 24 ** -0.5, (24, V)), "b2": np.zeros(V)}
    mom = {k: 0 * v for k, v in P.items()}
    sq = {k: 0 * v for k, v in P.items()}
    steps, vals = [], []
    for t in range(1, 301):
        g = grad(P, X, Y, M)
        for k in P:
            mom[k] = 0.9 * mom[k] + 0.1 * g[k]
            sq[k] = 0.999 * sq[k] + 0.001 * g[k] ** 2
            P[k] -= 0.01 * mom[k] / (1 - 0.9 ** t) / (np.sqrt(sq[k] / (1 - 0.999 ** t)) + 1e-8)
        if t % 5 == 0:
            logp = forward(P, Xt)[1]
            nll = -logp[np.arange(len(Yt)), Yt]
            steps.append(t)
            vals.append((nll * Mt).sum() / Mt.sum())
    curves[mode] = (steps, vals)

fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(11, 3.8), gridspec_kw={"width_ratios": [1, 1]})
p, r = test_set[0]
seq = p + r
for row, (label, items) in enumerate([("input", seq[:-1]), ("target", seq[1:])]):
    yv = 1 - row
    ax0.text(-0.6, yv, label, ha="right", va="center", fontsize=11)
    for t, w in enumerate(items):
        in_loss = t >= len(p) - 1
        if row == 0:
            color = "#dddddd" if t < len(p) else "#9ecae1"
        else:
            color = "#fdae6b" if in_loss else "white"
        ax0.add_patch(plt.Rectangle((t - 0.45, yv - 0.3), 0.9, 0.6, facecolor=color, edgecolor="black"))
        text = vocab[w] if (row == 0 or in_loss) else "-"
        ax0.text(t, yv, text, ha="center", va="center", fontsize=8)
ax0.annotate("", xy=(len(p) - 1, 0.32), xytext=(len(p) - 1, 0.68),
             arrowprops=dict(arrowstyle="->", color="black"))
ax0.text(len(p) - 0.85, 0.5, "predicts", fontsize=8, va="center")
ax0.text(-0.45, -0.75, "grey: prompt (no loss)   blue: response input   orange: target in the loss",
         fontsize=9, ha="left")
ax0.set_xlim(-2.3, len(seq) - 0.4)
ax0.set_ylim(-1.0, 1.5)
ax0.axis("off")
ax0.set_title("One sequence: shifted targets and the loss mask")

styles = {"response": ("loss on response + <eos>", "C0", "-"),
          "all": ("loss on every token", "C1", "--"),
          "no-eos": ("<eos> left out of the loss", "C3", ":")}
for mode, (steps, vals) in curves.items():
    label, c, ls = styles[mode]
    ax1.plot(steps, vals, color=c, ls=ls, lw=2, label=label)
ax1.set_yscale("log")
ax1.set_xlabel("training step (full-batch Adam)")
ax1.set_ylabel("held-out NLL per response token (nats)")
ax1.set_title("Response-token loss on held-out prompts")
ax1.legend(fontsize=9)
ax1.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "sft-masking.png", dpi=110, metadata={"Software": None})
