"""Figures for the note `vision-transformers-vit`.
vision-transformers-vit-attention.png: [CLS] attention over 4x4 patches of a toy one-layer ViT,
at initialization and after training, on six test images (same model and data as the note's code).
vision-transformers-vit-cost.png: multiply-accumulates of ResNet-50, ViT-B/32 and ViT-B/16 as the
input resolution grows, and the share of ViT-B/16's work spent in attention. Deterministic."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.ticker
import numpy as np
from matplotlib.patches import Rectangle

OUT = Path(__file__).resolve().parent

# ---------- the toy model of the note (identical code and seed) ----------
rng = np.random.default_rng(0)
S, p, D = 16, 4, 8
N, P = (S // p) ** 2, p * p


def make(n):
    X, y = rng.normal(size=(n, S, S)), rng.integers(0, 2, n)
    M = np.zeros((n, S, S), bool)
    for k, (r, c) in enumerate(rng.integers(0, S - 1, (n, 2))):
        M[k, r:r + 2, c:c + 2] = True
    return X + 3.0 * M * np.where(y == 1, 1, -1)[:, None, None], y, M


def patchify(X):
    return X.reshape(len(X), S // p, p, S // p, p).transpose(0, 1, 3, 2, 4).reshape(len(X), N, P)


def forward(th, X):
    z = X @ th["E"] + th["b"] + th["pos"]
    h = np.maximum(z, 0)
    s = h @ th["u"]
    a = np.exp(s - s.max(1, keepdims=True))
    a /= a.sum(1, keepdims=True)
    o = (a[:, :, None] * h).sum(1)
    return o @ th["c"] + th["c0"], (z, h, a, o)


def loss_grad(th, X, y):
    logit, (z, h, a, o) = forward(th, X)
    L = np.mean(np.logaddexp(0, logit) - y * logit)
    dl = (1 / (1 + np.exp(-logit)) - y) / len(y)
    g = {"c": o.T @ dl, "c0": np.array([dl.sum()])}
    do = np.outer(dl, th["c"])
    da = (h * do[:, None, :]).sum(2)
    ds = a * (da - (a * da).sum(1, keepdims=True))
    g["u"] = (ds[:, :, None] * h).sum((0, 1)) * th["train_u"]
    dz = (a[:, :, None] * do[:, None, :] + ds[:, :, None] * th["u"]) * (z > 0)
    g["E"], g["b"], g["pos"] = X.reshape(-1, P).T @ dz.reshape(-1, D), dz.sum((0, 1)), dz.sum(0)
    return L, g


def init(train_u):
    th = {"E": rng.normal(0, P ** -0.5, (P, D)), "b": np.zeros(D), "pos": rng.normal(0, 0.1, (N, D)),
          "u": rng.normal(0, D ** -0.5, D) * train_u, "c": rng.normal(0, D ** -0.5, D), "c0": np.zeros(1)}
    th["train_u"] = train_u
    return th


Xtr, ytr, _ = make(800)
Xte, yte, Mte = make(1000)
Ptr, Pte = patchify(Xtr), patchify(Xte)
init(1.0)                                        # the note's gradient-check model: same random stream
th = init(1.0)
a_init = forward(th, Pte)[1][2]
m = {k: 0 * v for k, v in th.items()}
v = {k: 0 * v for k, v in th.items()}
for t in range(1, 201):
    _, g = loss_grad(th, Ptr, ytr)
    for k in g:
        m[k] = 0.9 * m[k] + 0.1 * g[k]
        v[k] = 0.999 * v[k] + 0.001 * g[k] ** 2
        th[k] -= 0.03 * m[k] / (1 - 0.9 ** t) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
a_end = forward(th, Pte)[1][2]

show = [0, 1, 2, 3, 4, 5]
fig, axes = plt.subplots(3, len(show), figsize=(12, 6.3))
for j, i in enumerate(show):
    rr, cc = np.argwhere(Mte[i])[0]
    for row, (img, title) in enumerate([(Xte[i], f"class {yte[i]}"),
                                        (a_init[i].reshape(4, 4), "at initialization"),
                                        (a_end[i].reshape(4, 4), "after training")]):
        ax = axes[row, j]
        if row == 0:
            ax.imshow(img, cmap="gray", vmin=-4, vmax=4)
        else:
            ax.imshow(np.kron(img, np.ones((p, p))), cmap="viridis", vmin=0, vmax=1)
            for q in range(1, 4):
                ax.axhline(q * p - 0.5, color="w", lw=0.4)
                ax.axvline(q * p - 0.5, color="w", lw=0.4)
        ax.add_patch(Rectangle((cc - 0.5, rr - 0.5), 2, 2, fill=False, ec="red", lw=1.5))
        ax.set_xticks([]); ax.set_yticks([])
        if j == 0:
            ax.set_ylabel(["input", "attention, init", "attention, trained"][row])
        if row == 0:
            ax.set_title(title, fontsize=10)
fig.suptitle("[CLS] attention over the 16 patches (red box: the object)", fontsize=11)
fig.tight_layout()
fig.savefig(OUT / "vision-transformers-vit-attention.png", dpi=110, metadata={"Software": None})
plt.close(fig)


# ---------- cost against resolution ----------
def vit(img, p=16, D=768, L=12, mlp=3072, C=3):
    Np = (img // p) ** 2
    n = Np + 1
    dense = Np * p * p * C * D + L * (4 * n * D * D + 2 * n * D * mlp)
    attn = L * 2 * n * n * D
    return dense + attn + D * 1000, attn


def resnet50(img):
    macs = 0

    def conv(cin, cout, k, stride, size):
        nonlocal macs
        out = (size + 2 * (k // 2) - k) // stride + 1
        macs += k * k * cin * cout * out * out
        return out
    s = conv(3, 64, 7, 2, img)
    s = (s + 2 - 3) // 2 + 1
    cin = 64
    for blocks, w, stride in [(3, 64, 1), (4, 128, 2), (6, 256, 2), (3, 512, 2)]:
        for i in range(blocks):
            st = stride if i == 0 else 1
            if i == 0:
                conv(cin, 4 * w, 1, st, s)
            t = conv(cin, w, 1, 1, s)
            t = conv(w, w, 3, st, t)
            conv(w, 4 * w, 1, 1, t)
            s, cin = t, 4 * w
    return macs + 2048 * 1000


sides = np.arange(128, 1025, 32)
r50 = np.array([resnet50(s) for s in sides]) / 1e9
b32 = np.array([vit(s, p=32)[0] for s in sides]) / 1e9
b16 = np.array([vit(s)[0] for s in sides]) / 1e9
share = np.array([vit(s)[1] / vit(s)[0] for s in sides])
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
ax1.loglog(sides, r50, "o-", ms=3, label="ResNet-50")
ax1.loglog(sides, b32, "s-", ms=3, label="ViT-B/32")
ax1.loglog(sides, b16, "^-", ms=3, label="ViT-B/16")
ax1.loglog(sides, r50[0] * (sides / sides[0]) ** 2, "k:", lw=1, label="slope 2 (pixels)")
ax1.axvline(224, color="gray", lw=0.6)
ax1.set_xticks([128, 224, 384, 512, 768, 1024])
ax1.set_xticks([], minor=True)
ax1.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
ax1.set_xlabel("image side (pixels)")
ax1.set_ylabel("GMACs per image")
ax1.set_title("Compute against resolution")
ax1.legend(fontsize=8)
ax2.plot(sides, 100 * share, "^-", ms=3, color="C2")
ax2.axvline(224, color="gray", lw=0.6)
ax2.set_xlabel("image side (pixels)")
ax2.set_ylabel("attention share of ViT-B/16 MACs (%)")
ax2.set_title("Attention (QK and PV products) share")
fig.tight_layout()
fig.savefig(OUT / "vision-transformers-vit-cost.png", dpi=110, metadata={"Software": None})
plt.close(fig)
