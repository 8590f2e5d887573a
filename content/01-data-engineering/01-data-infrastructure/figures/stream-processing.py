"""Figures for the note stream-processing.

Writes next to this script:
- stream-processing-watermark.png: event time against processing time for a generated
  out-of-order stream, the bounded-out-of-orderness watermark, tumbling-window boundaries, and
  the events that arrive after their window has fired.
- stream-processing-lateness.png: the share of events that miss the first result of their
  window as a function of the watermark lag B, simulated and from the closed-form expression,
  with and without 60 s of allowed lateness.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent


def stream(rate, T, seed):
    rng = np.random.default_rng(seed)
    n = rng.poisson(rate * T)
    t = np.sort(rng.uniform(0, T, n))
    slow = rng.random(n) < 0.05
    d = np.where(slow, rng.exponential(30.0, n), rng.exponential(1.0, n))
    a = t + d
    order = np.argsort(a, kind="stable")
    return t[order], a[order]


# ---- watermark diagram ------------------------------------------------------------------------
w, B = 10.0, 2.0
t, a = stream(rate=3.0, T=80.0, seed=3)
seen = np.maximum.accumulate(t)
seen_before = np.concatenate([[-np.inf], seen[:-1]])
end = (np.floor(t / w) + 1) * w
late = seen_before - B >= end
keep = a <= 70
fig, ax = plt.subplots(figsize=(7.5, 5.2))
for k in range(0, 8):
    ax.axhline(k * w, color="#dddddd", lw=0.8, zorder=0)
ax.plot([0, 70], [0, 70], color="#999999", ls=":", lw=1, label="zero delay (event time = processing time)")
ax.step(a[keep], (seen - B)[keep], where="post", color="#4c72b0", lw=1.6,
        label=f"watermark = max event time seen - {B:.0f} s")
ax.scatter(a[keep & ~late], t[keep & ~late], s=12, color="#333333", label="on time")
ax.scatter(a[keep & late], t[keep & late], s=40, marker="x", color="#c44e52",
           label="late: its window had already fired")
ax.set_xlim(0, 70)
ax.set_ylim(-2, 70)
ax.set_xlabel("processing time (s)")
ax.set_ylabel("event time (s); grey lines are 10 s window boundaries")
ax.set_title("A window fires when the watermark crosses its upper boundary", fontsize=10)
ax.legend(loc="upper left", fontsize=8, frameon=False)
fig.tight_layout()
fig.savefig(HERE / "stream-processing-watermark.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- late fraction against the watermark lag -------------------------------------------------
T = 1500.0
t, a = stream(rate=40.0, T=T, seed=0)
seen = np.maximum.accumulate(t)
seen_before = np.concatenate([[-np.inf], seen[:-1]])
end = (np.floor(t / w) + 1) * w
scored = t < T - 300
delta = np.mean(a - seen)


def formula(Bp):
    return sum(p * (mu / w) * np.exp(-Bp / mu) * (1 - np.exp(-w / mu)) for p, mu in [(0.95, 1.0), (0.05, 30.0)])


Bs = np.array([0, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 45, 60, 90, 120])
grid = np.linspace(0, 120, 400)
fig, ax = plt.subplots(figsize=(7.5, 4.6))
for L, color, name in [(0.0, "#4c72b0", "missing from the first result (L = 0)"),
                       (60.0, "#dd8452", "dropped with allowed lateness L = 60 s")]:
    sim = [np.mean((seen_before - b >= end + L)[scored]) for b in Bs]
    ax.plot(grid, formula(grid + delta + L), color=color, lw=1.5, label=f"{name}: formula")
    ax.scatter(Bs, sim, color=color, s=22, zorder=3, label=f"{name}: simulated")
ax.set_yscale("log")
ax.set_xlabel("watermark lag B (s) = how long the first result waits after the window ends")
ax.set_ylabel("share of events")
ax.set_title("10 s windows; delays: 95% Exp(mean 1 s), 5% Exp(mean 30 s)", fontsize=10)
ax.legend(fontsize=8, frameon=False)
ax.grid(alpha=0.3, which="both")
fig.tight_layout()
fig.savefig(HERE / "stream-processing-lateness.png", dpi=110, metadata={"Software": None})
plt.close(fig)
