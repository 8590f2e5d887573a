"""Figures for the note gradient-methods: gradient descent paths on an ill-conditioned
quadratic for three step sizes, and the contraction factor rho(eta) of the step-size limit."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})

mu, L = 1.0, 10.0                       # f(x) = (mu x1^2 + L x2^2) / 2, kappa = 10
h = np.array([mu, L])


def path(eta, x0, steps):
    xs = [np.array(x0, dtype=float)]
    for _ in range(steps):
        xs.append(xs[-1] - eta * h * xs[-1])
    return np.array(xs)


fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4.2))

g1, g2 = np.meshgrid(np.linspace(-10, 10, 400), np.linspace(-7, 7, 400))
F = 0.5 * (mu * g1 ** 2 + L * g2 ** 2)
ax1.contour(g1, g2, F, levels=np.geomspace(0.5, 400, 12), colors="0.75", linewidths=0.8)
x0 = (-9.0, 1.5)
runs = [(0.205, "#d62728", r"$\eta = 0.205 > 2/L$ (diverges)", 30),
        (2 / 11, "#2ca02c", r"$\eta^\star = 2/(\mu + L) = 2/11$", 25),
        (0.05, "#1f77b4", r"$\eta = 0.05$ (cautious)", 40)]
for eta, color, label, steps in runs:
    xs = path(eta, x0, steps)
    ax1.plot(xs[:, 0], xs[:, 1], "-o", color=color, ms=2.5, lw=1.1, label=label)
ax1.plot(*x0, "ks", ms=5)
ax1.plot(0, 0, "k*", ms=10)
ax1.set_xlim(-10, 10)
ax1.set_ylim(-7, 7)
ax1.set_xlabel(r"$x_1$ (curvature $\mu = 1$)")
ax1.set_ylabel(r"$x_2$ (curvature $L = 10$)")
ax1.set_title(r"Gradient descent on $\frac{1}{2}(x_1^2 + 10\,x_2^2)$")
ax1.legend(loc="lower right", fontsize=8)

eta = np.linspace(0, 0.25, 1001)
r_mu, r_L = np.abs(1 - eta * mu), np.abs(1 - eta * L)
ax2.plot(eta, r_mu, "--", color="#1f77b4", lw=1, label=r"$|1 - \eta\mu|$ (flat direction)")
ax2.plot(eta, r_L, "--", color="#d62728", lw=1, label=r"$|1 - \eta L|$ (steep direction)")
ax2.plot(eta, np.maximum(r_mu, r_L), "k", lw=2, label=r"$\rho(\eta)$, the worst case")
ax2.axhline(1, color="0.5", lw=0.8)
for x, txt, ha in [(1 / L, r"$1/L$ ", "center"), (2 / (mu + L), r"$\eta^\star$ ", "right"),
                  (2 / L, r" $2/L$", "left")]:
    ax2.axvline(x, color="0.6", lw=0.8, ls=":")
    ax2.text(x, 1.42, txt, ha=ha, fontsize=9)
ax2.plot(2 / (mu + L), 9 / 11, "o", color="#2ca02c")
ax2.annotate(r"$\rho(\eta^\star) = \frac{\kappa - 1}{\kappa + 1} = \frac{9}{11}$",
             xy=(2 / 11, 9 / 11), xytext=(0.005, 0.12), fontsize=9,
             arrowprops={"arrowstyle": "->", "color": "0.3"})
ax2.set_xlim(0, 0.25)
ax2.set_ylim(0, 1.5)
ax2.set_xlabel(r"step size $\eta$")
ax2.set_ylabel("contraction factor per step")
ax2.set_title(r"Convergent exactly when $\rho(\eta) < 1$, i.e. $\eta < 2/L$")
ax2.legend(loc="lower right", fontsize=8)

fig.tight_layout()
fig.savefig(OUT / "gradient-methods-step-size.png", dpi=110, metadata={"Software": None})
