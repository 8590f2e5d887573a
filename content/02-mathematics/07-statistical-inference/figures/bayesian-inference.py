"""Figures for the note bayesian-inference: prior, likelihood and posterior of the worked example,
and a Beta posterior concentrating as Bernoulli data accumulate, next to its Bernstein-von Mises
Gaussian. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10})


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


theta = np.linspace(0, 1, 801)
fig, axes = plt.subplots(1, 2, figsize=(11.5, 4.2))

# Left: the worked example, Beta(2, 2) prior, 7 clicks out of 20, posterior Beta(9, 15).
ax = axes[0]
prior = stats.beta(2, 2).pdf(theta)
lik = stats.beta(8, 14).pdf(theta)               # theta^7 (1 - theta)^13, normalized to area 1
post = stats.beta(9, 15)
lo, hi = post.ppf([0.025, 0.975])
ax.plot(theta, prior, color="tab:gray", label=r"prior Beta$(2, 2)$")
ax.plot(theta, lik, color="tab:green", ls="--", label=r"likelihood $\theta^7 (1-\theta)^{13}$ (rescaled)")
ax.plot(theta, post.pdf(theta), color="tab:blue", lw=2, label=r"posterior Beta$(9, 15)$")
band = (theta >= lo) & (theta <= hi)
ax.fill_between(theta[band], post.pdf(theta[band]), color="tab:blue", alpha=0.2,
                label=rf"95% credible interval $({lo:.3f}, {hi:.3f})$")
for x, name, col in [(0.35, "MLE 0.35", "tab:green"), (8 / 22, "MAP 0.364", "tab:red"),
                     (0.375, "mean 0.375", "tab:blue")]:
    ax.axvline(x, color=col, lw=0.8, ls=":")
ax.text(0.63, 2.3, "MLE 0.350\nMAP 0.364\nposterior mean 0.375", fontsize=8)
ax.set_xlabel(r"click rate $\theta$")
ax.set_ylabel("density")
ax.set_ylim(0, 4.6)
ax.set_title("Posterior is proportional to likelihood times prior")
ax.legend(fontsize=8, loc="upper right")

# Right: sequential updating on simulated Bernoulli(0.35) data, from the same prior.
ax = axes[1]
rng = np.random.default_rng(3)
data = rng.random(500) < 0.35
colors = ["tab:gray", "tab:olive", "tab:green", "tab:blue", "tab:purple"]
for n, col in zip([0, 5, 20, 100, 500], colors):
    k = int(data[:n].sum())
    ax.plot(theta, stats.beta(2 + k, 2 + n - k).pdf(theta), color=col,
            label=rf"$n = {n}$, $k = {k}$")
k = int(data.sum())
mle = k / 500
bvm = stats.norm(mle, np.sqrt(mle * (1 - mle) / 500)).pdf(theta)
ax.plot(theta, bvm, color="k", ls=":", lw=1.5,
        label=r"$\mathcal{N}(\hat\theta, \hat\theta(1-\hat\theta)/n)$, $n = 500$")
ax.axvline(0.35, color="tab:red", lw=0.8)
ax.text(0.37, 12.0, r"true $\theta = 0.35$", color="tab:red", fontsize=9)
ax.set_xlabel(r"$\theta$")
ax.set_ylabel("posterior density")
ax.set_title("Sequential updating: the posterior concentrates")
ax.legend(fontsize=8, loc="upper right")

fig.tight_layout()
save(fig, "bayesian-inference-updating.png")
