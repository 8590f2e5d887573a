"""Figures for the note riemannian-geometry: geodesics and geodesic circles of the hyperbolic
half-plane, and KL divergence balls of the Gaussian family against their Fisher ellipses.
Writes PNGs next to this script."""
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


fig, axes = plt.subplots(1, 2, figsize=(11, 5), gridspec_kw={"width_ratios": [1.6, 1]})

# 1. Upper half-plane with G = I / y^2: the segment from (-1, 1) to (1, 1) has length 2, the
#    geodesic (arc of the circle of radius sqrt(2) about the origin) has length arccosh 3.
ax = axes[0]
s = np.linspace(np.pi / 4, 3 * np.pi / 4, 200)
ax.plot([-1, 1], [1, 1], color="tab:red", lw=2, label="straight segment, length 2")
ax.plot(np.sqrt(2) * np.cos(s), np.sqrt(2) * np.sin(s), color="tab:blue", lw=2,
        label=r"geodesic arc, length $\mathrm{arcosh}\,3 \approx 1.763$")
for c, r in [(-2.5, 1.0), (-2.2, 2.2), (2.6, 1.6)]:
    a = np.linspace(0, np.pi, 200)
    ax.plot(c + r * np.cos(a), r * np.sin(a), color="0.6", lw=0.9)
ax.plot([3.3, 3.3], [0, 3.2], color="0.6", lw=0.9, label="other geodesics")
# Hyperbolic circles of radius 0.4: Euclidean circles, center (x0, y0 cosh r), radius y0 sinh r.
a = np.linspace(0, 2 * np.pi, 200)
for k, (x0, y0) in enumerate([(-1.2, 0.25), (0.0, 0.6), (1.6, 1.5)]):
    rr = 0.4
    ax.plot(x0 + y0 * np.sinh(rr) * np.cos(a), y0 * np.cosh(rr) + y0 * np.sinh(rr) * np.sin(a),
            color="tab:green", lw=1.4, label="circles of hyperbolic radius 0.4" if k == 0 else None)
    ax.plot([x0], [y0], "+", color="tab:green", ms=6)
ax.plot([-1, 1], [1, 1], "ko", ms=4)
ax.axhline(0, color="k", lw=1.2)
ax.set_aspect("equal")
ax.set_xlim(-3.6, 3.6)
ax.set_ylim(-0.05, 3.2)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_title(r"Hyperbolic half-plane, $G = I / y^2$")
ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.17), ncol=2)

# 2. Gaussian family N(mu, sigma^2): KL(p_theta0 || p_theta) = 0.02 against the Fisher ellipse
#    (1/2) delta^T G(theta0) delta = 0.02 with G = diag(1/sigma^2, 2/sigma^2).
ax = axes[1]
eps = 0.02
mu, sg = np.meshgrid(np.linspace(-1.2, 1.2, 481), np.linspace(0.05, 1.6, 621))
for k, s0 in enumerate([0.25, 0.6, 1.2]):
    kl = np.log(sg / s0) + (s0**2 + mu**2) / (2 * sg**2) - 0.5
    ax.contour(mu, sg, kl, levels=[eps], colors="tab:blue", linewidths=2)
    t = np.linspace(0, 2 * np.pi, 200)
    ax.plot(np.sqrt(2 * eps) * s0 * np.cos(t), s0 + np.sqrt(eps) * s0 * np.sin(t), "--",
            color="tab:orange", lw=1.5)
    ax.plot([0], [s0], "k+", ms=7)
ax.plot([], [], color="tab:blue", lw=2, label=r"$\mathrm{KL}(p_{\theta_0} \,\Vert\, p_\theta) = 0.02$")
ax.plot([], [], "--", color="tab:orange", lw=1.5, label=r"$\frac{1}{2}\delta^\top G(\theta_0)\,\delta = 0.02$")
ax.set_aspect("equal")
ax.set_xlim(-0.75, 0.75)
ax.set_ylim(0, 1.85)
ax.set_xlabel(r"mean $\mu$")
ax.set_ylabel(r"standard deviation $\sigma$")
ax.set_title(r"KL balls and Fisher ellipses of $\mathcal{N}(\mu, \sigma^2)$")
ax.legend(fontsize=8, loc="upper center")

fig.tight_layout()
save(fig, "riemannian-geometry-hyperbolic-fisher.png")
