"""Figure for the note probability-spaces-random-variables: inverse transform sampling through the
generalized inverse of the mixed CDF of ReLU(Z), and a histogram of Exp(2) samples made by inversion
against the exact density. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
ax = axes[0]
left = np.linspace(-2.0, 0.0, 2)
right = np.linspace(0.0, 2.5, 501)
ax.plot(left, [0.0, 0.0], color="black", linewidth=2)
ax.plot(right, stats.norm.cdf(right), color="black", linewidth=2, label=r"$F_Y$, $Y = \max(0, Z)$")
ax.plot([0, 0], [0, 0.5], color="black", linestyle=":", linewidth=1)
ax.plot([0], [0.0], "o", markerfacecolor="white", markeredgecolor="black")
ax.plot([0], [0.5], "o", color="black")
for u, c in [(0.3, "tab:blue"), (0.45, "tab:blue"), (0.85, "tab:red")]:
    x = 0.0 if u <= 0.5 else stats.norm.ppf(u)   # generalized inverse inf{x : F(x) >= u}
    ax.annotate("", xy=(x, u), xytext=(-2.0, u), arrowprops=dict(arrowstyle="->", color=c))
    ax.annotate("", xy=(x, 0.0), xytext=(x, u), arrowprops=dict(arrowstyle="->", color=c, linestyle="--"))
    ax.text(-1.95, u + 0.02, f"u = {u}", color=c, fontsize=8)
ax.text(0.1, 0.1, "jump of 1/2:\nevery u in (0, 1/2]\nmaps to 0", fontsize=8, color="tab:blue")
ax.text(1.15, 0.66, r"$F^{-1}(0.85) = \Phi^{-1}(0.85)$" + "\n" + r"$\approx 1.036$", fontsize=8, color="tab:red")
ax.set_xlim(-2.0, 2.5)
ax.set_ylim(-0.03, 1.05)
ax.set_xlabel("y")
ax.set_ylabel("u")
ax.set_title("Generalized inverse of a CDF with an atom")
ax.legend(loc="lower right", fontsize=8)

rng = np.random.default_rng(0)
u = rng.uniform(size=100_000)
x = -np.log1p(-u) / 2.0
grid = np.linspace(0.0, 3.0, 301)
axes[1].hist(x, bins=np.linspace(0, 3, 61), density=True, color="tab:green", alpha=0.5,
             label=r"$-\frac{1}{2}\log(1-U)$, 100,000 draws")
axes[1].plot(grid, 2 * np.exp(-2 * grid), color="black", linewidth=2, label=r"Exp(2) density $2e^{-2x}$")
axes[1].set_xlim(0, 3)
axes[1].set_xlabel("x")
axes[1].set_ylabel("density")
axes[1].set_title("Inversion turns uniforms into Exp(2)")
axes[1].legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "probability-spaces-random-variables-inverse-cdf.png", dpi=110, metadata={"Software": None})
plt.close(fig)
