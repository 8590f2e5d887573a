"""Figures for the note sensitivity-analysis-robustness.

Writes next to this script:
- sensitivity-analysis-robustness-contours.png: left, the bias-adjusted estimate of the note's
  regression example as a function of a confounder's partial R2 with the treatment and with the
  outcome (Cinelli-Hazlett contours), with the omitted confounder Z, the informal benchmark X and the
  robustness value marked; right, the upper bound on the Wilcoxon signed-rank p-value of the note's
  matched-pairs example as a function of the hidden-bias parameter Gamma.
Same data and seeds as the note's code. Deterministic: fixed seeds, no timestamps.
"""
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from scipy import stats  # noqa: E402

HERE = Path(__file__).resolve().parent


def save(fig, name):
    """Render at dpi=110 without a Software tag, then store as a 256-color palette PNG (smaller)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    Image.open(buf).convert("RGB").quantize(colors=256).save(HERE / name, optimize=True)


# ---- regression example (same draws as the note) ---------------------------------------------
rng = np.random.default_rng(0)
n = 1000
X = rng.normal(size=n)
Z = rng.normal(size=n)
D = 0.5 * X + 0.6 * Z + rng.normal(size=n)
Y = 1.0 * D + 0.5 * X + 0.8 * Z + rng.normal(size=n)


def ols(y, *cols):
    A = np.column_stack([np.ones(len(y))] + list(cols))
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    resid = y - A @ coef
    df = len(y) - A.shape[1]
    se = np.sqrt(np.diag(np.linalg.inv(A.T @ A)) * (resid @ resid) / df)
    return coef, se, df, resid


def partial_r2(y, z, *controls):
    ry, rz = ols(y, *controls)[3], ols(z, *controls)[3]
    return (ry @ rz) ** 2 / ((ry @ ry) * (rz @ rz))


cs, ses, dfs, _ = ols(Y, D, X)
est, se, df = cs[1], ses[1], dfs
g = np.linspace(0, 0.95, 400)
RD, RY = np.meshgrid(g, g)
adj = est - se * np.sqrt(df * RY * RD / (1 - RD))
t = est / se
fq = abs(t) / np.sqrt(df)
rv = 0.5 * (np.sqrt(fq ** 4 + 4 * fq ** 2) - fq ** 2)
z_pt = (partial_r2(D, Z, X), partial_r2(Y, Z, D, X))
x_pt = (partial_r2(D, X), partial_r2(Y, X, D))

# ---- matched pairs example (same draws as the note) -------------------------------------------
rng = np.random.default_rng(0)
S = 200
d = 0.3 + rng.normal(size=S) * np.sqrt(2)
ranks = np.argsort(np.argsort(np.abs(d))) + 1
T = (ranks * (d > 0)).sum()
gam = np.linspace(1, 2.5, 301)
p = gam / (1 + gam)
pval = stats.norm.sf((T - p * S * (S + 1) / 2) / np.sqrt(p * (1 - p) * S * (S + 1) * (2 * S + 1) / 6))
gstar = gam[pval <= 0.05].max()

fig, axes = plt.subplots(1, 2, figsize=(10, 4.0))
ax = axes[0]
cs_ = ax.contour(RD, RY, adj, levels=[-0.5, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25], colors="0.4", linewidths=0.8)
ax.clabel(cs_, fmt="%.2f", fontsize=7)
ax.contour(RD, RY, adj, levels=[0.0], colors="#b2182b", linewidths=2)
ax.plot(*z_pt, "o", color="#b2182b", ms=6)
ax.annotate(f"omitted Z: adjusted {est - se * np.sqrt(df * z_pt[1] * z_pt[0] / (1 - z_pt[0])):.2f}",
            z_pt, xytext=(8, 4), textcoords="offset points", fontsize=8)
ax.plot(*x_pt, "s", color="#2166ac", ms=6)
ax.annotate("benchmark: as strong as X", x_pt, xytext=(8, -10), textcoords="offset points", fontsize=8)
ax.plot([rv], [rv], "D", color="k", ms=5)
ax.annotate(f"RV = {rv:.2f}", (rv, rv), xytext=(6, 6), textcoords="offset points", fontsize=8)
ax.set_xlabel("partial $R^2$ of confounder with treatment")
ax.set_ylabel("partial $R^2$ of confounder with outcome")
ax.set_title(f"bias-adjusted estimate (unadjusted {est:.2f})", fontsize=10)

ax = axes[1]
ax.plot(gam, pval, color="#2166ac", lw=2)
ax.axhline(0.05, color="k", lw=0.8, ls=":")
ax.axvline(gstar, color="#b2182b", lw=1, ls="--")
ax.annotate(f"sensitivity value $\\Gamma$ = {gstar:.2f}", (gstar, 0.05), xytext=(8, 20),
            textcoords="offset points", fontsize=8)
ax.set_xlabel(r"hidden bias $\Gamma$ (odds ratio of treatment within a pair)")
ax.set_ylabel("upper bound on the p-value")
ax.set_title("Rosenbaum bound, Wilcoxon signed-rank, 200 pairs", fontsize=10)
fig.tight_layout()
save(fig, "sensitivity-analysis-robustness-contours.png")
