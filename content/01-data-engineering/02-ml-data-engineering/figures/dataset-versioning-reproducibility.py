"""Figure for the note dataset-versioning-reproducibility.

Writes next to this script:
- dataset-versioning-reproducibility-merkle.png: a binary Merkle tree over eight shards, drawn
  twice. Left: after shard 5 changes, the hashes that change (the leaf and its ancestors up to the
  root) and the nodes a diff compares. Right: the inclusion proof for shard 2, the three sibling
  hashes that, with the shard itself, recompute the root.
The short hashes printed in the boxes are real SHA-256 prefixes of the toy shards.
Deterministic: fixed contents, no timestamps.
"""
import hashlib
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyBboxPatch  # noqa: E402

HERE = Path(__file__).resolve().parent


def H(b):
    return hashlib.sha256(b).digest()


def leaf(d):
    return H(b"\x00" + d)


def node(left, right):
    return H(b"\x01" + left + right)


def levels(leaves):
    lv = [leaves]
    while len(lv[-1]) > 1:
        p = lv[-1]
        lv.append([node(p[i], p[i + 1]) for i in range(0, len(p), 2)])
    return lv


shards = [f"shard {i} contents".encode() for i in range(8)]
v1 = levels([leaf(s) for s in shards])
changed = list(shards)
changed[5] = b"shard 5 contents, edited"
v2 = levels([leaf(s) for s in changed])


def pos(level, i):
    n = 8 >> level
    return ((i + 0.5) * 8 / n, level * 1.25)


def draw(ax, lv, color_of, title):
    for level in range(1, len(lv)):
        for i in range(len(lv[level])):
            x, y = pos(level, i)
            for c in (2 * i, 2 * i + 1):
                cx, cy = pos(level - 1, c)
                ax.plot([x, cx], [y - 0.22, cy + 0.22], color="#999999", lw=1, zorder=1)
    for level, hashes in enumerate(lv):
        for i, h in enumerate(hashes):
            x, y = pos(level, i)
            face, edge = color_of(level, i)
            ax.add_patch(FancyBboxPatch((x - 0.42, y - 0.22), 0.84, 0.44,
                                        boxstyle="round,pad=0.02", fc=face, ec=edge, lw=1.4, zorder=2))
            ax.text(x, y, h.hex()[:4], ha="center", va="center", fontsize=8, family="monospace", zorder=3)
    for i in range(8):
        x, _ = pos(0, i)
        ax.text(x, -0.5, f"shard {i}", ha="center", fontsize=7.5)
    ax.text(4, 3 * 1.25 + 0.45, "root = version id", ha="center", fontsize=8)
    ax.set_xlim(-0.1, 8.1)
    ax.set_ylim(-0.8, 4.3)
    ax.axis("off")
    ax.set_title(title, fontsize=10, loc="left")


path5 = {(lvl, 5 >> lvl) for lvl in range(4)}
compared = {(3, 0)} | {(lvl - 1, c) for (lvl, i) in path5 if lvl > 0 for c in (2 * i, 2 * i + 1)}


def color_left(level, i):
    if (level, i) in path5:
        return "#f4b6b6", "#c44e52"
    if (level, i) in compared:
        return "#ffffff", "#4c72b0"
    return "#f2f2f2", "#bbbbbb"


path2 = [(lvl, 2 >> lvl) for lvl in range(4)]
siblings = {(lvl, (2 >> lvl) ^ 1) for lvl in range(3)}


def color_right(level, i):
    if (level, i) in siblings:
        return "#c6dbef", "#4c72b0"
    if (level, i) in path2:
        return "#fde0c5", "#dd8452"
    return "#f2f2f2", "#bbbbbb"


fig, (ax, bx) = plt.subplots(1, 2, figsize=(11, 3.9))
draw(ax, v2, color_left, "Shard 5 edited: red hashes change; blue ones are compared and match")
draw(bx, v1, color_right, "Proof that shard 2 is in the version: the 3 blue sibling hashes")
fig.tight_layout()
fig.savefig(HERE / "dataset-versioning-reproducibility-merkle.png", dpi=110, metadata={"Software": None})
plt.close(fig)
print(v1[-1][0].hex()[:8], v2[-1][0].hex()[:8])
