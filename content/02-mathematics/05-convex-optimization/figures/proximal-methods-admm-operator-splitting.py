"""Figures for the note proximal-methods-admm-operator-splitting: what the l1 prox does, and
the convergence of ISTA, FISTA and ADMM on a Lasso problem with more features than samples."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

fig, (ax1, ax2, ax3) = plt.subplots(1, 3, figsize=(13.5, 4.2))

# (1) the prox as a trade-off: |x| + (x - v)^2 / 2 for two values of v (eta = lambda = 1)
x = np.linspace(-1.5, 3.5, 500)
for v, color in [(0.6, "#1f77b4"), (2.5, "#d62728")]:
    obj = np.abs(x) + (x - v) ** 2 / 2
    xmin = np.sign(v) * max(abs(v) - 1, 0)
    ax1.plot(x, obj, color=color, lw=1.8, label=rf"$|x| + (x - {v})^2/2$")
    ax1.plot(xmin, abs(xmin) + (xmin - v) ** 2 / 2, "o", color=color, ms=6)
    ax1.axvline(v, color=color, lw=0.8, ls=":")
    ax1.annotate(rf"prox $= {xmin:.1f}$", xy=(xmin, abs(xmin) + (xmin - v) ** 2 / 2),
                 xytext=(xmin - 0.1, abs(xmin) + (xmin - v) ** 2 / 2 + 1.3), color=color,
                 fontsize=9, arrowprops={"arrowstyle": "->", "color": color})
ax1.plot(x, np.abs(x), color="0.5", lw=1, ls="--", label=r"$g(x) = |x|$")
ax1.set_xlim(-1.5, 3.5)
ax1.set_ylim(0, 4.5)
ax1.set_xlabel(r"$x$ (dotted lines: the input $v$)")
ax1.set_title(r"$\mathrm{prox}_{|\cdot|}(v)$: minimize $g$ but stay near $v$")
ax1.legend(loc="upper left", fontsize=8)

# (2) the prox maps of three penalties (eta * lambda = 1)
v = np.linspace(-3, 3, 601)
ax2.plot(v, v, color="0.6", lw=1, ls=":", label="identity (no penalty)")
ax2.plot(v, np.sign(v) * np.maximum(np.abs(v) - 1, 0), color="#d62728", lw=2,
         label=r"$\ell_1$: soft-threshold")
ax2.plot(v, v / 2, color="#1f77b4", lw=2, label=r"$\frac{1}{2}\|x\|^2$: shrink by $1/(1 + \eta\lambda)$")
ax2.plot(v, np.clip(v, -1, 1), color="#2ca02c", lw=2, label=r"indicator of $[-1, 1]$: project")
ax2.axvspan(-1, 1, color="#fdd0a2", alpha=0.5)
ax2.text(0, -2.6, "$\\ell_1$ dead zone:\nexact zeros", ha="center", fontsize=8)
ax2.set_xlim(-3, 3)
ax2.set_ylim(-3, 3)
ax2.set_aspect("equal")
ax2.set_xlabel(r"input $v$")
ax2.set_ylabel(r"$\mathrm{prox}_{\eta g}(v)$")
ax2.set_title(r"Three proxes with $\eta\lambda = 1$")
ax2.legend(loc="upper left", fontsize=8)

# (3) ISTA, FISTA and ADMM on a Lasso with more features than samples
rng = np.random.default_rng(0)
n, d, lam = 100, 200, 5.0                          # more features than samples
X = rng.normal(size=(n, d))
w_true = np.zeros(d)
w_true[:3] = [4.0, -3.0, 2.0]
y = X @ w_true + 0.5 * rng.normal(size=n)
soft = lambda v, t: np.sign(v) * np.maximum(np.abs(v) - t, 0.0)
F = lambda w: 0.5 * np.sum((X @ w - y) ** 2) + lam * np.abs(w).sum()
L = np.linalg.norm(X, 2) ** 2
iters = 2000

def ista():
    w, out = np.zeros(d), []
    for _ in range(iters):
        w = soft(w - X.T @ (X @ w - y) / L, lam / L)
        out.append(F(w))
    return np.array(out), w

def fista(k=iters):
    w = w_prev = z = np.zeros(d)
    t, out = 1.0, []
    for _ in range(k):
        w = soft(z - X.T @ (X @ z - y) / L, lam / L)
        t_next = (1 + np.sqrt(1 + 4 * t * t)) / 2
        z = w + (t - 1) / t_next * (w - w_prev)
        w_prev, t = w, t_next
        out.append(F(w))
    return np.array(out), w

def admm(rho=50.0):
    z = u = np.zeros(d)
    M = np.linalg.inv(X.T @ X + rho * np.eye(d))
    out = []
    for _ in range(iters):
        w = M @ (X.T @ y + rho * (z - u))
        z = soft(w + u, lam / rho)
        u = u + w - z
        out.append(F(z))
    return np.array(out), z

F_star = fista(20000)[0][-1]
_, w_star = fista(20000)
R2 = np.sum(w_star ** 2)                            # ||x_0 - x*||^2 with x_0 = 0
k = np.arange(1, iters + 1)
for (vals, _), name, color in [(ista(), "ISTA", "#1f77b4"), (fista(), "FISTA", "#d62728"),
                               (admm(), r"ADMM, $\rho = 50$", "#2ca02c")]:
    ax3.plot(k, np.maximum(vals - F_star, 1e-16), color=color, lw=1.6, label=name)
ax3.plot(k, L * R2 / (2 * k), color="#1f77b4", lw=1, ls="--", label=r"ISTA bound $L R^2/(2k)$")
ax3.plot(k, 2 * L * R2 / (k + 1) ** 2, color="#d62728", lw=1, ls="--",
         label=r"FISTA bound $2LR^2/(k+1)^2$")
ax3.set_xscale("log")
ax3.set_yscale("log")
ax3.set_ylim(1e-13, 1e5)
ax3.set_xlabel("iteration $k$")
ax3.set_ylabel(r"$F(x_k) - F^\star$")
ax3.set_title(r"Lasso, $n = 100$ samples, $d = 200$ features")
ax3.legend(loc="lower left", fontsize=8)

fig.tight_layout()
fig.savefig(OUT / "proximal-methods-admm-operator-splitting-prox.png", dpi=110,
            metadata={"Software": None})
