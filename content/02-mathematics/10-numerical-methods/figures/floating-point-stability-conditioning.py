"""Figure for the note floating-point-stability-conditioning: conditioning versus stability.
Left: a well-conditioned problem, f(x) = (1 - cos x) / x^2, computed by an unstable formula and
by a stable rewrite. Right: an ill-conditioned problem, Hilbert systems H x = b, solved by a
backward-stable method (LU with partial pivoting): the backward error stays at the unit roundoff
while the forward error follows kappa * u. Writes floating-point-stability-conditioning-stability.png
next to this script."""
import math
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.linalg import hilbert

HERE = Path(__file__).resolve().parent
U = 2.0 ** -53


def cancellation_panel(ax):
    xs = np.logspace(-9, -1, 400)
    naive, stable = [], []
    for x in xs:
        exact = sum((-1) ** k * x ** (2 * k) / math.factorial(2 * k + 2) for k in range(6))
        naive.append(abs((1 - math.cos(x)) / x**2 - exact) / exact)
        stable.append(abs(2 * math.sin(x / 2) ** 2 / x**2 - exact) / exact)
    naive = np.maximum(naive, 1e-18)            # exact zeros drawn at the bottom edge
    ax.loglog(xs, naive, ".", ms=2.5, color="#c0392b", label="naive (1 - cos x) / x²")
    ax.loglog(xs, np.maximum(stable, 1e-18), ".", ms=2.5, color="#2471a3",
              label="rewritten 2 sin²(x/2) / x²")
    ax.loglog(xs, 2 * U / xs**2, "k--", lw=1, label="2u / x² (predicted)")
    ax.axhline(U, color="gray", lw=0.8, ls=":")
    ax.text(2e-9, U * 2, "u", color="gray")
    ax.set_ylim(5e-19, 1e1)
    ax.set_xlabel("x")
    ax.set_ylabel("relative error")
    ax.set_title("Well-conditioned problem, unstable formula")
    ax.legend(loc="upper right", fontsize=8)


def hilbert_panel(ax):
    ns = np.arange(2, 13)
    kap, fwd, bwd = [], [], []
    for n in ns:
        H = hilbert(n)
        x = np.ones(n)
        b = H @ x
        xh = np.linalg.solve(H, b)
        kap.append(np.linalg.cond(H))
        fwd.append(np.linalg.norm(xh - x) / np.linalg.norm(x))
        r = b - H @ xh
        bwd.append(np.linalg.norm(r) / (np.linalg.norm(H, 2) * np.linalg.norm(xh)))
    kap = np.array(kap)
    ax.semilogy(ns, kap * U, "k--", lw=1, label="κ(H) · u")
    ax.semilogy(ns, fwd, "o-", color="#c0392b", ms=4, label="forward error")
    ax.semilogy(ns, np.maximum(bwd, 1e-18), "s-", color="#2471a3", ms=4, label="backward error")
    ax.axhline(U, color="gray", lw=0.8, ls=":")
    ax.set_xlabel("n (Hilbert matrix size)")
    ax.set_ylabel("relative error")
    ax.set_title("Ill-conditioned problem, stable algorithm")
    ax.legend(loc="upper left", fontsize=8)


def main():
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    cancellation_panel(ax0)
    hilbert_panel(ax1)
    fig.tight_layout()
    fig.savefig(HERE / "floating-point-stability-conditioning-stability.png", dpi=110,
                metadata={"Software": None})


if __name__ == "__main__":
    main()
