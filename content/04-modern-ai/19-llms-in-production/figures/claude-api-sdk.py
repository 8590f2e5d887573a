"""Figure for the note claude-api-sdk. Left: calls per 0.1 s slot when 400 clients that were
all refused at t = 0 retry with exponential backoff, without jitter and with full jitter, against
a server that serves 40 calls per slot (the simulation of the note's code). Right: probability
that a call succeeds within k attempts when each attempt fails independently with probability q.
Writes claude-api-sdk-retries.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent


def herd(policy, n_clients=400, capacity=40, slot=0.1, base=0.5, cap=8.0, seed=0):
    rng = np.random.default_rng(seed)
    next_t = np.zeros(n_clients)
    attempt = np.zeros(n_clients, int)
    done_at = np.full(n_clients, np.nan)
    arrivals = []
    t = 0.0
    while np.isnan(done_at).any():
        due = np.flatnonzero(np.isnan(done_at) & (next_t < t + slot))
        arrivals.append(len(due))
        ok = rng.permutation(due)[:capacity]
        done_at[ok] = t
        for i in np.setdiff1d(due, ok):
            ceiling = min(cap, base * 2 ** attempt[i])
            wait = ceiling if policy == "none" else rng.uniform(0, ceiling)
            next_t[i] = t + slot + wait
            attempt[i] += 1
        t += slot
    return np.arange(len(arrivals)) * slot, np.array(arrivals), np.nanmax(done_at)


def main():
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    for policy, color, label in [("none", "#c0461f", "no jitter"), ("full", "#1f5fa8", "full jitter")]:
        t, a, last = herd(policy)
        keep = a > 0
        ax0.vlines(t[keep], 0, a[keep], color=color, lw=1.2, alpha=0.8,
                   label=f"{label}: last served at {last:.1f} s")
    ax0.axhline(40, color="0.3", ls=":", lw=1, label="server capacity per slot")
    ax0.set_xscale("symlog", linthresh=1)
    ax0.set_xlim(-0.05, 60)
    ax0.set_xlabel("time (s, linear below 1, log above)")
    ax0.set_ylabel("calls arriving in a 0.1 s slot")
    ax0.set_title("400 clients refused at t = 0, then retrying")
    ax0.legend(fontsize=8)
    ax0.grid(alpha=0.3)

    k = np.arange(1, 9)
    for q, color in [(0.1, "#2a8a3e"), (0.3, "#1f5fa8"), (0.5, "#c0461f"), (0.8, "#7a3fa0")]:
        ax1.plot(k, 1 - q ** k, "o-", color=color, ms=4, label=f"q = {q}")
    ax1.set_xlabel("attempts allowed, k")
    ax1.set_ylabel("P(success within k attempts) = 1 - q^k")
    ax1.set_title("Success within k attempts, independent failures")
    ax1.set_ylim(0, 1.02)
    ax1.legend(fontsize=8, loc="lower right")
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "claude-api-sdk-retries.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
