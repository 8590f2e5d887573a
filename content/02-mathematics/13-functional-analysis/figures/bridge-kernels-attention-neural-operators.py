"""Figures for bridge-kernels-attention-neural-operators.md (deterministic)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent
rng = np.random.default_rng(0)

fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
# left: random-feature approximation errors versus number of features D
n, d = 200, 5
X = rng.standard_normal((n, d)) * 0.7
K = np.exp(-((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2) / 2)
Q = rng.standard_normal((256, 16)) * 0.2
Kq = rng.standard_normal((256, 16)) * 0.2
V = rng.standard_normal((256, 8))
S = Q @ Kq.T
P = np.exp(S - S.max(1, keepdims=True))
P /= P.sum(1, keepdims=True)
O = P @ V
Ds = np.array([8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096])
rff, lin = [], []
for D in Ds:
    e1, e2 = [], []
    for _ in range(5):
        W = rng.standard_normal((d, D))
        b = rng.uniform(0, 2 * np.pi, D)
        Z = np.sqrt(2.0 / D) * np.cos(X @ W + b)
        e1.append(np.abs(Z @ Z.T - K).mean())
        W2 = rng.standard_normal((16, D))
        fq = np.exp(Q @ W2 - 0.5 * (Q**2).sum(1, keepdims=True))
        fk = np.exp(Kq @ W2 - 0.5 * (Kq**2).sum(1, keepdims=True))
        Ol = (fq @ (fk.T @ V)) / (fq @ fk.sum(0))[:, None]
        e2.append(np.linalg.norm(Ol - O) / np.linalg.norm(O))
    rff.append(np.mean(e1))
    lin.append(np.mean(e2))
ax = axes[0]
ax.loglog(Ds, rff, "o-", label="RFF: mean $|z(x)^\\top z(y) - k(x,y)|$")
ax.loglog(Ds, lin, "s-", label="linear attention: relative error")
ax.loglog(Ds, 0.75 / np.sqrt(Ds), "k--", lw=1, label="$0.75\\,D^{-1/2}$")
ax.set_xlabel("number of random features $D$")
ax.set_title("Monte Carlo error of random features")
ax.legend(fontsize=8)

# right: a Fourier layer fitted on a 64-point grid, evaluated on a 1024-point grid
def random_input(n, n_modes=16):
    x = 2 * np.pi * np.arange(n) / n
    f = np.full(n, rng.standard_normal())
    for k in range(1, n_modes + 1):
        a, b = rng.standard_normal(2) / k
        f += a * np.cos(k * x) + b * np.sin(k * x)
    return f


def solve(f):
    k = np.fft.rfftfreq(len(f), d=1.0 / len(f))
    return np.fft.irfft(np.fft.rfft(f) / (1 + k**2), n=len(f))


Km = 16
F = np.array([np.fft.rfft(random_input(64)) for _ in range(200)])
U = np.array([np.fft.rfft(solve(np.fft.irfft(f, n=64)) + 0.01 * rng.standard_normal(64)) for f in F])
R = (np.conj(F[:, :Km]) * U[:, :Km]).sum(0) / (np.abs(F[:, :Km]) ** 2).sum(0)
f = random_input(1024)
fh = np.fft.rfft(f)
out = np.zeros_like(fh)
out[:Km] = R * fh[:Km]
x = 2 * np.pi * np.arange(1024) / 1024
ax = axes[1]
ax.plot(x, f, color="0.7", lw=1, label="input $f$")
ax.plot(x, solve(f), "k-", lw=2.5, label="true $u$: $-u'' + u = f$")
ax.plot(x, np.fft.irfft(out, n=1024), "C1--", lw=1.5, label="Fourier layer (fit on 64 points)")
ax.set_xlabel("$x$ (1024-point grid)")
ax.set_title("A Fourier layer used off its training grid")
ax.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "bridge-kernels-attention-neural-operators-random-features.png", dpi=110,
            metadata={"Software": None})
