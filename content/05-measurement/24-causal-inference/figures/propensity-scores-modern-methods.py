"""Figures for the note propensity-scores-modern-methods.

Writes next to this script:
- propensity-scores-modern-methods-overlap.png: estimated propensity scores by arm under
  moderate and poor overlap, and a balance ("love") plot of standardized mean differences;
- propensity-scores-modern-methods-dr.png: regression, IPW and AIPW estimates over 200
  simulated samples when the propensity model, the outcome model, both or neither are right.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
SAVE = dict(dpi=110, metadata={"Software": None})


def logistic_fit(F, t, iters=25):
    w = np.zeros(F.shape[1])
    for _ in range(iters):
        p = 1 / (1 + np.exp(-F @ w))
        w += np.linalg.solve(F.T @ (F * (p * (1 - p))[:, None]), F.T @ (t - p))
    return 1 / (1 + np.exp(-F @ w))


def draw(n, rng, k=1.0):
    x1, x2 = rng.normal(size=(2, n))
    e = 1 / (1 + np.exp(-k * (-0.5 + 0.5 * x1 + 0.5 * x2**2)))
    t = rng.random(n) < e
    y0 = 1 + x1 + x2**2 + rng.normal(size=n)
    return x1, x2, t, np.where(t, y0 + 1 + 0.5 * x1, y0)


def smd(v, t, w):
    m1, m0 = np.average(v[t], weights=w[t]), np.average(v[~t], weights=w[~t])
    return (m1 - m0) / np.sqrt((v[t].var(ddof=1) + v[~t].var(ddof=1)) / 2)


# ---------------------------------------------------------------- overlap and balance
rng = np.random.default_rng(1)
fig, axes = plt.subplots(1, 3, figsize=(12.0, 3.8))
bins = np.linspace(0, 1, 41)
for ax, k in ((axes[0], 1.0), (axes[1], 3.0)):
    x1, x2, t, y = draw(2_000, rng, k)
    e = logistic_fit(np.column_stack([np.ones(2_000), x1, x2, x2**2]), t)
    ax.hist(e[t], bins=bins, alpha=0.55, color="#d6604d", label=f"treated ({t.sum()})")
    ax.hist(e[~t], bins=bins, alpha=0.55, color="#2166ac", label=f"control ({(~t).sum()})")
    ax.set_xlabel("estimated propensity score")
    ax.set_ylabel("units")
    ax.set_title(f"logit multiplied by {k:.0f}: " + ("moderate overlap" if k == 1 else "poor overlap"),
                 fontsize=10)
    ax.legend(fontsize=8, loc="upper center")
    if k == 1.0:
        keep = (x1, x2, t, e)

x1, x2, t, e = keep
w = np.where(t, 1 / e, 1 / (1 - e))
ones = np.ones_like(w)
covs = {"x1": x1, "x2": x2, "x2^2": x2**2, "x1 * x2": x1 * x2, "x1^2": x1**2}
names = list(covs)
raw = [smd(covs[c], t, ones) for c in names]
wtd = [smd(covs[c], t, w) for c in names]
ax = axes[2]
pos = np.arange(len(names))
ax.scatter(np.abs(raw), pos, marker="o", s=40, facecolors="none", edgecolors="k", label="unweighted")
ax.scatter(np.abs(wtd), pos, marker="s", s=30, color="#d6604d", label="IPW (ATE weights)")
ax.axvline(0.1, color="#777777", ls="--", lw=1, label="0.1 rule of thumb")
ax.set_yticks(pos)
ax.set_yticklabels(names)
ax.set_xlabel("|standardized mean difference|")
ax.set_title("Balance before and after weighting", fontsize=10)
ax.legend(fontsize=8, loc="upper right")
fig.tight_layout()
fig.savefig(HERE / "propensity-scores-modern-methods-overlap.png", **SAVE)
plt.close(fig)

# ---------------------------------------------------------------- double robustness
rng = np.random.default_rng(0)
scen = [("e right", "mu right"), ("e right", "mu wrong"), ("e wrong", "mu right"), ("e wrong", "mu wrong")]
res = {s: [] for s in scen}
for _ in range(200):
    x1, x2, t, y = draw(2_000, rng)
    n = len(y)
    right = np.column_stack([np.ones(n), x1, x2, x2**2])
    wrong = np.column_stack([np.ones(n), x1, x2])
    for en, Fe in (("e right", right), ("e wrong", wrong)):
        e = logistic_fit(Fe, t)
        w1, w0 = t / e, (1 - t) / (1 - e)
        for mn, Fm in (("mu right", right), ("mu wrong", wrong)):
            m1 = Fm @ np.linalg.lstsq(Fm[t], y[t], rcond=None)[0]
            m0 = Fm @ np.linalg.lstsq(Fm[~t], y[~t], rcond=None)[0]
            res[(en, mn)].append((np.mean(m1 - m0),
                                  (w1 @ y) / w1.sum() - (w0 @ y) / w0.sum(),
                                  np.mean(m1 - m0 + w1 * (y - m1) - w0 * (y - m0))))
fig, ax = plt.subplots(figsize=(10.0, 3.9))
colors = ["#4daf4a", "#2166ac", "#d6604d"]
labels = ["regression (outcome model)", "IPW (propensity model)", "AIPW (both)"]
for i, s in enumerate(scen):
    r = np.array(res[s])
    for j in range(3):
        bp = ax.boxplot(np.clip(r[:, j], 0, 2.5), positions=[i * 4 + j], widths=0.7,
                        patch_artist=True, showfliers=False)
        bp["boxes"][0].set_facecolor(colors[j])
        bp["boxes"][0].set_alpha(0.7)
        bp["medians"][0].set_color("k")
for j in range(3):
    ax.plot([], [], "s", color=colors[j], alpha=0.7, ms=10, label=labels[j])
ax.axhline(1.0, color="k", ls="--", lw=1, label="true ATE 1.0")
ax.set_xticks([i * 4 + 1 for i in range(4)])
ax.set_xticklabels([f"propensity {a.split()[1]}, outcome {b.split()[1]}" for a, b in scen], fontsize=9)
ax.set_xlim(-1, 15)
ax.set_ylabel("estimate (200 samples, n = 2,000)")
ax.set_title("Double robustness: AIPW is centered on the truth unless both models are wrong",
             fontsize=10)
ax.legend(fontsize=8, loc="center left", ncol=2)
fig.tight_layout()
fig.savefig(HERE / "propensity-scores-modern-methods-dr.png", **SAVE)
plt.close(fig)
