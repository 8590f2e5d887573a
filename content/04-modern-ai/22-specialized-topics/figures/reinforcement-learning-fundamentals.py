"""Figures for the note reinforcement-learning-fundamentals: the gridworld of the note with V* and the
greedy policy, the convergence of value iteration against the contraction bound, and the error of
tabular Q-learning against the number of steps. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

grid = ["....G",
        ".#.X.",
        ".#...",
        "...#.",
        "....."]
cells = [(r, c) for r in range(5) for c in range(5) if grid[r][c] != "#"]
idx = {rc: i for i, rc in enumerate(cells)}
S, A, gamma = len(cells), 4, 0.95
moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
terminal = np.array([grid[r][c] in "GX" for r, c in cells])
P = np.zeros((S, A, S))
R = np.zeros((S, A))
for s, (r, c) in enumerate(cells):
    if terminal[s]:
        P[s, :, s] = 1.0
        continue
    for a in range(A):
        for d, p in [(a, 0.8), ((a + 1) % 4, 0.1), ((a + 3) % 4, 0.1)]:
            nr, nc = r + moves[d][0], c + moves[d][1]
            t = idx.get((nr, nc), s) if 0 <= nr < 5 and 0 <= nc < 5 else s
            P[s, a, t] += p
            R[s, a] += p * {"G": 1.0, "X": -1.0}.get(grid[cells[t][0]][cells[t][1]], 0.0)

Q = np.zeros((S, A))
for _ in range(2000):
    Q = R + gamma * P @ Q.max(1)
Q_star = Q
V_star = Q_star.max(1)
greedy = Q_star.argmax(1)

fig, axes = plt.subplots(1, 3, figsize=(13, 4.0))
ax = axes[0]
img = np.full((5, 5), np.nan)
for s, (r, c) in enumerate(cells):
    img[r, c] = V_star[s]
im = ax.imshow(img, cmap="viridis", vmin=-1, vmax=1)
for r in range(5):
    for c in range(5):
        ch = grid[r][c]
        if ch == "#":
            ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), 1, 1, color="0.3"))
        elif ch in "GX":
            ax.add_patch(plt.Rectangle((c - 0.5, r - 0.5), 1, 1, color="gold" if ch == "G" else "tab:red"))
            ax.text(c, r, "+1" if ch == "G" else "-1", ha="center", va="center", fontsize=12,
                    color="k", fontweight="bold")
        else:
            s = idx[(r, c)]
            dr, dc = moves[greedy[s]]
            ax.arrow(c - 0.22 * dc, r - 0.22 * dr, 0.3 * dc, 0.3 * dr, head_width=0.15,
                     head_length=0.12, color="w", length_includes_head=True)
            ax.text(c, r + 0.35, f"{V_star[s]:.2f}", ha="center", va="center", fontsize=7, color="w")
ax.set_xticks([])
ax.set_yticks([])
ax.set_title("V* and the greedy policy")
fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04)

ax = axes[1]
V = np.zeros(S)
errs = []
for k in range(1, 121):
    V = (R + gamma * P @ V).max(1)
    errs.append(np.abs(V - V_star).max())
ks = np.arange(1, 121)
ax.semilogy(ks, errs, color="tab:blue", label="value iteration error")
ax.semilogy(ks, gamma**ks * np.abs(V_star).max(), color="k", ls="--", lw=1,
            label="contraction bound gamma^k |V*|")
ax.set_xlabel("sweep k")
ax.set_ylabel("max |V_k - V*|")
ax.set_ylim(1e-16, 2)
ax.set_title("Value iteration converges faster than the bound")
ax.legend(fontsize=8)

ax = axes[2]
cum = P.cumsum(axis=2)
starts = np.flatnonzero(~terminal)
for eps, color in [(0.2, "tab:green"), (0.05, "tab:orange")]:
    rng = np.random.default_rng(0)
    Qh, n = np.zeros((S, A)), np.zeros((S, A))
    s = rng.choice(starts)
    marks, errs = [], []
    for step in range(1, 300_001):
        a = rng.integers(A) if rng.random() < eps else int(Qh[s].argmax())
        s2 = min(int(np.searchsorted(cum[s, a], rng.random())), S - 1)
        r = {"G": 1.0, "X": -1.0}.get(grid[cells[s2][0]][cells[s2][1]], 0.0)
        target = r + (0.0 if terminal[s2] else gamma * Qh[s2].max())
        n[s, a] += 1
        Qh[s, a] += (target - Qh[s, a]) / n[s, a] ** 0.7
        s = rng.choice(starts) if terminal[s2] else s2
        if step % 2000 == 0:
            marks.append(step)
            errs.append((np.abs(Qh - Q_star)[~terminal].max(),
                         np.abs(Qh.max(1) - V_star)[~terminal].max()))
    errs = np.array(errs)
    ax.loglog(marks, errs[:, 0], color=color, label=f"max |Q - Q*|, epsilon {eps}")
    ax.loglog(marks, errs[:, 1], color=color, ls="--", label=f"max |max_a Q - V*|, epsilon {eps}")
ax.set_xlabel("environment steps")
ax.set_title("Tabular Q-learning")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "reinforcement-learning-fundamentals-gridworld.png", dpi=110, metadata={"Software": None})
plt.close(fig)
