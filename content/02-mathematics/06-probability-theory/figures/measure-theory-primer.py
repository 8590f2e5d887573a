"""Figures for the note measure-theory-primer: (1) Riemann sums slice the domain, the Lebesgue
staircase slices the range; (2) the escaping spikes n 1(0, 1/n) against the dominated x^n.
Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def f(x):
    return 0.5 + 0.3 * np.sin(2 * np.pi * x) + 0.12 * np.sin(7 * np.pi * x)


x = np.linspace(0.0, 1.0, 4001)
fx = f(x)

# (1) Riemann (domain slices) against Lebesgue (range slices)
fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
ax = axes[0]
edges = np.linspace(0.0, 1.0, 9)
for a, b in zip(edges[:-1], edges[1:]):
    low = fx[(x >= a) & (x <= b)].min()
    ax.add_patch(plt.Rectangle((a, 0), b - a, low, facecolor="tab:blue", alpha=0.35, edgecolor="tab:blue"))
ax.plot(x, fx, color="black", linewidth=2, label="f")
ax.set_title("Riemann: slice the domain into intervals")
ax.set_xlabel("x")
ax.legend(loc="upper right", fontsize=8)

ax = axes[1]
m = 3
s = np.minimum(m, np.floor(2 ** m * fx) / 2 ** m)      # the staircase s_m = min(m, 2^-m floor(2^m f))
ax.fill_between(x, 0, s, step=None, color="tab:green", alpha=0.35, label=r"$s_3 = 2^{-3}\lfloor 2^3 f \rfloor$")
ax.plot(x, fx, color="black", linewidth=2, label="f")
for level in np.arange(1, 2 ** m) / 2 ** m:
    ax.axhline(level, color="gray", linewidth=0.5, linestyle=":")
band = fx >= 5 / 8
ax.fill_between(x, -0.04, 0.0, where=band, color="tab:red", step=None, label=r"the set $\{f \geq 5/8\}$")
ax.axhline(5 / 8, color="tab:red", linewidth=1)
ax.set_ylim(-0.06, 1.0)
ax.set_title("Lebesgue: slice the range into bands")
ax.set_xlabel("x")
ax.legend(loc="upper right", fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "measure-theory-primer-slicing.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# (2) escaping mass against a dominated sequence
fig, axes = plt.subplots(1, 2, figsize=(11, 4))
colors = plt.cm.viridis(np.linspace(0.0, 0.85, 4))
for n, c in zip([2, 4, 8, 16], colors):
    axes[0].plot([0, 0, 1 / n, 1 / n, 1], [0, n, n, 0, 0], color=c, linewidth=1.8,
                 label=f"n = {n}: area {n} x 1/{n} = 1")
axes[0].set_xlim(-0.02, 1.0)
axes[0].set_xlabel("x")
axes[0].set_title(r"$f_n = n\,1_{(0,1/n)}$: $f_n \to 0$ everywhere, $\int f_n = 1$")
axes[0].legend(fontsize=8)
for n, c in zip([1, 4, 16, 64], colors):
    axes[1].plot(x, x ** n, color=c, linewidth=1.8, label=f"n = {n}: area 1/{n + 1}")
axes[1].axhline(1.0, color="black", linestyle="--", linewidth=1, label="dominating g = 1")
axes[1].set_ylim(0, 1.1)
axes[1].set_xlabel("x")
axes[1].set_title(r"$x^n \leq 1$: dominated, $\int x^n = 1/(n+1) \to 0$")
axes[1].legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(OUT / "measure-theory-primer-escaping-mass.png", dpi=110, metadata={"Software": None})
plt.close(fig)
