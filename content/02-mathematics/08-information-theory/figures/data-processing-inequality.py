"""Figure for the note data-processing-inequality.

Writes data-processing-inequality-cascade.png next to this script, two panels:
- left: I(X; Y_k) in bits for a fair bit X sent through k cascaded binary symmetric links, each
  flipping with probability rho (0.05, 0.1, 0.2). k links flip with probability
  (1 - (1 - 2 rho)^k) / 2, so I(X; Y_k) = 1 - H_b of that.
- right: Fano's lower bound on the error of any classifier of a uniform 10-class label X from an
  observation carrying I(X; Y) bits, in its sharp form (solve H_b(P_e) + P_e log2 9 = H(X | Y))
  and its weak form (H(X | Y) - 1) / log2 10.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from scipy.optimize import brentq  # noqa: E402

HERE = Path(__file__).resolve().parent


def Hb(t):
    if t <= 0 or t >= 1:
        return 0.0
    return float(-t * np.log2(t) - (1 - t) * np.log2(1 - t))


fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9))
ax = axes[0]
k = np.arange(0, 11)
for rho, c in [(0.05, "C0"), (0.1, "C1"), (0.2, "C3")]:
    eps = (1 - (1 - 2 * rho)**k) / 2
    ax.plot(k, [1 - Hb(e) for e in eps], "o-", color=c, ms=4, label=rf"each link flips w.p. $\rho = {rho}$")
ax.set_xlabel("number of noisy links $k$ in $X \\to Y_1 \\to \\cdots \\to Y_k$")
ax.set_ylabel("$I(X; Y_k)$ (bits)")
ax.set_title("Information about $X$ only decreases along the chain")
ax.set_ylim(0, 1.05)
ax.set_xticks(k)
ax.grid(alpha=0.3)
ax.legend(fontsize=9)

ax = axes[1]
M = 10
info = np.linspace(0, np.log2(M), 300)
sharp, weak = [], []
for i in info:
    cond = np.log2(M) - i                           # H(X | Y) for a uniform X
    f = lambda pe: Hb(pe) + pe * np.log2(M - 1) - cond
    sharp.append(0.0 if cond <= 1e-12 else brentq(f, 1e-15, 1 - 1 / M))
    weak.append(max(0.0, (cond - 1) / np.log2(M)))
ax.plot(info, sharp, color="C2", lw=2, label=r"sharp: $H_b(P_e) + P_e \log_2 9 \geq H(X \mid Y)$")
ax.plot(info, weak, color="C2", lw=1.2, ls="--", label=r"weak: $P_e \geq (H(X \mid Y) - 1) / \log_2 10$")
ax.plot([2], [0.19346], "o", color="k", ms=4)
ax.annotate("2 bits: $P_e \\geq 0.193$", (2, 0.19346), xytext=(2.1, 0.4), fontsize=9,
            arrowprops={"arrowstyle": "-", "color": "0.5"})
ax.set_xlabel("$I(X; Y)$ (bits), $X$ uniform on 10 classes")
ax.set_ylabel("lower bound on error $P_e$")
ax.set_title("Fano: too little information forces errors")
ax.set_xlim(0, np.log2(M))
ax.set_ylim(0, 0.95)
ax.grid(alpha=0.3)
ax.legend(fontsize=8.5)
fig.tight_layout()
fig.savefig(HERE / "data-processing-inequality-cascade.png", dpi=110, metadata={"Software": None})
plt.close(fig)
