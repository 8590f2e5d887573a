"""Figures for the note brownian-motion-gaussian-processes: rescaled random walks and quadratic
variation, and Gaussian process prior samples and a regression fit. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


# 1. Random walks converging to Brownian motion; quadratic and total variation.
rng = np.random.default_rng(0)
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ax = axes[0]
for n, c in [(10, "tab:red"), (100, "tab:orange"), (10000, "tab:blue")]:
    S = np.r_[0, np.cumsum(rng.choice([-1.0, 1.0], n))] / np.sqrt(n)
    t = np.arange(n + 1) / n
    if n <= 100:
        ax.step(t, S, where="post", color=c, lw=1.3, label=f"n = {n} steps")
    else:
        ax.plot(t, S, color=c, lw=0.7, label=f"n = {n} steps")
ax.axhline(0, color="0.7", lw=0.6)
ax.set_xlabel("t")
ax.set_ylabel(r"$W^{(n)}_t = S_{\lfloor nt \rfloor} / \sqrt{n}$")
ax.set_title("Rescaled random walks")
ax.legend(fontsize=8)

ax = axes[1]
ax2 = ax.twinx()
K = 16
ks = np.arange(1, K + 1)
for i in range(5):
    W = np.r_[0, np.cumsum(rng.normal(0, np.sqrt(2.0**-K), 2**K))]
    qv, tv = [], []
    for k in ks:
        inc = np.diff(W[:: 2 ** (K - k)])
        qv.append(np.sum(inc**2))
        tv.append(np.sum(np.abs(inc)))
    ax.plot(2.0**-ks, qv, "o-", ms=3, color="tab:blue", lw=1, alpha=0.8,
            label=r"$\sum (\Delta W)^2$" if i == 0 else None)
    ax2.plot(2.0**-ks, tv, "s--", ms=2.5, color="tab:red", lw=0.8, alpha=0.7,
             label=r"$\sum |\Delta W|$" if i == 0 else None)
ax.axhline(1, color="k", lw=0.8)
ax.set_xscale("log")
ax.invert_xaxis()
ax.set_ylim(0, 2.2)
ax2.set_yscale("log")
ax.set_xlabel("mesh of the dyadic partition of [0, 1] (finer to the right)")
ax.set_ylabel("quadratic variation", color="tab:blue")
ax2.set_ylabel("total variation (log scale)", color="tab:red")
ax.set_title("Five Brownian paths: QV tends to 1, TV to infinity")
h1, l1 = ax.get_legend_handles_labels()
h2, l2 = ax2.get_legend_handles_labels()
ax.legend(h1 + h2, l1 + l2, fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "brownian-motion-gaussian-processes-paths.png")

# 2. GP prior samples (RBF and exponential kernels) and the regression fit of the note.
rng = np.random.default_rng(1)
grid = np.linspace(0, 6, 300)
D = np.abs(grid[:, None] - grid[None, :])
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ax = axes[0]
for Kmat, color, label in [(np.exp(-D**2 / 2), "tab:blue", "squared exponential"),
                           (np.exp(-D), "tab:red", "exponential (Matern-1/2)")]:
    L = np.linalg.cholesky(Kmat + 1e-8 * np.eye(len(grid)))
    for j in range(3):
        ax.plot(grid, L @ rng.normal(size=len(grid)), color=color, lw=1,
                label=label if j == 0 else None, alpha=0.9)
ax.set_xlabel("x")
ax.set_ylabel("f(x)")
ax.set_title(r"Prior samples, length scale $\ell = 1$")
ax.legend(fontsize=8, loc="lower left")

rng = np.random.default_rng(0)                       # the data of the note's code
n = 20
x = np.sort(rng.uniform(0, 6, n))
y = np.sin(x) + 0.2 * rng.normal(size=n)


def neg_lml(lp):
    sf, ell, sn = np.exp(lp)
    K = sf**2 * np.exp(-(x[:, None] - x[None, :]) ** 2 / (2 * ell**2)) + sn**2 * np.eye(n)
    L = np.linalg.cholesky(K)
    a = np.linalg.solve(L.T, np.linalg.solve(L, y))
    return 0.5 * y @ a + np.log(np.diag(L)).sum() + 0.5 * n * np.log(2 * np.pi)


sf, ell, sn = np.exp(minimize(neg_lml, np.log([1.0, 1.0, 0.3]), method="L-BFGS-B").x)
xs = np.linspace(-0.5, 8, 300)
K = sf**2 * np.exp(-(x[:, None] - x[None, :]) ** 2 / (2 * ell**2)) + sn**2 * np.eye(n)
Ks = sf**2 * np.exp(-(x[:, None] - xs[None, :]) ** 2 / (2 * ell**2))
mean = Ks.T @ np.linalg.solve(K, y)
sd = np.sqrt(sf**2 - np.sum(Ks * np.linalg.solve(K, Ks), axis=0) + sn**2)
ax = axes[1]
ax.fill_between(xs, mean - 2 * sd, mean + 2 * sd, color="tab:blue", alpha=0.2, label=r"mean $\pm$ 2 sd")
ax.plot(xs, mean, color="tab:blue", lw=1.5, label="posterior mean")
ax.plot(xs, np.sin(xs), "k--", lw=1, label="sin(x)")
ax.plot(x, y, "ko", ms=4, label="20 observations")
ax.axvspan(6, 8, color="0.92", zorder=0)
ax.text(7, -1.9, "no data", ha="center", fontsize=8, color="0.4")
ax.set_xlabel("x")
ax.set_title(rf"GP regression: $\sigma_f = {sf:.2f}$, $\ell = {ell:.2f}$, $\sigma_n = {sn:.2f}$")
ax.legend(fontsize=8, loc="upper right")
ax.set_ylim(-2.2, 2.2)
fig.tight_layout()
save(fig, "brownian-motion-gaussian-processes-gp.png")
