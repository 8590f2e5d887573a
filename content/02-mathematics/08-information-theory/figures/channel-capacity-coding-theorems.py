"""Figure for the note channel-capacity-coding-theorems.

Writes channel-capacity-coding-theorems-capacity.png next to this script: the capacity in bits per
use of three binary-input channels against their noise parameter rho:
- binary symmetric channel with flip probability rho: C = 1 - H_b(rho) (closed form);
- binary erasure channel with erasure probability rho: C = 1 - rho (closed form);
- Z-channel in which a 1 turns into a 0 with probability rho: computed by Blahut-Arimoto, the
  algorithm of the note's code block.
The point rho = 0.11 of the worked example (BSC capacity about 0.5 bits) and the Z-channel at
rho = 1/2 (log2 1.25) are marked.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent


def Hb(t):
    t = np.asarray(t, dtype=float)
    out = np.zeros_like(t)
    m = (t > 0) & (t < 1)
    out[m] = -t[m] * np.log2(t[m]) - (1 - t[m]) * np.log2(1 - t[m])
    return out


def capacity(W, iters=3000):
    """Blahut-Arimoto for a row-stochastic W[x, y] = P(Y=y | X=x); capacity in bits."""
    def info_density(r):
        q = r @ W
        ratio = np.divide(W, q, out=np.ones_like(W), where=W > 0)
        return (W * np.log2(ratio)).sum(axis=1)
    r = np.full(W.shape[0], 1 / W.shape[0])
    for _ in range(iters):
        r = r * np.exp2(info_density(r))
        r /= r.sum()
    return float((r * info_density(r)).sum())


p = np.linspace(0, 1, 401)
pz = np.linspace(0, 1, 41)
cz = [capacity(np.array([[1.0, 0.0], [e, 1 - e]])) for e in pz]

fig, ax = plt.subplots(figsize=(6.6, 4.0))
ax.plot(p, 1 - Hb(p), color="C0", lw=2, label=r"binary symmetric: $1 - H_b(\rho)$")
ax.plot(p, 1 - p, color="C1", lw=2, label=r"binary erasure: $1 - \rho$")
ax.plot(pz, cz, "o-", color="C2", ms=3, lw=1.2, label="Z-channel (Blahut-Arimoto)")
ax.plot([0.11], [float(1 - Hb(np.array([0.11]))[0])], "o", color="k", ms=5)
ax.annotate(r"$\rho = 0.11$: $C \approx 0.50$", (0.11, 0.5), xytext=(0.2, 0.33), fontsize=9,
            arrowprops={"arrowstyle": "-", "color": "0.5"})
ax.plot([0.5], [np.log2(1.25)], "o", color="k", ms=5)
ax.annotate(r"Z at $\rho = 1/2$: $\log_2 1.25 \approx 0.322$", (0.5, np.log2(1.25)), xytext=(0.52, 0.5),
            fontsize=9, arrowprops={"arrowstyle": "-", "color": "0.5"})
ax.set_xlabel(r"noise parameter $\rho$ (flip, erasure or 1-to-0 probability)")
ax.set_ylabel("capacity (bits per channel use)")
ax.set_title("Capacity of three binary-input channels")
ax.set_xlim(0, 1)
ax.set_ylim(0, 1.05)
ax.grid(alpha=0.3)
ax.legend(fontsize=9, loc="upper right")
fig.tight_layout()
fig.savefig(HERE / "channel-capacity-coding-theorems-capacity.png", dpi=110, metadata={"Software": None})
plt.close(fig)
