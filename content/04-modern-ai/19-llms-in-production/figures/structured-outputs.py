"""Figure for the note structured-outputs. Left: for the note's two-token toy model, the
probability of each valid output under exact conditioning on validity and under token-level
masked (constrained) decoding. Right: probability of getting a valid output of L tokens when
each token independently breaks the format with probability 0.001, with 1, 2 or 3 attempts.
Writes structured-outputs-constrained.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent
p1 = {"a": 0.5, "b": 0.3, "c": 0.2}
p2 = {"a": {"x": 0.1, "y": 0.1, "END": 0.8},
      "b": {"x": 0.6, "y": 0.3, "END": 0.1},
      "c": {"x": 0.5, "y": 0.5, "END": 0.0}}
VALID = [("a", "x"), ("b", "x"), ("b", "y"), ("c", "x")]


def masked_prob(y):
    f, s = y
    allowed2 = [t for t in p2[f] if (f, t) in VALID]
    return p1[f] * p2[f][s] / sum(p2[f][t] for t in allowed2)


def main():
    p_valid = sum(p1[f] * p2[f][s] for f, s in VALID)
    true = [p1[f] * p2[f][s] / p_valid for f, s in VALID]
    local = [masked_prob(y) for y in VALID]
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    x = np.arange(len(VALID))
    ax0.bar(x - 0.2, true, 0.4, color="#1f5fa8", label="model conditioned on validity, p(y | valid)")
    ax0.bar(x + 0.2, local, 0.4, color="#c0461f", label="token-level masked decoding")
    for xi, (t, l) in enumerate(zip(true, local)):
        ax0.text(xi - 0.2, t + 0.01, f"{t:.3f}", ha="center", fontsize=8)
        ax0.text(xi + 0.2, l + 0.01, f"{l:.3f}", ha="center", fontsize=8)
    ax0.set_xticks(x, ["".join(y) for y in VALID])
    ax0.set_ylabel("probability of the output")
    ax0.set_title("Masking distorts the distribution (toy model)")
    ax0.set_ylim(0, 0.6)
    ax0.legend(fontsize=8)
    ax0.grid(alpha=0.3, axis="y")

    L = np.arange(0, 3001, 10)
    s = np.exp(-0.001 * L)
    for k, color in [(1, "#1f5fa8"), (2, "#2a8a3e"), (3, "#7a3fa0")]:
        ax1.plot(L, 1 - (1 - s) ** k, color=color, label=f"{k} attempt{'s' if k > 1 else ''}")
    ax1.set_xlabel("output length L (tokens)")
    ax1.set_ylabel("P(a valid output)")
    ax1.set_title("Per-token slip rate 0.001, independent attempts")
    ax1.set_ylim(0, 1.02)
    ax1.legend(fontsize=8)
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "structured-outputs-constrained.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
