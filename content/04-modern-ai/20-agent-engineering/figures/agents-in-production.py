"""Figure for the note `agents-in-production`. Left: the trace of the note's example agent run as
a waterfall (one bar per span, nested by parent). Right: clients served over time after an
outage when 100 clients retry with exponential backoff, without and with full jitter (the
note's retry-storm simulation, seed 0). Writes agents-in-production-trace-retries.png."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

# (label, start, duration, status) from the note's tracing example
spans = [("agent.run", 0.0, 8.5, "ok"), ("  model.call", 0.0, 1.2, "ok"),
         ("  tool.search_tickets", 1.2, 0.4, "ok"), ("  model.call", 1.6, 0.9, "ok"),
         ("  tool.add_comment #1", 2.5, 5.0, "error"), ("  tool.add_comment #2", 7.5, 0.3, "ok"),
         ("  model.call", 7.8, 0.7, "ok")]


def storm(jitter, clients=100, capacity=20, outage=1.0, base=0.1, cap=5.0, max_tries=10, seed=0):
    rng = np.random.default_rng(seed)
    next_try = np.zeros(clients)
    tries = np.zeros(clients, dtype=int)
    done_at = np.full(clients, np.nan)
    t = 0.0
    while np.isnan(done_at).any() and t < 120:
        waiting = np.isnan(done_at) & (tries < max_tries)
        now = np.flatnonzero(waiting & (next_try >= t) & (next_try < t + 0.1))
        ok = rng.permutation(now)[:capacity] if t >= outage else np.array([], dtype=int)
        done_at[ok] = t
        for i in np.setdiff1d(now, ok):
            tries[i] += 1
            delay = min(cap, base * 2 ** tries[i])
            next_try[i] = t + 0.1 + (rng.uniform(0, delay) if jitter else delay)
        t += 0.1
    return done_at


fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.2), gridspec_kw={"width_ratios": [1.2, 1]})
ax = axes[0]
for i, (label, start, dur, status) in enumerate(spans):
    color = "tab:gray" if label == "agent.run" else (
        "tab:red" if status == "error" else ("tab:blue" if "model" in label else "tab:green"))
    ax.barh(i, dur, left=start, color=color, height=0.6)
    ax.text(start + dur + 0.1, i, f"{dur:.1f} s", va="center", fontsize=8)
ax.set_yticks(range(len(spans)))
ax.set_yticklabels([s[0] for s in spans], fontsize=8, family="monospace")
ax.invert_yaxis()
ax.set_xlim(0, 10)
ax.set_xlabel("seconds since the run started")
ax.set_title("Trace of one run: model calls (blue), tools (green), timeout (red)", fontsize=10)
ax.grid(alpha=0.3, axis="x")

ax = axes[1]
for jitter, col, lab in [(False, "tab:red", "exponential backoff, no jitter"),
                         (True, "tab:blue", "exponential backoff, full jitter")]:
    done = np.sort(storm(jitter))
    ax.step(np.concatenate([[0], done]), np.arange(len(done) + 1), where="post", color=col, label=lab)
ax.axvspan(0, 1.0, color="0.85", label="outage")
ax.set_xlabel("seconds")
ax.set_ylabel("clients served (of 100)")
ax.set_title("Retry storm after a 1 s outage, 20 requests per 0.1 s", fontsize=10)
ax.set_xlim(0, 18)
ax.legend(fontsize=8, loc="lower right")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "agents-in-production-trace-retries.png", dpi=110, metadata={"Software": None})
