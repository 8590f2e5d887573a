"""Figures for the note `rlhf-ppo`.
rlhf-ppo-pipeline.png: the three stages of RLHF and the models each one uses.
rlhf-ppo-clip.png: PPO's clipped surrogate as a function of the probability ratio, for a
positive and a negative advantage.
rlhf-ppo-overoptimization.png: proxy and true reward of the KL-regularized optimal policies
for a reward model fitted on comparisons, as the KL budget grows. Deterministic (fixed seeds)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

OUT = Path(__file__).resolve().parent


# ---------- figure 1: the pipeline ----------
def box(ax, x, y, w, h, text, color):
    ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.02",
                                facecolor=color, edgecolor="black", lw=1.2))
    ax.text(x, y, text, ha="center", va="center", fontsize=9)


def arrow(ax, x0, y0, x1, y1, text=None, dy=0.0, dx=0.0):
    ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=14,
                                 color="black", lw=1.2))
    if text:
        ax.text((x0 + x1) / 2 + dx, (y0 + y1) / 2 + dy, text, ha="center", va="center", fontsize=8,
                style="italic")


fig, ax = plt.subplots(figsize=(12.5, 5.4))
ax.set_xlim(0, 12.6)
ax.set_ylim(-0.1, 6)
ax.axis("off")
for x, title in [(2.0, "1. Supervised fine-tuning"), (6.0, "2. Reward model"), (10.0, "3. RL with PPO")]:
    ax.text(x, 5.7, title, ha="center", fontsize=11, weight="bold")
box(ax, 2.0, 4.6, 2.6, 0.7, "pretrained LM", "#eeeeee")
box(ax, 2.0, 3.0, 2.6, 0.7, "demonstrations (x, y)", "#fff2cc")
box(ax, 2.0, 1.4, 2.6, 0.8, "SFT model", "#c6dbef")
arrow(ax, 2.0, 4.25, 2.0, 3.35)
arrow(ax, 2.0, 2.65, 2.0, 1.8, "max likelihood", dx=0.85)
box(ax, 6.0, 4.6, 2.8, 0.7, "SFT model samples\n2+ responses per prompt", "#c6dbef")
box(ax, 6.0, 3.0, 2.8, 0.7, "labelers pick the better one:\npairs (y_w, y_l)", "#fff2cc")
box(ax, 6.0, 1.4, 2.8, 0.8, "reward model r_phi(x, y)\nBradley-Terry loss", "#fdd0a2")
arrow(ax, 6.0, 4.25, 6.0, 3.35)
arrow(ax, 6.0, 2.65, 6.0, 1.8)
box(ax, 10.0, 4.6, 2.9, 0.7, "policy pi_theta\n(initialized at the SFT model)", "#c7e9c0")
box(ax, 10.0, 3.0, 2.9, 0.9, "score: r_phi(x, y) at the end,\nminus beta * log(pi_theta / pi_ref)\nat every token", "#fdd0a2")
box(ax, 10.0, 1.4, 2.9, 0.8, "value model V(s_t)\nGAE advantages", "#dadaeb")
arrow(ax, 10.0, 4.25, 10.0, 3.45, "sample y ~ pi_theta", dx=1.05)
arrow(ax, 10.0, 2.55, 10.0, 1.8)
ax.add_patch(FancyArrowPatch((11.45, 1.4), (11.45, 4.6), connectionstyle="arc3,rad=0.45",
                             arrowstyle="-|>", mutation_scale=14, lw=1.2))
ax.text(12.2, 3.0, "clipped\nPPO\nupdate", fontsize=8, ha="left", va="center", style="italic")
arrow(ax, 3.3, 1.6, 4.6, 4.45, "sample", dx=0.4)
arrow(ax, 7.4, 1.4, 8.55, 2.8, "frozen", dx=-0.3, dy=0.15)
ax.plot([2.0, 2.0, 8.2, 8.2], [1.0, 0.25, 0.25, 2.75], color="black", lw=1.2)
arrow(ax, 8.2, 2.75, 8.55, 2.75)
ax.text(5.1, 0.05, "frozen copy of the SFT model: the reference pi_ref", fontsize=8, style="italic",
        ha="center")
fig.tight_layout()
fig.savefig(OUT / "rlhf-ppo-pipeline.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------- figure 2: the clipped surrogate ----------
eps = 0.2
rho = np.linspace(0.0, 2.0, 801)
fig, axes = plt.subplots(1, 2, figsize=(11, 4.0))
for ax, A in zip(axes, [1.0, -1.0]):
    plain = rho * A
    clipped = np.minimum(rho * A, np.clip(rho, 1 - eps, 1 + eps) * A)
    ax.plot(rho, plain, "--", color="grey", label="unclipped  rho * A")
    ax.plot(rho, clipped, color="C0", lw=2.5, label="clipped surrogate")
    flat = (rho > 1 + eps) if A > 0 else (rho < 1 - eps)
    lo, hi = (1 + eps, 2.0) if A > 0 else (0.0, 1 - eps)
    ax.axvspan(lo, hi, color="C3", alpha=0.12, label="zero gradient")
    ax.axvline(1.0, color="black", lw=0.8, ls=":")
    for b in (1 - eps, 1 + eps):
        ax.axvline(b, color="C3", lw=0.8, ls=":")
    ax.set_xlabel("probability ratio  rho = pi_theta / pi_old")
    ax.set_ylabel("per-token objective")
    ax.set_title(f"advantage A = {A:+.0f}")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="upper left" if A > 0 else "lower left")
fig.tight_layout()
fig.savefig(OUT / "rlhf-ppo-clip.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------- figure 3: overoptimization of a fitted reward model ----------
rng = np.random.default_rng(0)
sig = lambda u: 1 / (1 + np.exp(-u))
N = 5000
phi = rng.normal(size=(N, 3))


def true_r(f):
    return f[:, 0] + f[:, 1] - 0.5 * f[:, 1] ** 2


i, j = rng.integers(N, size=(2, 1000))
D = phi[i] - phi[j]
y = rng.random(1000) < sig(true_r(phi[i]) - true_r(phi[j]))
w = np.zeros(3)
for _ in range(10):
    p = sig(D @ w)
    H = (D * (p * (1 - p))[:, None]).T @ D
    w += np.linalg.solve(H, D.T @ (y - p))
proxy, gold = phi @ w, true_r(phi)
kls, pr, go = [], [], []
for beta in np.logspace(1.5, -1.5, 121):
    lw = proxy / beta
    p = np.exp(lw - lw.max())
    p /= p.sum()
    kls.append(np.sum(p * np.log(p * N + 1e-300)))
    pr.append(p @ proxy)
    go.append(p @ gold)
fig, ax = plt.subplots(figsize=(6.5, 4.2))
ax.plot(kls, pr, color="C1", lw=2, label="proxy reward (fitted reward model)")
ax.plot(kls, go, color="C0", lw=2, label="true reward")
k = int(np.argmax(go))
ax.plot(kls[k], go[k], "o", color="C0")
ax.annotate(f"best true reward at KL = {kls[k]:.1f}", (kls[k], go[k]), (kls[k] + 0.8, go[k] + 1.0),
            arrowprops=dict(arrowstyle="->"), fontsize=9)
ax.axhline(0, color="black", lw=0.6)
ax.set_xlabel("KL(pi_beta || pi_ref)  (nats)")
ax.set_ylabel("expected reward")
ax.set_title("Optimizing a fitted reward model: proxy vs true reward")
ax.legend(fontsize=9, loc="lower left")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "rlhf-ppo-overoptimization.png", dpi=110, metadata={"Software": None})
plt.close(fig)
