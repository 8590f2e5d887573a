"""Figures for the note bridge-dynamic-programming-bellman-nas: the optimal value function and
policy of the 5 x 5 gridworld (left), and the error of value iteration against the contraction
bound gamma^k (right). Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})

n_rows = n_cols = 5
n_states, gamma = n_rows * n_cols, 0.95
goal, traps = (0, 4), {(1, 1), (2, 3), (3, 1)}
moves = [(-1, 0), (0, 1), (1, 0), (0, -1)]
P = np.zeros((4, n_states, n_states))
r = np.zeros((n_states, 4))
for s in range(n_states):
    cell = divmod(s, n_cols)
    for a in range(4):
        if cell == goal or cell in traps:
            P[a, s, s] = 1.0
            continue
        for b, p in [(a, 0.8), ((a + 1) % 4, 0.1), ((a + 3) % 4, 0.1)]:
            nr, nc = cell[0] + moves[b][0], cell[1] + moves[b][1]
            if not (0 <= nr < n_rows and 0 <= nc < n_cols):
                nr, nc = cell
            P[a, s, nr * n_cols + nc] += p
            r[s, a] += p * (-0.1 + (10.0 if (nr, nc) == goal else -10.0 if (nr, nc) in traps else 0.0))


def q_values(V):
    return r + gamma * np.einsum("ast,t->sa", P, V)


# exact V* by policy iteration
pi = np.zeros(n_states, dtype=int)
while True:
    V_pi = np.linalg.solve(np.eye(n_states) - gamma * P[pi, np.arange(n_states)],
                           r[np.arange(n_states), pi])
    new = q_values(V_pi).argmax(axis=1)
    if np.array_equal(new, pi):
        break
    pi = new
V_star = V_pi

# value iteration from V = 0, errors against V*
V, errors = np.zeros(n_states), []
for k in range(150):
    errors.append(np.abs(V - V_star).max())
    V = q_values(V).max(axis=1)
errors = np.array(errors)

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.3))
ax = axes[0]
grid = V_star.reshape(n_rows, n_cols).copy()
im = ax.imshow(grid, cmap="viridis")
fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="$V^\\star(s)$")
dx = {0: (0, -0.3), 1: (0.3, 0), 2: (0, 0.3), 3: (-0.3, 0)}
for s in range(n_states):
    rr, cc = divmod(s, n_cols)
    if (rr, cc) == goal:
        ax.text(cc, rr, "goal\n+10", ha="center", va="center", color="white", fontsize=9)
    elif (rr, cc) in traps:
        ax.text(cc, rr, "trap\n-10", ha="center", va="center", color="white", fontsize=9)
    else:
        u, v = dx[pi[s]]
        ax.annotate("", (cc + u, rr + v), (cc - u, rr - v),
                    arrowprops=dict(arrowstyle="->", color="white", lw=1.5))
        ax.text(cc, rr + 0.38, f"{V_star[s]:.2f}", ha="center", va="center", color="white", fontsize=7)
ax.set_xticks([])
ax.set_yticks([])
ax.set_title("Optimal values and greedy policy ($\\gamma = 0.95$)")

ax = axes[1]
k = np.arange(len(errors))
ax.semilogy(k, errors, color="tab:blue", label="$\\Vert V_k - V^\\star \\Vert_\\infty$")
ax.semilogy(k, gamma ** k * errors[0], color="tab:orange", ls="--",
            label="contraction bound $\\gamma^k \\Vert V_0 - V^\\star \\Vert_\\infty$")
ax.set_xlabel("value iteration sweep $k$")
ax.set_ylabel("sup-norm error")
ax.set_title("Value iteration converges faster than $\\gamma^k$ here")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "bridge-dynamic-programming-bellman-nas-gridworld.png", dpi=110,
            metadata={"Software": None})
plt.close(fig)
