"""Figure for the note network-experiments-interference: a corner of the random geometric graph
with grid clusters and their cut edges, and bias, sd and RMSE of the difference in means against
the number of clusters. Writes a PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import LineCollection
from scipy.sparse import coo_matrix
from scipy.spatial import cKDTree

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

# Same graph and baseline as the note's simulation.
rng = np.random.default_rng(0)
n, radius, beta, gamma, R = 2000, 0.04, 1.0, 2.0, 300
xy = rng.random((n, 2))
i, j = cKDTree(xy).query_pairs(radius, output_type="ndarray").T
A = coo_matrix((np.ones(2 * len(i)), (np.r_[i, j], np.r_[j, i])), shape=(n, n)).tocsr()
deg = np.maximum(np.asarray(A.sum(1)).ravel(), 1)
omega, phase = rng.normal(0, 4 * np.pi, (50, 2)), rng.uniform(0, 2 * np.pi, 50)
a = 10 + 2 * np.sqrt(2 / 50) * np.cos(xy @ omega.T + phase).sum(1)


def cells(k):
    return (np.floor(xy[:, 0] * k) * k + np.floor(xy[:, 1] * k)).astype(int)


fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.3), gridspec_kw={"width_ratios": [1, 1.25]})

# Left: the corner [0, 0.3]^2 with a 10 x 10 grid and one random assignment of the cells.
k = 10
cl = cells(k)
coin = rng.random(k * k) < 0.5
z = coin[cl]
box = (xy[:, 0] < 0.3) & (xy[:, 1] < 0.3)
inside = box[i] & box[j]
same = cl[i] == cl[j]
seg = np.stack([xy[i], xy[j]], axis=1)
ax = axes[0]
ax.add_collection(LineCollection(seg[inside & same], colors="lightgray", linewidths=0.6,
                                   antialiaseds=False))
ax.add_collection(LineCollection(seg[inside & ~same], colors="tab:red", linewidths=0.6,
                                   antialiaseds=False))
ax.scatter(xy[box & z, 0], xy[box & z, 1], s=9, color="tab:orange", label="treated cell", zorder=3)
ax.scatter(xy[box & ~z, 0], xy[box & ~z, 1], s=9, color="tab:blue", label="control cell", zorder=3)
for g in np.arange(0, 0.31, 0.1):
    ax.axhline(g, color="gray", lw=0.8)
    ax.axvline(g, color="gray", lw=0.8)
ax.set_xlim(0, 0.3)
ax.set_ylim(0, 0.3)
ax.set_aspect("equal")
ax.set_xticks([])
ax.set_yticks([])
ax.set_title("10 x 10 grid clusters (red: edges between cells)")
ax.legend(fontsize=8, loc="upper right", framealpha=0.9)

# Right: bias, sd and RMSE of the difference in means, and sd of the Hajek estimator.
rows = []
for kk in [None, 40, 20, 10, 7, 5]:
    c = np.arange(n) if kk is None else cells(kk)
    K = c.max() + 1
    touched = np.array([len(set(c[A.indices[A.indptr[u]:A.indptr[u + 1]]]) | {c[u]}) for u in range(n)])
    Z = (rng.random((K, R)) < 0.5)[c].astype(float)
    Y = a[:, None] + beta * Z + gamma * (A @ Z) / deg[:, None] + rng.normal(0, 1, Z.shape)
    dm = (Y * Z).sum(0) / Z.sum(0) - (Y * (1 - Z)).sum(0) / (1 - Z).sum(0)
    e1 = (Z == 1) & (A @ (1 - Z) == 0)
    e0 = (Z == 0) & (A @ Z == 0)
    w = 2.0 ** touched[:, None]
    hj_sd = np.nan
    if kk is not None:
        hj = (Y * e1 * w).sum(0) / (e1 * w).sum(0) - (Y * e0 * w).sum(0) / (e0 * w).sum(0)
        hj_sd = hj.std()
    rows.append((K, dm.mean() - beta - gamma, dm.std(), hj_sd))
rows = np.array(rows)
ax = axes[1]
ax.plot(rows[:, 0], rows[:, 1], "o-", color="tab:red", label="difference in means: bias")
ax.plot(rows[:, 0], rows[:, 2], "o-", color="tab:blue", label="difference in means: sd")
ax.plot(rows[:, 0], np.hypot(rows[:, 1], rows[:, 2]), "o-", color="k", label="difference in means: RMSE")
ax.plot(rows[1:, 0], rows[1:, 3], "s--", color="tab:green", label="Hajek (neighborhood exposure): sd")
ax.axhline(0, color="gray", lw=0.8)
ax.set_xscale("log")
ax.set_xlabel("number of clusters (2000 = unit randomization)")
ax.set_ylabel("effect units (true global effect 3)")
ax.set_title("Bias-variance trade-off of cluster size")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "network-experiments-interference-clusters.png", dpi=110, metadata={"Software": None},
            pil_kwargs={"optimize": True})
plt.close(fig)
