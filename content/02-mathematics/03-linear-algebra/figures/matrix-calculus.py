"""Figure for the note matrix-calculus: the error of forward and central finite differences
against the step size, in double and single precision, for the worked example's quadratic form.
Writes a PNG next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


# f(x) = exp(x^T A x / 10) at x = (1, 2): smooth, with nonzero third derivatives.
A = np.array([[1.0, 2.0], [0.0, 3.0]])
x0 = np.array([1.0, 2.0])
exact = np.exp(x0 @ A @ x0 / 10) * (A + A.T) @ x0 / 10        # gradient by the formula
eps = np.logspace(-12, -0.5, 200)

fig, ax = plt.subplots(figsize=(7.2, 4.4))
for dtype, ls in [(np.float64, "-"), (np.float32, "--")]:
    Ad, xd = A.astype(dtype), x0.astype(dtype)
    f = lambda v: np.exp(v @ Ad @ v / dtype(10))
    e1 = np.eye(2, dtype=dtype)[0]
    fwd, cen = [], []
    for h in eps:
        hd = dtype(h)
        fwd.append(abs(float((f(xd + hd * e1) - f(xd)) / hd) - exact[0]) / abs(exact[0]))
        cen.append(abs(float((f(xd + hd * e1) - f(xd - hd * e1)) / (2 * hd)) - exact[0]) / abs(exact[0]))
    name = "float64" if dtype is np.float64 else "float32"
    ax.loglog(eps, np.maximum(fwd, 1e-17), ls, color="tab:orange", lw=1.3, label=f"forward, {name}")
    ax.loglog(eps, np.maximum(cen, 1e-17), ls, color="tab:blue", lw=1.3, label=f"central, {name}")
ax.axvline(1e-6, color="0.5", lw=0.8, ls=":")
ax.text(1.2e-6, 3e-1, r"$\epsilon = 10^{-6}$", color="0.4", fontsize=9)
ax.set_ylim(1e-12, 1e1)
ax.set_xlabel(r"step $\epsilon$")
ax.set_ylabel("relative error of the derivative")
ax.set_title("Finite differences: truncation error (right) vs rounding error (left)", fontsize=10)
ax.legend(fontsize=8, loc="lower left")
fig.tight_layout()
save(fig, "matrix-calculus-finite-differences.png")
