"""Figure for the note iterative-solvers: convergence of conjugate gradient.
Left: relative A-norm error of CG on diagonal SPD matrices (n = 2000) whose eigenvalues are spread
evenly over [1, kappa], for kappa = 10, 100, 1000, 10000, with the Chebyshev bound
2 ((sqrt(kappa) - 1) / (sqrt(kappa) + 1))^k dashed. Right: three spectra with the same
kappa = 10000: evenly spread, clustered in [1, 2] with five large outliers, and gradient descent
(optimal fixed step) on the evenly spread one. Writes iterative-solvers-cg-convergence.png next to
this script."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent


def cg_errors(lam, b, iters):
    """CG on diag(lam) x = b from x0 = 0; relative A-norm errors per iteration."""
    x_star = b / lam
    norm_a = lambda e: np.sqrt(np.sum(lam * e * e))
    e0 = norm_a(x_star)
    x = np.zeros_like(b)
    r = b.copy()
    p = r.copy()
    rr = r @ r
    errs = [1.0]
    for _ in range(iters):
        Ap = lam * p
        alpha = rr / (p @ Ap)
        x += alpha * p
        r -= alpha * Ap
        rr_new = r @ r
        p = r + (rr_new / rr) * p
        rr = rr_new
        errs.append(norm_a(x - x_star) / e0)
        if errs[-1] < 1e-13:
            break
    return np.array(errs)


def gd_errors(lam, b, iters):
    x_star = b / lam
    step = 2.0 / (lam.max() + lam.min())
    norm_a = lambda e: np.sqrt(np.sum(lam * e * e))
    e0 = norm_a(x_star)
    x = np.zeros_like(b)
    errs = [1.0]
    for _ in range(iters):
        x -= step * (lam * x - b)
        errs.append(norm_a(x - x_star) / e0)
    return np.array(errs)


def main():
    rng = np.random.default_rng(0)
    n = 2000
    b = rng.normal(size=n)
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10.5, 4.2))
    colors = ["#1b4f72", "#2e86c1", "#ca6f1e", "#922b21"]
    for kappa, c in zip([10, 100, 1000, 10000], colors):
        lam = np.linspace(1.0, kappa, n)
        errs = cg_errors(lam, b, 400)
        ks = np.arange(len(errs))
        q = (np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)
        ax0.semilogy(ks, errs, color=c, lw=1.6, label=f"κ = {kappa}")
        kb = np.arange(0, 401)
        ax0.semilogy(kb, np.minimum(2 * q**kb, 1.0), "--", color=c, lw=1)
    ax0.set_ylim(1e-12, 2)
    ax0.set_xlim(0, 400)
    ax0.set_xlabel("iteration k")
    ax0.set_ylabel("‖x_k − x*‖_A / ‖x_0 − x*‖_A")
    ax0.set_title("CG (solid) and its Chebyshev bound (dashed)")
    ax0.legend(fontsize=8)

    kappa = 1e4
    even = np.linspace(1.0, kappa, n)
    clustered = np.concatenate([np.linspace(1.0, 2.0, n - 5), np.geomspace(100.0, kappa, 5)])
    q = (np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)
    ax1.semilogy(cg_errors(even, b, 400), color="#922b21", lw=1.6, label="CG, spectrum spread over [1, 10⁴]")
    ax1.semilogy(cg_errors(clustered, b, 400), color="#117a65", lw=1.6,
                 label="CG, spectrum in [1, 2] plus 5 outliers")
    ax1.semilogy(gd_errors(even, b, 400), color="gray", lw=1.6,
                 label="gradient descent, optimal fixed step")
    kb = np.arange(0, 401)
    ax1.semilogy(kb, np.minimum(2 * q**kb, 1.0), "k--", lw=1, label="Chebyshev bound, κ = 10⁴")
    ax1.set_ylim(1e-12, 2)
    ax1.set_xlim(0, 400)
    ax1.set_xlabel("iteration k")
    ax1.set_title("Same κ = 10⁴, different spectra")
    ax1.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    fig.savefig(HERE / "iterative-solvers-cg-convergence.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
