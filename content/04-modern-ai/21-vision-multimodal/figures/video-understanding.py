"""Figures for the note `video-understanding`.
video-understanding-cost.png: multiply-accumulates of a ViT-B video encoder (2x16x16 tubelets at
224 px) against the number of frames, for joint space-time attention, divided (temporal then spatial)
attention and a factorized encoder, and the share of the joint model's work spent in attention.
video-understanding-aliasing.png: the rotation rate a sampled video shows against the true rate of a
turning wheel, at 30, 8 and 4 frames per second (the wagon-wheel effect). Deterministic."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
D, L, N = 768, 12, 196


def joint(Tp):
    n = Tp * N + 1
    dense, attn = L * 12 * n * D * D, L * 2 * n * n * D
    return dense + attn, attn / (dense + attn)


def divided(Tp):
    n = Tp * N
    return L * (16 * n * D * D + 2 * N * Tp**2 * D + 2 * Tp * N**2 * D)


def factorized(Tp, Lt=4):
    return Tp * L * (12 * (N + 1) * D * D + 2 * (N + 1) ** 2 * D) + Lt * (12 * (Tp + 1) * D * D + 2 * (Tp + 1) ** 2 * D)


frames = 2 ** np.arange(2, 10)
Tp = frames // 2
fig, axes = plt.subplots(1, 2, figsize=(10.5, 3.9))
ax = axes[0]
ax.plot(frames, [joint(t)[0] / 1e9 for t in Tp], "o-", label="joint space-time attention")
ax.plot(frames, [divided(t) / 1e9 for t in Tp], "s-", label="divided (temporal, then spatial)")
ax.plot(frames, [factorized(t) / 1e9 for t in Tp], "^-", label="factorized encoder (12 + 4 layers)")
ax.set_xscale("log", base=2)
ax.set_yscale("log")
ax.set_xlabel("frames per clip (tubelets of 2 frames)")
ax.set_ylabel("GMACs per clip")
ax.set_title("ViT-B video encoders at 224 px")
ax.legend(fontsize=8)
ax.grid(alpha=0.3, which="both")
ax = axes[1]
ax.plot(frames, [100 * joint(t)[1] for t in Tp], "o-", color="C0")
ax.set_xscale("log", base=2)
ax.set_xlabel("frames per clip")
ax.set_ylabel("% of MACs in attention products")
ax.set_title("Joint attention: share of the work in $QK^T$ and $PV$")
ax.set_ylim(0, 100)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "video-understanding-cost.png", dpi=110, metadata={"Software": None})
plt.close(fig)

f = np.linspace(0, 8, 801)
fig, axes = plt.subplots(1, 3, figsize=(10.5, 3.4), sharey=True)
for ax, (fps, c) in zip(axes, [(30, "C0"), (8, "C1"), (4, "C3")]):
    app = f - fps * np.round(f / fps)                    # alias into (-fps/2, fps/2]
    app = np.where(np.abs(np.abs(app) - fps / 2) < 0.02, np.nan, app)
    ax.plot(f, f, color="gray", ls=":", lw=1, label="true rate")
    ax.plot(f, app, color=c, lw=2, label="seen in the frames")
    ax.axhline(0, color="gray", lw=0.6)
    if fps / 2 < 8:
        ax.axvline(fps / 2, color=c, lw=0.8, ls="--")
    ax.set_xlim(0, 8.2)
    ax.set_title(f"sampled at {fps} fps (Nyquist {fps / 2:g} rev/s)", fontsize=10)
    ax.set_xlabel("true rotation (rev/s)")
    ax.set_ylim(-4.5, 8.5)
    ax.grid(alpha=0.3)
axes[0].set_ylabel("apparent rotation (rev/s)")
axes[0].legend(fontsize=8, loc="upper left")
fig.tight_layout()
fig.savefig(OUT / "video-understanding-aliasing.png", dpi=110, metadata={"Software": None})
plt.close(fig)
