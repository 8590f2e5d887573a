"""Figures for the note hypothesis-testing-neyman-pearson: the two error probabilities of the worked
example's Neyman-Pearson test, and power functions of one-sided and two-sided z tests. Writes PNGs
next to this script."""
from math import erf, sqrt
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


Phi = np.vectorize(lambda z: 0.5 * (1 + erf(z / sqrt(2))))


def npdf(x, mu, sd):
    return np.exp(-0.5 * ((x - mu) / sd) ** 2) / (sd * np.sqrt(2 * np.pi))


n, mu1, z95, z975 = 25, 0.5, 1.6449, 1.9600
se = 1 / sqrt(n)
c = z95 * se                                      # 0.329
power = float(Phi((mu1 - c) / se))                # 0.804

fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.2))

# Left: sampling densities of the mean under H0 and H1, with the critical value.
ax = axes[0]
x = np.linspace(-0.8, 1.3, 600)
f0, f1 = npdf(x, 0.0, se), npdf(x, mu1, se)
ax.plot(x, f0, color="tab:blue", label=r"$\bar X$ under $H_0$: $\mathcal{N}(0, 1/25)$")
ax.plot(x, f1, color="tab:orange", label=r"$\bar X$ under $H_1$: $\mathcal{N}(0.5, 1/25)$")
ax.fill_between(x, f0, where=x > c, color="tab:blue", alpha=0.35,
                label=r"type I error $\alpha = 0.05$")
ax.fill_between(x, f1, where=x <= c, color="tab:orange", alpha=0.35,
                label=rf"type II error $\beta = {1 - power:.3f}$")
ax.axvline(c, color="k", ls="--", lw=1)
ax.text(c + 0.02, 2.05, rf"reject $H_0$ when $\bar X > c = {c:.3f}$", fontsize=9)
ax.set_xlabel(r"sample mean $\bar X$")
ax.set_ylabel("density")
ax.set_ylim(0, 2.25)
ax.set_title(rf"Neyman-Pearson test, $n = 25$: power $= 1 - \beta = {power:.3f}$")
ax.legend(fontsize=8, loc="upper left")

# Right: power functions E_mu[phi] of one-sided tests for three n and of a two-sided test.
ax = axes[1]
mu = np.linspace(-0.6, 1.2, 400)
for nn, col in [(10, "tab:green"), (25, "tab:blue"), (50, "tab:purple")]:
    ax.plot(mu, Phi(np.sqrt(nn) * mu - z95), color=col, label=rf"one-sided, $n = {nn}$")
two = Phi(np.sqrt(n) * mu - z975) + Phi(-np.sqrt(n) * mu - z975)
ax.plot(mu, two, color="tab:red", ls="--", label=r"two-sided $|\bar X| > 1.96/5$, $n = 25$")
ax.axhline(0.05, color="0.5", lw=0.8)
ax.text(-0.58, 0.075, r"$\alpha = 0.05$", color="0.3", fontsize=9)
ax.axvline(0, color="0.8", lw=0.8)
ax.plot([mu1], [power], "ko", ms=5)
ax.annotate(rf"$\mathrm{{Pow}}(0.5) = {power:.3f}$", xy=(mu1, power), xytext=(0.68, 0.5),
            arrowprops=dict(arrowstyle="->", color="k"), fontsize=9)
ax.set_xlabel(r"true mean $\mu$")
ax.set_ylabel(r"rejection probability $\mathbb{E}_\mu[\phi(X)]$")
ax.set_title(r"Rejection probabilities of tests of $H_0: \mu = 0$ (or $\mu \leq 0$)")
ax.set_ylim(-0.02, 1.02)
ax.legend(fontsize=8, loc="lower right")

fig.tight_layout()
save(fig, "hypothesis-testing-neyman-pearson-power.png")
