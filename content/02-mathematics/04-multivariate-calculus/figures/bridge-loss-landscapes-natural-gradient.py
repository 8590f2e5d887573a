"""Figures for the note bridge-loss-landscapes-natural-gradient: gradient descent against the
natural gradient on an ill-conditioned quadratic (a Gaussian mean with known covariance, whose
Fisher matrix equals the Hessian) and on the Gaussian fit of the worked example.
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


fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))

# 1. L(theta) = 1/2 theta^T H theta with eigenvalues 1 and 20, axes rotated by 30 degrees.
#    For the model N(theta, H^{-1}) the Fisher matrix is H, so the natural gradient is H^{-1} grad.
ax = axes[0]
c, s = np.cos(np.pi / 6), np.sin(np.pi / 6)
Rot = np.array([[c, -s], [s, c]])
H = Rot @ np.diag([1.0, 20.0]) @ Rot.T
g1, g2 = np.meshgrid(np.linspace(-3, 3, 301), np.linspace(-2.2, 2.2, 221))
Z = 0.5 * (H[0, 0] * g1**2 + 2 * H[0, 1] * g1 * g2 + H[1, 1] * g2**2)
ax.contour(g1, g2, Z, levels=[0.1, 0.4, 1, 2, 4, 7, 11, 16], colors="0.7", linewidths=0.8)
start = np.array([-2.6, 0.2])
th, gd = start.copy(), [start.copy()]
eta = 1.8 / 20
for _ in range(40):
    th = th - eta * H @ th
    gd.append(th.copy())
gd = np.array(gd)
th, ng = start.copy(), [start.copy()]
for _ in range(8):
    th = th - 0.5 * np.linalg.solve(H, H @ th)
    ng.append(th.copy())
ng = np.array(ng)
ax.plot(*gd.T, "o-", color="tab:red", ms=2.5, lw=1,
        label=r"gradient descent, $\eta = 1.8/\lambda_{\max}$, 40 steps")
ax.plot(*ng.T, "s-", color="tab:blue", ms=3.5, lw=1.5, label=r"natural gradient, $\eta = 0.5$, 8 steps")
ax.plot([0], [0], "k*", ms=9)
ax.set_aspect("equal")
ax.set_xlim(-3, 3)
ax.set_ylim(-2.2, 2.2)
ax.set_xlabel(r"$\theta_1$")
ax.set_ylabel(r"$\theta_2$")
ax.set_title(r"Quadratic with $\lambda_{\max}/\lambda_{\min} = 20$, $F = H$")
ax.legend(fontsize=8, loc="upper left", framealpha=0.95)

# 2. The worked example's loss L(mu, sigma) = log sigma + (1 + mu^2) / (2 sigma^2).
ax = axes[1]
loss = lambda m, sg: np.log(sg) + (1 + m**2) / (2 * sg**2)
grad = lambda t: np.array([t[0] / t[1] ** 2, 1 / t[1] - (1 + t[0] ** 2) / t[1] ** 3])
M, S = np.meshgrid(np.linspace(-0.5, 3.0, 351), np.linspace(0.2, 2.6, 241))
ax.contour(M, S, loss(M, S), levels=[0.52, 0.6, 0.75, 1.0, 1.3, 1.7, 2.3, 3.2, 5, 8, 14, 25],
           colors="0.7", linewidths=0.8)
start = np.array([2.5, 0.4])
th, gd = start.copy(), [start.copy()]
for _ in range(300):
    th = th - 0.002 * grad(th)
    gd.append(th.copy())
gd = np.array(gd)
th, ng = start.copy(), [start.copy()]
for _ in range(30):
    th = th - 0.1 * grad(th) * th[1] ** 2 / np.array([1.0, 2.0])      # F^{-1} grad
    ng.append(th.copy())
ng = np.array(ng)
ax.plot(*gd.T, "-", color="tab:red", lw=1.5, label=rf"gradient descent, $\eta = 0.002$, 300 steps: loss {loss(*gd[-1]):.3f}")
ax.plot(*gd[::20].T, "o", color="tab:red", ms=3)
ax.plot(*ng.T, "s-", color="tab:blue", ms=3, lw=1.5, label=rf"natural gradient, $\eta = 0.1$, 30 steps: loss {loss(*ng[-1]):.3f}")
ax.plot([1e-9], [1], "k*", ms=9)
ax.set_xlabel(r"$\mu$")
ax.set_ylabel(r"$\sigma$")
ax.set_title(r"Fitting $\mathcal{N}(\mu, \sigma^2)$ to $\mathcal{N}(0, 1)$ from $(2.5, 0.4)$")
ax.legend(fontsize=8, loc="upper right", framealpha=0.95)

fig.tight_layout()
save(fig, "bridge-loss-landscapes-natural-gradient-paths.png")
