"""Figure for the note prompt-engineering. Left: accuracy of a majority vote over n sampled
answers, for independent samples with per-sample accuracy 0.6 and 0.7, and for questions whose
per-question accuracy varies as Beta(2.1, 0.9) (mean 0.7), which plateaus at P(p > 1/2).
Right: the Beta(2.1, 0.9) density with the mass above 1/2 shaded.
Writes prompt-engineering-self-consistency.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

HERE = Path(__file__).resolve().parent
A, B = 2.1, 0.9


def main():
    n = np.arange(1, 42, 2)
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    for p, color in [(0.6, "#2a8a3e"), (0.7, "#1f5fa8")]:
        ax0.plot(n, stats.binom.sf(n // 2, n, p), "o-", ms=3, color=color, label=f"independent, p = {p}")
    ax0.plot(n, stats.betabinom.sf(n // 2, n, A, B), "s-", ms=3, color="#c0461f",
             label="per-question p ~ Beta(2.1, 0.9), mean 0.7")
    ceiling = stats.beta.sf(0.5, A, B)
    ax0.axhline(ceiling, color="#c0461f", ls=":", lw=1, label=f"ceiling P(p > 1/2) = {ceiling:.3f}")
    ax0.set_xlabel("number of sampled answers n (odd)")
    ax0.set_ylabel("accuracy of the majority answer")
    ax0.set_title("Self-consistency: majority vote over n samples")
    ax0.set_ylim(0.55, 1.01)
    ax0.legend(fontsize=8, loc="lower right")
    ax0.grid(alpha=0.3)

    x = np.linspace(0.001, 0.999, 500)
    dens = stats.beta.pdf(x, A, B)
    ax1.plot(x, dens, color="#c0461f")
    ax1.fill_between(x, dens, where=x > 0.5, color="#c0461f", alpha=0.25,
                     label=f"p > 1/2: majority vote tends to right ({ceiling:.3f})")
    ax1.fill_between(x, dens, where=x <= 0.5, color="0.6", alpha=0.35,
                     label=f"p < 1/2: majority vote tends to wrong ({1 - ceiling:.3f})")
    ax1.set_xlabel("per-question probability p that one sample is right")
    ax1.set_ylabel("density")
    ax1.set_ylim(0, 4)
    ax1.set_title("Where the ceiling comes from")
    ax1.legend(fontsize=8, loc="upper left")
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "prompt-engineering-self-consistency.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
