"""Figures for the note expectation-moments-characteristic-functions: characteristic functions of
five symmetric laws, and the example showing why Levy's continuity theorem needs a limit that is
continuous at 0 (X_n ~ N(0, n)). Exact formulas, no sampling. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

t = np.linspace(-8.0, 8.0, 3201)
s3 = np.sqrt(3.0)
fig, axes = plt.subplots(1, 3, figsize=(14, 4))
ax = axes[0]
ax.plot(t, np.exp(-t ** 2 / 2), color="black", linewidth=2, label=r"$\mathcal{N}(0,1)$: $e^{-t^2/2}$")
ax.plot(t, np.sinc(s3 * t / np.pi), color="tab:blue", label=r"Uniform$(-\sqrt{3},\sqrt{3})$: $\sin(\sqrt{3}t)/(\sqrt{3}t)$")
ax.plot(t, 1 / (1 + t ** 2 / 2), color="tab:green", label=r"Laplace, variance 1: $1/(1+t^2/2)$")
ax.plot(t, np.cos(t), color="tab:purple", label=r"random sign $\pm 1$: $\cos t$")
ax.plot(t, np.exp(-np.abs(t)), color="tab:red", label=r"Cauchy (no mean): $e^{-|t|}$")
near = np.abs(t) < 1.6
ax.plot(t[near], 1 - t[near] ** 2 / 2, "k:", linewidth=1.5, label=r"$1 - t^2/2$")
ax.set_ylim(-1.1, 2.35)
ax.set_xlabel("t")
ax.set_ylabel(r"$\varphi_X(t)$")
ax.set_title("Characteristic functions (real for symmetric laws)")
ax.legend(fontsize=7, loc="upper center", ncol=2)

t2 = np.linspace(-3.0, 3.0, 3001)
ns = [1, 10, 100, 1000]
colors = plt.cm.viridis(np.linspace(0.0, 0.85, len(ns)))
for n, c in zip(ns, colors):
    axes[1].plot(t2, np.exp(-n * t2 ** 2 / 2), color=c, label=f"n = {n}")
axes[1].plot([0], [1], "ko", markersize=5, label="pointwise limit: 1 at t = 0, else 0")
axes[1].set_xlabel("t")
axes[1].set_ylabel(r"$\varphi_{X_n}(t) = e^{-n t^2/2}$")
axes[1].set_title(r"$X_n \sim \mathcal{N}(0, n)$: limit discontinuous at 0")
axes[1].legend(fontsize=8)

x = np.linspace(-30.0, 30.0, 1201)
for n, c in zip(ns, colors):
    axes[2].plot(x, stats.norm.cdf(x / np.sqrt(n)), color=c, label=f"n = {n}")
axes[2].axhline(0.5, color="gray", linestyle="--", linewidth=1, label="limit 1/2: not a CDF")
axes[2].set_xlabel("x")
axes[2].set_ylabel(r"$F_{X_n}(x) = \Phi(x/\sqrt{n})$")
axes[2].set_title("The CDFs flatten: mass escapes, no limit law")
axes[2].legend(fontsize=7, loc="upper left")
fig.tight_layout()
fig.savefig(OUT / "expectation-moments-characteristic-functions-charfuns.png", dpi=110, metadata={"Software": None})
plt.close(fig)
