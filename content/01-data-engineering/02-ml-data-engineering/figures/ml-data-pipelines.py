"""Figures for the note ml-data-pipelines.

Writes next to this script:
- ml-data-pipelines-windows.png: the time windows of one training row (feature window before
  the cutoff, label window after it), and a time-based split in which the last training cutoff
  is one label horizon before the first test cutoff, so that no training label is observed
  inside the test period.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

HERE = Path(__file__).resolve().parent
BLUE, ORANGE, GREY, GREEN = "#4c72b0", "#dd8452", "#bbbbbb", "#55a868"

fig, (ax, bx) = plt.subplots(2, 1, figsize=(9.0, 5.2), gridspec_kw={"height_ratios": [1, 1.35]})

# ---- one row --------------------------------------------------------------------------------
t = 120
ax.add_patch(Rectangle((t - 14, 0.35), 14, 0.3, color=BLUE, alpha=0.8))
ax.add_patch(Rectangle((0, 0.35), t - 14, 0.3, color=BLUE, alpha=0.25))
ax.add_patch(Rectangle((t, 0.35), 30, 0.3, color=ORANGE, alpha=0.85))
ax.axvline(t, color="black", lw=1.5)
ax.text(t + 2, 0.95, "cutoff t = day 120 (prediction time)", ha="left", va="bottom", fontsize=8.5)
ax.text(t - 2, 0.72, "sessions_14d: events in [t-14, t)", ha="right", va="bottom", fontsize=8)
ax.text((t - 14) / 2, 0.25, "days_since_last: latest event before t", ha="center", va="top", fontsize=8)
ax.text(t + 2, 0.25, "label: cancel in [t, t+30)", ha="left", va="top", fontsize=8)
ax.annotate("", xy=(240, 0.5), xytext=(t + 31, 0.5), arrowprops=dict(arrowstyle="->", color="#c44e52", lw=1.2))
ax.text(195, 0.58, "computing features 'as of today' reads here: leakage", color="#c44e52", fontsize=8, ha="center")
ax.set_xlim(0, 245)
ax.set_ylim(-0.25, 1.35)
ax.set_yticks([])
ax.set_xlabel("day")
ax.set_title("One training row: features only from before the cutoff, the label only from after it", fontsize=10)
for side in ("top", "right", "left"):
    ax.spines[side].set_visible(False)

# ---- a time-based split with an embargo ------------------------------------------------------
h, T = 30, 180
train_cutoffs = list(range(60, T - h + 1, 15))
test_cutoffs = list(range(T, 226, 15))
for i, c in enumerate(train_cutoffs):
    y = 1.0 + 0.28 * i
    bx.add_patch(Rectangle((c - 14, y), 14, 0.18, color=BLUE, alpha=0.8))
    bx.add_patch(Rectangle((c, y), h, 0.18, color=ORANGE, alpha=0.85))
    bx.plot([c, c], [y - 0.02, y + 0.2], color="black", lw=1)
for i, c in enumerate(test_cutoffs):
    y = 1.0 + 0.28 * i
    bx.add_patch(Rectangle((c - 14, y), 14, 0.18, color=BLUE, alpha=0.35))
    bx.add_patch(Rectangle((c, y), h, 0.18, color=GREEN, alpha=0.7))
    bx.plot([c, c], [y - 0.02, y + 0.2], color="black", lw=1)
bx.axvspan(T - h, T, color=GREY, alpha=0.35, lw=0)
bx.axvline(T, color="black", ls="--", lw=1)
bx.text(T - h / 2, 0.55, "embargo:\nno training cutoffs\nin (T-h, T)", ha="center", va="center", fontsize=8)
bx.text((60 + T - h) / 2, 0.55, "training rows (cutoffs every 15 days)", ha="center", va="center", fontsize=8.5, color=BLUE)
bx.text(T + 25, 0.55, "test rows", ha="center", va="center", fontsize=8.5, color="#2d6a3e")
bx.text(T + 1, 1.0 + 0.28 * (len(test_cutoffs) - 0.2), "T = first test cutoff", fontsize=8, va="bottom")
bx.set_xlim(40, 260)
bx.set_ylim(0.2, 1.0 + 0.28 * len(train_cutoffs) + 0.1)
bx.set_yticks([])
bx.set_xlabel("day")
bx.set_title(f"Time-based split: every training label window (orange, {h} days) ends by T", fontsize=10)
for side in ("top", "right", "left"):
    bx.spines[side].set_visible(False)

fig.tight_layout()
fig.savefig(HERE / "ml-data-pipelines-windows.png", dpi=110, metadata={"Software": None})
plt.close(fig)
