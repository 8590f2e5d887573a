"""Figure for the note `bert-encoder-models`: which positions may attend to which, for an
encoder (BERT), a decoder (GPT), a prefix LM and an encoder-decoder (T5).
Writes bert-encoder-models-masks.png next to this script. Deterministic."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
n = 8
enc = np.ones((n, n))
dec = np.tril(np.ones((n, n)))
prefix = np.tril(np.ones((n, n)))
prefix[:, :4] = 1                       # the first 4 tokens (the prefix) are visible to all
src, tgt = 5, 4
ed = np.zeros((src + tgt, src + tgt))
ed[:src, :src] = 1                      # encoder self-attention: full
ed[src:, :src] = 1                      # decoder cross-attention: all source positions
ed[src:, src:] = np.tril(np.ones((tgt, tgt)))   # decoder self-attention: causal

panels = [(enc, "Encoder (BERT): full"), (dec, "Decoder (GPT): causal"),
          (prefix, "Prefix LM: full on 4-token prefix"), (ed, "Encoder-decoder (T5)")]
fig, axes = plt.subplots(1, 4, figsize=(14, 3.9))
for ax, (M, title) in zip(axes, panels):
    ax.imshow(M, cmap="Blues", vmin=0, vmax=1.25)
    k = M.shape[0]
    ax.set_xticks(np.arange(-0.5, k, 1), minor=True)
    ax.set_yticks(np.arange(-0.5, k, 1), minor=True)
    ax.grid(which="minor", color="white", lw=1)
    ax.tick_params(which="minor", length=0)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("key position (attended to)")
    ax.set_ylabel("query position")
ax = axes[3]
ax.axhline(src - 0.5, color="tab:red", lw=1.5)
ax.axvline(src - 0.5, color="tab:red", lw=1.5)
ax.text(2, 2, "encoder\nself", ha="center", va="center", fontsize=8, color="white")
ax.text(2, src + 1.5, "cross", ha="center", va="center", fontsize=8, color="white")
ax.text(src + 2.3, 1.5, "never\nseen", ha="center", va="center", fontsize=8, color="0.3")
ax.text(src + 2.3, src + 0.8, "causal", ha="center", va="center", fontsize=8, color="0.2")
fig.tight_layout()
fig.savefig(OUT / "bert-encoder-models-masks.png", dpi=110, metadata={"Software": None})
