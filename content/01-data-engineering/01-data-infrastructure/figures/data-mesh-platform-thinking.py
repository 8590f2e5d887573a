"""Figures for the note data-mesh-platform-thinking.

Writes next to this script:
- data-mesh-platform-thinking-slo.png: the note's ten data products as a dependency graph in
  three layers (source-aligned, aggregate, consumer-aligned), each labeled with the share of days it
  is on time when every pipeline is on time 99% of days independently.
- data-mesh-platform-thinking-queues.png: mean turnaround of requests for a pooled central team of
  six engineers (M/M/6) against one engineer per domain (M/M/1), as a function of how much faster
  domain engineers work, for a domain at its usual load and at 1.5 times that load.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent

products = {
    "orders": ("checkout", []), "payments": ("finance", []), "sessions": ("web", []),
    "customers": ("crm", []), "inventory": ("supply", []),
    "customer_360": ("crm", ["customers", "orders", "sessions"]), "revenue": ("finance", ["orders", "payments"]),
    "churn_features": ("growth", ["customer_360", "sessions"]), "finance_reporting": ("finance", ["revenue"]),
    "demand_forecast": ("supply", ["orders", "inventory"]),
}


def ancestors(p):
    out, stack = set(), list(products[p][1])
    while stack:
        q = stack.pop()
        if q not in out:
            out.add(q)
            stack.extend(products[q][1])
    return out


layer = {"orders": 0, "payments": 0, "sessions": 0, "customers": 0, "inventory": 0,
         "customer_360": 1, "revenue": 1, "demand_forecast": 1, "churn_features": 2, "finance_reporting": 2}
order_in_layer = {0: ["customers", "sessions", "orders", "payments", "inventory"],
                  1: ["customer_360", "revenue", "demand_forecast"], 2: ["churn_features", "finance_reporting"]}
pos = {}
for L, names in order_in_layer.items():
    for i, nme in enumerate(names):
        pos[nme] = (L * 4.0, -(i - (len(names) - 1) / 2) * 1.3)
cmap = plt.get_cmap("RdYlGn")
fig, ax = plt.subplots(figsize=(10, 5))
for p, (_, ups) in products.items():
    for u in ups:
        ax.annotate("", xy=(pos[p][0] - 1.3, pos[p][1]), xytext=(pos[u][0] + 1.3, pos[u][1]),
                    arrowprops=dict(arrowstyle="-|>", color="#888888", lw=1, shrinkA=0, shrinkB=0))
for p, (dom, _) in products.items():
    x, y = pos[p]
    r = 0.99 ** (len(ancestors(p)) + 1)
    ax.add_patch(plt.Rectangle((x - 1.3, y - 0.45), 2.6, 0.9, facecolor=cmap((r - 0.94) / 0.06),
                               edgecolor="#333333", lw=0.8))
    ax.text(x, y + 0.17, p, ha="center", va="center", fontsize=8.5, weight="bold")
    ax.text(x, y - 0.18, f"{dom} domain, on time {r:.3f}", ha="center", va="center", fontsize=7.5)
for L, title in enumerate(["source-aligned", "aggregate", "consumer-aligned"]):
    ax.text(L * 4.0, 3.9, title, ha="center", fontsize=10, color="#444444")
ax.set_xlim(-1.6, 9.6)
ax.set_ylim(-3.6, 4.3)
ax.axis("off")
ax.set_title("Every pipeline is on time 99% of days; products inherit the failures of all their ancestors",
             fontsize=10)
fig.tight_layout()
fig.savefig(HERE / "data-mesh-platform-thinking-slo.png", dpi=110, metadata={"Software": None})
plt.close(fig)


def mmc_time(lam, mu, c):
    a, rho = lam / mu, lam / (c * mu)
    if rho >= 1:
        return np.nan
    top = a ** c / math.factorial(c) / (1 - rho)
    pw = top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)
    return pw / (c * mu - lam) + 1 / mu


s = np.linspace(1.0, 3.0, 201)
fig, ax = plt.subplots(figsize=(7.5, 4.5))
ax.axhline(mmc_time(4.8, 1.0, 6), color="#4c72b0", lw=2, label="central team: 6 engineers, one queue (speed 1x)")
ax.plot(s, [mmc_time(0.8, x, 1) for x in s], color="#dd8452", lw=2, label="one engineer per domain, usual load")
ax.plot(s, [mmc_time(1.2, x, 1) for x in s], color="#c44e52", lw=2, ls="--",
        label="one engineer per domain, load 1.5x")
ax.set_ylim(0, 6)
ax.set_xlim(1, 3)
ax.set_xlabel("how much faster a domain engineer works than a central one (context, no handoffs)")
ax.set_ylabel("mean turnaround of a request (weeks)")
ax.set_title("Pooling shortens queues; domain knowledge must pay for losing it", fontsize=10)
ax.legend(fontsize=8, frameon=False)
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "data-mesh-platform-thinking-queues.png", dpi=110, metadata={"Software": None})
plt.close(fig)
