"""Figures for the note `diffusion-models`.
diffusion-models-schedule.png: alpha-bar_t and log-SNR(t) for the linear and cosine schedules (T = 1000).
diffusion-models-toy.png: the 8-mode ring mixture of the note's toy, noised by the closed-form forward
process at five steps (top), and samples from the exact-score DDPM and DDIM samplers (bottom).
Deterministic (fixed seed)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
T = 1000
beta_lin = np.linspace(1e-4, 0.02, T)


def cosine_betas(T, s=0.008):
    f = np.cos((np.arange(T + 1) / T + s) / (1 + s) * np.pi / 2) ** 2
    ab = f / f[0]
    return np.clip(1 - ab[1:] / ab[:-1], 0, 0.999)


# ---------- figure 1: the schedules ----------
t = np.arange(1, T + 1)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
for beta, name, c in [(beta_lin, "linear (1e-4 to 0.02)", "C0"), (cosine_betas(T), "cosine (s = 0.008)", "C1")]:
    ab = np.cumprod(1 - beta)
    axes[0].plot(t, ab, c, label=name)
    axes[1].plot(t, np.log(ab / (1 - ab)), c, label=name)
axes[0].set_title(r"$\bar\alpha_t$: share of signal variance kept")
axes[0].set_xlabel("step t")
axes[0].set_ylabel(r"$\bar\alpha_t$")
axes[1].set_title(r"log-SNR$(t) = \log \bar\alpha_t / (1 - \bar\alpha_t)$")
axes[1].set_xlabel("step t")
axes[1].set_ylabel("log-SNR (nats)")
axes[1].axhline(0, color="gray", lw=0.8, ls=":")
axes[1].set_ylim(-21, 12)
for ax in axes:
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "diffusion-models-schedule.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------- figure 2: the toy mixture, forward and reverse ----------
rng = np.random.default_rng(0)
K, radius, s = 8, 2.0, 0.15
ang = 2 * np.pi * np.arange(K) / K
mu = radius * np.stack([np.cos(ang), np.sin(ang)], 1)
pi = np.arange(1, K + 1) / np.arange(1, K + 1).sum()
abar = np.cumprod(1 - beta_lin)


def eps_star(x, ab):
    m, v = np.sqrt(ab) * mu, ab * s**2 + (1 - ab)
    logr = np.log(pi) - ((x[:, None, :] - m) ** 2).sum(-1) / (2 * v)
    r = np.exp(logr - logr.max(1, keepdims=True))
    r /= r.sum(1, keepdims=True)
    return -np.sqrt(1 - ab) * (r[:, :, None] * (m - x[:, None, :])).sum(1) / v


def ddpm(n):
    x = rng.standard_normal((n, 2))
    for k in range(T - 1, -1, -1):
        e = eps_star(x, abar[k])
        x = (x - beta_lin[k] / np.sqrt(1 - abar[k]) * e) / np.sqrt(1 - beta_lin[k])
        if k > 0:
            x = x + np.sqrt(beta_lin[k] * (1 - abar[k - 1]) / (1 - abar[k])) * rng.standard_normal(x.shape)
    return x


def ddim(n, steps):
    ts = np.linspace(T - 1, 0, steps).round().astype(int)
    x = rng.standard_normal((n, 2))
    for i, k in enumerate(ts):
        e = eps_star(x, abar[k])
        x0 = (x - np.sqrt(1 - abar[k]) * e) / np.sqrt(abar[k])
        ab_next = abar[ts[i + 1]] if i + 1 < steps else 1.0
        x = np.sqrt(ab_next) * x0 + np.sqrt(1 - ab_next) * e
    return x


n = 1000
x0 = mu[rng.choice(K, n, p=pi)] + s * rng.standard_normal((n, 2))
fig, axes = plt.subplots(2, 5, figsize=(12.5, 5.3))
for ax, step in zip(axes[0], [0, 50, 200, 400, 1000]):
    if step == 0:
        x, title = x0, "data $x_0$"
    else:
        ab = abar[step - 1]
        x = np.sqrt(ab) * x0 + np.sqrt(1 - ab) * rng.standard_normal((n, 2))
        title = rf"$x_{{{step}}}$, $\bar\alpha$ = {ab:.3f}"
    ax.scatter(x[:, 0], x[:, 1], s=1.2, alpha=0.7, lw=0, color="C0")
    ax.set_title(title, fontsize=10)
for ax, (title, x) in zip(axes[1], [("DDPM, 1000 steps", ddpm(n)), ("DDIM, 100 steps", ddim(n, 100)),
                                    ("DDIM, 20 steps", ddim(n, 20)), ("DDIM, 10 steps", ddim(n, 10)),
                                    ("DDIM, 5 steps", ddim(n, 5))]):
    ax.scatter(x[:, 0], x[:, 1], s=1.2, alpha=0.7, lw=0, color="C3")
    ax.scatter(mu[:, 0], mu[:, 1], s=12, marker="x", color="k", lw=0.8)
    ax.set_title(title, fontsize=10)
for ax in axes.ravel():
    ax.set_xlim(-3.6, 3.6)
    ax.set_ylim(-3.6, 3.6)
    ax.set_aspect("equal")
    ax.set_xticks([-2, 0, 2])
    ax.set_yticks([-2, 0, 2])
    ax.tick_params(labelsize=7)
axes[0, 0].set_ylabel("forward (noising)")
axes[1, 0].set_ylabel("reverse (exact score)")
fig.tight_layout()
fig.savefig(OUT / "diffusion-models-toy.png", dpi=110, metadata={"Software": None})
plt.close(fig)
