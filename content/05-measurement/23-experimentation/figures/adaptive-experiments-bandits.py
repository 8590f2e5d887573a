"""Figures for the note adaptive-experiments-bandits: cumulative regret of five allocation policies,
and the sampling distributions of naive and inverse-propensity estimates after adaptive allocation.
Writes PNGs next to this script."""
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


# 1. Regret curves: the simulation of the note's regret code block.
mu = np.array([0.10, 0.12, 0.15])
K, T, R = len(mu), 10_000, 200


def run(policy, seed):
    rng = np.random.default_rng(seed)
    n, s = np.zeros((R, K)), np.zeros((R, K))
    regret, rows = np.zeros((R, T)), np.arange(R)
    for t in range(T):
        a = policy(n, s, t, rng)
        n[rows, a] += 1
        s[rows, a] += rng.random(R) < mu[a]
        regret[:, t] = mu.max() - mu[a]
    return np.cumsum(regret, axis=1)


def uniform(n, s, t, rng):
    return rng.integers(K, size=R)


def eps_greedy(eps):
    def policy(n, s, t, rng):
        if t < K:
            return np.full(R, t)
        greedy = np.argmax(s / n, axis=1)
        return np.where(rng.random(R) < eps, rng.integers(K, size=R), greedy)
    return policy


def ucb1(n, s, t, rng):
    if t < K:
        return np.full(R, t)
    return np.argmax(s / n + np.sqrt(2 * np.log(t) / n), axis=1)


def thompson(n, s, t, rng):
    return np.argmax(rng.beta(s + 1, n - s + 1), axis=1)


policies = [("A/B test (uniform)", uniform, "tab:gray"), ("greedy", eps_greedy(0.0), "tab:brown"),
            ("epsilon-greedy, 0.1", eps_greedy(0.1), "tab:orange"), ("UCB1", ucb1, "tab:green"),
            ("Thompson sampling", thompson, "tab:blue")]
t = np.arange(1, T + 1)
idx = np.unique(np.geomspace(1, T, 300).astype(int)) - 1          # thin the curves for plotting
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for name, pol, color in policies:
    reg = run(pol, 0)
    m = reg.mean(axis=0)
    lo, hi = np.quantile(reg, [0.1, 0.9], axis=0)
    axes[0].plot(t[idx], m[idx], color=color, label=name)
    axes[0].fill_between(t[idx], lo[idx], hi[idx], color=color, alpha=0.15, linewidth=0)
    axes[1].semilogx(t[idx], m[idx], color=color, label=name)
kl = lambda p, q: p * np.log(p / q) + (1 - p) * np.log((1 - p) / (1 - q))
c = np.sum((mu.max() - mu[:2]) / kl(mu[:2], mu.max()))
axes[1].semilogx(t[idx], c * np.log(t[idx]) - c * np.log(1000) + 14.9, "k:", linewidth=1,
                 label="slope of the Lai-Robbins bound")
axes[0].set_xlabel("users (t)")
axes[0].set_ylabel("cumulative regret (conversions lost)")
axes[0].set_title("Mean regret over 200 runs (bands: 10-90% of runs)")
axes[0].legend(fontsize=8, loc="upper left")
axes[0].set_ylim(0, 300)
axes[1].set_xlabel("users (t), log scale")
axes[1].set_title("Same curves against log t")
axes[1].set_ylim(0, 120)
axes[1].legend(fontsize=8, loc="upper left")
fig.tight_layout()
save(fig, "adaptive-experiments-bandits-regret.png")

# 2. Naive and inverse-propensity estimates after batched probability matching.
mu2 = np.array([0.10, 0.12])
R2, batches, size = 2000, 40, 100


def experiment(floor, seed):
    rng = np.random.default_rng(seed)
    n, s, ipw = np.zeros((R2, 2)), np.zeros((R2, 2)), np.zeros((R2, 2))
    for b in range(batches):
        a_, b_ = s + 1, n - s + 1
        m, v = a_ / (a_ + b_), a_ * b_ / ((a_ + b_) ** 2 * (a_ + b_ + 1))
        p1 = np.clip(stats.norm.cdf((m[:, 1] - m[:, 0]) / np.sqrt(v.sum(axis=1))), floor, 1 - floor)
        k1 = rng.binomial(size, p1)
        k = np.column_stack([size - k1, k1])
        y = rng.binomial(k, mu2)
        n, s = n + k, s + y
        ipw += y / np.column_stack([1 - p1, p1])
    return s / np.maximum(n, 1), ipw / (batches * size)


naive, ipw = experiment(0.05, 0)
fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
bins = np.linspace(0.04, 0.16, 49)
axes[0].hist(naive[:, 0], bins=bins, alpha=0.55, color="tab:red", label=f"naive mean (average {naive[:, 0].mean():.4f})")
axes[0].hist(ipw[:, 0], bins=bins, alpha=0.55, color="tab:blue", label=f"IPW (average {ipw[:, 0].mean():.4f})")
axes[0].axvline(0.10, color="black", linestyle="--", linewidth=1, label="true rate 0.10")
axes[0].set_title("Control arm's conversion rate, 2000 adaptive runs")
axes[0].set_xlabel("estimate")
axes[0].legend(fontsize=8)
d_n, d_i = naive[:, 1] - naive[:, 0], ipw[:, 1] - ipw[:, 0]
bins = np.linspace(-0.04, 0.08, 49)
axes[1].hist(d_n, bins=bins, alpha=0.55, color="tab:red", label=f"naive (average {d_n.mean():.4f})")
axes[1].hist(d_i, bins=bins, alpha=0.55, color="tab:blue", label=f"IPW (average {d_i.mean():.4f})")
axes[1].axvline(0.02, color="black", linestyle="--", linewidth=1, label="true difference 0.02")
axes[1].set_title("Estimated difference between the arms")
axes[1].set_xlabel("estimate")
axes[1].legend(fontsize=8)
fig.tight_layout()
save(fig, "adaptive-experiments-bandits-bias.png")
