"""Figures for the note graph-neural-networks: (1) over-smoothing on the note's stochastic block
model, the distance of A_hat^k X to its rank-one limit and the accuracy of a linear classifier on
A_hat^k X against k, with personalized-PageRank propagation for comparison; (2) two pairs of graphs
that 1-WL color refinement cannot tell apart, nodes colored by their stable WL color.
Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

# ---- (1) over-smoothing: the same graph as the note ----
rng = np.random.default_rng(0)
n, c, f = 600, 3, 10
y = np.repeat(np.arange(c), n // c)
prob = np.where(y[:, None] == y[None, :], 0.03, 0.005)
A = np.triu(rng.random((n, n)) < prob, 1).astype(float)
A = A + A.T
X = 0.35 * rng.normal(0, 1, (c, f))[y] + rng.normal(0, 1, (n, f))
perm = rng.permutation(n)
train = np.concatenate([perm[y[perm] == k][:5] for k in range(c)])
test = perm[~np.isin(perm, train)][100:]
d = A.sum(1) + 1
Ahat = (A + np.eye(n)) / np.sqrt(np.outer(d, d))
mu, U = np.linalg.eigh(Ahat)
u1 = U[:, -1] * np.sign(U[0, -1])
limit = np.outer(u1, u1 @ X)
rate = max(abs(mu[-2]), abs(mu[0]))


def accuracy(Z):
    clf = LogisticRegression(max_iter=2000).fit(Z[train] / Z.std(0), y[train])
    return (clf.predict(Z[test] / Z.std(0)) == y[test]).mean()


ks = np.arange(0, 129)
gaps, accs, accs_ppr = [], [], []
Xk, Z = X.copy(), X.copy()
for k in ks:
    if k > 0:
        Xk = Ahat @ Xk
        Z = 0.9 * (Ahat @ Z) + 0.1 * X
    gaps.append(np.linalg.norm(Xk - limit) / np.linalg.norm(X - limit))
    if k in (0, 1, 2, 3, 4, 6, 8, 12, 16, 20, 24, 28, 32, 40, 48, 64, 96, 128):
        accs.append((k, accuracy(Xk), accuracy(Z)))

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2))
ax = axes[0]
ax.semilogy(ks, gaps, color="tab:blue", label="measured distance to the limit")
ax.semilogy(ks, rate ** ks, color="k", ls="--", lw=1, label=f"bound max(|mu_2|, |mu_n|)^k = {rate:.3f}^k")
ax.set_xlabel("propagation steps k")
ax.set_ylabel("relative distance of A_hat^k X to u1 u1^T X")
ax.set_title("Powers of the normalized adjacency converge")
ax.legend(fontsize=8, loc="lower left")
ax = axes[1]
acc = np.array(accs)
ax.plot(acc[:, 0] + 1, acc[:, 1], "o-", color="tab:blue", label="plain propagation A_hat^k X")
ax.plot(acc[:, 0] + 1, acc[:, 2], "s-", color="tab:green", label="personalized PageRank, alpha = 0.1")
ax.axhline(1 / 3, color="gray", ls=":", lw=1, label="chance")
ax.set_xscale("log")
ax.set_xticks([1, 2, 3, 5, 9, 17, 33, 65, 129])
ax.set_xticklabels(["0", "1", "2", "4", "8", "16", "32", "64", "128"])
ax.set_ylim(0, 1)
ax.set_xlabel("propagation steps k")
ax.set_ylabel("test accuracy, 15 labeled nodes")
ax.set_title("Linear classifier on propagated features")
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
fig.savefig(OUT / "graph-neural-networks-oversmoothing.png", dpi=110, metadata={"Software": None})
plt.close(fig)


# ---- (2) 1-WL-indistinguishable pairs ----
def polygon(k, center, radius=1.0, phase=0.0):
    t = phase + 2 * np.pi * np.arange(k) / k
    return np.column_stack([center[0] + radius * np.cos(t), center[1] + radius * np.sin(t)])


def wl_colors(graphs_edges, sizes, rounds=10):
    adj = [[[] for _ in range(s)] for s in sizes]
    for a, E in zip(adj, graphs_edges):
        for u, v in E:
            a[u].append(v)
            a[v].append(u)
    colors = [[0] * s for s in sizes]
    for _ in range(rounds):
        table, new = {}, []
        for a, col in zip(adj, colors):
            sig = [(col[v], tuple(sorted(col[w] for w in a[v]))) for v in range(len(a))]
            new.append([table.setdefault(s, len(table)) for s in sig])
        colors = new
    return colors


def cyc(k, s=0):
    return [(s + i, s + (i + 1) % k) for i in range(k)]


hexagon = polygon(6, (0, 0), phase=np.pi / 6)
two_tri = np.vstack([polygon(3, (-1.1, -0.2), 0.9, np.pi / 2), polygon(3, (1.1, -0.2), 0.9, np.pi / 2)])
# decalin: ring 0-1-2-3-4-5 and ring 5-6-7-8-9-0 share the edge 0-5
deg = np.pi / 180
left = polygon(6, (-np.sqrt(3) / 2, 0), phase=30 * deg)     # vertices at 30, 90, ..., 330 degrees
right = polygon(6, (np.sqrt(3) / 2, 0), phase=90 * deg)     # vertices at 90, 150, ..., 30 degrees
dec = np.zeros((10, 2))
dec[[0, 1, 2, 3, 4, 5]] = left                               # 0 and 5 are the shared vertices
dec[[9, 0, 5, 6, 7, 8]] = right
dec_edges = cyc(6) + [(5, 6), (6, 7), (7, 8), (8, 9), (9, 0)]
# bicyclopentyl: rings 0-1-2-3-4 and 5-6-7-8-9 joined by the edge 0-5
bic = np.vstack([polygon(5, (-1.35, 0), 0.85, 0.0), polygon(5, (1.35, 0), 0.85, np.pi)])
bic_edges = cyc(5) + [(5, 6), (6, 7), (7, 8), (8, 9), (9, 5), (0, 5)]
panels = [
    ("6-cycle", hexagon, cyc(6)), ("two triangles", two_tri, cyc(3) + [(3, 4), (4, 5), (5, 3)]),
    ("decalin", dec, dec_edges), ("bicyclopentyl", bic, bic_edges),
]
cols_a = wl_colors([panels[0][2], panels[1][2]], [6, 6])
cols_b = wl_colors([panels[2][2], panels[3][2]], [10, 10])
palette = ["tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple"]
fig, axes = plt.subplots(1, 4, figsize=(12, 2.8))
for ax, (title, pos, edges), col in zip(axes, panels, cols_a + cols_b):
    for u, v in edges:
        ax.plot(*pos[[u, v]].T, color="0.4", lw=1.5, zorder=1)
    ax.scatter(pos[:, 0], pos[:, 1], s=220, c=[palette[k % len(palette)] for k in col],
               edgecolors="k", zorder=2)
    ax.set_title(title)
    ax.set_xlim(-2.4, 2.4)
    ax.set_ylim(-1.3, 1.2)
    ax.set_aspect("equal")
    ax.axis("off")
fig.suptitle("Pairs that 1-WL cannot distinguish: node color = stable WL color, identical histograms within each pair",
             fontsize=10)
fig.tight_layout()
fig.savefig(OUT / "graph-neural-networks-wl.png", dpi=110, metadata={"Software": None})
plt.close(fig)
