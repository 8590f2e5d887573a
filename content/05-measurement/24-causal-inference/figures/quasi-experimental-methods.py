"""Figures for the note quasi-experimental-methods.

Writes next to this script:
- quasi-experimental-methods-weak-iv.png: sampling distribution of 2SLS for a strong and a weak
  instrument, against OLS;
- quasi-experimental-methods-rd.png: a sharp regression discontinuity with local linear fits
  (left) and the bias-variance trade-off in the bandwidth (right);
- quasi-experimental-methods-did.png: event-study plots under parallel and diverging trends.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
SAVE = dict(dpi=110, metadata={"Software": None})


# ---------------------------------------------------------------- weak instruments
def tsls(y, d, z, x):
    n = len(y)
    W = np.column_stack([np.ones(n), x, z])
    D = np.column_stack([np.ones(n), x, d])
    D_hat = W @ np.linalg.lstsq(W, D, rcond=None)[0]
    return np.linalg.solve(D_hat.T @ D, D_hat.T @ y)[2]


def draw_iv(n, rng, pi):
    x, u, z = rng.normal(size=(3, n))
    d = pi * z + 0.5 * x + u + 0.3 * rng.normal(size=n)
    y = 1.0 * d + 0.5 * x + 2.0 * u + 0.5 * rng.normal(size=n)
    return y, d, z, x


rng = np.random.default_rng(0)
fig, ax = plt.subplots(figsize=(7.0, 3.8))
bins = np.linspace(-3, 5, 81)
for pi, col, lab in ((0.25, "#2166ac", "strong: pi = 0.25 (F about 60)"),
                     (0.05, "#d6604d", "weak: pi = 0.05 (F about 3)")):
    est = np.array([tsls(*draw_iv(1_000, rng, pi)) for _ in range(2_000)])
    ax.hist(np.clip(est, -3, 5), bins=bins, density=True, histtype="stepfilled", alpha=0.45,
            color=col, label=lab)
ax.axvline(1.0, color="k", lw=1.5, label="true effect 1.0")
ax.axvline(1 + 2 / 1.09, color="#777777", lw=1.5, ls="--", label="OLS limit 2.83")
ax.set_xlim(-3, 5)
ax.set_xlabel("2SLS estimate over 2,000 samples of n = 1,000 (clipped to [-3, 5])")
ax.set_ylabel("density")
ax.set_title("A weak instrument gives a wide, heavy-tailed, off-center 2SLS distribution",
             fontsize=10)
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(HERE / "quasi-experimental-methods-weak-iv.png", **SAVE)
plt.close(fig)


# ---------------------------------------------------------------- regression discontinuity
def side_fit(x, y, h, degree):
    w = np.clip(1 - np.abs(x) / h, 0, None)
    keep = w > 0
    X = np.vander(x[keep], degree + 1, increasing=True)
    Xw = X * w[keep, None]
    return np.linalg.solve(X.T @ Xw, Xw.T @ y[keep])


def rd(x, y, h, degree=1):
    return side_fit(x[x >= 0], y[x >= 0], h, degree)[0] - side_fit(x[x < 0], y[x < 0], h, degree)[0]


def m0(x):
    return 1 + 0.8 * x - 1.2 * x**2


def tau(x):
    return 0.5 + 0.4 * x - 1.5 * x**2


def draw_rd(n, rng):
    x = rng.uniform(-1, 1, n)
    y0 = m0(x) + 0.5 * rng.normal(size=n) + 0.5 * rng.normal(size=n)
    return x, np.where(x >= 0, y0 + tau(x), y0)


rng = np.random.default_rng(2)
x, y = draw_rd(4_000, rng)
fig, axes = plt.subplots(1, 2, figsize=(10.0, 4.0))
ax = axes[0]
edges = np.linspace(-1, 1, 41)
mid = (edges[:-1] + edges[1:]) / 2
means = np.array([y[(x >= a) & (x < b)].mean() for a, b in zip(edges[:-1], edges[1:])])
ax.scatter(mid, means, s=14, c="#555555", zorder=3, label="bin means (width 0.05)")
h = 0.4
for side, col in ((x >= 0, "#d6604d"), (x < 0, "#2166ac")):
    xs = x[side]
    b = side_fit(xs, y[side], h, 1)
    g = np.linspace(0, h, 20) * (1 if col == "#d6604d" else -1)
    ax.plot(g, b[0] + b[1] * g, color=col, lw=2.5)
gl, gr = np.linspace(-1, 0, 100), np.linspace(0, 1, 100)
ax.plot(gl, m0(gl), "k--", lw=1, label="true E[Y | X = x]")
ax.plot(gr, m0(gr) + tau(gr), "k--", lw=1)
ax.plot([], [], color="#777777", lw=2.5, label="local linear fits, h = 0.4")
ax.axvline(0, color="#999999", lw=0.8)
ax.annotate("", xy=(0.03, m0(0) + tau(0)), xytext=(0.03, m0(0)),
            arrowprops=dict(arrowstyle="<->", color="k"))
ax.text(0.06, m0(0) + 0.2, "jump = effect\nat the cutoff, 0.5", fontsize=8)
ax.set_xlabel("running variable x (treated when x >= 0)")
ax.set_ylabel("outcome")
ax.set_title("Sharp regression discontinuity", fontsize=10)
ax.legend(fontsize=8, loc="lower center")

ax = axes[1]
hs = np.array([0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0])
for degree, col, lab in ((1, "#d6604d", "local linear"), (0, "#2166ac", "local constant")):
    sims = np.array([[rd(*draw_rd(4_000, rng), hh, degree) for hh in hs] for _ in range(200)])
    bias, sd = np.abs(sims.mean(axis=0) - 0.5), sims.std(axis=0)
    ax.plot(hs, np.sqrt(bias**2 + sd**2), "o-", color=col, lw=2, ms=4, label=f"{lab}: RMSE")
    ax.plot(hs, bias, ":", color=col, lw=1.5, label=f"{lab}: |bias|")
    ax.plot(hs, sd, "--", color=col, lw=1, label=f"{lab}: sd")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_ylim(1e-3, 1)
ax.set_xlabel("bandwidth h (log scale)")
ax.set_ylabel("error of the estimated jump (log scale)")
ax.set_title("Bandwidth: variance falls, bias grows (200 samples, n = 4,000)", fontsize=10)
ax.legend(fontsize=7, ncol=2, loc="lower left")
fig.tight_layout()
fig.savefig(HERE / "quasi-experimental-methods-rd.png", **SAVE)
plt.close(fig)


# ---------------------------------------------------------------- difference-in-differences
N, P, START = 400, 10, 5
post = np.arange(P) >= START


def panel(rng, trend_gap):
    g = np.arange(N) < N // 2
    alpha = rng.normal(size=N) + 1.5 * g
    e = np.zeros((N, P))
    e[:, 0] = rng.normal(size=N)
    for s in range(1, P):
        e[:, s] = 0.7 * e[:, s - 1] + np.sqrt(0.51) * rng.normal(size=N)
    y = alpha[:, None] + np.linspace(0, 2, P)[None, :] + trend_gap * g[:, None] * np.arange(P) + e
    return g, y + 1.0 * g[:, None] * post[None, :]


rng = np.random.default_rng(7)
fig, axes = plt.subplots(1, 2, figsize=(10.0, 3.8), sharey=True)
for ax, gap, title in ((axes[0], 0.0, "Parallel trends: flat pre-period, jump of 1.0"),
                       (axes[1], 0.1, "Treated trend 0.1 per period steeper")):
    g, y = panel(rng, gap)
    dev = y - y[:, [START - 1]]                        # change since the reference period
    est = dev[g].mean(0) - dev[~g].mean(0)
    se = np.sqrt(dev[g].var(0, ddof=1) / g.sum() + dev[~g].var(0, ddof=1) / (~g).sum())
    k = np.arange(P) - START
    ax.axhline(0, color="#999999", lw=0.8)
    ax.axvline(-0.5, color="#999999", lw=0.8, ls=":")
    ax.plot(k[k < 0], 0 * k[k < 0], color="k", lw=1, ls="--", label="true effect")
    ax.plot(k[k >= 0], 0 * k[k >= 0] + 1.0, color="k", lw=1, ls="--")
    if gap:
        ax.plot(k, gap * (k + 1) + (k >= 0), color="#777777", lw=1, ls=":",
                label="expected estimate: effect + 0.1 (k + 1)")
        ax.legend(fontsize=8, loc="upper left")
    ax.errorbar(k, est, yerr=1.96 * se, fmt="o", color="#d6604d", capsize=3,
                label="estimate, 95% CI (clustered by unit)")
    ax.set_xlabel("periods relative to treatment start (reference: -1)")
    ax.set_title(title, fontsize=10)
axes[0].set_ylabel("treated minus control, relative to period -1")
axes[0].legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(HERE / "quasi-experimental-methods-did.png", **SAVE)
plt.close(fig)
