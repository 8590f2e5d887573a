"""Figure for graph-fundamentals: the example graph drawn by BFS layers from vertex 0."""
from pathlib import Path
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent
edges = [(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5), (5, 6), (4, 6)]
tree = {(0, 1), (0, 2), (1, 3), (3, 4), (4, 5), (4, 6)}
layer = [0, 1, 1, 2, 3, 4, 4]
ypos = {0: 0.0, 1: 0.6, 2: -0.6, 3: 0.0, 4: 0.0, 5: 0.6, 6: -0.6}
pos = {v: (layer[v], ypos[v]) for v in range(7)}

fig, ax = plt.subplots(figsize=(7, 3.2))
for a, b in edges:
    (x1, y1), (x2, y2) = pos[a], pos[b]
    if (a, b) in tree:
        ax.plot([x1, x2], [y1, y2], color="black", lw=2.2, zorder=1)
    else:
        ax.plot([x1, x2], [y1, y2], color="tab:red", lw=1.6, ls="--", zorder=1)
for v, (x, y) in pos.items():
    ax.scatter([x], [y], s=700, color="tab:blue" if layer[v] % 2 == 0 else "tab:orange",
               edgecolor="black", zorder=2)
    ax.text(x, y, str(v), ha="center", va="center", fontsize=12, color="white", zorder=3)
for k in range(5):
    ax.text(k, -1.05, f"layer {k}", ha="center", fontsize=10)
ax.set_xlim(-0.6, 4.6)
ax.set_ylim(-1.25, 1.0)
ax.axis("off")
ax.set_title("BFS from 0: tree edges solid, non-tree edges dashed; color = layer parity")
fig.tight_layout()
fig.savefig(HERE / "graph-fundamentals-bfs.png", dpi=110, metadata={"Software": None})
