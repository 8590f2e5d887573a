"""Figure for the note agents-tool-use. Left: the reliability curve of an agent whose task needs
T steps that each succeed independently with probability p, for p = 0.99, 0.95, 0.90, and for
p = 0.95 when 80% of failed steps are detected and retried once. Right: cumulative input tokens
over an agent loop with a 3,000-token prefix and 800 tokens added per step, without caching and
in token-equivalents with prompt caching (writes at 1.25x, reads at 0.1x).
Writes agents-tool-use-reliability.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent


def main():
    T = np.arange(1, 51)
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    for p, color in [(0.99, "#2a8a3e"), (0.95, "#1f5fa8"), (0.90, "#c0461f")]:
        ax0.plot(T, p ** T, color=color, label=f"p = {p}")
    p, d = 0.95, 0.8
    ax0.plot(T, (p + (1 - p) * d * p) ** T, color="#1f5fa8", ls="--",
             label="p = 0.95, 80% of failures caught and retried")
    ax0.set_xlabel("steps the task needs, T")
    ax0.set_ylabel("P(task succeeds) = (per-step success)^T")
    ax0.set_title("Reliability curve of a multi-step agent")
    ax0.set_ylim(0, 1.3)
    ax0.set_yticks(np.linspace(0, 1, 6))
    ax0.legend(fontsize=7.5, loc="upper right", ncol=2)
    ax0.grid(alpha=0.3)

    S, u = 3000, 800
    steps = np.arange(1, 31)
    per_step = S + (steps - 1) * u
    cached_step = np.where(steps == 1, 1.25 * S, 0.1 * (S + (steps - 2) * u) + 1.25 * u)
    ax1.plot(steps, np.cumsum(per_step) / 1000, color="#c0461f", label="no caching (quadratic)")
    ax1.plot(steps, np.cumsum(cached_step) / 1000, color="#2a8a3e", label="caching the growing prefix")
    ax1.set_xlabel("agent steps")
    ax1.set_ylabel("cumulative input (thousands of tokens)")
    ax1.set_title("Context growth: 3,000-token prefix, +800 per step")
    ax1.legend(fontsize=8)
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "agents-tool-use-reliability.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
