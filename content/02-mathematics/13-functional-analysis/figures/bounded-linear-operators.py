"""Figures for bounded-linear-operators.md (deterministic)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
ax = axes[0]
for n, mk in [(20, "o"), (100, "s"), (400, ".")]:
    x = (np.arange(n) + 0.5) / n
    lam = np.linalg.eigvalsh(np.minimum.outer(x, x) / n)[::-1]
    ax.loglog(np.arange(1, n + 1), lam, mk, ms=3, label=f"midpoint rule, $n={n}$")
k = np.arange(1, 401)
ax.loglog(k, 1 / (((k - 0.5) * np.pi) ** 2), "k-", lw=1, label="exact $1/((k-1/2)^2\\pi^2)$")
ax.set_xlabel("index $k$")
ax.set_ylabel("eigenvalue")
ax.set_title("Eigenvalues accumulate only at 0")
ax.legend(fontsize=8)

ax = axes[1]
n = 400
x = (np.arange(n) + 0.5) / n
lam, U = np.linalg.eigh(np.minimum.outer(x, x) / n)
U = U[:, ::-1] * np.sqrt(n)
for j, c in zip(range(3), ["C0", "C1", "C2"]):
    u = U[:, j] * np.sign(U[0, j])
    ax.plot(x, u, color=c, lw=2, alpha=0.5, label=f"discrete $u_{j+1}$")
    ax.plot(x, np.sqrt(2) * np.sin((j + 0.5) * np.pi * x), "k:", lw=1)
ax.set_xlabel("$x$")
ax.set_title("Eigenfunctions (dotted: $\\sqrt{2}\\sin((k-1/2)\\pi x)$)")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "bounded-linear-operators-spectrum.png", dpi=110, metadata={"Software": None})
