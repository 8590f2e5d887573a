"""Figure for spectral-graph-theory: the Fiedler vector of two 4-cliques joined by one edge."""
from pathlib import Path
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent
K4 = lambda o: [(o + i, o + j) for i in range(4) for j in range(i + 1, 4)]
edges = K4(0) + K4(4) + [(3, 4)]
A = np.zeros((8, 8))
for a, b in edges:
    A[a, b] = A[b, a] = 1.0
L = np.diag(A.sum(1)) - A
lam, U = np.linalg.eigh(L)
f = U[:, 1] * np.sign(U[0, 1])

pos = {0: (-2.2, 0.8), 1: (-2.2, -0.8), 2: (-3.4, 0.0), 3: (-1.0, 0.0),
       4: (1.0, 0.0), 5: (3.4, 0.0), 6: (2.2, 0.8), 7: (2.2, -0.8)}
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.4), gridspec_kw={"width_ratios": [1.3, 1]})
for a, b in edges:
    ax1.plot([pos[a][0], pos[b][0]], [pos[a][1], pos[b][1]],
             color="tab:red" if (a, b) == (3, 4) else "gray", lw=2.5 if (a, b) == (3, 4) else 1.2, zorder=1)
sc = ax1.scatter([pos[v][0] for v in range(8)], [pos[v][1] for v in range(8)], c=f, cmap="coolwarm",
                 vmin=-0.4, vmax=0.4, s=500, edgecolor="black", zorder=2)
for v in range(8):
    ax1.text(*pos[v], str(v), ha="center", va="center", fontsize=11, zorder=3)
ax1.set_title("color = Fiedler entry; cut edge red")
ax1.axis("off")
fig.colorbar(sc, ax=ax1, shrink=0.8)
ax2.bar(range(8), f, color=["tab:red" if x > 0 else "tab:blue" for x in f])
ax2.axhline(0, color="black", lw=0.8)
ax2.set_xlabel("vertex")
ax2.set_ylabel("Fiedler vector entry")
ax2.set_title(f"second eigenvector, lambda_2 = {lam[1]:.4f}")
fig.tight_layout()
fig.savefig(HERE / "spectral-graph-theory-fiedler.png", dpi=110, metadata={"Software": None})
