"""Figures for the note combinatorial-optimization: a 40-city Euclidean TSP instance with the
nearest-neighbor tour and the simulated-annealing tour (which is optimal here), and the annealing
trace. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})

rng = np.random.default_rng(0)
n = 40
P = rng.uniform(0, 1, (n, 2))
D = np.linalg.norm(P[:, None] - P[None, :], axis=2)
OPT = 5.5306  # certified by the MILP in the note


def length(tour):
    return D[tour, np.roll(tour, -1)].sum()


def nearest_neighbor(start=0):
    tour, left = [start], set(range(n)) - {start}
    while left:
        tour.append(min(left, key=lambda j: D[tour[-1], j]))
        left.remove(tour[-1])
    return np.array(tour)


def anneal(tour, T0=0.5, T1=1e-3, steps=200_000, seed=1):
    r = np.random.default_rng(seed)
    tour = tour.copy()
    cur = length(tour)
    pairs, u = r.integers(0, n, size=(steps, 2)), r.random(steps)
    trace_k, trace_len, trace_T = [], [], []
    for k in range(steps):
        T = T0 * (T1 / T0) ** (k / steps)
        if k % 500 == 0:
            trace_k.append(k)
            trace_len.append(cur)
            trace_T.append(T)
        i, j = min(pairs[k]), max(pairs[k])
        if j - i < 2 or (i == 0 and j == n - 1):
            continue
        a, b, c, d = tour[i], tour[i + 1], tour[j], tour[(j + 1) % n]
        delta = D[a, c] + D[b, d] - D[a, b] - D[c, d]
        if delta < 0 or u[k] < np.exp(-delta / T):
            tour[i + 1:j + 1] = tour[i + 1:j + 1][::-1]
            cur += delta
    return tour, np.array(trace_k), np.array(trace_len), np.array(trace_T)


nn = nearest_neighbor()
sa, tk, tl, tT = anneal(nn)

fig, axes = plt.subplots(1, 3, figsize=(12, 4))
for ax, tour, title in [(axes[0], nn, f"nearest neighbor: {length(nn):.3f}"),
                        (axes[1], sa, f"simulated annealing: {length(sa):.3f} (optimal)")]:
    closed = np.append(tour, tour[0])
    ax.plot(P[closed, 0], P[closed, 1], "-", color="tab:blue", lw=1.3)
    ax.plot(P[:, 0], P[:, 1], "o", color="black", ms=3.5)
    ax.plot(P[tour[0], 0], P[tour[0], 1], "s", color="tab:red", ms=6)
    ax.set_title(title)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
ax = axes[2]
ax.plot(tk, tl, color="tab:blue", lw=1, label="current tour length")
ax.axhline(OPT, color="tab:green", ls="--", lw=1, label=f"optimum {OPT}")
ax.set_xlabel("annealing step")
ax.set_ylabel("tour length")
ax.set_ylim(4.5, 21)
ax2 = ax.twinx()
ax2.semilogy(tk, tT, color="tab:orange", lw=1, label="temperature")
ax2.set_ylabel("temperature (log scale)")
h1, l1 = ax.get_legend_handles_labels()
h2, l2 = ax2.get_legend_handles_labels()
ax.legend(h1 + h2, l1 + l2, loc="upper right", fontsize=8)
ax.set_title("Annealing: hot random walk, then descent")
fig.tight_layout()
fig.savefig(OUT / "combinatorial-optimization-tsp.png", dpi=110, metadata={"Software": None})
plt.close(fig)
