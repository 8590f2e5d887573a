"""Figure for the note bridge-elbo-contrastive-rate-distortion.

Writes bridge-elbo-contrastive-rate-distortion-rd.png next to this script, two panels:
- left: the rate-distortion function of a unit-variance Gaussian source under squared error,
  D(R) = 2^(-2R), on a log scale, with the achievable region shaded and the points R = 1 (D = 1/4)
  and R = 3.32 (D = 0.01) of the note marked;
- right: the rate-distortion function of a Bernoulli(0.3) source under Hamming distortion,
  R(D) = H_b(0.3) - H_b(D) for D <= 0.3, with points computed by the Blahut algorithm of the
  note's coding exercise for lambda = 1.5, 2, 3, 4, 6 (each the slope -lambda of the curve).
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


def blahut_rd(p, d, lam, iters=3000):
    r = np.full(d.shape[1], 1 / d.shape[1])
    for _ in range(iters):
        Q = r * np.exp2(-lam * d)
        Q /= Q.sum(axis=1, keepdims=True)
        r = p @ Q
    D = float(np.sum(p[:, None] * Q * d))
    R = float(np.sum(p[:, None] * Q * np.log2(Q / r)))
    return R, D


fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9))
ax = axes[0]
R = np.linspace(0, 4, 300)
D = 2.0**(-2 * R)
ax.semilogy(R, D, color="C0", lw=2, label=r"$D(R) = \sigma^2\, 2^{-2R}$, $\sigma^2 = 1$")
ax.fill_between(R, D, 1.5, color="C0", alpha=0.12, label="achievable (rate, distortion) pairs")
for r, dd, txt, xy in [(1.0, 0.25, "1 bit: D = 1/4", (1.25, 0.45)),
                       (0.5 * np.log2(100), 0.01, "3.32 bits: D = 0.01", (1.7, 0.006))]:
    ax.plot([r], [dd], "o", color="k", ms=4)
    ax.annotate(txt, (r, dd), xytext=xy, fontsize=9, arrowprops={"arrowstyle": "-", "color": "0.5"})
ax.set_xlim(0, 4)
ax.set_ylim(2.0**-8, 1.5)
ax.set_xlabel("rate $R$ (bits per sample)")
ax.set_ylabel("mean squared error $D$ (log scale)")
ax.set_title("Gaussian source: each bit divides the error by 4")
ax.legend(fontsize=8.5, loc="upper right")
ax.grid(alpha=0.3, which="both")

ax = axes[1]
p = np.array([0.7, 0.3])
d = np.array([[0.0, 1.0], [1.0, 0.0]])
Dg = np.linspace(1e-4, 0.3, 300)
ax.plot(Dg, Hb(np.array([0.3]))[0] - Hb(Dg), color="C1", lw=2, label=r"$R(D) = H_b(0.3) - H_b(D)$")
ax.plot([0.3, 0.5], [0, 0], color="C1", lw=2)
pts = [blahut_rd(p, d, lam) for lam in [1.5, 2.0, 3.0, 4.0, 6.0]]
ax.plot([q[1] for q in pts], [q[0] for q in pts], "o", color="k", ms=5, label="Blahut algorithm points")
ax.fill_between(Dg, Hb(np.array([0.3]))[0] - Hb(Dg), 1.0, color="C1", alpha=0.12, label="achievable pairs")
ax.fill_between([0.3, 0.5], [0, 0], [1.0, 1.0], color="C1", alpha=0.12)
ax.set_xlim(0, 0.5)
ax.set_ylim(0, 0.95)
ax.set_xlabel("Hamming distortion $D$ (fraction of bits wrong)")
ax.set_ylabel("rate $R$ (bits per sample)")
ax.set_title("Bernoulli(0.3) source: zero rate once $D \\geq 0.3$")
ax.legend(fontsize=8.5, loc="upper right")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "bridge-elbo-contrastive-rate-distortion-rd.png", dpi=110, metadata={"Software": None})
plt.close(fig)
