"""Figure for the note `agent-evals-reliability`. Left: exact coverage of nominal 95% Wald,
Wilson and Clopper-Pearson intervals for a success rate measured on n = 30 tasks, as a function
of the true rate. Right: pass@k and pass^k against k for the two agents of the note's eval
harness (per-task success q^s for a task of s writes; same 40 tasks, seed 0).
Writes agent-evals-reliability-intervals-passk.png next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.stats import beta, binom, norm

OUT = Path(__file__).resolve().parent
z = norm.ppf(0.975)


def wald(k, n):
    p = k / n
    h = z * np.sqrt(p * (1 - p) / n)
    return p - h, p + h


def wilson(k, n):
    p = k / n
    c = (p + z**2 / (2 * n)) / (1 + z**2 / n)
    h = z / (1 + z**2 / n) * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return c - h, c + h


def clopper_pearson(k, n):
    lo = np.where(k > 0, beta.ppf(0.025, np.maximum(k, 1), n - k + 1), 0.0)
    hi = np.where(k < n, beta.ppf(0.975, k + 1, np.maximum(n - k, 1)), 1.0)
    return lo, hi


fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
ax = axes[0]
n = 30
ks = np.arange(n + 1)
ps = np.linspace(0.5, 0.995, 400)
for f, col, lab in [(wald, "tab:red", "Wald"), (wilson, "tab:blue", "Wilson"),
                    (clopper_pearson, "tab:green", "Clopper-Pearson")]:
    lo, hi = f(ks, n)
    cov = [binom.pmf(ks, n, p)[(lo <= p) & (p <= hi)].sum() for p in ps]
    ax.plot(ps, cov, color=col, lw=1, label=lab)
ax.axhline(0.95, color="0.3", ls="--", lw=1)
ax.set_xlabel("true success rate p")
ax.set_ylabel("coverage (n = 30 tasks)")
ax.set_title("Nominal 95% intervals: actual coverage", fontsize=10)
ax.set_ylim(0.5, 1.005)
ax.legend(fontsize=8, loc="lower left")
ax.grid(alpha=0.3)

ax = axes[1]
rng = np.random.default_rng(0)                      # the note's 40 tasks, same draws
tasks = [{f"k{j}": int(rng.integers(100)) for j in range(int(rng.integers(3, 13)))}
         for _ in range(40)]
sizes = np.array([len(t) for t in tasks])
k = np.arange(1, 11)
for q, col, lab in [(0.95, "tab:red", "agent A"), (0.95 + 0.05 * 0.6 * 0.95, "tab:blue", "agent B")]:
    p = q ** sizes
    ax.plot(k, [np.mean(1 - (1 - p) ** kk) for kk in k], "o-", ms=3, color=col, label=f"{lab}: pass@k")
    ax.plot(k, [np.mean(p ** kk) for kk in k], "s--", ms=3, color=col, label=f"{lab}: pass^k")
ax.set_xlabel("k (attempts)")
ax.set_ylabel("suite average")
ax.set_title("pass@k (any of k succeeds) vs pass^k (all k succeed)", fontsize=10)
ax.set_ylim(0, 1.02)
ax.set_xticks(k)
ax.legend(fontsize=8, loc="center right")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "agent-evals-reliability-intervals-passk.png", dpi=110, metadata={"Software": None})
