"""Gradient descent-ascent on the bilinear game f(theta, psi) = theta psi; writes one PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent
eta, steps = 0.1, 300


def trajectory(method):
    x, y = 1.0, 0.0
    pts = [(x, y)]
    for _ in range(steps):
        if method == "simultaneous":
            x, y = x - eta * y, y + eta * x
        elif method == "alternating":
            x = x - eta * y
            y = y + eta * x
        else:
            xh, yh = x - eta * y, y + eta * x
            x, y = x - eta * yh, y + eta * xh
        pts.append((x, y))
    return np.array(pts)


fig, axes = plt.subplots(1, 3, figsize=(12, 4.8))
titles = {"simultaneous": "simultaneous GDA: spirals out",
          "alternating": "alternating GDA: cycles",
          "extragradient": "extragradient: spirals in"}
for ax, method in zip(axes, titles):
    pts = trajectory(method)
    ax.plot(pts[:, 0], pts[:, 1], lw=1.2)
    ax.plot(pts[0, 0], pts[0, 1], "go", label="start (1, 0)")
    ax.plot(pts[-1, 0], pts[-1, 1], "rs", label=f"after {steps} steps")
    ax.plot(0, 0, "k*", ms=12, label="equilibrium (0, 0)")
    ax.set_title(titles[method])
    ax.set_xlabel(r"$\theta$ (minimizer)")
    ax.set_ylabel(r"$\psi$ (maximizer)")
    ax.set_xlim(-4.8, 4.8)
    ax.set_ylim(-4.8, 4.8)
    ax.set_aspect("equal")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="lower left")
fig.suptitle(r"min$_\theta$ max$_\psi$ $\theta\psi$ with step size 0.1", y=0.98)
fig.tight_layout()
fig.savefig(HERE / "bridge-gans-marl-rlhf-mechanism-design-gda.png", dpi=110, metadata={"Software": None})
