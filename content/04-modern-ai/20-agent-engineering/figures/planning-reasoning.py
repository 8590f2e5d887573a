"""Figure for the note `planning-reasoning`: accuracy of self-consistency voting against the
number of samples. Left: binary answers with independent samples (exact binomial). Right: a
plurality vote when wrong answers are spread over six values (Monte Carlo, 20,000 trials per
point, seed 0), and a majority vote when each question has its own accuracy drawn from
Beta(2.1, 0.9) (numerical integration), with its ceiling P(theta > 1/2).
Writes planning-reasoning-voting.png next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import integrate
from scipy.stats import beta, binom

OUT = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
ns = np.arange(1, 52, 2)

fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
ax = axes[0]
for p, col in [(0.4, "tab:red"), (0.55, "tab:orange"), (0.7, "tab:blue"), (0.85, "tab:green")]:
    ax.plot(ns, binom.sf(ns // 2, ns, p), "o-", ms=3, color=col, label=f"p = {p}")
ax.set_xlabel("number of samples n (odd)")
ax.set_ylabel("P(majority answer is correct)")
ax.set_title("Binary answers, independent samples", fontsize=10)
ax.set_ylim(0, 1.02)
ax.legend(fontsize=8)
ax.grid(alpha=0.3)

ax = axes[1]
probs = [0.4] + [0.1] * 6
plur = []
for n in ns:
    counts = rng.multinomial(n, probs, size=20_000)
    winners = counts == counts.max(1, keepdims=True)
    plur.append(np.mean(winners[:, 0] / winners.sum(1)))
ax.plot(ns, plur, "o-", ms=3, color="tab:purple",
        label="p = 0.4, six wrong answers at 0.1 each (plurality)")
ax.plot(ns, binom.sf(ns // 2, ns, 0.4), ":", color="tab:red", label="p = 0.4, one wrong answer")
a, b = 2.1, 0.9
corr = [integrate.quad(lambda t: beta.pdf(t, a, b) * binom.sf(n // 2, n, t), 0, 1)[0] for n in ns]
ax.plot(ns, corr, "o-", ms=3, color="tab:blue", label="accuracy varies by question, mean 0.7")
ax.plot(ns, binom.sf(ns // 2, ns, 0.7), ":", color="tab:blue", label="independent, p = 0.7")
ax.axhline(beta.sf(0.5, a, b), color="0.4", ls="--", lw=1,
           label=f"ceiling P(theta > 1/2) = {beta.sf(0.5, a, b):.3f}")
ax.set_xlabel("number of samples n (odd)")
ax.set_ylabel("P(vote is correct)")
ax.set_title("Spread-out errors help; correlated errors cap the gain", fontsize=10)
ax.set_ylim(0, 1.02)
ax.legend(fontsize=7.5, loc="lower left", bbox_to_anchor=(0.3, 0.27))
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "planning-reasoning-voting.png", dpi=110, metadata={"Software": None})
