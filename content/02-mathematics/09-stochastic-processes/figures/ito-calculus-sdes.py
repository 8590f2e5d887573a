"""Figures for the note ito-calculus-sdes: geometric Brownian motion and Ornstein-Uhlenbeck paths,
and the strong and weak errors of Euler-Maruyama and Milstein. Writes PNGs next to this script."""
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


# 1. GBM (mu = 0.1, sigma = 0.6) over ten years, and OU (theta = 2, s = 1) from X_0 = 3.
rng = np.random.default_rng(0)
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ax = axes[0]
mu, sigma, T, n = 0.1, 0.6, 10.0, 200
t = np.linspace(0, T, n + 1)
for _ in range(15):
    W = np.r_[0, np.cumsum(rng.normal(0, np.sqrt(T / n), n))]
    ax.plot(t, np.exp((mu - sigma**2 / 2) * t + sigma * W), color="0.6", lw=0.7,
            antialiased=False)                      # aliased lines keep the PNG small
ax.plot(t, np.exp(mu * t), color="tab:red", lw=2, label=r"mean $e^{\mu t}$")
ax.plot(t, np.exp((mu - sigma**2 / 2) * t), color="tab:blue", lw=2, label=r"median $e^{(\mu - \sigma^2/2) t}$")
ax.set_yscale("log")
ax.set_xlabel("t (years)")
ax.set_ylabel(r"$S_t$ (log scale), $S_0 = 1$")
ax.set_title(r"Geometric Brownian motion, $\mu = 0.1$, $\sigma = 0.6$")
ax.legend(fontsize=8, loc="lower left")

ax = axes[1]
theta, s, h, n = 2.0, 1.0, 0.0125, 400
t = np.arange(n + 1) * h
a, b = np.exp(-theta * h), s * np.sqrt((1 - np.exp(-2 * theta * h)) / (2 * theta))
for _ in range(15):
    x = np.empty(n + 1)
    x[0] = 3.0
    for k in range(n):
        x[k + 1] = a * x[k] + b * rng.normal()
    ax.plot(t, x, color="0.6", lw=0.7, antialiased=False)
sd_t = np.sqrt(s**2 * (1 - np.exp(-2 * theta * t)) / (2 * theta))
m_t = 3 * np.exp(-theta * t)
ax.plot(t, m_t, color="tab:red", lw=2, label=r"mean $3e^{-\theta t}$")
ax.plot(t, m_t + 2 * sd_t, "--", color="tab:blue", lw=1.5, label=r"mean $\pm$ 2 sd")
ax.plot(t, m_t - 2 * sd_t, "--", color="tab:blue", lw=1.5)
ax.set_xlabel("t")
ax.set_ylabel(r"$X_t$")
ax.set_title(r"Ornstein-Uhlenbeck, $\theta = 2$, $\sigma = 1$, $X_0 = 3$")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "ito-calculus-sdes-paths.png")

# 2. Strong and weak errors against the step, as in the note's code.
rng = np.random.default_rng(0)
mu, sigma, S0, T = 0.5, 0.8, 1.0, 1.0
paths, K = 5000, 10
dW_fine = rng.normal(0, np.sqrt(T / 2**K), size=(paths, 2**K))
exact = S0 * np.exp((mu - sigma**2 / 2) * T + sigma * dW_fine.sum(axis=1))
hs, e_em, e_mil, e_weak = [], [], [], []
for k in range(2, 9):
    n, h = 2**k, T / 2**k
    dW = dW_fine.reshape(paths, n, -1).sum(axis=2)
    em, mil = np.full(paths, S0), np.full(paths, S0)
    for j in range(n):
        em = em + mu * em * h + sigma * em * dW[:, j]
        mil = mil + mu * mil * h + sigma * mil * dW[:, j] + 0.5 * sigma**2 * mil * (dW[:, j] ** 2 - h)
    hs.append(h)
    e_em.append(np.mean(np.abs(em - exact)))
    e_mil.append(np.mean(np.abs(mil - exact)))
    e_weak.append(abs(S0 * np.exp(mu * T) - S0 * (1 + mu * h) ** n))
hs = np.array(hs)
fig, ax = plt.subplots(figsize=(6.2, 4.2))
ax.loglog(hs, e_em, "o-", color="tab:red", label="Euler-Maruyama, strong error")
ax.loglog(hs, e_mil, "s-", color="tab:blue", label="Milstein, strong error")
ax.loglog(hs, e_weak, "^-", color="tab:green", label="Euler-Maruyama, weak error")
ax.loglog(hs, 0.5 * np.sqrt(hs), "k:", lw=1, label=r"slope 1/2")
ax.loglog(hs, 0.4 * hs, "k--", lw=1, label=r"slope 1")
ax.set_xlabel("step h")
ax.set_ylabel("error at T = 1")
ax.set_title("Geometric Brownian motion: orders of convergence")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "ito-calculus-sdes-orders.png")
