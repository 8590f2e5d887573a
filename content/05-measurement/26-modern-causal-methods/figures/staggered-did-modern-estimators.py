"""Figures for the note staggered-did-modern-estimators.

Writes next to this script:
- staggered-did-modern-estimators-event-study.png: Callaway-Sant'Anna event-study estimates with
  pointwise 95% intervals against the true effects and the static TWFE coefficient, when parallel
  trends hold (left) and when the late cohort drifts before adoption (right).
Same data-generating process and seeds as the note's code. Deterministic: fixed seeds, no timestamps.
"""
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

HERE = Path(__file__).resolve().parent


def save(fig, name):
    """Render at dpi=110 without a Software tag, then store as a 256-color palette PNG (smaller)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    Image.open(buf).convert("RGB").quantize(colors=256).save(HERE / name, optimize=True)


T, t = 10, np.arange(1, 11)
sizes = {3: 180, 7: 180, np.inf: 240}
G = np.concatenate([np.full(n, g, float) for g, n in sizes.items()])
N = len(G)
tau = np.where(t[None, :] >= G[:, None], t[None, :] - G[:, None] + 1, 0.0)
cohorts = [3, 7]


def panel(rng, trend_late=0.0):
    alpha = rng.normal(size=N) + 0.5 * (G == 3)
    Y0 = alpha[:, None] + 0.3 * t + 0.5 * np.sin(t) + rng.normal(size=(N, T))
    Y0 += trend_late * (G == 7)[:, None] * (t - 6)
    return Y0 + tau


def att_gt(Y, g, s):
    c, b = s - 1, g - 2
    ctrl = ~np.isfinite(G)
    dg, dc = Y[G == g, c] - Y[G == g, b], Y[ctrl, c] - Y[ctrl, b]
    psi = np.zeros(N)
    psi[G == g] = (dg - dg.mean()) / dg.size
    psi[ctrl] = -(dc - dc.mean()) / dc.size
    return dg.mean() - dc.mean(), psi


def event_study(Y, events):
    est, psis = [], []
    for e in events:
        gs = [g for g in cohorts if 1 <= g + e <= T]
        w = np.array([sizes[g] for g in gs], float) / sum(sizes[g] for g in gs)
        parts = [att_gt(Y, g, g + e) for g in gs]
        est.append(sum(wg * a for wg, (a, _) in zip(w, parts)))
        psis.append(sum(wg * p for wg, (_, p) in zip(w, parts)))
    return np.array(est), np.array(psis).T


def twfe(Y):
    D = (t >= G[:, None]).astype(float)
    Dt = D - D.mean(1, keepdims=True) - D.mean(0) + D.mean()
    return (Dt * Y).sum() / (Dt * D).sum()


events = [e for e in range(-6, 8) if e != -1]
allev = np.arange(-6, 8)
truth = np.maximum(allev + 1, 0)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8), sharey=True)
for ax, drift, title in [(axes[0], 0.0, "parallel trends hold"),
                         (axes[1], 0.3, "late cohort drifts 0.3 per period before adoption")]:
    Y = panel(np.random.default_rng(0), trend_late=drift)
    est, psi = event_study(Y, events)
    se = np.sqrt((psi ** 2).sum(0))
    ax.axhline(0, color="k", lw=0.5)
    ax.axvline(-0.5, color="k", lw=0.8, ls=":")
    ax.plot(allev, truth, color="0.4", lw=1.5, label="true effect")
    ax.errorbar(events, est, yerr=1.96 * se, fmt="o", color="#2166ac", ms=4, capsize=3,
                label="Callaway-Sant'Anna, 95% CI")
    ax.plot([-1], [0], "o", color="#2166ac", mfc="white", ms=4)
    b = twfe(Y)
    ax.plot([0, 7], [b, b], color="#b2182b", ls="--", lw=1.5, label=f"static TWFE = {b:.2f}")
    ax.set_title(title, fontsize=10)
    ax.set_xlabel("event time e (periods since adoption)")
axes[0].set_ylabel("effect")
axes[0].legend(fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "staggered-did-modern-estimators-event-study.png")
