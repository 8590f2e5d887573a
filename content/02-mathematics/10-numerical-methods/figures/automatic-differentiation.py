"""Figures for the note automatic-differentiation.
1. automatic-differentiation-graph.png: the computation graph of
   f(x1, x2) = (x1 x2 + sin x1) exp(-x2) at (1, 2), with each node's value (forward sweep) and
   adjoint (reverse sweep).
2. automatic-differentiation-finite-differences.png: error of forward and central finite
   differences for the derivative of g(x) = sin(x) exp(x) at x = 1 as a function of the step h,
   against the truncation and rounding models and the error of automatic differentiation.
Both PNGs are written next to this script."""
import math
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent
U = 2.0 ** -53


def graph_figure():
    x1, x2 = 1.0, 2.0
    v1, v2 = x1 * x2, math.sin(x1)
    v3, v4 = v1 + v2, -x2
    v5 = math.exp(v4)
    y = v3 * v5
    b3, b5 = v5, v3
    b4 = b5 * v5
    b1 = b2 = b3
    bx1 = b1 * x2 + b2 * math.cos(x1)
    bx2 = b1 * x1 - b4
    nodes = {   # name: (x, y, label, value, adjoint)
        "x1": (0.0, 2.0, "x₁", x1, bx1), "x2": (0.0, 0.0, "x₂", x2, bx2),
        "v1": (2.0, 2.6, "v₁ = x₁x₂", v1, b1), "v2": (2.0, 1.4, "v₂ = sin x₁", v2, b2),
        "v4": (2.0, 0.0, "v₄ = −x₂", v4, b4), "v3": (4.0, 2.0, "v₃ = v₁ + v₂", v3, b3),
        "v5": (4.0, 0.0, "v₅ = exp v₄", v5, b5), "y": (6.0, 1.0, "y = v₃ v₅", y, 1.0),
    }
    edges = [("x1", "v1", "x₂"), ("x2", "v1", "x₁"), ("x1", "v2", "cos x₁"), ("x2", "v4", "−1"),
             ("v1", "v3", "1"), ("v2", "v3", "1"), ("v4", "v5", "v₅"), ("v3", "y", "v₅"),
             ("v5", "y", "v₃")]
    fig, ax = plt.subplots(figsize=(10, 4.6))
    for a, b, lab in edges:
        xa, ya = nodes[a][:2]
        xb, yb = nodes[b][:2]
        ax.annotate("", xy=(xb - 0.62, yb), xytext=(xa + 0.62, ya),
                    arrowprops=dict(arrowstyle="->", color="#566573", lw=1.2))
        xm, ym = xa + 0.62 + 0.3 * (xb - xa - 1.24), ya + 0.3 * (yb - ya)
        ax.text(xm, ym + 0.1, lab, fontsize=8, color="#7d3c98", ha="center",
                bbox=dict(fc="white", ec="none", pad=0.5))
    for name, (x, yy, label, val, adj) in nodes.items():
        ax.add_patch(plt.Rectangle((x - 0.62, yy - 0.38), 1.24, 0.76, fc="#eaf2f8", ec="#1f618d"))
        ax.text(x, yy + 0.17, label, ha="center", va="center", fontsize=9)
        ax.text(x, yy - 0.05, f"value {val:.4f}", ha="center", va="center", fontsize=8, color="#1f618d")
        ax.text(x, yy - 0.24, f"adjoint {adj:.4f}", ha="center", va="center", fontsize=8, color="#b03a2e")
    ax.text(3.0, -0.85, "forward sweep: values left to right (blue); reverse sweep: adjoints right to left "
            "(red); edge labels: local partial derivatives (purple)", ha="center", fontsize=8.5)
    ax.set_xlim(-0.8, 6.8)
    ax.set_ylim(-1.05, 3.15)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(HERE / "automatic-differentiation-graph.png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def fd_figure():
    g = lambda x: math.sin(x) * math.exp(x)
    x0 = 1.0
    exact = (math.cos(x0) + math.sin(x0)) * math.exp(x0)
    hs = np.logspace(-16, 0, 161)
    fwd = [abs((g(x0 + h) - g(x0)) / h - exact) / abs(exact) for h in hs]
    cen = [abs((g(x0 + h) - g(x0 - h)) / (2 * h) - exact) / abs(exact) for h in hs]
    # AD (forward mode by hand): d/dx [sin x e^x] = cos x e^x + sin x e^x, evaluated in floating point
    ad = abs((math.cos(x0) * math.exp(x0) + math.sin(x0) * math.exp(x0)) - exact) / abs(exact)
    g0 = abs(g(x0))
    g2 = abs(2 * math.cos(x0) * math.exp(x0))                              # |g''(1)|
    g3 = abs(2 * (math.cos(x0) - math.sin(x0)) * math.exp(x0))             # |g'''(1)|
    fig, ax = plt.subplots(figsize=(6.4, 4.3))
    ax.loglog(hs, np.maximum(fwd, 1e-17), ".", ms=3, color="#c0392b", label="forward difference")
    ax.loglog(hs, np.maximum(cen, 1e-17), ".", ms=3, color="#2471a3", label="central difference")
    ax.loglog(hs, (hs * g2 / 2 + 2 * U * g0 / hs) / abs(exact), "--", color="#c0392b", lw=1,
              label="model h|g''|/2 + 2u|g|/h")
    ax.loglog(hs, (hs**2 * g3 / 6 + U * g0 / hs) / abs(exact), "--", color="#2471a3", lw=1,
              label="model h²|g'''|/6 + u|g|/h")
    ax.axhline(max(ad, U), color="k", lw=1.2, label="automatic differentiation (≈ u)")
    ax.set_ylim(1e-17, 10)
    ax.set_xlabel("step h")
    ax.set_ylabel("relative error of g'(1)")
    ax.set_title("Finite differences: truncation versus rounding")
    ax.legend(fontsize=7.5, loc="upper center")
    fig.tight_layout()
    fig.savefig(HERE / "automatic-differentiation-finite-differences.png", dpi=110,
                metadata={"Software": None})
    plt.close(fig)


def main():
    graph_figure()
    fd_figure()


if __name__ == "__main__":
    main()
