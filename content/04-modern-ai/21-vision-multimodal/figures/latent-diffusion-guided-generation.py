"""Figures for the note `latent-diffusion-guided-generation`.
latent-diffusion-guided-generation-guidance.png: the two-class Gaussian-mixture toy of the note.
Top row: samples of class A drawn with classifier-free guidance (exact scores, DDIM 100 steps) at
guidance weights w = 0, 1, 3 and 8, over the contours of the class densities. Bottom row: the
tilted target density p(x|A)^w p(x)^(1-w) at the same weights. Deterministic (fixed seed)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
means = np.array([[-2.0, 0.0], [0.3, 0.8], [1.2, -0.4], [0.0, -1.8]])
A, B = np.array([0, 1]), np.array([2, 3])
sd, T = 0.5, 1000
abar = np.cumprod(1 - np.linspace(1e-4, 0.02, T))


def eps_mix(x, ab, comps):
    m, v = np.sqrt(ab) * means[comps], ab * sd**2 + (1 - ab)
    logr = -((x[:, None, :] - m) ** 2).sum(-1) / (2 * v)
    r = np.exp(logr - logr.max(1, keepdims=True))
    r /= r.sum(1, keepdims=True)
    return -np.sqrt(1 - ab) * (r[:, :, None] * (m - x[:, None, :])).sum(1) / v


def guided_sample(w, n=600, steps=100):
    ts = np.linspace(T - 1, 0, steps).round().astype(int)
    x = rng.standard_normal((n, 2))
    for i, t in enumerate(ts):
        eu, ec = eps_mix(x, abar[t], np.arange(4)), eps_mix(x, abar[t], A)
        e = eu + w * (ec - eu)
        x0 = (x - np.sqrt(1 - abar[t]) * e) / np.sqrt(abar[t])
        ab_next = abar[ts[i + 1]] if i + 1 < steps else 1.0
        x = np.sqrt(ab_next) * x0 + np.sqrt(1 - ab_next) * e
    return x


def log_p(x, comps):
    q = -((x[:, None, :] - means[comps]) ** 2).sum(-1) / (2 * sd**2)
    mx = q.max(1)
    return mx + np.log(np.exp(q - mx[:, None]).mean(1)) - np.log(2 * np.pi * sd**2)


g = np.linspace(-4.5, 3.5, 241)
G = np.stack(np.meshgrid(g, g), -1).reshape(-1, 2)
pa, pb = np.exp(log_p(G, A)).reshape(241, 241), np.exp(log_p(G, B)).reshape(241, 241)
ws = [0, 1, 3, 8]
fig, axes = plt.subplots(2, 4, figsize=(11.5, 6.0))
for j, w in enumerate(ws):
    ax = axes[0, j]
    ax.contour(g, g, pa, levels=3, colors="C0", linewidths=0.7)
    ax.contour(g, g, pb, levels=3, colors="C3", linewidths=0.7)
    x = guided_sample(w)
    ax.scatter(x[:, 0], x[:, 1], s=1.2, color="k", alpha=0.7, lw=0)
    ax.set_title(f"guided samples, w = {w}", fontsize=10)
    ax = axes[1, j]
    lt = w * log_p(G, A) + (1 - w) * log_p(G, np.arange(4))
    dens = np.exp(lt - lt.max()).reshape(241, 241)
    ax.contourf(g, g, dens, levels=np.linspace(0.05, 1, 8), cmap="Greys", extend="neither")
    ax.contour(g, g, pb, levels=3, colors="C3", linewidths=0.7)
    ax.set_title(rf"target $p(x|A)^{{{w}}}\,p(x)^{{{1 - w}}}$", fontsize=10)
for ax in axes.ravel():
    ax.set_xlim(g[0], g[-1])
    ax.set_ylim(g[0], g[-1])
    ax.set_aspect("equal")
    ax.tick_params(labelsize=7)
axes[0, 0].set_ylabel("classifier-free guidance")
axes[1, 0].set_ylabel("tilted distribution")
fig.tight_layout()
fig.savefig(OUT / "latent-diffusion-guided-generation-guidance.png", dpi=110, metadata={"Software": None})
plt.close(fig)
