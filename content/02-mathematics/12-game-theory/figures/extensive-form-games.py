"""Entry-deterrence game tree with the backward-induction choices in bold; writes one PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent

nodes = {"E": (0.5, 1.0), "I": (0.75, 0.5), "out": (0.25, 0.5), "fight": (0.6, 0.0), "acc": (0.9, 0.0)}
edges = [("E", "out", "Out", False), ("E", "I", "In", True),
         ("I", "fight", "Fight", False), ("I", "acc", "Accommodate", True)]
fig, ax = plt.subplots(figsize=(6.0, 4.2))
for a, b, label, chosen in edges:
    (x0, y0), (x1, y1) = nodes[a], nodes[b]
    ax.plot([x0, x1], [y0, y1], color="tab:red" if chosen else "0.6", lw=3.5 if chosen else 1.5,
            ls="-" if chosen else "--", zorder=1)
    ax.text((x0 + x1) / 2 + (0.02 if x1 > x0 else -0.02), (y0 + y1) / 2, label,
            ha="left" if x1 > x0 else "right", va="bottom", fontsize=10)
for name, who in [("E", "Entrant"), ("I", "Incumbent")]:
    x, y = nodes[name]
    ax.plot(x, y, "o", ms=16, color="white", mec="black", zorder=2)
    if name == "E":
        ax.text(x, y + 0.08, who, ha="center", fontsize=10)
    else:
        ax.text(x + 0.04, y, who, ha="left", va="center", fontsize=10)
for name, pay in [("out", "(0, 2)"), ("fight", "(-1, -1)"), ("acc", "(1, 1)")]:
    x, y = nodes[name]
    ax.plot(x, y, "s", ms=8, color="black", zorder=2)
    ax.text(x, y - 0.1, pay, ha="center", fontsize=10)
ax.text(0.02, -0.28, "payoffs (entrant, incumbent); solid red: backward-induction choices;\n"
        "the Nash equilibrium (Out, Fight) rests on a threat the incumbent would not carry out",
        fontsize=8.5)
ax.set_xlim(0, 1.05)
ax.set_ylim(-0.35, 1.15)
ax.axis("off")
fig.tight_layout()
fig.savefig(HERE / "extensive-form-games-entry-tree.png", dpi=110, metadata={"Software": None})
