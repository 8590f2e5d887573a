"""Figure for the note n-gram-language-models: held-out perplexity of bigram models trained on
samples of a known Markov source (V = 500), against training size and against the add-k constant,
with the source's own perplexity exp(entropy rate) as the floor.
Run: python3 n-gram-language-models.py (writes n-gram-language-models-smoothing.png here)."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import xlogy

HERE = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
V = 500
zipf = 1.0 / np.arange(1, V + 1) ** 1.1
P = np.vstack([rng.dirichlet(np.maximum(30 * zipf / zipf.sum(), 1e-3)) for _ in range(V)])
evals, evecs = np.linalg.eig(P.T)
pi = np.real(evecs[:, np.argmax(np.real(evals))])
pi /= pi.sum()
H = pi @ -xlogy(P, P).sum(axis=1)
CUM = np.cumsum(P, axis=1)


def sample(n, seed):
    r = np.random.default_rng(seed)
    x = np.empty(n, dtype=np.int64)
    x[0] = r.choice(V, p=pi)
    u = r.random(n)
    for t in range(1, n):
        x[t] = min(np.searchsorted(CUM[x[t - 1]], u[t] * CUM[x[t - 1], -1]), V - 1)
    return x


def perplexity(Pm, x):
    return float(np.exp(-np.mean(np.log(Pm[x[:-1], x[1:]]))))


def add_k(C, k):
    return (C + k) / (C.sum(axis=1, keepdims=True) + k * V)


def kneser_ney(C, d=0.75):
    seen = C > 0
    ctx = C.sum(axis=1, keepdims=True)
    prec = seen.sum(axis=0)
    p_low = np.maximum(prec - d, 0) / seen.sum() + d * (prec > 0).sum() / seen.sum() / V
    lam = d * seen.sum(axis=1, keepdims=True) / np.maximum(ctx, 1)
    return np.where(ctx > 0, np.maximum(C - d, 0) / np.maximum(ctx, 1) + lam * p_low, p_low)


test = sample(20000, seed=1)
full = sample(1_000_000, seed=2)
sizes = [1000, 3000, 10000, 30000, 100000, 300000, 1000000]
curves = {"add-1": [], "add-0.01": [], "Kneser-Ney (d = 0.75)": []}
counts = {}
for n in sizes:
    x = full[:n]
    C = np.zeros((V, V))
    np.add.at(C, (x[:-1], x[1:]), 1)
    counts[n] = C
    curves["add-1"].append(perplexity(add_k(C, 1.0), test))
    curves["add-0.01"].append(perplexity(add_k(C, 0.01), test))
    curves["Kneser-Ney (d = 0.75)"].append(perplexity(kneser_ney(C), test))

ks = np.logspace(-4, 1, 21)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4))
for (name, pp), c in zip(curves.items(), ["#ff7f0e", "#2ca02c", "#1f77b4"]):
    ax1.plot(sizes, pp, marker="o", color=c, label=name)
ax1.axhline(np.exp(H), color="k", linestyle="--", linewidth=1, label="source, exp(entropy rate)")
ax1.set_xscale("log")
ax1.set_yscale("log")
ax1.set_xlabel("training tokens")
ax1.set_ylabel("held-out perplexity")
ax1.set_title("Bigram models of a known source")
ax1.grid(alpha=0.3, which="both")
ax1.legend()

for n, c in [(10000, "#9467bd"), (100000, "#8c564b")]:
    pp = [perplexity(add_k(counts[n], k), test) for k in ks]
    ax2.plot(ks, pp, color=c, label=f"add-k, n = {n:,}")
    ax2.axhline(perplexity(kneser_ney(counts[n]), test), color=c, linestyle=":", linewidth=1.5,
                label=f"Kneser-Ney, n = {n:,}")
    i = int(np.argmin(pp))
    print(f"n={n}: best k {ks[i]:.4f} perplexity {pp[i]:.2f}")
ax2.axhline(np.exp(H), color="k", linestyle="--", linewidth=1)
ax2.set_xscale("log")
ax2.set_yscale("log")
ax2.set_xlabel("k (pseudo-count per word)")
ax2.set_ylabel("held-out perplexity")
ax2.set_title("Choosing the add-k constant")
ax2.grid(alpha=0.3, which="both")
ax2.legend(fontsize=8)
for ax in (ax1, ax2):
    ax.set_yticks([20, 30, 50, 100, 200])
    ax.set_yticklabels(["20", "30", "50", "100", "200"])
    ax.minorticks_off()
    ax.set_xscale("log")
fig.tight_layout()
fig.savefig(HERE / "n-gram-language-models-smoothing.png", dpi=110, metadata={"Software": None})
print(f"source perplexity {np.exp(H):.2f}")
for name, pp in curves.items():
    print(f"{name:<22} " + " ".join(f"{v:.1f}" for v in pp))
