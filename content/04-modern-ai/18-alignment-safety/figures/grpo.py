"""Figures for the note `grpo`.
grpo-baselines.png: left, relative mean squared error of policy-gradient estimates against the
group size for several baselines (rewards with a prompt-level offset); middle, the total weight
a prompt receives (relative to a prompt solved half the time) with and without division by the group standard deviation, for binary rewards;
right, the probability that a group carries no signal (all rewards equal). Deterministic."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

OUT = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
N, K, d, M = 200, 4, 8, 16
phi = rng.normal(size=(N, K, d))
w_star = rng.normal(size=d)
correct = np.argmax(phi @ w_star, 1)
offset = rng.normal(0, 2.0, N)
theta = 0.1 * w_star
z = phi @ theta
pi = np.exp(z - z.max(1, keepdims=True))
pi /= pi.sum(1, keepdims=True)
score = phi - np.einsum("xa,xad->xd", pi, phi)[:, None, :]
success = pi[np.arange(N), correct]
true_grad = np.mean(success[:, None] * score[np.arange(N), correct], 0)
V_bar = success.mean() + offset.mean()


def estimate(kind, G):
    xs = rng.integers(N, size=M)
    u = rng.random((M, G, 1))
    a = np.minimum((u > np.cumsum(pi[xs], 1)[:, None, :]).sum(2), K - 1)
    r = (a == correct[xs][:, None]).astype(float) + offset[xs][:, None]
    V = success[xs][:, None] + offset[xs][:, None]
    b = {"no baseline": 0.0, "constant": V_bar, "critic V(x)": V,
         "group mean": r.mean(1, keepdims=True),
         "leave-one-out": (r.sum(1, keepdims=True) - r) / (G - 1)}[kind]
    return np.mean((r - b)[:, :, None] * score[xs[:, None], a], (0, 1))


Gs = [2, 4, 8, 16, 32]
fig, axes = plt.subplots(1, 3, figsize=(13, 3.9))
ax = axes[0]
for kind, c, ls in [("no baseline", "C3", "-"), ("constant", "C1", "-"), ("critic V(x)", "black", ":"),
                    ("group mean", "C0", "-"), ("leave-one-out", "C2", "--")]:
    mse = []
    for G in Gs:
        g = np.array([estimate(kind, G) for _ in range(1500)])
        mse.append(np.mean(np.sum((g - true_grad) ** 2, 1)) / (true_grad @ true_grad))
    ax.plot(Gs, mse, marker="o", color=c, ls=ls, label=kind)
ax.set_xscale("log", base=2)
ax.set_yscale("log")
ax.set_xlabel("group size G (16 prompts per batch)")
ax.set_ylabel("relative MSE of the gradient estimate")
ax.set_title("Rewards with a prompt-level offset")
ax.legend(fontsize=8)
ax.grid(alpha=0.3, which="both")

p = np.linspace(0.001, 0.999, 500)
ax = axes[1]
ax.plot(p, 4 * p * (1 - p), color="C0", lw=2, label="mean only: 4 p(1-p)")
ax.plot(p, 2 * np.sqrt(p * (1 - p)), color="C3", lw=2, label="mean and std: 2 sqrt(p(1-p))")
ax.set_xlabel("fraction of correct answers in the group")
ax.set_ylabel("weight of the prompt (1 at p = 1/2)")
ax.set_title("Weight of a prompt, binary rewards")
ax.legend(fontsize=8)
ax.grid(alpha=0.3)

ax = axes[2]
for G, c in [(4, "C1"), (8, "C0"), (16, "C2")]:
    ax.plot(p, p ** G + (1 - p) ** G, color=c, lw=2, label=f"G = {G}")
ax.set_xlabel("success probability p of the prompt")
ax.set_ylabel("P(all G rewards equal)")
ax.set_title("Groups that carry no gradient")
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "grpo-baselines.png", dpi=110, metadata={"Software": None})
