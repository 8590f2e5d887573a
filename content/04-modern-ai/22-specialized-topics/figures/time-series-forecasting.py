"""Figures for the note time-series-forecasting: (1) fan charts of AR(1) and random-walk forecasts
with 50/80/95% intervals; (2) the rolling-origin backtest of the note, forecasts from three origins
and the mean absolute error by horizon. Writes PNGs next to this script."""
import os

os.environ["OMP_NUM_THREADS"] = "1"
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})
Z = {50: 0.674, 80: 1.282, 95: 1.960}

# ---- (1) fan charts ----
rng = np.random.default_rng(3)
n_hist, H = 60, 30
fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.8), sharey=False)
for ax, phi, title in [(axes[0], 0.8, "AR(1), phi = 0.8: intervals level off"),
                       (axes[1], 1.0, "Random walk, phi = 1: intervals grow like sqrt(h)")]:
    c = 2.0 if phi < 1 else 0.0
    mu = c / (1 - phi) if phi < 1 else None
    x = np.empty(n_hist)
    x[0] = 10.0
    for t in range(1, n_hist):
        x[t] = c + phi * x[t - 1] + rng.normal()
    h = np.arange(0, H + 1)
    if phi < 1:
        f = mu + phi**h * (x[-1] - mu)
        sd = np.sqrt((1 - phi ** (2 * h)) / (1 - phi**2))
    else:
        f = np.full(h.size, x[-1])
        sd = np.sqrt(h)
    th = n_hist - 1 + h
    for level, alpha in [(95, 0.15), (80, 0.25), (50, 0.4)]:
        ax.fill_between(th, f - Z[level] * sd, f + Z[level] * sd, color="tab:blue", alpha=alpha,
                        lw=0, label=f"{level}% interval")
    ax.plot(np.arange(n_hist), x, color="k", lw=1.2, label="observed")
    ax.plot(th, f, color="tab:blue", lw=1.5, label="point forecast")
    if phi < 1:
        ax.axhline(mu, color="gray", ls=":", lw=1, label="mean 10")
    ax.set_title(title)
    ax.set_xlabel("time")
    ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(OUT / "time-series-forecasting-fan.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- (2) the backtest of the note ----
rng = np.random.default_rng(0)
T = 3 * 365
t = np.arange(T)
weekly = np.array([-6, -3, -1, 0, 4, 10, -4], float)
noise = np.zeros(T)
for i in range(1, T):
    noise[i] = 0.6 * noise[i - 1] + rng.normal(0, 4)
y = 100 + 0.1 * t + 12 * np.sin(2 * np.pi * t / 365.25) + weekly[t % 7] + noise
H = 14


def rows(origins):
    F, base, target = [], [], []
    for T0 in origins:
        last, m7, m28 = y[T0 - 1], y[T0 - 7:T0].mean(), y[T0 - 28:T0].mean()
        for h in range(1, H + 1):
            k = T0 - 1 + h - 7 * int(np.ceil(h / 7))
            F.append([last, m7, m28, y[k], y[k - 7], (T0 - 1 + h) % 7, h])
            base.append(m7)
            target.append(y[T0 - 1 + h])
    return np.array(F), np.array(base), np.array(target)


def gbm():
    return HistGradientBoostingRegressor(max_iter=60, learning_rate=0.1, random_state=0)


all_origins = np.arange(35, T - H + 1)
F, b, target = rows(all_origins)
origin_of_row = np.repeat(all_origins, H)
rel_all = F.copy()
rel_all[:, :5] -= b[:, None]
origins = np.arange(T - 365, T - H + 1, 28)
err = {"seasonal naive": [], "GBM on levels": [], "GBM relative to level": []}
fc = {}
for T0 in origins:
    tr, te = origin_of_row <= T0 - H, origin_of_row == T0
    yte = target[te]
    preds = {"seasonal naive": F[te][:, 3],
             "GBM on levels": gbm().fit(F[tr], target[tr]).predict(F[te]),
             "GBM relative to level": b[te] + gbm().fit(rel_all[tr], target[tr] - b[tr]).predict(rel_all[te])}
    for k, v in preds.items():
        err[k].append(yte - v)
    fc[T0] = preds

colors = {"seasonal naive": "tab:orange", "GBM on levels": "tab:red", "GBM relative to level": "tab:green"}
fig, axes = plt.subplots(1, 2, figsize=(11, 4.0), gridspec_kw={"width_ratios": [1.6, 1]})
ax = axes[0]
show = origins[-4:-1]
lo = show[0] - 42
ax.plot(np.arange(lo, T), y[lo:], color="k", lw=1, label="observed")
for j, T0 in enumerate(show):
    ax.axvline(T0 - 0.5, color="gray", ls=":", lw=1)
    for k in ["seasonal naive", "GBM relative to level"]:
        ax.plot(np.arange(T0, T0 + H), fc[T0][k], color=colors[k], lw=1.8,
                label=k if j == 0 else None)
ax.set_xlabel("day")
ax.set_ylabel("demand")
ax.set_title("14-day forecasts from three rolling origins (dotted)")
ax.legend(fontsize=8, loc="lower left")
ax = axes[1]
for k, e in err.items():
    ax.plot(np.arange(1, H + 1), np.mean(np.abs(np.array(e)), axis=0), "o-", ms=3, color=colors[k], label=k)
ax.set_xlabel("horizon h (days)")
ax.set_ylabel("MAE over 13 origins")
ax.set_ylim(0, 9)
ax.set_title("Error by horizon, refit at every origin")
ax.legend(fontsize=8, loc="lower right")
fig.tight_layout()
fig.savefig(OUT / "time-series-forecasting-backtest.png", dpi=110, metadata={"Software": None})
plt.close(fig)
