"""Figure for the note modes-of-convergence: (1) the typewriter sequence at one fixed outcome, which
keeps returning to 1 although E X_n -> 0; (2) the nonzero terms of X_n = n 1{U_n < 1/n} along
sample paths, coupled (one U) against independent (fresh U_n). Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, axes = plt.subplots(1, 2, figsize=(12, 4.2))

# (1) typewriter: n = 2^k + j, X_n = 1{U in [j 2^-k, (j+1) 2^-k]}, at the fixed outcome U = 0.3
omega = 0.3
n = np.arange(1, 2 ** 12)
k = np.floor(np.log2(n)).astype(int)
j = n - 2 ** k
x = ((j * 2.0 ** -k <= omega) & (omega <= (j + 1) * 2.0 ** -k)).astype(float)
ax = axes[0]
ax.vlines(n[x == 1], 0, 1, color="tab:blue", linewidth=1.5, label=r"$X_n(\omega) = 1$ at $U(\omega) = 0.3$")
ax.step(n, 2.0 ** -k, where="post", color="tab:red", linewidth=1.5, label=r"$E|X_n|^p = 2^{-k}$")
ax.set_xscale("log", base=2)
ax.set_ylim(0, 1.25)
ax.set_xlim(1, 2 ** 12)
ax.set_xlabel(r"n (log scale; the $k$-th sweep is $2^k \leq n < 2^{k+1}$)")
ax.set_title("Typewriter: in $L^p$ and in probability, not a.s.")
ax.legend(fontsize=8, loc="upper right")

# (2) escaping mass: nonzero terms of X_n = n 1{U_n < 1/n}, n <= 10^6, ten paths of each kind
rng = np.random.default_rng(0)
N = 10 ** 6
m = np.arange(1, N + 1)
ax = axes[1]
for row in range(10):
    u = rng.uniform()
    hits = m[u < 1 / m]
    ax.plot(hits, np.full(hits.size, row + 11), "|", color="tab:orange", markersize=7)
for row in range(10):
    u = rng.uniform(size=N)
    hits = m[u < 1 / m]
    ax.plot(hits, np.full(hits.size, row), "|", color="tab:blue", markersize=7)
ax.set_xscale("log")
ax.set_xlim(0.8, 1.3 * N)
ax.set_yticks([4.5, 15.5])
ax.set_yticklabels(["independent\n$U_n$", "coupled\n$U_n = U$"])
ax.set_xlabel(r"n where $X_n \neq 0$ (log scale)")
ax.set_title(r"$X_n = n\,1\{U_n < 1/n\}$: same laws, different paths")
fig.tight_layout()
fig.savefig(OUT / "modes-of-convergence-counterexamples.png", dpi=110, metadata={"Software": None})
plt.close(fig)
