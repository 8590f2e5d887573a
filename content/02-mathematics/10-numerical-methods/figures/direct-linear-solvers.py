"""Figures for the note direct-linear-solvers.
1. direct-linear-solvers-least-squares.png: relative error of least-squares solutions computed by
   the normal equations and by Householder QR, for matrices with prescribed condition number and a
   consistent right-hand side; the normal equations follow kappa^2 u, QR follows kappa u.
2. direct-linear-solvers-growth.png: growth factor of LU with partial pivoting on random Gaussian
   matrices (typical) and on Wilkinson's matrix (worst case 2^(n-1)).
Both PNGs are written next to this script."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.linalg import solve_triangular

HERE = Path(__file__).resolve().parent
U = 2.0 ** -53


def householder_lstsq(A, b):
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    m, n = A.shape
    for k in range(n):
        v = A[k:, k].copy()
        v[0] += np.copysign(np.linalg.norm(v), v[0])
        v /= np.linalg.norm(v)
        A[k:, k:] -= 2.0 * np.outer(v, v @ A[k:, k:])
        b[k:] -= 2.0 * v * (v @ b[k:])
    return solve_triangular(np.triu(A[:n, :n]), b[:n])


def lu_growth(A):
    A = np.array(A, dtype=float)
    n = A.shape[0]
    start = biggest = np.abs(A).max()
    for k in range(n - 1):
        p = k + np.argmax(np.abs(A[k:, k]))
        A[[k, p]] = A[[p, k]]
        A[k + 1:, k] /= A[k, k]
        A[k + 1:, k + 1:] -= np.outer(A[k + 1:, k], A[k, k + 1:])
        biggest = max(biggest, np.abs(A[k + 1:, k + 1:]).max())
    return biggest / start


def least_squares_figure(rng):
    m, n = 60, 10
    kappas = np.logspace(1, 12, 23)
    err_ne, err_qr = [], []
    for kappa in kappas:
        Q1, _ = np.linalg.qr(rng.normal(size=(m, n)))
        Q2, _ = np.linalg.qr(rng.normal(size=(n, n)))
        A = Q1 @ np.diag(np.logspace(0, -np.log10(kappa), n)) @ Q2.T
        x = rng.normal(size=n)
        b = A @ x                                   # consistent system: zero residual
        with np.errstate(all="ignore"):
            xn = np.linalg.solve(A.T @ A, A.T @ b)
        err_ne.append(np.linalg.norm(xn - x) / np.linalg.norm(x))
        err_qr.append(np.linalg.norm(householder_lstsq(A, b) - x) / np.linalg.norm(x))
    fig, ax = plt.subplots(figsize=(6, 4.2))
    ax.loglog(kappas, err_ne, "o-", color="#c0392b", ms=4, label="normal equations  AᵀA x = Aᵀb")
    ax.loglog(kappas, err_qr, "s-", color="#2471a3", ms=4, label="Householder QR")
    ax.loglog(kappas, kappas**2 * U, "--", color="#c0392b", lw=1, label="κ² u")
    ax.loglog(kappas, kappas * U, "--", color="#2471a3", lw=1, label="κ u")
    ax.set_ylim(1e-17, 1e3)
    ax.set_xlabel("condition number κ(A)")
    ax.set_ylabel("relative error of x")
    ax.set_title("Least squares: normal equations versus QR")
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    fig.savefig(HERE / "direct-linear-solvers-least-squares.png", dpi=110,
                metadata={"Software": None})
    plt.close(fig)


def growth_figure(rng):
    ns = [4, 8, 16, 32, 64, 128, 256]
    med, top = [], []
    for n in ns:
        g = [lu_growth(rng.normal(size=(n, n))) for _ in range(20)]
        med.append(np.median(g))
        top.append(np.max(g))
    wn = np.arange(2, 61)
    fig, ax = plt.subplots(figsize=(6, 4.2))
    ax.semilogy(wn, 2.0 ** (wn - 1), "-", color="#c0392b",
                label="Wilkinson's matrix: 2ⁿ⁻¹ (the bound, attained)")
    ax.semilogy(ns, med, "o-", color="#2471a3", ms=4, label="random Gaussian: median of 20")
    ax.semilogy(ns, top, "^:", color="#2471a3", ms=4, label="random Gaussian: max of 20")
    ax.axhline(1 / U, color="gray", lw=0.8, ls=":")
    ax.text(3, 1 / U * 3, "1/u", color="gray")
    ax.set_xlabel("n")
    ax.set_ylabel("growth factor ρₙ")
    ax.set_title("LU with partial pivoting: worst case versus typical growth")
    ax.legend(fontsize=8, loc="center right")
    fig.tight_layout()
    fig.savefig(HERE / "direct-linear-solvers-growth.png", dpi=110, metadata={"Software": None})
    plt.close(fig)


def main():
    rng = np.random.default_rng(0)
    least_squares_figure(rng)
    growth_figure(rng)


if __name__ == "__main__":
    main()
