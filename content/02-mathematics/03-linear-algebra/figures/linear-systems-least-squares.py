"""Figures for the note linear-systems-least-squares: least squares as orthogonal projection (in
R^3 and for the worked example's line fit), and the filter factors of the pseudoinverse and ridge.
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


# 1. Projection: columns (1, 1, 1) and (0, 1, 2), b = (3, 0, 3); then the worked example.
A = np.column_stack([np.ones(3), np.arange(3.0)])
b = np.array([3.0, 0.0, 3.0])
xhat = np.linalg.solve(A.T @ A, A.T @ b)
p = A @ xhat
fig = plt.figure(figsize=(11, 4.6))
ax = fig.add_subplot(1, 2, 1, projection="3d")
# Draw in orthonormal coordinates (q1, q2 spanning im A, n normal to it): angles and lengths are exact.
q1 = np.array([1.0, 1.0, 1.0]) / np.sqrt(3)
q2 = np.array([-1.0, 0.0, 1.0]) / np.sqrt(2)
F = np.vstack([q1, q2, np.cross(q1, q2)])    # rows q1, q2, n = (1, -2, 1) / sqrt(6)
cA, cb, cp = F @ A, F @ b, F @ p
s, t = np.meshgrid(np.linspace(-0.6, 4.3, 2), np.linspace(-1.0, 2.2, 2))
ax.plot_surface(s, t, 0 * s, color="tab:blue", alpha=0.15, linewidth=0)
for j, name in enumerate([r"$a_1$", r"$a_2$"]):
    ax.quiver(0, 0, 0, *cA[:, j], color="tab:blue", arrow_length_ratio=0.12, lw=1.5)
    ax.text(*(cA[:, j] * 1.1 + np.array([0, 0, 0.15])), name, color="tab:blue")
ax.quiver(0, 0, 0, *cb, color="k", arrow_length_ratio=0.08, lw=1.5)
ax.text(*(cb + np.array([0.1, 0.0, 0.15])), r"$b$", color="k")
ax.quiver(0, 0, 0, *cp, color="tab:green", arrow_length_ratio=0.08, lw=1.5)
ax.text(*(cp + np.array([0.2, 0.0, -0.5])), r"$A\hat x$", color="tab:green")
ax.plot(*np.vstack([cp, cb]).T, color="tab:red", lw=2)
ax.text(*((cp + cb) / 2 + np.array([0.15, 0.0, 0.0])), r"$b - A\hat x$", color="tab:red")
sq = 0.3                                      # right-angle marker at A x-hat
u_dir = -cp / np.linalg.norm(cp)
ax.plot(*np.vstack([cp + sq * u_dir, cp + sq * u_dir + [0, 0, sq], cp + [0, 0, sq]]).T, color="tab:red", lw=1)
ax.set_box_aspect((4.9, 3.2, 3.0))
ax.set_xlim(-0.6, 4.3)
ax.set_ylim(-1.0, 2.2)
ax.set_zlim(-0.3, 2.7)
ax.set_axis_off()
ax.view_init(elev=20, azim=-70)
ax.text2D(0.02, 0.02, r"blue plane: $\mathrm{im}\,A$ for $a_1 = (1, 1, 1)$, $a_2 = (0, 1, 2)$; $b = (3, 0, 3)$",
          transform=ax.transAxes, fontsize=8)
ax.set_title(r"$A\hat x$ = orthogonal projection of $b$ onto $\mathrm{im}\,A$", fontsize=10)

ax = fig.add_subplot(1, 2, 2)
tt = np.arange(4.0)
y = np.array([1.0, 2.0, 2.0, 4.0])
A4 = np.column_stack([np.ones(4), tt])
c = np.linalg.solve(A4.T @ A4, A4.T @ y)
fit = A4 @ c
ax.plot([-0.3, 3.3], c[0] + c[1] * np.array([-0.3, 3.3]), color="tab:green", lw=1.5,
        label=rf"$y = {c[0]:.1f} + {c[1]:.1f}\,t$")
for ti, yi, fi in zip(tt, y, fit):
    ax.plot([ti, ti], [fi, yi], color="tab:red", lw=1.5)
    ax.annotate(f"{yi - fi:+.1f}", (ti, (fi + yi) / 2), xytext=(6, -3), textcoords="offset points",
                color="tab:red", fontsize=9)
ax.scatter(tt, y, color="k", zorder=3, label="data")
ax.set_xlabel("t")
ax.set_ylabel("y")
ax.set_title("Worked example: residuals (red) sum to 0,\nand sum to 0 when weighted by t", fontsize=10)
ax.legend(loc="upper left", fontsize=9)
fig.tight_layout()
save(fig, "linear-systems-least-squares-projection.png")

# 2. Filter factors: x = sum_i f(sigma_i) (u_i^T b) v_i.
sig = np.logspace(-3, 1, 400)
fig, ax = plt.subplots(figsize=(6.6, 4))
ax.loglog(sig, 1 / sig, color="k", lw=1.6, label=r"pseudoinverse: $1/\sigma$")
for lam, col in [(1e-4, "tab:blue"), (1e-2, "tab:orange"), (1.0, "tab:green")]:
    ax.loglog(sig, sig / (sig**2 + lam), color=col, lw=1.4,
              label=rf"ridge, $\lambda = 10^{{{int(np.log10(lam))}}}$: $\sigma/(\sigma^2 + \lambda)$")
    ax.axvline(np.sqrt(lam), color=col, lw=0.7, ls=":")
ax.set_xlabel(r"singular value $\sigma_i$")
ax.set_ylabel(r"factor multiplying $u_i^\top b$")
ax.set_title(r"Ridge caps the gain at $1/(2\sqrt{\lambda})$, reached at $\sigma = \sqrt{\lambda}$ (dotted)",
             fontsize=10)
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "linear-systems-least-squares-ridge.png")
