"""Figures for the note `constitutional-ai`.
constitutional-ai-pipeline.png: the supervised critique-and-revision phase and the RL from AI
feedback phase of Constitutional AI, with the data each step produces. Deterministic."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

OUT = Path(__file__).resolve().parent


def box(ax, x, y, w, h, text, color):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02",
                                facecolor=color, edgecolor="black", lw=1.2))
    ax.text(x, y, text, ha="center", va="center", fontsize=8.5)


def arrow(ax, x0, y0, x1, y1, text=None, dx=0.0, dy=0.0, rad=0.0):
    ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=13,
                                 connectionstyle=f"arc3,rad={rad}", color="black", lw=1.1))
    if text:
        ax.text((x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy, text, ha="center", va="center",
                fontsize=7.5, style="italic")


fig, ax = plt.subplots(figsize=(12.5, 6.2))
ax.set_xlim(0, 12.5)
ax.set_ylim(0, 7.2)
ax.axis("off")
ax.text(0.2, 6.9, "Phase 1: supervised learning from self-critique (SL-CAI)", fontsize=11, weight="bold")
ax.text(0.2, 3.35, "Phase 2: RL from AI feedback (RL-CAI)", fontsize=11, weight="bold")

# phase 1
box(ax, 1.3, 5.7, 2.1, 0.8, "harmful\n(red-team) prompt x", "#fff2cc")
box(ax, 3.9, 5.7, 2.3, 0.8, "helpful-only model:\nresponse y0", "#c6dbef")
box(ax, 6.6, 5.7, 2.3, 0.8, "critique of y_k\nunder principle c_k", "#fdd0a2")
box(ax, 9.3, 5.7, 2.3, 0.8, "revision y_(k+1)\nanswering the critique", "#fdd0a2")
box(ax, 11.4, 4.45, 1.9, 1.2, "fine-tune a\npretrained LM on\n(x, final revision)\n+ helpful examples", "#c7e9c0")
arrow(ax, 2.35, 5.7, 2.75, 5.7)
arrow(ax, 5.05, 5.7, 5.45, 5.7)
arrow(ax, 7.75, 5.7, 8.15, 5.7)
arrow(ax, 9.3, 6.1, 6.6, 6.1, "repeat with a new random principle", dy=0.5, rad=0.35)
arrow(ax, 10.45, 5.45, 11.1, 5.0)
ax.text(6.6, 4.75, "few-shot examples show the model how to critique and revise;\n"
        "the same model plays all three roles", fontsize=7.5, ha="center", style="italic")

# phase 2
box(ax, 1.3, 2.2, 2.1, 0.8, "SL-CAI model:\ntwo responses A, B", "#c7e9c0")
box(ax, 4.1, 2.2, 2.7, 1.0, "feedback model reads x, A, B\nand principle c: 'Which is\nless harmful? (A) or (B)'", "#fdd0a2")
box(ax, 7.0, 2.2, 2.3, 1.0, "soft label\nP(A) from the option\nprobabilities, both orders,\nmany principles", "#fff2cc")
box(ax, 9.6, 2.2, 2.1, 1.0, "preference model\n(AI harmlessness labels\n+ human helpfulness labels)", "#fdd0a2")
box(ax, 11.6, 0.9, 1.6, 0.9, "RL (PPO)\nagainst the PM", "#c7e9c0")
arrow(ax, 2.35, 2.2, 2.75, 2.2)
arrow(ax, 5.45, 2.2, 5.85, 2.2)
arrow(ax, 8.15, 2.2, 8.55, 2.2)
arrow(ax, 10.4, 1.7, 11.1, 1.25)
arrow(ax, 11.4, 3.83, 1.6, 2.62, "the SL-CAI model", dy=0.3, rad=0.0)
ax.text(4.1, 0.95, "no human labels for harmlessness:\nthe constitution is the only human input",
        fontsize=7.5, ha="center", style="italic")
fig.tight_layout()
fig.savefig(OUT / "constitutional-ai-pipeline.png", dpi=110, metadata={"Software": None})
