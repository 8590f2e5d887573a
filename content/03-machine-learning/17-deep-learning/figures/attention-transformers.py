"""Figures for the note `attention-transformers`.
attention-transformers-patterns.png: softmax saturation without 1/sqrt(d_k), a causal RoPE
"previous-token" head, and the sinusoidal position-similarity matrix.
attention-transformers-layernorm.png: per-layer gradient norms at initialization for
post-LN and pre-LN residual stacks. Deterministic (fixed seeds)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent


def softmax(s):
    p = np.exp(s - s.max(-1, keepdims=True))
    return p / p.sum(-1, keepdims=True)


# ---------- figure 1: attention patterns ----------
rng = np.random.default_rng(0)
dk, nkeys = 1024, 64
q = rng.normal(size=dk)
K = rng.normal(size=(nkeys, dk))
raw = softmax(q @ K.T)
scaled = softmax(q @ K.T / np.sqrt(dk))

d = 16
omega = 10000.0 ** (-np.arange(0, d, 2) / d)


def rotate(x, pos):
    ang = np.outer(pos, omega)
    c, s = np.cos(ang), np.sin(ang)
    out = np.empty_like(x)
    out[:, 0::2] = x[:, 0::2] * c - x[:, 1::2] * s
    out[:, 1::2] = x[:, 0::2] * s + x[:, 1::2] * c
    return out


n = 16
pos = np.arange(n)
qv = 1.5 * np.ones((1, d))                       # same query content at every position
kv = rotate(qv, [1])                             # key = query rotated one step: peak at offset -1
Qr = rotate(np.repeat(qv, n, 0), pos)
Kr = rotate(np.repeat(kv, n, 0), pos)
S = Qr @ Kr.T / np.sqrt(d)
S = np.where(np.triu(np.ones((n, n), bool), 1), -np.inf, S)
P = softmax(S)

dpe = 64
om = 10000.0 ** (-np.arange(0, dpe, 2) / dpe)
ang = np.outer(np.arange(64), om)
pe = np.zeros((64, dpe))
pe[:, 0::2], pe[:, 1::2] = np.sin(ang), np.cos(ang)
G = pe @ pe.T

fig, axes = plt.subplots(1, 3, figsize=(13, 4.1))
ax = axes[0]
order = np.argsort(-raw)
ax.bar(np.arange(nkeys) - 0.2, raw[order], width=0.4, label="raw q.k", color="tab:red")
ax.bar(np.arange(nkeys) + 0.2, scaled[order], width=0.4, label="q.k / sqrt(d_k)", color="tab:blue")
ax.set_xlim(-1, 20)
ax.set_xlabel("key (sorted by raw weight)")
ax.set_ylabel("attention weight")
ax.set_title(f"One query, {nkeys} keys, d_k = {dk}", fontsize=10)
ax.legend(fontsize=8)

ax = axes[1]
im = ax.imshow(P, cmap="viridis", vmin=0, vmax=1)
ax.set_xlabel("key position")
ax.set_ylabel("query position")
ax.set_title("Causal RoPE head: attends to the previous token", fontsize=10)
fig.colorbar(im, ax=ax, fraction=0.046)

ax = axes[2]
im = ax.imshow(G, cmap="RdBu_r", vmin=-abs(G).max(), vmax=abs(G).max())
ax.set_xlabel("position q")
ax.set_ylabel("position p")
ax.set_title("Sinusoidal encodings: PE(p) . PE(q), d = 64", fontsize=10)
fig.colorbar(im, ax=ax, fraction=0.046)
fig.tight_layout()
fig.savefig(OUT / "attention-transformers-patterns.png", dpi=110, metadata={"Software": None})
plt.close(fig)


# ---------- figure 2: where LayerNorm sits ----------
def ln(x):
    xc = x - x.mean(-1, keepdims=True)
    sig = np.sqrt((xc ** 2).mean(-1, keepdims=True) + 1e-5)
    return xc / sig, sig


def ln_back(dy, xh, sig):
    return (dy - dy.mean(-1, keepdims=True) - xh * (dy * xh).mean(-1, keepdims=True)) / sig


def grad_norms(L, pre, n=32, d=64, dff=256, seed=0):
    rng = np.random.default_rng(seed)
    W1 = [rng.normal(0, np.sqrt(2 / d), (d, dff)) for _ in range(L)]
    W2 = [rng.normal(0, np.sqrt(1 / dff), (dff, d)) for _ in range(L)]
    x, R = rng.normal(size=(n, d)), rng.normal(size=(n, d))
    caches = []
    for l in range(L):
        z, zs = ln(x) if pre else (x, None)
        u = z @ W1[l]
        f = np.maximum(u, 0) @ W2[l]
        if pre:
            caches.append((z, zs, u)); x = x + f
        else:
            xn, s = ln(x + f); caches.append((z, (xn, s), u)); x = xn
    g = ln_back(R, *ln(x)) if pre else R
    out = [0.0] * L
    for l in reversed(range(L)):
        z, c, u = caches[l]
        if not pre:
            g = ln_back(g, *c)
        du = (g @ W2[l].T) * (u > 0)
        out[l] = np.linalg.norm(z.T @ du)
        dz = du @ W1[l].T
        g = g + (ln_back(dz, z, c) if pre else dz)
    return np.array(out)


fig, axes = plt.subplots(1, 2, figsize=(11, 4))
ax = axes[0]
for L, ls in [(24, "-"), (96, "--")]:
    ax.plot(np.arange(1, L + 1), grad_norms(L, False), ls, color="tab:red", label=f"post-LN, L = {L}")
    ax.plot(np.arange(1, L + 1), grad_norms(L, True), ls, color="tab:blue", label=f"pre-LN, L = {L}")
ax.set_xlabel("layer")
ax.set_ylabel("||dLoss / dW1|| at initialization")
ax.set_title("Gradient norm per layer", fontsize=10)
ax.legend(fontsize=8)

ax = axes[1]
Ls = np.array([6, 12, 24, 48, 96, 192])
post = [grad_norms(L, False)[-1] for L in Ls]
pre = [grad_norms(L, True)[-1] for L in Ls]
ax.loglog(Ls, post, "o-", color="tab:red", label="post-LN, top layer")
ax.loglog(Ls, pre, "o-", color="tab:blue", label="pre-LN, top layer")
ax.loglog(Ls, pre[0] * np.sqrt(Ls[0] / Ls), "k:", label="slope -1/2")
ax.set_xlabel("depth L")
ax.set_ylabel("top-layer gradient norm")
ax.set_title("Top-layer gradient vs depth", fontsize=10)
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "attention-transformers-layernorm.png", dpi=110, metadata={"Software": None})
plt.close(fig)
