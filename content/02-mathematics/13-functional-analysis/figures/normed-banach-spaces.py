"""Figures for normed-banach-spaces.md (deterministic)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

x = np.linspace(0.0, 1.0, 2001)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
ax = axes[0]
for n, c in zip([2, 4, 8, 32], ["#c6dbef", "#6baed6", "#2171b5", "#08306b"]):
    ax.plot(x, np.clip(n * (x - 0.5) + 0.5, 0, 1), color=c, label=f"$f_{{{n}}}$")
ax.plot(x, (x > 0.5).astype(float), "k--", lw=1, label="step (not continuous)")
ax.set_title("Cauchy in $L^1$, no limit in $C[0,1]$")
ax.set_xlabel("$x$")
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
m = 2001
y = np.linspace(0.0, 1.0, m)
w = np.full(m, 1.0 / (m - 1))
w[0] = w[-1] = 0.5 / (m - 1)
K = np.outer(y, y)
exact = 1.5 * y
u = np.zeros(m)
errs, bounds = [], []
for k in range(1, 13):
    u = y + K @ (w * u)
    errs.append(np.max(np.abs(u - exact)))
    bounds.append(0.5**k / 0.5)
ks = np.arange(1, 13)
ax.semilogy(ks, errs, "o-", label="sup-norm error of $u_k$")
ax.semilogy(ks, bounds, "s--", label="a-priori bound $q^k d_0/(1-q)$, $q=1/2$")
ax.set_xlabel("iteration $k$")
ax.set_title("Banach fixed-point iteration")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "normed-banach-spaces-completeness.png", dpi=110, metadata={"Software": None})
