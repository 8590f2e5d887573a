"""Figures for the note deployment-serving.

Writes next to this script:
- deployment-serving-queueing.png: mean latency of an M/M/c queue, in units of the mean
  service time, against utilization rho = lambda / (c mu), for c = 1, 4 and 16 slots
  (Erlang C formula), with discrete-event simulation points for c = 1 and c = 16.
Deterministic: fixed seeds, no timestamps.
"""
from math import factorial
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent


def erlang_c(c, a):
    top = a**c / factorial(c) / (1 - a / c)
    return top / (sum(a**k / factorial(k) for k in range(c)) + top)


def sojourn(rho, c, mu=1.0):
    lam = rho * c * mu
    return erlang_c(c, lam / mu) / (c * mu - lam) + 1 / mu


def simulate(rho, c, n, rng, mu=1.0):
    lam = rho * c * mu
    arrive = np.cumsum(rng.exponential(1 / lam, n))
    service = rng.exponential(1 / mu, n)
    free = np.zeros(c)
    depart = np.empty(n)
    for i in range(n):
        k = free.argmin()
        depart[i] = max(arrive[i], free[k]) + service[i]
        free[k] = depart[i]
    return np.mean((depart - arrive)[n // 5:])


rho = np.linspace(0.01, 0.97, 300)
fig, ax = plt.subplots(figsize=(7.5, 4.4))
colors = {1: "#c44e52", 4: "#4c72b0", 16: "#55a868"}
for c in [1, 4, 16]:
    ax.plot(rho, [sojourn(r, c) for r in rho], color=colors[c], lw=2, label=f"c = {c} slots (Erlang C)")
rng = np.random.default_rng(0)
for c in [1, 16]:
    pts = [0.3, 0.5, 0.7, 0.8, 0.9]
    ax.plot(pts, [simulate(r, c, 60_000, rng) for r in pts], "o", color=colors[c], ms=5)
ax.plot([], [], "ko", ms=5, label="simulation")
ax.set_ylim(0, 12)
ax.set_xlim(0, 1)
ax.set_xlabel("utilization rho = arrival rate / capacity")
ax.set_ylabel("mean latency / mean service time")
ax.set_title("Latency explodes as utilization approaches 1; pooling slots delays the knee", fontsize=10)
ax.grid(alpha=0.3)
ax.legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(HERE / "deployment-serving-queueing.png", dpi=110, metadata={"Software": None})
plt.close(fig)
