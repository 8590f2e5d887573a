"""Figure for the note long-run-measurement-holdout-groups: daily treatment effects over eight
weeks, with an exponential novelty model fitted to the first two weeks, without and with a slow
fatigue term. Writes a PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import curve_fit

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})

# Same simulation as the note's first code block.
rng = np.random.default_rng(0)
N, days = 20_000, 56
d = np.arange(1, days + 1)
w = rng.random(N) < 0.5
base = rng.normal(30, 8, N)


def novelty(d, tau_inf, jump, kappa):
    return tau_inf + jump * np.exp(-d / kappa)


scenarios = [("novelty only", novelty(d, 1.0, 3.0, 5.0)),
             ("novelty + slow fatigue", novelty(d, 1.0, 3.0, 5.0) - 1.5 * (1 - np.exp(-d / 40)))]
fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9), sharey=True)
for ax, (name, tau) in zip(axes, scenarios):
    y = base[:, None] + 2 * np.sin(2 * np.pi * d / 7) + w[:, None] * tau + rng.normal(0, 6, (N, days))
    daily = y[w].mean(0) - y[~w].mean(0)
    p, _ = curve_fit(novelty, d[:14], daily[:14], p0=[1, 1, 3])
    ax.axvspan(0.5, 14.5, color="tab:orange", alpha=0.15, lw=0, label="two-week experiment")
    ax.plot(d, daily, "o", color="gray", ms=3, label="daily estimate")
    ax.plot(d, tau, color="k", lw=1.8, label="true effect")
    ax.plot(d, novelty(d, *p), "--", color="tab:blue", lw=1.8, label="exponential fit to days 1-14")
    ax.axhline(0, color="gray", lw=0.8)
    ax.set_title(name)
    ax.set_xlabel("days since first exposure")
axes[0].set_ylabel("treatment effect (minutes per day)")
axes[0].legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "long-run-measurement-holdout-groups-novelty.png", dpi=110, metadata={"Software": None})
plt.close(fig)
