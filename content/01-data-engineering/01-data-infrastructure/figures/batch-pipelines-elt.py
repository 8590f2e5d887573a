"""Figure for the note batch-pipelines-elt.

Writes batch-pipelines-elt-lookback.png next to this script, with two panels:
- left: the dependency graph of the note's dbt-style models, from raw sources through staging
  to the fact and mart tables, as the note's first code block builds it;
- right: the trade-off of an incremental model's lookback window when lateness (days between an
  event and its arrival) is geometric with p = 0.6: the fraction of rows a daily run with lookback
  L never picks up, simulated and exact, against the partitions each run recomputes.
Deterministic: fixed seed, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch  # noqa: E402

HERE = Path(__file__).resolve().parent
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2), gridspec_kw={"width_ratios": [1.1, 1]})

# ---------------------------------------------------------------- left: model DAG
ax1.set_xlim(0, 100)
ax1.set_ylim(0, 70)
ax1.axis("off")
nodes = {
    "raw_orders": (10, 55, "#fde0c5"), "raw_customers": (10, 33, "#fde0c5"), "raw_fx": (10, 11, "#fde0c5"),
    "stg_orders": (38, 55, "#d9ecf7"), "stg_customers": (38, 33, "#d9ecf7"),
    "fct_orders": (64, 33, "#dff2d8"), "revenue_by_country": (88, 33, "#ece2f4"),
}
edges = [("raw_orders", "stg_orders"), ("raw_customers", "stg_customers"), ("stg_orders", "fct_orders"),
         ("stg_customers", "fct_orders"), ("raw_fx", "fct_orders"), ("fct_orders", "revenue_by_country")]
for a, b in edges:
    (x0, y0, _), (x1, y1, _) = nodes[a], nodes[b]
    ax1.add_patch(FancyArrowPatch((x0 + 9, y0), (x1 - 9, y1), arrowstyle="-|>", mutation_scale=11,
                                  lw=1.1, color="#333333"))
for name, (x, y, c) in nodes.items():
    ax1.add_patch(FancyBboxPatch((x - 9, y - 4), 18, 8, boxstyle="round,pad=0.3,rounding_size=1",
                                 fc=c, ec="#444444", lw=1))
    ax1.text(x, y, name.replace("_", "_\n", 1) if len(name) > 12 else name, ha="center", va="center",
             fontsize=7)
for x, label in [(10, "sources\n(loaded raw)"), (38, "staging\n(dedup, types)"), (64, "facts\n(joins)"),
                 (88, "marts\n(aggregates)")]:
    ax1.text(x, 66, label, ha="center", va="center", fontsize=8, style="italic")
ax1.text(64, 22, "tests run on the new\nversion before it is\npublished (write, audit,\npublish)",
         ha="center", va="top", fontsize=7, color="#2f6b2f")
ax1.set_title("Models as a DAG: ref() edges decide the build order", fontsize=9.5)

# ---------------------------------------------------------------- right: lookback trade-off
rng = np.random.default_rng(0)
p = 0.6
late = rng.geometric(p, 200_000) - 1            # days late: 0, 1, 2, ... with P(k) = p (1-p)^k
L = np.arange(0, 9)
sim = np.array([(late > l).mean() for l in L])
exact = (1 - p) ** (L + 1)
ax2.semilogy(L, exact, "-", color="#1f77b4", label="rows never picked up: (1 - p)^(L+1)")
ax2.semilogy(L[sim > 0], sim[sim > 0], "o", color="#1f77b4", ms=5, label="simulated, 200,000 rows")
ax2.set_xlabel("lookback L (days recomputed behind the run date)")
ax2.set_ylabel("fraction of rows missing from the model", color="#1f77b4")
ax2.grid(alpha=0.3, which="both")
ax2b = ax2.twinx()
ax2b.plot(L, L + 1, "s--", color="#d62728", ms=4, label="partitions recomputed per run: L + 1")
ax2b.set_ylabel("partitions recomputed per daily run", color="#d62728")
h1, l1 = ax2.get_legend_handles_labels()
h2, l2 = ax2b.get_legend_handles_labels()
ax2.legend(h1 + h2, l1 + l2, fontsize=7.5, loc="upper center")
ax2.set_title("Lookback: completeness against recomputation (geometric lateness, p = 0.6)", fontsize=9)
fig.tight_layout()
fig.savefig(HERE / "batch-pipelines-elt-lookback.png", dpi=110, metadata={"Software": None})
plt.close(fig)
