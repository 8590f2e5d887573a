"""Best-response correspondences of the battle of the sexes; writes one PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent

# p = P(row plays Opera), q = P(column plays Opera).
# Row: payoff 3q for Opera, 2(1-q) for Football -> Opera iff q > 2/5.
# Column: payoff 2p for Opera, 3(1-p) for Football -> Opera iff p > 3/5.
fig, ax = plt.subplots(figsize=(5.2, 5.0))
ax.plot([0, 0, 1, 1], [0, 0.4, 0.4, 1], color="tab:blue", lw=2.5, label="row's best response $p^*(q)$")
ax.plot([0, 0.6, 0.6, 1], [0, 0, 1, 1], color="tab:orange", lw=2.5, ls="--", label="column's best response $q^*(p)$")
for (p, q), txt in [((0, 0), "(F, F)"), ((1, 1), "(O, O)"), ((0.6, 0.4), "mixed (3/5, 2/5)")]:
    ax.plot(p, q, "ko", ms=8, zorder=5)
    ax.annotate(txt, (p, q), textcoords="offset points", xytext=(8, 8) if p < 1 else (-60, -18))
ax.set_xlabel("p = probability row plays Opera")
ax.set_ylabel("q = probability column plays Opera")
ax.set_xlim(-0.05, 1.08)
ax.set_ylim(-0.05, 1.08)
ax.set_title("Battle of the sexes: best responses cross three times")
ax.legend(loc="upper left", fontsize=8)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "normal-form-games-nash-equilibria-best-responses.png", dpi=110, metadata={"Software": None})
