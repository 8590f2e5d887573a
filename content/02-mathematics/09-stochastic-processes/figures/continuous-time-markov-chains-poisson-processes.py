"""Figures for the note continuous-time-markov-chains-poisson-processes: superposition and thinning
of Poisson streams with the law of N(1), and a three-state chain's path and transition curves.
Writes PNGs next to this script."""
from math import factorial
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.linalg import expm

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


def arrivals(rate, T, rng):
    t, out = 0.0, []
    while True:
        t += rng.exponential(1 / rate)
        if t > T:
            return np.array(out)
        out.append(t)


# 1. Superposition, thinning, and the law of N(1).
rng = np.random.default_rng(3)
T = 10.0
s1, s2 = arrivals(1.0, T, rng), arrivals(2.0, T, rng)
merged = np.sort(np.r_[s1, s2])
s3 = arrivals(3.0, T, rng)
keep = rng.random(s3.size) < 1 / 3

fig = plt.figure(figsize=(10.5, 4.3))
ax = fig.add_axes([0.2, 0.14, 0.4, 0.76])
rows = [(s1, "stream 1, rate 1", "tab:blue", 5), (s2, "stream 2, rate 2", "tab:orange", 4),
        (merged, "superposition, rate 3", "0.25", 3),
        (s3[keep], "thinned: kept (p = 1/3)", "tab:green", 1.5),
        (s3[~keep], "thinned: dropped", "tab:red", 0.5)]
for times, label, color, y in rows:
    ax.vlines(times, y - 0.35, y + 0.35, color=color, lw=1.5)
    ax.text(-0.15, y, label, ha="right", va="center", fontsize=8.5)
for t in s1:
    ax.vlines(t, 2.65, 3.35, color="tab:blue", lw=1.5)
for t in s2:
    ax.vlines(t, 2.65, 3.35, color="tab:orange", lw=1.5)
ax.axhline(2.25, color="0.7", lw=0.8)
ax.set_xlim(0, T)
ax.set_ylim(0, 5.6)
ax.set_yticks([])
ax.set_xlabel("time t")
ax.set_title("Merging and splitting Poisson streams")
ax.spines[["left", "top", "right"]].set_visible(False)

ax = fig.add_axes([0.69, 0.14, 0.29, 0.76])
sims = np.array([np.sum(arrivals(3.0, 1.0, rng) <= 1.0) for _ in range(20000)])
k = np.arange(0, 13)
ax.bar(k, [np.mean(sims == j) for j in k], color="tab:blue", alpha=0.6, label="simulated (20,000 runs)")
ax.plot(k, [np.exp(-3) * 3.0**j / factorial(j) for j in k], "ko", ms=4, label="Poisson(3)")
ax.set_xlabel("N(1), events in [0, 1]")
ax.set_ylabel("probability")
ax.set_title("Counts from exponential gaps")
ax.legend(fontsize=8)
save(fig, "continuous-time-markov-chains-poisson-processes-poisson.png")

# 2. The up / degraded / down chain of the worked example.
Q = np.array([[-2.0, 2.0, 0.0], [3.0, -4.0, 1.0], [4.0, 0.0, -4.0]])
pi = np.array([8, 4, 1]) / 13
rates = -np.diag(Q)
J = (Q - np.diag(np.diag(Q))) / rates[:, None]
rng = np.random.default_rng(7)
x, t, ts, xs = 0, 0.0, [0.0], [0]
while t < 10:
    t += rng.exponential(1 / rates[x])
    x = rng.choice(3, p=J[x])
    ts.append(min(t, 10.0))
    xs.append(x)

fig, axes = plt.subplots(1, 2, figsize=(10.5, 4))
ax = axes[0]
ax.step(ts, xs, where="post", color="tab:blue", lw=1.4)
ax.set_yticks([0, 1, 2])
ax.set_yticklabels(["up", "degraded", "down"])
ax.invert_yaxis()
ax.set_xlim(0, 10)
ax.set_xlabel("time (days)")
ax.set_title("A simulated path (Gillespie)")

ax = axes[1]
grid = np.linspace(0, 2, 201)
Ps = np.array([expm(s * Q) for s in grid])
names = ["up", "degraded", "down"]
styles = ["-", "--", ":"]
for i in range(3):
    ax.plot(grid, Ps[:, i, 0], styles[i], color="tab:green", lw=1.5)
    ax.plot(grid, Ps[:, i, 2], styles[i], color="tab:red", lw=1.5)
ax.axhline(pi[0], color="tab:green", lw=0.8, alpha=0.6)
ax.axhline(pi[2], color="tab:red", lw=0.8, alpha=0.6)
ax.text(2.0, pi[0] + 0.02, r"P(up at t), limit $8/13$", ha="right", fontsize=8, color="tab:green")
ax.text(2.0, pi[2] + 0.02, r"P(down at t), limit $1/13$", ha="right", fontsize=8, color="tab:red")
handles = [plt.Line2D([], [], color="k", ls=st, lw=1.3) for st in styles]
ax.legend(handles, [f"start {nm}" for nm in names], fontsize=8, loc="upper right")
ax.set_xlabel("time t (days)")
ax.set_ylabel("probability")
ax.set_title(r"Rows of $P(t) = e^{tQ}$ converge like $e^{-5t}$")
fig.tight_layout()
save(fig, "continuous-time-markov-chains-poisson-processes-ctmc.png")
