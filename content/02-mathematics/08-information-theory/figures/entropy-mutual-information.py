"""Figures for the note entropy-mutual-information.

Writes next to this script:
- entropy-mutual-information-binary-entropy.png: the binary entropy function H_b(theta) in bits,
  with the points used in the module marked (theta = 0.11 gives half a bit, theta = 0.45 is the
  umbrella marginal of the worked example, theta = 1/2 the maximum).
- entropy-mutual-information-hierarchy.png: the information hierarchy of the worked example
  (weather and umbrella) drawn as aligned bars: H(X | Y), I(X; Y) and H(Y | X) tile H(X, Y).
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent


def Hb(t):
    t = np.asarray(t, dtype=float)
    out = np.zeros_like(t)
    m = (t > 0) & (t < 1)
    out[m] = -t[m] * np.log2(t[m]) - (1 - t[m]) * np.log2(1 - t[m])
    return out


def H(p):
    p = np.asarray(p, dtype=float).ravel()
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


# Binary entropy curve.
t = np.linspace(0, 1, 801)
fig, ax = plt.subplots(figsize=(6.4, 3.8))
ax.plot(t, Hb(t), color="C0", lw=2, label=r"$H_b(\theta)$")
for th, txt, xy in [(0.11, r"$H_b(0.11) \approx 0.50$", (0.16, 0.42)),
                    (0.45, r"$H_b(0.45) \approx 0.9928$", (0.12, 0.86)),
                    (0.5, r"$H_b(1/2) = 1$", (0.58, 0.86))]:
    v = float(Hb(np.array([th]))[0])
    ax.plot([th], [v], "o", color="C3", ms=5)
    ax.annotate(txt, (th, v), xytext=xy, fontsize=9, arrowprops={"arrowstyle": "-", "color": "0.5"})
ax.set_xlabel(r"Bernoulli parameter $\theta$")
ax.set_ylabel("entropy (bits)")
ax.set_title("Binary entropy: zero for a sure outcome, one bit for a fair coin")
ax.set_xlim(0, 1)
ax.set_ylim(0, 1.1)
ax.grid(alpha=0.3)
ax.legend(loc="lower center", fontsize=9)
fig.tight_layout()
fig.savefig(HERE / "entropy-mutual-information-binary-entropy.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# Information hierarchy of the worked example.
P = np.array([[0.45, 0.05], [0.10, 0.40]])
hx, hy, hxy = H(P.sum(1)), H(P.sum(0)), H(P)
mi = hx + hy - hxy
hx_y, hy_x = hxy - hy, hxy - hx
fig, ax = plt.subplots(figsize=(6.8, 2.9))
rows = [
    ("H(X, Y)", [(0, hx_y, "C0", "H(X|Y)"), (hx_y, mi, "C2", "I(X;Y)"), (hx_y + mi, hy_x, "C1", "H(Y|X)")]),
    ("H(Y)", [(hx_y, mi, "C2", None), (hx_y + mi, hy_x, "C1", None)]),
    ("H(X)", [(0, hx_y, "C0", None), (hx_y, mi, "C2", None)]),
]
for k, (name, segs) in enumerate(rows):
    for left, width, color, lab in segs:
        ax.barh(k, width, left=left, color=color, alpha=0.75, edgecolor="k", height=0.6)
        ax.text(left + width / 2, k, f"{width:.4f}", ha="center", va="center", fontsize=9)
        if lab:
            ax.text(left + width / 2, k - 0.45, lab, ha="center", va="top", fontsize=9)
    ax.text(-0.04, k, name, ha="right", va="center", fontsize=10)
ax.set_xlim(-0.45, hxy + 0.05)
ax.set_xticks(np.arange(0, 1.76, 0.25))
ax.set_ylim(-0.95, 2.5)
ax.set_yticks([])
ax.set_xlabel("bits")
ax.set_title("Weather and umbrella: the overlap of H(X) and H(Y) is I(X;Y)")
for s in ["left", "right", "top"]:
    ax.spines[s].set_visible(False)
fig.tight_layout()
fig.savefig(HERE / "entropy-mutual-information-hierarchy.png", dpi=110, metadata={"Software": None})
plt.close(fig)
