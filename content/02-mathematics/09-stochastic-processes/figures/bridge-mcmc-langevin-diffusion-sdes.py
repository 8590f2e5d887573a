"""Figures for the note bridge-mcmc-langevin-diffusion-sdes: the bias of ULA against MALA, and a
diffusion sampler against plain Langevin on a two-mode target. Writes PNGs next to this script."""
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


def run(gradU, U, h, steps, chains, rng, mala):
    """ULA or MALA on many independent one-dimensional chains; returns the final states."""
    x = rng.normal(size=chains)
    for _ in range(steps):
        prop = x - h * gradU(x) + np.sqrt(2 * h) * rng.normal(size=chains)
        if mala:
            fwd = (prop - x + h * gradU(x)) ** 2 / (4 * h)
            bwd = (x - prop + h * gradU(prop)) ** 2 / (4 * h)
            accept = np.log(rng.random(chains)) < U(x) - U(prop) + fwd - bwd
            x = np.where(accept, prop, x)
        else:
            x = prop
    return x


# 1. Left: ULA stationary variance on N(0, 1) against h. Right: a skewed target.
rng = np.random.default_rng(0)
fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ax = axes[0]
hh = np.linspace(0, 1.9, 200)
ax.plot(hh, 1 / (1 - hh / 2), color="tab:red", lw=1.5, label=r"ULA theory $1/(1 - h/2)$")
for h in [0.1, 0.3, 0.5, 0.8, 1.1, 1.4, 1.7]:
    xu = run(lambda x: x, lambda x: x**2 / 2, h, 400, 20000, rng, mala=False)
    xm = run(lambda x: x, lambda x: x**2 / 2, h, 400, 20000, rng, mala=True)
    ax.plot(h, xu.var(), "o", color="tab:red", ms=5)
    ax.plot(h, xm.var(), "s", color="tab:blue", ms=5)
ax.plot([], [], "o", color="tab:red", label="ULA, simulated")
ax.plot([], [], "s", color="tab:blue", label="MALA, simulated")
ax.axhline(1, color="k", lw=0.8)
ax.axvline(2, color="0.5", ls="--", lw=0.8)
ax.text(1.96, 7.3, "stability limit h = 2", ha="right", fontsize=8, color="0.3")
ax.set_ylim(0, 8)
ax.set_xlim(0, 2.05)
ax.set_xlabel("step size h")
ax.set_ylabel("stationary variance")
ax.set_title(r"Target $\mathcal{N}(0, 1)$: ULA is biased, MALA is not")
ax.legend(fontsize=8, loc="upper left")

# Skewed target: pi(x) proportional to N(x; 0, 1) * sigmoid(3x), curvature at most 1 + 9/4.
U = lambda x: x**2 / 2 + np.logaddexp(0, -3 * x)
gradU = lambda x: x - 3 / (1 + np.exp(3 * x))
h = 0.5
xu = run(gradU, U, h, 400, 40000, rng, mala=False)
xm = run(gradU, U, h, 400, 40000, rng, mala=True)
grid = np.linspace(-3, 4.5, 600)
dens = np.exp(-U(grid))
dens /= dens.sum() * (grid[1] - grid[0])
ax = axes[1]
bins = np.linspace(-3, 4.5, 61)
ax.hist(xu, bins=bins, density=True, histtype="step", lw=1.5, color="tab:red", label=f"ULA, h = {h}")
ax.hist(xm, bins=bins, density=True, histtype="step", lw=1.5, color="tab:blue", label=f"MALA, h = {h}")
ax.plot(grid, dens, "k", lw=1.2, label="exact density")
ax.set_xlabel("x")
ax.set_ylabel("density")
ax.set_title(r"Skewed target $\propto \mathcal{N}(x; 0, 1)\,\sigma(3x)$")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "bridge-mcmc-langevin-diffusion-sdes-samplers.png")

# 2. Diffusion on the two-mode example: trajectories over the density p_t, and final histograms.
w, mu, s = np.array([0.3, 0.7]), np.array([-3.0, 3.0]), np.array([0.5, 0.5])
beta = lambda t: 0.1 + 19.9 * t
a = lambda t: np.exp(-0.5 * (0.1 * t + 19.9 * t**2 / 2))


def density(x, t):
    m, v = a(t) * mu, a(t) ** 2 * s**2 + 1 - a(t) ** 2
    return np.sum(w * np.exp(-(x[:, None] - m) ** 2 / (2 * v)) / np.sqrt(2 * np.pi * v), axis=1)


def score(x, t):
    m, v = a(t) * mu, a(t) ** 2 * s**2 + 1 - a(t) ** 2
    logc = np.log(w) - 0.5 * np.log(2 * np.pi * v) - (x[:, None] - m) ** 2 / (2 * v)
    r = np.exp(logc - logc.max(axis=1, keepdims=True))
    r /= r.sum(axis=1, keepdims=True)
    return np.sum(r * (m - x[:, None]) / v, axis=1)


rng = np.random.default_rng(0)
N, steps, eps = 10000, 400, 1e-3
ts = np.linspace(1.0, eps, steps + 1)
x = rng.normal(size=N)
paths = [x[:200].copy()]
for t, t_next in zip(ts[:-1], ts[1:]):
    d, b = t - t_next, beta(t)
    x = x + (0.5 * b * x + b * score(x, t)) * d + np.sqrt(b * d) * rng.normal(size=N)
    paths.append(x[:200].copy())
paths = np.array(paths)
x_lan, hl = rng.normal(size=N), 0.02
for _ in range(1000):
    x_lan = x_lan + hl * score(x_lan, 0.0) + np.sqrt(2 * hl) * rng.normal(size=N)

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4.2))
ax = axes[0]
tg = np.linspace(eps, 1, 160)
xg = np.linspace(-5, 5, 200)
img = np.array([density(xg, t) for t in tg]).T
TG, XG = np.meshgrid(tg, xg)
ax.contourf(TG, XG, img, levels=[0.02, 0.1, 0.2, 0.4, 2.0], colors=["0.93", "0.85", "0.75", "0.62"])
for j in range(30):                                   # 30 of the paths, every 10th time step
    ax.plot(ts[::10], paths[::10, j], lw=0.8, color="tab:red" if paths[-1, j] < 0 else "tab:blue",
            antialiased=False)                # aliased lines keep the PNG small
ax.set_xlim(1, 0)
ax.set_xlabel("time t (generation runs from t = 1 to t = 0)")
ax.set_ylabel("x")
ax.set_title(r"Reverse-SDE paths over the density $p_t$ (gray levels)")
ax = axes[1]
bins = np.linspace(-5, 5, 81)
xd = np.linspace(-5, 5, 500)
ax.hist(x, bins=bins, density=True, color="tab:blue", alpha=0.45, label="reverse SDE")
ax.hist(x_lan, bins=bins, density=True, histtype="step", lw=1.4, color="tab:orange",
        label="plain Langevin from N(0, 1)")
ax.plot(xd, density(xd, 0.0), "k", lw=1.1, label="data density")
ax.set_xlabel("x")
ax.set_ylabel("density")
ax.set_title("Samples at t = 0: weights 0.3 / 0.7 recovered")
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "bridge-mcmc-langevin-diffusion-sdes-diffusion.png")
