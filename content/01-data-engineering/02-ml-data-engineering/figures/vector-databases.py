"""Figures for the note vector-databases.

Writes next to this script:
- vector-databases-recall.png: recall@10 against the number of inner products computed per
  query, for IVF (nprobe 1 to 64) and the HNSW-style graph (ef 10 to 320) of the note, on the
  note's 8,000 synthetic unit vectors, with exact search as a reference; and recall@10 of a
  product-quantization scan against the size of the shortlist re-ranked exactly.
Deterministic: fixed seeds, operation counts instead of wall-clock times.
"""
import heapq
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
n, d, nq, k = 8000, 32, 200, 10
centers, W = rng.normal(size=(200, 16)), rng.normal(size=(16, d)) / 4


def embeddings(m):
    x = (centers[rng.integers(0, 200, m)] + rng.normal(size=(m, 16))) @ W + 0.5 * rng.normal(size=(m, d))
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


X, Q = embeddings(n), embeddings(nq)
truth = np.argpartition(-(Q @ X.T), k, axis=1)[:, :k]
state0 = rng.bit_generator.state          # each part below restarts from here, as the note's blocks do


def recall_at_k(found):
    return np.mean([len(set(f) & set(t)) / k for f, t in zip(found, truth)])


# ---- HNSW-style graph (same construction and search as the note) -----------------------------
M = 16
rng.bit_generator.state = state0
level = np.floor(-np.log(rng.random(n)) / np.log(M)).astype(int)


def candidates(ids, K):
    Y, out = X[ids], np.empty((len(ids), K), dtype=np.int64)
    for s in range(0, len(ids), 1000):
        D = -(Y[s:s + 1000] @ Y.T)
        D[np.arange(len(D)), np.arange(s, s + len(D))] = np.inf
        part = np.argpartition(D, K, axis=1)[:, :K]
        out[s:s + 1000] = np.take_along_axis(part, np.take_along_axis(D, part, 1).argsort(1), 1)
    return ids[out]


def select(base, cand, mmax):
    V = X[cand]
    to_base = 1 - (V @ X[base][:, :, None])[:, :, 0]
    between = 1 - V @ V.transpose(0, 2, 1)
    keep = np.zeros(cand.shape, bool)
    for j in range(cand.shape[1]):
        blocked = np.any(keep[:, :j] & (between[:, j, :j] <= to_base[:, j:j + 1]), axis=1)
        keep[:, j] = ~blocked & (keep[:, :j].sum(1) < mmax)
    return [c[kp] for c, kp in zip(cand, keep)]


layers = []
for L in range(level.max() + 1):
    ids = np.flatnonzero(level >= L)
    mmax = 2 * M if L == 0 else M
    adj = {int(u): list(map(int, v)) for u, v in zip(ids, select(ids, candidates(ids, min(2 * M, len(ids) - 1)), mmax))}
    for u in ids:
        for v in list(adj[u]):
            if u not in adj[v] and len(adj[v]) < mmax:
                adj[v].append(int(u))
    layers.append(adj)
entry = int(np.flatnonzero(level == level.max())[0])


def search_layer(q, entry_points, ef, adj, count):
    dist = lambda ids: (1 - X[ids] @ q).tolist()  # noqa: E731
    visited = set(entry_points)
    count[0] += len(entry_points)
    cand = list(zip(dist(entry_points), entry_points))
    heapq.heapify(cand)
    best = [(-dd, v) for dd, v in cand]
    heapq.heapify(best)
    while cand:
        dc, c = heapq.heappop(cand)
        if dc > -best[0][0]:
            break
        new = [v for v in adj[c] if v not in visited]
        visited.update(new)
        count[0] += len(new)
        for dd, v in zip(dist(new), new):
            if len(best) < ef or dd < -best[0][0]:
                heapq.heappush(cand, (dd, v))
                heapq.heappush(best, (-dd, v))
                if len(best) > ef:
                    heapq.heappop(best)
    return [v for _, v in sorted((-nd, v) for nd, v in best)]


def hnsw_search(q, ef):
    count, ep = [0], [entry]
    for L in range(len(layers) - 1, 0, -1):
        ep = search_layer(q, ep, 1, layers[L], count)
    return search_layer(q, ep, max(ef, k), layers[0], count)[:k], count[0]


hnsw = []
for ef in [10, 14, 20, 28, 40, 56, 80, 113, 160, 226, 320]:
    res = [hnsw_search(q, ef) for q in Q]
    hnsw.append((np.mean([r[1] for r in res]), recall_at_k([r[0] for r in res]), ef))


# ---- IVF and PQ (same as the note) ------------------------------------------------------------
def kmeans(Y, c, iters=10):
    C = Y[rng.choice(len(Y), c, replace=False)].copy()
    for _ in range(iters):
        a = np.argmax(Y @ C.T - 0.5 * (C ** 2).sum(1), axis=1)
        cnt = np.bincount(a, minlength=c)
        sums = np.zeros_like(C)
        np.add.at(sums, a, Y)
        C[cnt > 0] = sums[cnt > 0] / cnt[cnt > 0, None]
    return C, a


nlist = 100
rng.bit_generator.state = state0
C, assign = kmeans(X, nlist)
lists = [np.flatnonzero(assign == j) for j in range(nlist)]
half_sq = 0.5 * (C ** 2).sum(1)
ivf = []
for nprobe in [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64]:
    found, cost = [], []
    for q in Q:
        cells = np.argsort(-(C @ q - half_sq))[:nprobe]
        idx = np.concatenate([lists[j] for j in cells])
        found.append(idx[np.argsort(-(X[idx] @ q))[:k]])
        cost.append(nlist + len(idx))
    ivf.append((np.mean(cost), recall_at_k(found), nprobe))

m, ks, sub = 8, 256, d // 8
books, codes = [], np.empty((n, m), dtype=np.uint8)
for j in range(m):
    Cj, aj = kmeans(X[:, j * sub:(j + 1) * sub], ks)
    books.append(Cj)
    codes[:, j] = aj
approx = np.stack([np.stack([books[j] @ q[j * sub:(j + 1) * sub] for j in range(m)])[np.arange(m), codes].sum(1)
                   for q in Q])
pq = []
shorts = [10, 15, 20, 30, 50, 75, 100, 150, 200, 300]
for short in shorts:
    cand = np.argpartition(-approx, short, axis=1)[:, :short]
    pq.append(recall_at_k([c[np.argsort(-(X[c] @ q))[:k]] for c, q in zip(cand, Q)]))

fig, (ax, bx) = plt.subplots(1, 2, figsize=(10.5, 4.2), gridspec_kw={"width_ratios": [1.5, 1]})
hx, hy, hl = zip(*hnsw)
ix, iy, il = zip(*ivf)
ax.semilogx(ix, iy, "o-", color="#4c72b0", label="IVF, 100 lists, nprobe = 1 ... 64")
ax.semilogx(hx, hy, "s-", color="#dd8452", label="HNSW-style graph, M = 16, ef = 10 ... 320")
for x, y, lab in ivf:
    if lab in (1, 4, 16, 64):
        ax.annotate(f"nprobe {lab}", (x, y), textcoords="offset points", xytext=(6, -10), fontsize=7.5, color="#4c72b0")
for x, y, lab in hnsw:
    if lab in (10, 40, 80):
        ax.annotate(f"ef {lab}", (x, y), textcoords="offset points", xytext=(2, -14), fontsize=7.5, color="#dd8452")
ax.axvline(n, color="grey", ls=":", lw=1)
ax.text(n * 0.93, 0.42, "exact search:\n8,000 per query", fontsize=7.5, color="grey", ha="right")
ax.set_xlabel("inner products computed per query (log scale)")
ax.set_ylabel("recall@10 against exact search")
ax.set_title("Recall against work, 8,000 vectors, d = 32", fontsize=10)
ax.set_ylim(0.3, 1.02)
ax.grid(alpha=0.3, which="both")
ax.legend(fontsize=8, loc="lower right")
bx.semilogx(shorts, pq, "o-", color="#55a868")
bx.set_xlabel("PQ shortlist size, re-ranked exactly (log scale)")
bx.set_ylabel("recall@10")
bx.set_title("PQ, 8 bytes per vector (16x smaller)", fontsize=10)
bx.set_ylim(0.3, 1.02)
bx.grid(alpha=0.3, which="both")
fig.tight_layout()
fig.savefig(HERE / "vector-databases-recall.png", dpi=110, metadata={"Software": None})
plt.close(fig)
print([(round(x), round(y, 3), l) for x, y, l in hnsw])
print([(round(x), round(y, 3), l) for x, y, l in ivf])
print([round(v, 3) for v in pq])
