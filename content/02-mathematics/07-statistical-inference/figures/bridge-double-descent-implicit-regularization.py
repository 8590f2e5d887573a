"""Figures for the note bridge-double-descent-implicit-regularization: the test risk of min-norm
least squares against p/n (double descent) with the optimally tuned ridge, and the spectral filters
of gradient descent after t steps and of ridge regression with lambda = 1/(eta t). Writes PNGs next
to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


n, sigma, r, draws = 100, 0.5, 1.0, 30
rng = np.random.default_rng(0)


def risk(X, lam):
    """Excess risk E||w_hat - beta||^2 given X, averaged over the noise and over beta uniform on the
    sphere of radius r: ridge for lam > 0, min-norm least squares for lam = 0."""
    p = X.shape[1]
    s2 = np.linalg.svd(X, compute_uv=False) ** 2
    zeros = p - len(s2)
    if lam == 0:
        return r**2 * zeros / p + sigma**2 * np.sum(1 / s2)
    return np.sum((r**2 / p * lam**2 + sigma**2 * s2) / (s2 + lam) ** 2) + r**2 * zeros / p


def limit(g):
    return np.where(g < 1, sigma**2 * g / (1 - g), r**2 * (1 - 1 / g) + sigma**2 / (g - 1))


fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.3))
ax = axes[0]
ps = [10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 94, 97, 103, 106, 110, 115, 120, 130, 150, 175, 200,
      250, 300, 350, 400]
mn, rd = [], []
for p in ps:
    Xs = [rng.normal(size=(n, p)) for _ in range(draws)]
    mn.append(np.mean([risk(X, 0.0) for X in Xs]))
    rd.append(np.mean([risk(X, p * sigma**2 / r**2) for X in Xs]))
g = np.concatenate([np.linspace(0.01, 0.97, 200), np.linspace(1.03, 4.0, 300)])
gl, gr = g[g < 1], g[g > 1]
ax.plot(gl, limit(gl), color="tab:blue", lw=1.5, label=r"limit $R(\gamma)$, min-norm least squares")
ax.plot(gr, limit(gr), color="tab:blue", lw=1.5)
ax.plot(np.array(ps) / n, mn, "o", color="tab:blue", ms=4, label=rf"min-norm, exact risk at $n = {n}$")
ax.plot(np.array(ps) / n, rd, "s-", color="tab:green", ms=4, lw=1,
        label=r"ridge with the best $\lambda = p\sigma^2/r^2$")
ax.axvline(1.0, color="tab:red", ls=":", lw=1)
ax.axhline(r**2, color="0.5", ls="--", lw=0.8)
ax.text(3.0, 1.06, r"predict 0: risk $r^2$", color="0.3", fontsize=8)
ax.text(1.04, 3.6, "interpolation\nthreshold p = n", color="tab:red", fontsize=8)
ax.set_ylim(0, 4)
ax.set_xlim(0, 4)
ax.set_xlabel(r"$\gamma = p/n$ (parameters per sample)")
ax.set_ylabel(r"excess test risk $\mathbb{E}\Vert\hat\beta - \beta\Vert^2$")
ax.set_title(r"Double descent: $\sigma = 0.5$, $r = 1$")
ax.legend(fontsize=8, loc="upper right")

ax = axes[1]
x = np.logspace(-4, 0, 400)                             # x = eta * s_i^2 <= 1 (eta <= 1/s_max^2)
for t, col in [(1, "tab:gray"), (10, "tab:blue"), (100, "tab:green"), (1000, "tab:purple")]:
    ax.semilogx(x, 1 - (1 - x) ** t, color=col, label=rf"gradient descent, $t = {t}$")
    ax.semilogx(x, x / (x + 1 / t), color=col, ls="--", lw=1)
ax.plot([], [], color="k", ls="--", lw=1, label=r"ridge, $\lambda = 1/(\eta t)$")
ax.set_xlabel(r"$\eta s_i^2$ (step size times squared singular value)")
ax.set_ylabel("fraction of direction $v_i$ fitted")
ax.set_title("Early stopping filters like ridge")
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "bridge-double-descent-implicit-regularization-risk.png")
