"""Figures for the note discrete-time-markov-chains: mixing of lazy walks on cycles, and PageRank
on a six-page web. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


# 1. Total variation to uniform for lazy walks on cycles, with the spectral bounds.
def lazy_cycle(n):
    P = 0.5 * np.eye(n)
    for i in range(n):
        P[i, (i + 1) % n] += 0.25
        P[i, (i - 1) % n] += 0.25
    return P


fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
colors = {8: "tab:blue", 16: "tab:orange", 32: "tab:green"}
for n, c in colors.items():
    P = lazy_cycle(n)
    lam = np.sort(np.linalg.eigvalsh(P))[::-1]
    lam_star = max(abs(lam[1]), abs(lam[-1]))
    T = 4 * n * n // 3
    row, tv = np.eye(n)[0], []
    for _ in range(T):
        row = row @ P
        tv.append(0.5 * np.abs(row - 1 / n).sum())
    t = np.arange(1, T + 1)
    axes[0].semilogy(t, tv, color=c, lw=1.6, label=f"cycle, n = {n}")
    axes[0].semilogy(t, 0.5 * lam_star**t * np.sqrt(n - 1), "--", color=c, lw=0.9)
    axes[0].semilogy(t, 0.5 * lam_star**t, ":", color=c, lw=0.9)
    axes[1].semilogy(t / n**2, tv, color=c, lw=1.6, label=f"n = {n}")
axes[0].set_ylim(1e-4, 2)
axes[0].set_xlim(0, 1000)
axes[0].set_xlabel("steps t")
axes[0].set_ylabel(r"distance to stationarity $\Delta(t)$")
axes[0].set_title("Exact distance (solid), spectral bounds (dashed, dotted)")
axes[0].legend(fontsize=8)
axes[1].axhline(0.25, color="0.6", lw=0.8)
axes[1].text(0.02, 0.3, r"$\varepsilon = 1/4$", color="0.4", fontsize=8)
axes[1].set_ylim(1e-4, 2)
axes[1].set_xlabel(r"steps divided by $n^2$")
axes[1].set_ylabel(r"distance to stationarity $\Delta(t)$")
axes[1].set_title(r"Diffusive scaling: $t_{\mathrm{mix}} \approx 0.095\, n^2$")
axes[1].legend(fontsize=8)
fig.tight_layout()
save(fig, "discrete-time-markov-chains-mixing.png")

# 2. PageRank on the six-page web of the note.
links = {0: [1, 2], 1: [2], 2: [0], 3: [2, 4], 4: [5], 5: []}
n, alpha = 6, 0.85
P = np.zeros((n, n))
for i, out in links.items():
    if out:
        P[i, out] = 1 / len(out)
    else:
        P[i, :] = 1 / n
v = np.full(n, 1 / n)
G = alpha * P + (1 - alpha) * np.outer(np.ones(n), v)
pi = (1 - alpha) * v @ np.linalg.inv(np.eye(n) - alpha * P)
pos = {0: (0.0, 1.1), 1: (-1.1, -0.2), 2: (1.0, 0.0), 3: (2.6, 1.0), 4: (3.2, -0.6), 5: (1.7, -1.1)}
SCALE = 6000
radius = {i: np.sqrt(SCALE * pi[i] / np.pi) for i in range(n)}      # disc radius in points

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2), gridspec_kw={"width_ratios": [1.15, 1]})
ax = axes[0]
for i, out in links.items():
    for j in out:
        (x0, y0), (x1, y1) = pos[i], pos[j]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                    arrowprops=dict(arrowstyle="-|>", color="0.4", lw=1.1, shrinkA=radius[i] + 2,
                                    shrinkB=radius[j] + 2, connectionstyle="arc3,rad=0.12"))
for i, (x, y) in pos.items():
    ax.scatter([x], [y], s=SCALE * pi[i], color="tab:blue" if i < 3 else "tab:orange",
               alpha=0.75, edgecolor="k", zorder=3)
    ax.text(x, y, str(i), ha="center", va="center", fontsize=10, zorder=4, color="k")
    ax.annotate(f"{pi[i]:.3f}", (x, y), xytext=(0, -radius[i] - 10), textcoords="offset points",
                ha="center", fontsize=8, color="0.2")
ax.text(1.7, -1.65, "page 5 is dangling (jumps anywhere)", ha="center", fontsize=8, color="0.3")
ax.set_xlim(-1.8, 3.8)
ax.set_ylim(-1.9, 1.7)
ax.set_aspect("equal")
ax.axis("off")
ax.set_title(r"PageRank, $\alpha = 0.85$ (disc area $\propto$ rank)")

ax = axes[1]
x = np.full(n, 1 / n)
e0 = np.abs(x - pi).sum()
errs = []
for k in range(60):
    x = x @ G
    errs.append(np.abs(x - pi).sum())
k = np.arange(1, 61)
ax.semilogy(k, errs, "o-", ms=3, color="tab:blue", label="power iteration, L1 error")
ax.semilogy(k, e0 * alpha**k, "--", color="tab:red", label=r"bound $\alpha^k \|\mu - \pi\|_1$")
ax.semilogy(k, errs[0] / 0.601 * 0.601**k, ":", color="0.3", label=r"rate $|\lambda_2(G)|^k = 0.601^k$")
ax.set_xlabel("iteration k")
ax.set_ylabel(r"$\|\mu G^k - \pi\|_1$")
ax.set_title("Convergence of power iteration")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "discrete-time-markov-chains-pagerank.png")
