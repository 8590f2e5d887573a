"""Figures for hilbert-spaces.md (deterministic)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent


def partial_sum(x, N):
    return sum(4.0 / (np.pi * k) * np.sin(k * x) for k in range(1, N + 1, 2))


x = np.linspace(-np.pi, np.pi, 4001)
fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
ax = axes[0]
ax.plot(x, np.sign(x), "k--", lw=1, label="$f = \\mathrm{sign}(x)$")
for N, c in zip([1, 5, 25], ["#9ecae1", "#3182bd", "#08519c"]):
    ax.plot(x, partial_sum(x, N), color=c, lw=1.2, label=f"$S_{{{N}}}$")
ax.set_xlabel("$x$")
ax.set_title("Fourier partial sums of a square wave")
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
Ns = np.array([1, 3, 5, 9, 15, 25, 45, 75, 125, 225, 375, 625])
c2 = np.cumsum([16.0 / (np.pi * k**2) if k % 2 else 0.0 for k in range(1, 626)])
l2 = np.sqrt(2 * np.pi - c2[Ns - 1])
xs = np.linspace(1e-4, np.pi - 1e-4, 200001)
over = [partial_sum(xs, N).max() - 1.0 for N in Ns]
ax.loglog(Ns, l2, "o-", label="$L^2$ error $\\|f - S_N\\|_2$")
ax.loglog(Ns, over, "s-", label="overshoot $\\max S_N - 1$ (Gibbs)")
ax.set_xlabel("$N$ (highest frequency kept)")
ax.set_title("$L^2$ error $\\to 0$, overshoot does not")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "hilbert-spaces-fourier.png", dpi=110, metadata={"Software": None})
