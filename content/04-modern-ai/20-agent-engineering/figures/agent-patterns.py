"""Figure for the note `agent-patterns`: outcomes of an evaluator-optimizer loop as the attempt
budget K grows (closed form derived in the note), and the precision of shipped answers as a
function of the evaluator's false-accept rate. Writes agent-patterns-evaluator-loop.png next to
this script. Deterministic (no randomness)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent


def outcomes(g, a, b, K):
    ok, bad = g * a, (1 - g) * b
    r = 1 - ok - bad
    s = (1 - r**K) / (1 - r)
    return ok * s, bad * s, r**K


fig, axes = plt.subplots(1, 2, figsize=(11, 4))
ax = axes[0]
K = np.arange(1, 11)
g, a, b = 0.6, 0.9, 0.2
ok, bad, esc = outcomes(g, a, b, K)
ax.plot(K, ok, "o-", color="tab:blue", label="correct answer shipped")
ax.plot(K, bad, "s-", color="tab:red", label="wrong answer shipped")
ax.plot(K, esc, "^-", color="tab:gray", label="budget exhausted (escalate)")
ax.axhline(g, color="tab:blue", ls=":", lw=1, label="single call, no evaluator (0.6)")
ax.set_xlabel("attempt budget K")
ax.set_ylabel("probability")
ax.set_title("Generator g = 0.6, evaluator accepts right 90%, wrong 20%", fontsize=10)
ax.set_ylim(0, 1)
ax.set_xticks(K)
ax.legend(fontsize=8, loc="center right")
ax.grid(alpha=0.3)

ax = axes[1]
bs = np.linspace(0.0, 1.0, 101)
for g, col in [(0.3, "tab:red"), (0.6, "tab:orange"), (0.9, "tab:green")]:
    prec = g * 0.9 / (g * 0.9 + (1 - g) * bs)
    ax.plot(bs, prec, color=col, label=f"generator accuracy g = {g}")
    ax.axhline(g, color=col, ls=":", lw=1)
ax.set_xlabel("evaluator false-accept rate b (true-accept rate a = 0.9)")
ax.set_ylabel("precision of shipped answers")
ax.set_title("Precision of shipped answers: above g only when b < a", fontsize=10)
ax.set_ylim(0, 1.02)
ax.legend(fontsize=8, loc="lower left")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "agent-patterns-evaluator-loop.png", dpi=110, metadata={"Software": None})
