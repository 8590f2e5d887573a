"""Figure for the note `mixture-of-experts`: expert loads of a top-2 router before and after
training it on the load-balancing loss (the note's routing code), and the fraction of
assignments dropped at each capacity factor under uniform top-1 routing (binomial model).
Writes mixture-of-experts-routing.png next to this script. Deterministic (fixed seed)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import binom

OUT = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
T, d, N, k = 4096, 16, 8, 2
centers = rng.normal(size=(6, d))
X = centers[rng.choice(6, T, p=[0.35, 0.25, 0.15, 0.1, 0.1, 0.05])] + 0.5 * rng.normal(size=(T, d))
Wr = rng.normal(0, d ** -0.5, (d, N))


def softmax(z):
    e = np.exp(z - z.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def wanted(Wr):
    p = softmax(X @ Wr)
    top = np.argsort(-p, axis=1)[:, :k]
    return np.bincount(top.ravel(), minlength=N)


before = wanted(Wr)
for step in range(300):
    p = softmax(X @ Wr)
    f = np.bincount(p.argmax(1), minlength=N) / T
    Wr -= 2.0 * X.T @ (N / T * p * (f[None, :] - (p @ f)[:, None]))
after = wanted(Wr)

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
ax = axes[0]
x = np.arange(N)
ax.bar(x - 0.2, before, width=0.4, color="tab:red", label="random router")
ax.bar(x + 0.2, after, width=0.4, color="tab:blue", label="after 300 steps on the balancing loss")
ax.axhline(k * T / N, color="k", lw=1, ls="--", label="balanced load (1024)")
ax.axhline(1.25 * k * T / N, color="0.5", lw=1, ls=":", label="capacity at factor 1.25 (1280)")
ax.set_xlabel("expert")
ax.set_ylabel("token assignments (top-2, 4096 tokens)")
ax.set_title("Expert loads", fontsize=10)
ax.set_ylim(0, 2700)
ax.legend(fontsize=7, loc="upper left", ncol=2)

ax = axes[1]
cfs = np.linspace(1.0, 2.0, 41)
for tokens, col in [(64, "tab:red"), (512, "tab:orange"), (4096, "tab:blue")]:
    L = np.arange(tokens + 1)
    pmf = binom.pmf(L, tokens, 1 / N)
    drop = [N * np.sum(pmf * np.maximum(L - np.ceil(cf * tokens / N), 0)) / tokens for cf in cfs]
    ax.plot(cfs, 100 * np.array(drop), color=col, label=f"{tokens} tokens per group")
ax.set_xlabel("capacity factor")
ax.set_ylabel("% of tokens dropped")
ax.set_title(f"Uniform top-1 routing over {N} experts: drops from chance alone", fontsize=10)
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "mixture-of-experts-routing.png", dpi=110, metadata={"Software": None})
