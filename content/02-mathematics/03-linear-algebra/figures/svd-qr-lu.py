"""Figures for the note svd-qr-lu: the SVD of the worked example as three steps acting on the unit
circle, and truncated SVDs of an image-like matrix with their errors. Writes PNGs next to this
script."""
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


# 1. A = U Sigma V^T for A = [[3, 0], [4, 5]], with the signs chosen in the note's worked example.
A = np.array([[3.0, 0.0], [4.0, 5.0]])
V = np.array([[1.0, 1.0], [1.0, -1.0]]) / np.sqrt(2)          # columns v1, v2
U = np.array([[1.0, 3.0], [3.0, -1.0]]) / np.sqrt(10)         # columns u1, u2
S = np.diag([3 * np.sqrt(5), np.sqrt(5)])
assert np.allclose(U @ S @ V.T, A)

t = np.linspace(0, 2 * np.pi, 240, endpoint=False)
circle = np.vstack([np.cos(t), np.sin(t)])
stages = [circle, V.T @ circle, S @ V.T @ circle, U @ S @ V.T @ circle]
arrows = [V, V.T @ V, S @ V.T @ V, U @ S @ V.T @ V]           # images of v1 and v2
titles = [r"unit circle, $v_1$ and $v_2$", r"after $V^\top$ (a reflection here)",
          r"after $\Sigma$: stretch by $\sigma_1, \sigma_2$", r"after $U$: the image $A(\mathrm{circle})$"]
lims = [1.5, 1.5, 7.5, 7.5]

fig, axes = plt.subplots(1, 4, figsize=(13, 3.6))
for ax, pts, arr, title, lim in zip(axes, stages, arrows, titles, lims):
    ax.scatter(pts[0], pts[1], c=t, cmap="hsv", s=6, zorder=2)
    for j, (col, name) in enumerate([("k", "1"), ("tab:gray", "2")]):
        ax.annotate("", xy=arr[:, j], xytext=(0, 0),
                    arrowprops=dict(arrowstyle="-|>", color=col, lw=1.6), zorder=3)
    ax.axhline(0, color="0.85", lw=0.8, zorder=1)
    ax.axvline(0, color="0.85", lw=0.8, zorder=1)
    ax.set_xlim(-lim, lim)
    ax.set_ylim(-lim, lim)
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=10)
axes[0].text(0.78, 0.85, r"$v_1$", fontsize=10)
axes[0].text(0.78, -0.95, r"$v_2$", fontsize=10)
axes[3].text(2.3, 6.8, r"$\sigma_1 u_1$", fontsize=10)
axes[3].text(2.3, -1.6, r"$\sigma_2 u_2$", fontsize=10)
fig.suptitle(r"$A = U\Sigma V^\top$ for $A$ with rows $(3, 0)$ and $(4, 5)$: "
             r"$\sigma_1 = 3\sqrt{5} \approx 6.71$, $\sigma_2 = \sqrt{5} \approx 2.24$", fontsize=11)
fig.tight_layout()
save(fig, "svd-qr-lu-geometry.png")

# 2. Truncated SVD of an image-like matrix: a few smooth shapes plus a little noise.
m, n = 90, 140
yy, xx = np.mgrid[0:m, 0:n]
img = 0.35 * (xx / n) + 0.25 * np.sin(yy / 9.0)
img += 1.0 * (((xx - 42) / 22.0) ** 2 + ((yy - 45) / 26.0) ** 2 < 1)          # ellipse
img += 0.8 * ((xx > 80) & (xx < 125) & (yy > 20) & (yy < 70))                   # rectangle
img += 0.6 * (np.abs((xx - 100) - 0.8 * (yy - 45)) < 4) * (yy > 10)            # slanted bar
rng = np.random.default_rng(0)
img += 0.03 * rng.normal(size=(m, n))

Uf, s, Vtf = np.linalg.svd(img, full_matrices=False)
fro = np.linalg.norm(img)
ranks = [1, 5, 20]
fig = plt.figure(figsize=(11, 5.6))
gs = fig.add_gridspec(2, 4, height_ratios=[0.8, 1])
vmin, vmax = img.min(), img.max()
ax = fig.add_subplot(gs[0, 0])
ax.imshow(img, cmap="gray", vmin=vmin, vmax=vmax)
ax.set_title(f"original (rank {np.linalg.matrix_rank(img)})", fontsize=10)
ax.axis("off")
for i, k in enumerate(ranks):
    Ak = (Uf[:, :k] * s[:k]) @ Vtf[:k]
    err = np.linalg.norm(img - Ak) / fro
    ax = fig.add_subplot(gs[0, i + 1])
    ax.imshow(Ak, cmap="gray", vmin=vmin, vmax=vmax)
    ax.set_title(f"rank {k}: error {err:.3f}", fontsize=10)
    ax.axis("off")

ax = fig.add_subplot(gs[1, :2])
ax.semilogy(np.arange(1, len(s) + 1), s, "o", ms=2.5, color="tab:blue")
ax.set_xlabel("index i")
ax.set_ylabel(r"singular value $\sigma_i$")
ax.set_title("Singular values: a few large, then a long slow tail")

ax = fig.add_subplot(gs[1, 2:])
k = np.arange(0, 61)
tail = np.sqrt(np.array([np.sum(s[j:] ** 2) for j in k])) / fro
measured = [np.linalg.norm(img - (Uf[:, :j] * s[:j]) @ Vtf[:j]) / fro for j in k[::5]]
ax.semilogy(k, tail, "-", color="tab:red", label=r"Eckart-Young: $(\sum_{i>k}\sigma_i^2)^{1/2} / \Vert A\Vert_F$")
ax.semilogy(k[::5], measured, "o", ms=4, color="k", label=r"measured $\Vert A - A_k\Vert_F / \Vert A\Vert_F$")
ax.set_xlabel("rank k")
ax.set_ylabel("relative Frobenius error")
ax.set_title("Error of the best rank-k approximation")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "svd-qr-lu-low-rank.png")
