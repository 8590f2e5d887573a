"""Figures for the note `vision-language-models`.
vision-language-models-masks.png: which positions each token may attend to in three designs:
a decoder with image prefix tokens (causal), a prefix-LM (bidirectional over image and prompt),
and Flamingo-style cross-attention from text to the most recent image in an interleaved sequence.
vision-language-models-tokens.png: visual tokens per image against the image side for four
tokenization schemes. Deterministic (no randomness)."""
import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

# ---------- figure 1: attention masks ----------
img = ["I1", "I2", "I3", "I4"]
prompt = ["what", "color", "?"]
answer = ["red", "circle", "<eos>"]
seq = img + prompt + answer
n = len(seq)
causal = np.tril(np.ones((n, n)))
prefix_lm = causal.copy()
prefix_lm[: len(img) + len(prompt), : len(img) + len(prompt)] = 1      # bidirectional prefix

text = ["a", "dog", "<img1>", "it", "runs", "<img2>", "a", "cat"]     # interleaved text stream
imgtok = ["A1", "A2", "A3", "B1", "B2", "B3"]                          # 3 tokens per image
X = np.zeros((len(text), len(imgtok)))
X[3:5, 0:3] = 1                                                        # after image 1: sees image 1
X[6:8, 3:6] = 1                                                        # after image 2: sees image 2

fig, axes = plt.subplots(1, 3, figsize=(14, 4.9), gridspec_kw={"width_ratios": [1, 1, 0.8]})
for ax, M, title in [(axes[0], causal, "(a) image prefix, causal decoder"),
                     (axes[1], prefix_lm, "(b) prefix-LM: image + prompt bidirectional")]:
    ax.imshow(M, cmap="Blues", vmin=0, vmax=1.3)
    ax.set_xticks(range(n)); ax.set_xticklabels(seq, rotation=90, fontsize=8)
    ax.set_yticks(range(n)); ax.set_yticklabels(seq, fontsize=8)
    for t in ax.get_yticklabels()[len(img) + len(prompt) - 1: n - 1]:
        t.set_color("darkred"); t.set_fontweight("bold")                # positions that predict answer tokens
    ax.axvline(len(img) - 0.5, color="orange", lw=1.5)
    ax.axhline(len(img) - 0.5, color="orange", lw=1.5)
    ax.set_xlabel("key (attended to)")
    ax.set_ylabel("query (attending)")
    ax.set_title(title, fontsize=10)
axes[2].imshow(X, cmap="Greens", vmin=0, vmax=1.3)
axes[2].set_xticks(range(len(imgtok))); axes[2].set_xticklabels(imgtok, fontsize=8)
axes[2].set_yticks(range(len(text))); axes[2].set_yticklabels(text, fontsize=8)
axes[2].axvline(2.5, color="orange", lw=1.5)
axes[2].set_xlabel("image tokens (keys)")
axes[2].set_ylabel("text tokens (queries)")
axes[2].set_title("(c) cross-attention: text sees\nonly the most recent image", fontsize=10)
fig.suptitle("Shaded: allowed attention. Bold red rows: positions whose next token is in the loss.", fontsize=10)
fig.tight_layout()
fig.savefig(OUT / "vision-language-models-masks.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------- figure 2: visual tokens against image side ----------
sides = np.arange(224, 2049, 16)


def fixed_resize(side):               # resize everything to 336, ViT-L/14: 576 tokens
    return 576


def anyres(side):                     # 336 tiles covering up to 672 x 672, plus one global view
    t = min(2, math.ceil(side / 336))
    return (t * t + (1 if t > 1 else 0)) * 576


def per_28px(side):                   # dynamic resolution, one token per 28 x 28 pixels
    s = 28 * round(side / 28)
    return (s // 28) ** 2


def claude_rule(side):                # tokens ~ w h / 750 after scaling to <= 1568 edge, ~1600 tokens
    s = min(1.0, 1568 / side, math.sqrt(1600 * 750 / side ** 2))
    return (round(side * s)) ** 2 / 750


fig, ax = plt.subplots(figsize=(7, 4.4))
for f, lab in [(fixed_resize, "resize to 336, ViT-L/14"), (anyres, "AnyRes tiles (max 672) + global"),
               (per_28px, "native resolution, 1 token per 28x28 px"), (claude_rule, "Claude's published rule")]:
    ax.plot(sides, [f(s) for s in sides], label=lab)
ax.set_yscale("log")
ax.set_xlabel("side of a square image (pixels)")
ax.set_ylabel("visual tokens per image")
ax.set_title("How many tokens an image costs")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "vision-language-models-tokens.png", dpi=110, metadata={"Software": None})
plt.close(fig)
