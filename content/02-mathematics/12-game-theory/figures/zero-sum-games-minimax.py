"""No-regret dynamics on a 3x3 zero-sum game; writes one PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent
A = np.array([[2., -1., 0.], [-1., 1., 2.], [0., 3., -2.]])   # value 7/15, x* = (13, 12, 5)/30
T = 20000
m, n = A.shape


def gap(x, y):
    return (A @ y).max() - (x @ A).min()


# Hedge with a fixed step size; record the running-average gap and the last iterate.
eta = 0.02
wx, wy = np.zeros(m), np.zeros(n)
sx, sy = np.zeros(m), np.zeros(n)
hedge_gap, last_x1, avg_x1 = [], [], []
for t in range(1, T + 1):
    x = np.exp(wx - wx.max()); x /= x.sum()
    y = np.exp(wy - wy.max()); y /= y.sum()
    sx += x; sy += y
    hedge_gap.append(gap(sx / t, sy / t)); last_x1.append(x[0]); avg_x1.append(sx[0] / t)
    wx += eta * (A @ y)
    wy -= eta * (x @ A)

# Fictitious play.
cx, cy = np.zeros(m), np.zeros(n)
cx[0] += 1; cy[0] += 1
fp_gap = [gap(cx, cy)]
for t in range(2, T + 1):
    i = np.argmax(A @ (cy / cy.sum())); j = np.argmin((cx / cx.sum()) @ A)
    cx[i] += 1; cy[j] += 1
    fp_gap.append(gap(cx / t, cy / t))

ts = np.arange(1, T + 1)
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
ax = axes[0]
ax.loglog(ts, hedge_gap, label="Hedge, time average (step 0.02)")
ax.loglog(ts, fp_gap, label="fictitious play, empirical mix", alpha=0.8)
ax.loglog(ts, 3 / np.sqrt(ts), "k--", lw=1, label=r"reference slope $t^{-1/2}$")
ax.set_xlabel("iteration t")
ax.set_ylabel(r"duality gap $\max_i (A\bar y)_i - \min_j (\bar x^\top A)_j$")
ax.set_title("Averages approach the equilibrium")
ax.legend(fontsize=8)
ax.grid(alpha=0.3, which="both")
ax = axes[1]
ax.plot(ts[:3000], last_x1[:3000], lw=1, label="Hedge last iterate $x_t(1)$")
ax.plot(ts[:3000], avg_x1[:3000], lw=2, label=r"time average $\bar x_t(1)$")
ax.axhline(13 / 30, color="k", ls="--", lw=1, label=r"equilibrium $x^\star(1) = 13/30$")
ax.set_xlabel("iteration t")
ax.set_ylabel("probability of row 1")
ax.set_title("The last iterate keeps cycling")
ax.legend(fontsize=8, loc="upper right")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "zero-sum-games-minimax-no-regret.png", dpi=110, metadata={"Software": None})
