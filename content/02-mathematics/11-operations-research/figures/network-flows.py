"""Figures for the note network-flows: the example network with its maximum flow and minimum cut
(left), and binary image denoising by a minimum cut (right). Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import breadth_first_order, maximum_flow

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})

# ---- the example network, its maximum flow (from the note) and the minimum cut S = {s, a, b, c}
pos = {"s": (0, 1), "a": (1, 2), "b": (1, 0), "c": (2, 2), "d": (2, 0), "t": (3, 1)}
edges = [("s", "b", 6, 6), ("s", "a", 8, 3), ("b", "c", 6, 2), ("b", "d", 4, 4),
         ("b", "a", 3, 0), ("a", "c", 8, 3), ("c", "t", 5, 5), ("d", "t", 9, 4)]
S = {"s", "a", "b", "c"}

fig = plt.figure(figsize=(11, 4.2))
gs = fig.add_gridspec(2, 4, width_ratios=[2.2, 1, 1, 1])
ax = fig.add_subplot(gs[:, 0])
for u, v, cap, flow in edges:
    (x0, y0), (x1, y1) = pos[u], pos[v]
    cut = u in S and v not in S
    color = "tab:red" if cut else ("tab:blue" if flow > 0 else "gray")
    ax.annotate("", (x1, y1), (x0, y0),
                arrowprops=dict(arrowstyle="-|>", color=color, lw=1 + 2.5 * flow / 6,
                                shrinkA=13, shrinkB=13))
    xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
    ax.text(xm, ym + 0.1, f"{flow}/{cap}", ha="center", fontsize=9,
            bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none"))
for name, (x, y) in pos.items():
    ax.add_patch(plt.Circle((x, y), 0.17, color="tab:orange" if name in S else "tab:green", zorder=3))
    ax.text(x, y, name, ha="center", va="center", zorder=4, fontsize=11)
ax.plot([2.5, 1.55], [2.4, -0.4], ls="--", color="tab:red", lw=1)
ax.text(2.45, 2.45, "min cut, capacity 9", color="tab:red", fontsize=9)
ax.set_xlim(-0.3, 3.3)
ax.set_ylim(-0.5, 2.6)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title("Maximum flow 9 (flow/capacity), cut edges in red", fontsize=10)

# ---- binary denoising by a minimum cut, the same construction as the note's code
rng = np.random.default_rng(0)
H = W = 32
yy, xx = np.mgrid[0:H, 0:W]
clean = (((yy - 12) ** 2 + (xx - 12) ** 2 < 64)
         | ((yy > 18) & (yy < 28) & (xx > 14) & (xx < 29))).astype(int)
noisy = np.where(rng.random((H, W)) < 0.15, 1 - clean, clean)
N, s, t = H * W, H * W, H * W + 1
idx = np.arange(N).reshape(H, W)
rows, cols = [np.full(N, s), np.arange(N)], [np.arange(N), np.full(N, t)]
caps = [2 * (noisy.ravel() != 1), 2 * (noisy.ravel() != 0)]
for a, b in [(idx[:, :-1], idx[:, 1:]), (idx[:-1, :], idx[1:, :])]:
    rows += [a.ravel(), b.ravel()]
    cols += [b.ravel(), a.ravel()]
    caps += [np.ones(a.size, int), np.ones(a.size, int)]
cap = coo_matrix((np.concatenate(caps), (np.concatenate(rows), np.concatenate(cols))),
                 shape=(N + 2, N + 2)).tocsr().astype(np.int32)
res = maximum_flow(cap, s, t)
residual = (cap - res.flow).tocsr()
residual.data = (residual.data > 0).astype(np.int32)
residual.eliminate_zeros()
reach = breadth_first_order(residual, s, directed=True, return_predecessors=False)
label = np.ones(N, dtype=int)
label[reach[reach < N]] = 0
restored = label.reshape(H, W)
for k, (img, title) in enumerate([(clean, "clean"), (noisy, "noisy, 13.6% wrong"),
                                  (restored, "min cut, 3.6% wrong")]):
    ax = fig.add_subplot(gs[:, k + 1])
    ax.imshow(img, cmap="gray_r", interpolation="nearest")
    ax.set_title(title, fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
fig.savefig(OUT / "network-flows-maxflow-and-graph-cut.png", dpi=110, metadata={"Software": None})
plt.close(fig)
