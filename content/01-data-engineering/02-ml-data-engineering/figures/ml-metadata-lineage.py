"""Figure for the note ml-metadata-lineage.

Writes next to this script:
- ml-metadata-lineage-graph.png: the lineage graph of the note's example history (ingestion,
  feature builds, dataset builds, three training runs, two deployments), with artifacts as boxes
  and executions as circles, laid out left to right in time. Everything downstream of the buggy
  feature build (code version feat-1.1) is red: the blast radius found by the note's query 2.
Deterministic: fixed layout, no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

HERE = Path(__file__).resolve().parent

# name: (kind, x, y, label); kind "a" = artifact, "e" = execution
nodes = {
    "ing1": ("e", 0, 3.0, "ingest\nday 1"), "ing2": ("e", 0, 1.5, "ingest\nday 2"),
    "ingL": ("e", 0, 0.0, "ingest\nlabels"),
    "raw1": ("a", 1, 3.0, "raw_tx\nday 1"), "raw2": ("a", 1, 1.5, "raw_tx\nday 2"),
    "lab": ("a", 1, 0.0, "labels"),
    "bf1": ("e", 2, 3.0, "features\nfeat-1.0"), "bf2": ("e", 2, 1.5, "features\nfeat-1.1"),
    "fA": ("a", 3, 3.0, "card_stats\nA"), "fB": ("a", 3, 1.5, "card_stats\nB"),
    "md1": ("e", 4, 3.0, "make\ndataset"), "md2": ("e", 4, 1.5, "make\ndataset"),
    "dA": ("a", 5, 3.0, "train set\nA"), "dB": ("a", 5, 1.5, "train set\nB"),
    "t1": ("e", 6, 3.75, "train\nlr 0.1"), "t2": ("e", 6, 2.5, "train\nlr 0.03"),
    "t3": ("e", 6, 1.0, "train\nlr 0.03"),
    "m1": ("a", 7, 3.75, "model m1\nAUC .771"), "m2": ("a", 7, 2.5, "model m2\nAUC .779"),
    "m3": ("a", 7, 1.0, "model m3\nAUC .802"),
    "dep1": ("e", 8, 2.5, "deploy"), "dep2": ("e", 8, 1.0, "deploy"),
    "p1": ("a", 9, 2.5, "prod#1"), "p2": ("a", 9, 1.0, "prod#2"),
}
edges = [("ing1", "raw1"), ("ing2", "raw2"), ("ingL", "lab"), ("raw1", "bf1"), ("raw2", "bf2"),
         ("bf1", "fA"), ("bf2", "fB"), ("fA", "md1"), ("lab", "md1"), ("fB", "md2"), ("lab", "md2"),
         ("md1", "dA"), ("md2", "dB"), ("dA", "t1"), ("dA", "t2"), ("dB", "t3"), ("t1", "m1"),
         ("t2", "m2"), ("t3", "m3"), ("m2", "dep1"), ("m3", "dep2"), ("dep1", "p1"), ("dep2", "p2")]

# downstream of the buggy run bf2, by graph search
bad = {"bf2"}
changed = True
while changed:
    changed = False
    for u, v in edges:
        if u in bad and v not in bad:
            bad.add(v)
            changed = True

RED, GREY, BLUE = "#c44e52", "#777777", "#4c72b0"
fig, ax = plt.subplots(figsize=(12, 4.6))
sx, sy = 1.25, 1.0
for u, v in edges:
    (_, x1, y1, _), (_, x2, y2, _) = nodes[u], nodes[v]
    col = RED if (u in bad and v in bad) else "#aaaaaa"
    ax.add_patch(FancyArrowPatch((x1 * sx + 0.3, y1 * sy), (x2 * sx - 0.3, y2 * sy), arrowstyle="-|>",
                                 mutation_scale=9, color=col, lw=1.1, zorder=1))
for name, (kind, x, y, text) in nodes.items():
    col = RED if name in bad else (BLUE if kind == "a" else GREY)
    if kind == "a":
        ax.add_patch(FancyBboxPatch((x * sx - 0.32, y * sy - 0.28), 0.64, 0.56, boxstyle="round,pad=0.02",
                                    fc="#fbe3e3" if name in bad else "#e8eef7", ec=col, lw=1.3, zorder=2))
    else:
        ax.add_patch(plt.Circle((x * sx, y * sy), 0.3, fc="#fbe3e3" if name in bad else "#f2f2f2",
                                ec=col, lw=1.3, zorder=2))
    ax.text(x * sx, y * sy, text, ha="center", va="center", fontsize=6.6, zorder=3)
ax.text(0, 4.45, "boxes: artifacts (immutable, content-addressed)    circles: executions (runs)    "
        "red: downstream of the buggy feature build feat-1.1", fontsize=8.5, color="#333333")
ax.set_xlim(-0.45, 9 * sx + 0.45)
ax.set_ylim(-0.45, 4.7)
ax.set_aspect("equal")
ax.axis("off")
fig.tight_layout()
fig.savefig(HERE / "ml-metadata-lineage-graph.png", dpi=110, metadata={"Software": None})
plt.close(fig)
print(sorted(bad))
