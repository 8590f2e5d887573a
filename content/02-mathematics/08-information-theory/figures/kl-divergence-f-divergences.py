"""Figure for the note kl-divergence-f-divergences.

Writes kl-divergence-f-divergences-asymmetry.png next to this script, two panels:
- left: the bimodal target p = 0.5 N(-2, 0.5^2) + 0.5 N(2, 0.5^2) and the best single Gaussian
  under forward KL, KL(p || q) (mass-covering, the moment match N(0, 2.062^2)), and under reverse
  KL, KL(q || p) (mode-seeking, N(2, 0.5^2)), with reverse KL's poorer local minimum N(0, 1.736^2)
  dashed. The fits are computed exactly as in the note's coding exercise (grid integration,
  Nelder-Mead).
- right: KL(P || Q) and KL(Q || P) for P = N(0, 1) and Q = N(0, s^2) as functions of s, from the
  closed form.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from scipy.optimize import minimize  # noqa: E402

HERE = Path(__file__).resolve().parent

x = np.linspace(-10, 10, 20001)
dx = x[1] - x[0]


def normal_pdf(x, m, s):
    return np.exp(-(x - m)**2 / (2 * s**2)) / np.sqrt(2 * np.pi * s**2)


p = 0.5 * normal_pdf(x, -2, 0.5) + 0.5 * normal_pdf(x, 2, 0.5)


def kl(a, b):
    m = a > 1e-300
    return np.sum(a[m] * np.log(a[m] / b[m])) * dx


def fit(direction, start):
    def loss(v):
        q = normal_pdf(x, v[0], np.exp(v[1]))
        return kl(p, q) if direction == "forward" else kl(q, p)
    r = minimize(loss, np.array(start), method="Nelder-Mead",
                 options={"xatol": 1e-8, "fatol": 1e-12, "maxiter": 4000})
    return r.x[0], np.exp(r.x[1]), r.fun


fm, fs, fv = fit("forward", (0.0, 0.0))
rm, rs, rv = fit("reverse", (1.5, -0.5))
lm, ls_, lv = fit("reverse", (0.0, 0.0))

fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9))
ax = axes[0]
ax.fill_between(x, p, color="0.85", label="target $p$ (two modes)")
ax.plot(x, normal_pdf(x, fm, fs), color="C0", lw=2,
        label=f"forward fit N({abs(fm):.0f}, {fs:.3f}$^2$): " + r"$D_{\mathrm{KL}}(p\,\Vert\,q)$" + f" = {fv:.3f}")
ax.plot(x, normal_pdf(x, rm, rs), color="C3", lw=2,
        label=f"reverse fit N({rm:.0f}, {rs:.3f}$^2$): " + r"$D_{\mathrm{KL}}(q\,\Vert\,p)$" + f" = {rv:.3f}")
ax.plot(x, normal_pdf(x, lm, ls_), color="C3", lw=1.2, ls="--",
        label=f"reverse, local min N({abs(lm):.0f}, {ls_:.3f}$^2$): " + r"$D_{\mathrm{KL}}(q\,\Vert\,p)$" + f" = {lv:.3f}")
ax.set_xlim(-6, 6)
ax.set_ylim(0, 1.3)
ax.set_xlabel("$x$")
ax.set_ylabel("density")
ax.set_title("One Gaussian fitted to two modes: forward vs reverse KL")
ax.legend(fontsize=8, loc="upper left")

ax = axes[1]
s = np.linspace(0.2, 3.0, 400)
ax.plot(s, np.log(s) + 1 / (2 * s**2) - 0.5, color="C0", lw=2, label=r"$D_{\mathrm{KL}}(P\,\Vert\,Q) = \ln s + 1/(2s^2) - 1/2$")
ax.plot(s, -np.log(s) + s**2 / 2 - 0.5, color="C3", lw=2, label=r"$D_{\mathrm{KL}}(Q\,\Vert\,P) = -\ln s + s^2/2 - 1/2$")
ax.axvline(1, color="0.6", lw=0.8)
ax.set_ylim(0, 4)
ax.set_xlim(0.2, 3)
ax.set_xlabel("standard deviation $s$ of Q = N(0, $s^2$); P = N(0, 1)")
ax.set_ylabel("nats")
ax.set_title(r"A too-narrow $Q$ costs more in $D_{\mathrm{KL}}(P\,\Vert\,Q)$")
ax.legend(fontsize=8.5, loc="upper center")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "kl-divergence-f-divergences-asymmetry.png", dpi=110, metadata={"Software": None})
plt.close(fig)
