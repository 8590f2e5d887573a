"""Figure for the note `seq2seq-t5`: greedy and beam search against exact search on 300 random
toy autoregressive models (the note's code), and the lengths of their outputs.
Writes seq2seq-t5-search.png next to this script. Deterministic (fixed seed)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
K, TMAX = 4, 6
EOS = K
p_eos = np.array([0.02, 0.02, 0.1, 0.3, 0.5, 0.7])
offset = np.cumsum([0] + [K ** t for t in range(TMAX)])


def index(prefix):
    code = 0
    for tok in prefix:
        code = code * K + tok
    return offset[len(prefix)] + code


def next_logp(table, prefix):
    if len(prefix) == TMAX:
        return np.array([-np.inf] * K + [0.0])
    return table[index(prefix)]


def beam_search(table, width, alpha=0.0):
    beams, finished = [((), 0.0)], []
    while beams:
        cand = []
        for prefix, lp in beams:
            for tok, l in enumerate(next_logp(table, prefix)):
                if tok == EOS:
                    finished.append((prefix, lp + l))
                elif l > -np.inf:
                    cand.append((prefix + (tok,), lp + l))
        beams = sorted(cand, key=lambda c: -c[1])[:width]
    return max(finished, key=lambda f: f[1] / max(len(f[0]), 1) ** alpha)


def exact(table):
    best, stack = ((), -np.inf), [((), 0.0)]
    while stack:
        prefix, lp = stack.pop()
        for tok, l in enumerate(next_logp(table, prefix)):
            if tok == EOS and lp + l > best[1]:
                best = (prefix, lp + l)
            elif tok != EOS and l > -np.inf and lp + l > best[1]:
                stack.append((prefix + (tok,), lp + l))
    return best


widths = [1, 2, 3, 4, 6, 8]
models = 300
hit = np.zeros(len(widths))
len_exact, len_norm = [], []
for _ in range(models):
    lens = np.repeat(np.arange(TMAX), K ** np.arange(TMAX))[:, None]
    words = rng.dirichlet(np.ones(K), size=offset[-1]) * (1 - p_eos[lens])
    table = np.log(np.hstack([words, p_eos[lens]]))
    opt = exact(table)
    len_exact.append(len(opt[0]))
    len_norm.append(len(beam_search(table, 4, 1.0)[0]))
    for i, w in enumerate(widths):
        hit[i] += np.isclose(beam_search(table, w)[1], opt[1])
stop = np.append(p_eos, 1.0) * np.cumprod(np.append(1.0, 1 - p_eos))

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
ax = axes[0]
ax.plot(widths, 100 * hit / models, "o-", color="tab:blue")
ax.set_xlabel("beam width (1 = greedy)")
ax.set_ylabel("% of models where search finds the exact optimum")
ax.set_ylim(60, 102)
ax.set_title("Beam search vs exact search, 300 toy models", fontsize=10)
ax.grid(alpha=0.3)

ax = axes[1]
bins = np.arange(TMAX + 2)
h_exact = np.bincount(len_exact, minlength=TMAX + 1) / models
h_norm = np.bincount(len_norm, minlength=TMAX + 1) / models
x = np.arange(TMAX + 1)
ax.bar(x - 0.27, stop, width=0.27, label="samples from the model", color="0.6")
ax.bar(x, h_exact, width=0.27, label="most probable sequence (exact)", color="tab:blue")
ax.bar(x + 0.27, h_norm, width=0.27, label="beam 4, length-normalized", color="tab:orange")
ax.set_xlabel("output length (tokens before EOS)")
ax.set_ylabel("fraction")
ax.set_title("The most probable output is shorter than a typical one", fontsize=10)
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "seq2seq-t5-search.png", dpi=110, metadata={"Software": None})
