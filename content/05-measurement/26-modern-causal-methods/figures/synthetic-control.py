"""Figures for the note synthetic-control.

Writes next to this script:
- synthetic-control-fit.png: the simulated treated unit against its synthetic control (left) and
  its gap against the placebo gaps of the 20 donors (right).
- synthetic-control-outside-hull.png: a treated unit outside the donors' convex hull, with plain
  and ridge-augmented synthetic controls.
Same data-generating process and seeds as the note's code. Deterministic: fixed seeds, no timestamps.
"""
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

HERE = Path(__file__).resolve().parent


def save(fig, name):
    """Render at dpi=110 without a Software tag, then store as a 256-color palette PNG (smaller)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    Image.open(buf).convert("RGB").quantize(colors=256).save(HERE / name, optimize=True)

rng = np.random.default_rng(0)
J, T0, T1 = 20, 30, 10
T = T0 + T1
t = np.arange(T)
lam = np.column_stack([np.sin(2 * np.pi * t / 12), t / T])
mu = rng.uniform(0, 1, size=(J, 2)) * [2.0, 6.0]


def simulate(mu1, tau):
    M = np.vstack([mu1, mu])
    Y = 10 + 0.05 * t + M @ lam.T + 0.3 * rng.normal(size=(J + 1, T))
    Y[0, T0:] += tau
    return Y


def sc_weights(y1, Y0):
    n = Y0.shape[0]
    res = minimize(lambda w: np.sum((y1 - w @ Y0) ** 2), np.full(n, 1 / n),
                   jac=lambda w: -2 * Y0 @ (y1 - w @ Y0), method="SLSQP",
                   bounds=[(0, 1)] * n, options={"ftol": 1e-12, "maxiter": 500},
                   constraints=[{"type": "eq", "fun": lambda w: w.sum() - 1}])
    return res.x


def augmented(y1, Y0, w, alpha=1.0):
    Xp = Y0[:, :T0] - Y0[:, :T0].mean(0)
    B = np.linalg.solve(Xp.T @ Xp + alpha * np.eye(T0), Xp.T @ (Y0[:, T0:] - Y0[:, T0:].mean(0)))
    return w @ Y0 + np.concatenate([np.zeros(T0), (y1[:T0] - w @ Y0[:, :T0]) @ B])


# inside the hull: same draws as the note's first block
Y = simulate(0.5 * mu[3] + 0.3 * mu[7] + 0.2 * mu[12], tau=2.0)
w = sc_weights(Y[0, :T0], Y[1:, :T0])
synth = w @ Y[1:]
gaps = []
for j in range(J + 1):
    pool = np.delete(np.arange(J + 1), j)
    wj = sc_weights(Y[j, :T0], Y[pool, :T0])
    gaps.append(Y[j] - wj @ Y[pool])
gaps = np.array(gaps)

# outside the hull: same draws as the note's failure block
Yo = simulate(np.array([1.0, 8.0]), tau=2.0)
wo = sc_weights(Yo[0, :T0], Yo[1:, :T0])
so = wo @ Yo[1:]
ao = augmented(Yo[0], Yo[1:], wo)

fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
ax = axes[0]
for j in range(1, J + 1):
    ax.plot(t, Y[j], color="0.8", lw=0.7)
ax.plot(t, Y[0], color="#b2182b", lw=2, label="treated unit")
ax.plot(t, synth, color="#2166ac", lw=2, ls="--", label="synthetic control")
ax.axvline(T0 - 0.5, color="k", lw=0.8)
ax.set_title("inside the hull: fit before, gap after", fontsize=10)
ax.set_xlabel("period")
ax.set_ylabel("outcome")
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
for j in range(1, J + 1):
    ax.plot(t, gaps[j], color="0.7", lw=0.7)
ax.plot(t, gaps[0], color="#b2182b", lw=2, label="treated gap")
ax.plot([T0 - 0.5, T - 1], [2, 2], color="k", lw=1, ls=":", label="true effect 2")
ax.axvline(T0 - 0.5, color="k", lw=0.8)
ax.axhline(0, color="k", lw=0.5)
ax.set_title("gap: treated (red) vs 20 placebos (gray)", fontsize=10)
ax.set_xlabel("period")
ax.set_ylabel("actual minus synthetic")
ax.legend(fontsize=8, loc="upper left")

fig.tight_layout()
save(fig, "synthetic-control-fit.png")

fig, ax = plt.subplots(figsize=(6, 3.8))
for j in range(1, J + 1):
    ax.plot(t, Yo[j], color="0.8", lw=0.7)
ax.plot(t, Yo[0], color="#b2182b", lw=2, label="treated (trend loading 8)")
ax.plot(t, so, color="#2166ac", lw=2, ls="--", label="synthetic control")
ax.plot(t[T0:], ao[T0:], color="#1b7837", lw=2, ls="-.", label="augmented SC (ridge)")
ax.plot(t[T0:], Yo[0, T0:] - 2.0, color="#b2182b", lw=1, ls=":", label="true Y(0)")
ax.axvline(T0 - 0.5, color="k", lw=0.8)
ax.set_title("outside the hull: synthetic cannot keep up", fontsize=10)
ax.set_xlabel("period")
ax.set_ylabel("outcome")
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "synthetic-control-outside-hull.png")
