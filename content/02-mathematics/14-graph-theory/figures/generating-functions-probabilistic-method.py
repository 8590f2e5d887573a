"""Figure for generating-functions-probabilistic-method: Catalan asymptotics and the Ramsey bound."""
from pathlib import Path
from math import comb, log2, pi, sqrt
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9.5, 3.6))

ns = list(range(1, 61))
ratio = [comb(2 * n, n) / (n + 1) / (4**n / (n**1.5 * sqrt(pi))) for n in ns]
ax1.plot(ns, ratio, "o", ms=3)
ax1.axhline(1.0, color="gray", ls="--", lw=1)
ax1.set_xlabel("n")
ax1.set_ylabel("C_n / (4^n / (n^1.5 sqrt(pi)))")
ax1.set_title("Catalan numbers vs their asymptotic")

ks = list(range(3, 31))
best = []
for k in ks:
    n = k
    while 2 * comb(n + 1, k) < 2 ** comb(k, 2):   # E[# monochromatic K_k] < 1 at n + 1
        n += 1
    best.append(log2(n))
ax2.plot(ks, best, "o", ms=4, label="log2 of largest n with E[mono K_k] < 1")
ax2.plot(ks, [k / 2 for k in ks], "-", label="k / 2 (the bound 2^(k/2))")
ax2.set_xlabel("k")
ax2.set_ylabel("log2 n")
ax2.set_title("first-moment lower bound on R(k, k)")
ax2.legend(fontsize=8)
fig.tight_layout()
fig.savefig(HERE / "generating-functions-probabilistic-method-bounds.png", dpi=110, metadata={"Software": None})
