"""Figures for the note `clip-contrastive-learning`.
clip-contrastive-learning-temperature.png: the largest mutual information that the symmetric
InfoNCE loss can certify, log N - min loss, against the batch size N for several temperatures.
clip-contrastive-learning-similarity.png: cosine similarities between the 16 class prompts and
the mean image embedding of each class for the toy CLIP trained in the note (same code and seed).
Deterministic."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle

OUT = Path(__file__).resolve().parent

# ---------- the toy CLIP of the note (identical code and seed) ----------
rng = np.random.default_rng(0)
colors, shapes = ["red", "green", "blue", "yellow"], ["circle", "square", "triangle", "star"]
filler = ["a", "photo", "of", "the", "picture", "an", "image", "drawing", "my", "nice"]
vocab = colors + shapes + filler
dimg, d, N = 32, 16, 128                          # image features, embedding width, batch size
A_col, A_shp = rng.normal(size=(4, dimg)), rng.normal(size=(4, dimg))
held_out = {(2, 3), (0, 1), (1, 2), (3, 0)}       # blue star, red square, green triangle, yellow circle

def bow(words):                                   # bag-of-words text features
    v = np.zeros(len(vocab))
    for w in words:
        v[vocab.index(w)] += 1
    return v

def dataset(n, combos):
    k = rng.integers(0, len(combos), n)
    c, s = np.array(combos)[k].T
    X = np.tanh(A_col[c] + A_shp[s] + 1.0 * rng.normal(size=(n, dimg)))      # "images"
    T = []
    for ci, si in zip(c, s):                      # noisy captions; 20% forget the color
        words = list(rng.choice(filler, size=rng.integers(2, 5)))
        T.append(bow(words + ([colors[ci]] if rng.random() > 0.2 else []) + [shapes[si]]))
    return X, np.array(T), c, s

def clip_loss(Wi, Wt, X, T, lam):                 # the loss and gradients of the previous block
    A, B = X @ Wi, T @ Wt
    ra, rb = np.linalg.norm(A, axis=1, keepdims=True), np.linalg.norm(B, axis=1, keepdims=True)
    U, V = A / ra, B / rb
    S = lam * U @ V.T
    R = np.exp(S - S.max(1, keepdims=True)); R /= R.sum(1, keepdims=True)
    K = np.exp(S - S.max(0, keepdims=True)); K /= K.sum(0, keepdims=True)
    L = -0.5 * (np.mean(np.log(np.diag(R))) + np.mean(np.log(np.diag(K))))
    dS = ((R - np.eye(len(X))) + (K - np.eye(len(X)))) / (2 * len(X))
    dU, dV = lam * dS @ V, lam * dS.T @ U
    dA = (dU - U * np.sum(dU * U, 1, keepdims=True)) / ra
    dB = (dV - V * np.sum(dV * V, 1, keepdims=True)) / rb
    return L, [X.T @ dA, T.T @ dB, np.sum(dS * S)]

def train(tau=None, steps=400, lr=0.01):          # tau=None: learned, initialized at 0.07
    P = [rng.normal(0, dimg ** -0.5, (dimg, d)), rng.normal(0, len(vocab) ** -0.5, (len(vocab), d)),
         np.log(1 / 0.07) if tau is None else np.log(1 / tau)]
    m, v = [0 * p for p in P], [0 * p for p in P]
    for t in range(1, steps + 1):
        b = rng.integers(0, len(Xtr), N)
        L, G = clip_loss(P[0], P[1], Xtr[b], Ttr[b], np.exp(P[2]))
        G[2] = G[2] * (tau is None)               # fixed temperature: no update
        if t == 1:
            first = L
        for k in range(3):                        # Adam
            m[k] = 0.9 * m[k] + 0.1 * G[k]
            v[k] = 0.999 * v[k] + 0.001 * G[k] ** 2
            P[k] = P[k] - lr * m[k] / (1 - 0.9 ** t) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
        P[2] = min(P[2], np.log(100.0))           # CLIP caps the logit scale at 100
    final = np.mean([clip_loss(P[0], P[1], Xva[b], Tva[b], np.exp(P[2]))[0]   # fresh pairs
                     for b in np.arange(len(Xva)).reshape(-1, N)])
    return P, first, final

def embed(P, X=None, T=None):
    Z = X @ P[0] if X is not None else T @ P[1]
    return Z / np.linalg.norm(Z, axis=1, keepdims=True)

def zero_shot(P, prompts, labels, mask):          # nearest prompt embedding = predicted class
    pred = np.argmax(embed(P, X=Xte) @ embed(P, T=np.array(prompts)).T, axis=1)
    return np.mean(pred[mask] == labels[mask])

train_combos = [k for k in np.ndindex(4, 4) if k not in held_out]
Xtr, Ttr, _, _ = dataset(4000, train_combos)
Xva, Tva, _, _ = dataset(32 * N, train_combos)    # new pairs from the same distribution
Xte, _, cte, ste = dataset(2000, list(np.ndindex(4, 4)))
unseen = np.array([(a, b) in held_out for a, b in zip(cte, ste)])
P, first, final = train()
pairs16_fig = [bow(["a", "photo", "of", "a", colors[c], shapes[s]]) for c, s in np.ndindex(4, 4)]

# ---------- figure 1: the certifiable information against N ----------
Ns = np.logspace(1, 12, 300)
fig, ax = plt.subplots(figsize=(6.8, 4.4))
ax.plot(Ns, np.log(Ns), "k--", lw=1, label="log N")
for k, tau in enumerate([1.0, 0.3, 0.1, 0.07]):
    ax.plot(Ns, np.log(Ns) - np.log1p((Ns - 1) * np.exp(-2 / tau)), color=f"C{k}", label=f"tau = {tau}")
    ax.axhline(2 / tau, color=f"C{k}", lw=0.6, ls=":")
ax.axvline(32768, color="gray", lw=0.8)
ax.text(32768 * 1.3, 1.0, "CLIP's batch, 32,768", fontsize=8, color="gray")
ax.set_ylim(0, 30)
ax.set_xscale("log")
ax.set_xlabel("batch size N")
ax.set_ylabel("log N - min loss (nats)")
ax.set_title("Most information InfoNCE can certify (dotted: 2 / tau)")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "clip-contrastive-learning-temperature.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------- figure 2: class-level similarity matrix of the trained toy ----------
U = embed(P, X=Xte)
img_means = np.array([U[(cte == c) & (ste == s)].mean(0) for c, s in np.ndindex(4, 4)])
img_means /= np.linalg.norm(img_means, axis=1, keepdims=True)
Vp = embed(P, T=np.array(pairs16_fig))
M = img_means @ Vp.T
names = [f"{c} {s}" for c, s in [(colors[a], shapes[b]) for a, b in np.ndindex(4, 4)]]
fig, ax = plt.subplots(figsize=(7.6, 6.4))
im = ax.imshow(M, cmap="RdBu_r", vmin=-1, vmax=1)
ax.set_xticks(range(16))
ax.set_xticklabels(names, rotation=90, fontsize=7)
ax.set_yticks(range(16))
ax.set_yticklabels(names, fontsize=7)
ax.set_xlabel("prompt 'a photo of a <color> <shape>'")
ax.set_ylabel("images of class (mean embedding)")
for k, (a, b) in enumerate(np.ndindex(4, 4)):
    if (a, b) in held_out:
        ax.add_patch(Rectangle((k - 0.5, k - 0.5), 1, 1, fill=False, ec="k", lw=2))
ax.set_title("Toy CLIP: cosine similarity (boxed: combinations never seen in training)", fontsize=9)
fig.colorbar(im, ax=ax, fraction=0.046)
fig.tight_layout()
fig.savefig(OUT / "clip-contrastive-learning-similarity.png", dpi=110, metadata={"Software": None})
plt.close(fig)
