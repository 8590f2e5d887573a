"""Figures for the note experimental-design: CUPED's sampling distribution against the difference in
means, and the variance ratio against the correlation rho. Writes PNGs next to this script."""
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


def simulate(rho, n=1000, reps=2000, tau=0.1, seed=0):
    """Difference in means and CUPED estimates over `reps` experiments with n units per arm."""
    rng = np.random.default_rng(seed)
    t = np.r_[np.ones(n, bool), np.zeros(n, bool)]
    naive, adj = np.empty(reps), np.empty(reps)
    for r in range(reps):
        x = rng.normal(size=2 * n)
        y = rho * x + np.sqrt(1 - rho**2) * rng.normal(size=2 * n) + tau * t
        theta = np.cov(y, x)[0, 1] / np.var(x, ddof=1)
        ya = y - theta * (x - x.mean())
        naive[r] = y[t].mean() - y[~t].mean()
        adj[r] = ya[t].mean() - ya[~t].mean()
    return naive, adj


fig, axes = plt.subplots(1, 2, figsize=(10, 4))
ax = axes[0]
naive, adj = simulate(0.7)
bins = np.linspace(-0.06, 0.26, 50)
ax.hist(naive, bins=bins, alpha=0.55, color="tab:gray", label=f"difference in means (SD {naive.std():.3f})")
ax.hist(adj, bins=bins, alpha=0.55, color="tab:blue", label=f"CUPED (SD {adj.std():.3f})")
ax.axvline(0.1, color="black", linestyle="--", linewidth=1, label="true effect 0.1")
ax.set_xlabel("estimated effect")
ax.set_ylabel("experiments")
ax.set_title("2000 experiments, 1000 units per arm, rho = 0.7")
ax.set_ylim(0, 235)
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
rhos = np.linspace(0, 0.95, 100)
ax.plot(rhos, 1 - rhos**2, color="tab:blue", label=r"theory $1 - \rho^2$")
pts = [0.0, 0.3, 0.5, 0.7, 0.9]
ratios = []
for i, rho in enumerate(pts):
    nv, ad = simulate(rho, reps=1000, seed=i + 1)
    ratios.append(ad.var() / nv.var())
ax.plot(pts, ratios, "o", color="black", label="simulated variance ratio")
ax.set_xlabel(r"correlation $\rho$ between pre-period metric and outcome")
ax.set_ylabel("Var(CUPED) / Var(difference in means)")
ax.set_title("Variance kept by CUPED = sample size needed")
ax.set_ylim(0, 1.08)
ax.grid(True, alpha=0.3)
ax.legend(loc="lower left")
fig.tight_layout()
save(fig, "experimental-design-cuped.png")
