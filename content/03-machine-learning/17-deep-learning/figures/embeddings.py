"""Figures for the note `embeddings`: skip-gram vectors of the toy corpus projected to 2-D, and
their scores u.v against the shifted PMI that the SGNS objective is maximized at.
Writes embeddings-sgns.png next to this script. Deterministic (fixed seed)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

# Same corpus and training loop as the note's skip-gram code block.
rng = np.random.default_rng(0)
cats = {"animal": ["cat", "dog", "horse", "cow"],
        "food": ["bread", "rice", "apple", "cheese"],
        "vehicle": ["car", "bus", "train", "bike"],
        "person": ["doctor", "teacher", "farmer", "pilot"]}
templates = [("the", "animal", "eats", "the", "food"),
             ("the", "person", "drives", "the", "vehicle"),
             ("the", "person", "feeds", "the", "animal"),
             ("the", "person", "cooks", "the", "food"),
             ("the", "animal", "sleeps"),
             ("the", "vehicle", "stops")]
sentences = []
for _ in range(2000):
    t = templates[rng.integers(len(templates))]
    sentences.append([cats[w][rng.integers(4)] if w in cats else w for w in t])
vocab = sorted({w for s in sentences for w in s})
idx = {w: i for i, w in enumerate(vocab)}
V = len(vocab)
pairs = np.array([(idx[s[i]], idx[s[j]]) for s in sentences for i in range(len(s))
                  for j in range(max(0, i - 2), min(len(s), i + 3)) if j != i])
counts = np.bincount(pairs[:, 1], minlength=V).astype(float)
noise = counts ** 0.75 / np.sum(counts ** 0.75)

d, k, B, epochs = 12, 5, 32, 12
U = rng.normal(0, 0.1, (V, d))
C = np.zeros((V, d))
sig = lambda x: 1 / (1 + np.exp(-x))
for epoch in range(epochs):
    lr = 0.1 * (1 - epoch / epochs) + 0.002
    perm = rng.permutation(len(pairs))
    negs = rng.choice(V, size=(len(pairs), k), p=noise)
    for s in range(0, len(pairs), B):
        b = perm[s:s + B]
        w, c, neg = pairs[b, 0], pairs[b, 1], negs[b]
        u, vp, vn = U[w], C[c], C[neg]
        sp = np.sum(u * vp, axis=1)
        sn = np.einsum("bd,bkd->bk", u, vn)
        gp = sig(sp) - 1
        gn = sig(sn)
        gu = gp[:, None] * vp + np.einsum("bk,bkd->bd", gn, vn)
        np.add.at(C, c, -lr * gp[:, None] * u)
        np.add.at(C, neg, -lr * gn[:, :, None] * u[:, None, :])
        np.add.at(U, w, -lr * gu)

N = np.zeros((V, V))
np.add.at(N, (pairs[:, 0], pairs[:, 1]), 1)
seen = np.nonzero(N)
target = np.log(N[seen] / (k * N.sum(1)[seen[0]] * noise[seen[1]]))
learned = (U @ C.T)[seen]

# 2-D projection of the centered, normalized center vectors
X = U - U.mean(0)
X = X / np.linalg.norm(X, axis=1, keepdims=True)
_, _, Vt = np.linalg.svd(X - X.mean(0), full_matrices=False)
P = X @ Vt[:2].T

colors = {"animal": "tab:orange", "food": "tab:green", "vehicle": "tab:blue", "person": "tab:purple"}
lab = {w: c for c, ws in cats.items() for w in ws}
fig, axes = plt.subplots(1, 2, figsize=(10, 4.4))
ax = axes[0]
for w in vocab:
    i = idx[w]
    col = colors.get(lab.get(w), "0.45")
    ax.scatter(P[i, 0], P[i, 1], color=col, s=28)
for c, ws in cats.items():                     # one label per (tight) cluster
    cx, cy = P[[idx[w] for w in ws]].mean(0)
    ax.annotate(", ".join(ws), (cx, cy), xytext=(0, -14 if cy < 0 else 9),
                textcoords="offset points", ha="center", fontsize=7, color=colors[c])
fw = sorted([w for w in vocab if w not in lab], key=lambda w: -P[idx[w], 1])
x0 = P[[idx[w] for w in fw], 0].max() + 0.25
for n, w in enumerate(fw):                     # function words: labels in a column
    y = 0.6 - 0.09 * n
    ax.annotate(w, (P[idx[w], 0], P[idx[w], 1]), xytext=(x0, y), fontsize=7, color="0.3",
                va="center", arrowprops=dict(arrowstyle="-", color="0.7", lw=0.6))
for c, col in colors.items():
    ax.scatter([], [], color=col, label=c)
ax.scatter([], [], color="0.45", label="function word")
ax.legend(fontsize=7, loc="lower right")
ax.set_ylim(P[:, 1].min() - 0.18, max(0.7, P[:, 1].max() + 0.1))
ax.set_title("Skip-gram vectors (centered, first two principal axes)", fontsize=9)
ax.set_xlabel("PC 1")
ax.set_ylabel("PC 2")

ax = axes[1]
ax.scatter(target, learned, s=14, alpha=0.7, color="tab:blue")
lo, hi = min(target.min(), learned.min()), max(target.max(), learned.max())
ax.plot([lo, hi], [lo, hi], color="k", lw=1, ls="--", label="u.v = PMI - log k")
r = np.corrcoef(learned, target)[0, 1]
ax.set_title(f"Learned scores vs. the SGNS optimum (r = {r:.2f})", fontsize=9)
ax.set_xlabel("log( #(w,c) / (k #(w) Pn(c)) )")
ax.set_ylabel("learned u_w . v_c")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "embeddings-sgns.png", dpi=110, metadata={"Software": None})
