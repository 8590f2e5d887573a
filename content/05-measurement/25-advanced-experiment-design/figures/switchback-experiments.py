"""Figure for the note switchback-experiments: an assignment path with carryover and burn-in,
and bias, standard deviation and RMSE against block length. Writes a PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})
rng = np.random.default_rng(7)
c = np.array([0.4, 0.3, 0.2, 0.1])                    # one-hour carryover in 15-minute slots

fig, axes = plt.subplots(1, 2, figsize=(11, 4))

# Left: eight hours of one-hour blocks, the exposure the market feels, and the burn-in slots.
L, burn, hours = 4, 3, 8
coins = np.array([0, 1, 1, 0, 1, 0, 0, 1])
W = np.repeat(coins, L).astype(float)
exposure = sum(ck * np.pad(W, (k, 0))[: len(W)] for k, ck in enumerate(c))
slots = np.arange(len(W))
ax = axes[0]
for b, coin in enumerate(coins):
    if coin:
        ax.axvspan(b * L, (b + 1) * L, color="tab:orange", alpha=0.15, lw=0)
    ax.axvspan(b * L, b * L + burn, facecolor="none", edgecolor="gray", hatch="///", lw=0, alpha=0.5)
ax.step(np.append(slots, len(W)), np.append(W, W[-1]), where="post", color="tab:orange", lw=1.5,
        label="assignment $W_t$")
ax.step(np.append(slots, len(W)), np.append(exposure, exposure[-1]), where="post", color="k", lw=1.8,
        label=r"exposure $\sum_k c_k W_{t-k}$")
ax.set_xticks(np.arange(0, len(W) + 1, 4))
ax.set_xticklabels([f"{h}h" for h in range(hours + 1)])
ax.set_ylim(-0.05, 1.25)
ax.set_xlabel("time (hatched: 45-minute burn-in of each block)")
ax.set_title("One-hour blocks, one-hour carryover")
ax.legend(fontsize=8, loc="upper right", ncol=2)

# Right: bias, sd and RMSE against block length, without and with a 45-minute burn-in.
T, R, tau, rho = 14 * 96, 400, 1.0, 0.8
daily = 3 * np.sin(2 * np.pi * np.arange(T) / 96)


def run(L, b):
    e = rng.normal(0, 1, (R, T))
    x = np.empty((R, T))
    x[:, 0] = e[:, 0]
    for t in range(1, T):
        x[:, t] = rho * x[:, t - 1] + np.sqrt(1 - rho**2) * e[:, t]
    Wr = np.repeat(rng.integers(0, 2, (R, T // L)), L, axis=1).astype(float)
    y = daily + tau * sum(ck * np.pad(Wr, ((0, 0), (k, 0)))[:, :T] for k, ck in enumerate(c)) + x
    keep = (np.arange(T) % L) >= b
    Wk, yk = Wr[:, keep], y[:, keep]
    est = (Wk * yk).sum(1) / Wk.sum(1) - ((1 - Wk) * yk).sum(1) / (1 - Wk).sum(1)
    return est.mean() - tau, est.std()


Ls = [1, 2, 4, 6, 8, 12, 16]
ax = axes[1]
for b, style, lab in [(0, "-", "no burn-in"), (3, "--", "45-minute burn-in")]:
    Lb = [L for L in Ls if L > b]
    res = np.array([run(L, b) for L in Lb])
    mins = np.array(Lb) * 15
    ax.plot(mins, res[:, 0], style, color="tab:red", marker="o", ms=3, label=f"bias, {lab}")
    ax.plot(mins, res[:, 1], style, color="tab:blue", marker="o", ms=3, label=f"sd, {lab}")
    ax.plot(mins, np.hypot(res[:, 0], res[:, 1]), style, color="k", marker="o", ms=3, label=f"RMSE, {lab}")
ax.axhline(0, color="gray", lw=0.8)
ax.set_xlabel("block length (minutes)")
ax.set_ylabel("in units of the true effect")
ax.set_title("Bias-variance trade-off of the block length")
ax.legend(fontsize=7, ncol=2)
fig.tight_layout()
fig.savefig(OUT / "switchback-experiments-carryover.png", dpi=110, metadata={"Software": None})
plt.close(fig)
