"""Figures for the note `dpo`.
dpo-optimum.png: left, the reference policy, the closed-form RLHF optimum and the DPO solutions
(population and 2,000 sampled pairs) on six responses; right, KL to the reference during training
on unanimous preference pairs for DPO and IPO. Deterministic (fixed seeds)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize

OUT = Path(__file__).resolve().parent
sig = lambda u: 1 / (1 + np.exp(-u))

# ---------- left: DPO recovers the RLHF optimum ----------
rng = np.random.default_rng(0)
K, beta = 6, 0.5
ref = np.array([0.30, 0.25, 0.20, 0.10, 0.10, 0.05])
r = np.array([0.0, 1.0, 0.5, -1.0, 2.0, 1.5])
Z = np.sum(ref * np.exp(r / beta))
p_star = ref * np.exp(r / beta) / Z
P = sig(r[:, None] - r[None, :])
W = np.outer(ref, ref)


def dpo_loss(z):
    logpi = z - np.log(np.exp(z).sum())
    d = beta * ((logpi - np.log(ref))[:, None] - (logpi - np.log(ref))[None, :])
    loss = -np.sum(W * (P * np.log(sig(d)) + (1 - P) * np.log(sig(-d))))
    return loss, 2 * beta * np.sum(W * (sig(d) - P), 1)


z = minimize(dpo_loss, np.log(ref), jac=True, method="BFGS", options={"gtol": 1e-12}).x
p_dpo = np.exp(z) / np.exp(z).sum()
a, b = rng.choice(K, size=(2, 2000), p=ref)
wins = rng.random(2000) < sig(r[a] - r[b])
yw, yl = np.where(wins, a, b), np.where(wins, b, a)


def sample_loss(z):
    logpi = z - np.log(np.exp(z).sum())
    h = logpi - np.log(ref)
    u = beta * (h[yw] - h[yl])
    g = np.zeros(K)
    np.add.at(g, yw, -beta * sig(-u))
    np.add.at(g, yl, beta * sig(-u))
    return -np.mean(np.log(sig(u))), g / len(u)


z = minimize(sample_loss, np.log(ref), jac=True, method="BFGS").x
p_hat = np.exp(z) / np.exp(z).sum()

# ---------- right: unanimous pairs ----------
ref4 = np.full(4, 0.25)
pairs = np.array([[0, 1], [1, 2], [0, 2]])


def kl_curve(loss, b, steps=10000):
    z, kls = np.log(ref4), []
    for _ in range(steps):
        logpi = z - np.log(np.exp(z).sum())
        h = logpi - np.log(ref4)
        gap = h[pairs[:, 0]] - h[pairs[:, 1]]
        dgap = -b * sig(-b * gap) if loss == "DPO" else 2 * (gap - 1 / (2 * b))
        g = np.zeros(4)
        np.add.at(g, pairs[:, 0], dgap / 3)
        np.add.at(g, pairs[:, 1], -dgap / 3)
        z = z - 0.2 * (g - g.sum() * np.exp(logpi))
        pi = np.exp(z - np.log(np.exp(z).sum()))
        kls.append(np.sum(pi * np.log(pi / ref4)))
    return np.arange(1, steps + 1), np.array(kls)


fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(12, 4.2))
x = np.arange(K)
wd = 0.2
ax0.bar(x - 1.5 * wd, ref, wd, label="reference pi_ref", color="#bbbbbb")
ax0.bar(x - 0.5 * wd, p_star, wd, label="RLHF optimum pi* (closed form)", color="C0")
ax0.bar(x + 0.5 * wd, p_dpo, wd, label="DPO, all pairs (population)", color="C1")
ax0.bar(x + 1.5 * wd, p_hat, wd, label="DPO, 2,000 sampled pairs", color="C2")
ax0.set_xticks(x)
ax0.set_xticklabels([f"y={k}\nr={v:+.1f}" for k, v in zip(x, r)])
ax0.set_ylabel("probability")
ax0.set_title("DPO recovers the KL-regularized optimum (beta = 0.5)")
ax0.legend(fontsize=8)
ax0.grid(axis="y", alpha=0.3)
for loss, b, c, ls in [("DPO", 0.1, "C3", "-"), ("DPO", 1.0, "C1", "-"), ("IPO", 0.1, "C0", "--"),
                       ("IPO", 1.0, "C2", "--")]:
    t, k = kl_curve(loss, b)
    ax1.plot(t, k, color=c, ls=ls, lw=2, label=f"{loss}, beta = {b}")
ax1.axhline(np.log(4), color="black", lw=0.8, ls=":")
ax1.text(1.5, np.log(4) + 0.03, "ln 4: all mass on one response", fontsize=8)
ax1.set_xscale("log")
ax1.set_xlabel("gradient step")
ax1.set_ylabel("KL(pi || pi_ref)  (nats)")
ax1.set_title("Unanimous pairs: DPO collapses, IPO stops")
ax1.set_ylim(0, 1.55)
ax1.legend(fontsize=8, loc="center left")
ax1.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(OUT / "dpo-optimum.png", dpi=110, metadata={"Software": None})
