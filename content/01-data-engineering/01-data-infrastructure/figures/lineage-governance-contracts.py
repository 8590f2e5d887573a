"""Figures for the note lineage-governance-contracts.

Writes next to this script:
- lineage-governance-contracts-column-lineage.png: the column-level lineage graph of the note's
  five SQL models, tables as boxes of columns in dependency layers, value-carrying (DIRECT) edges
  as arrows; the columns affected by a change to raw_orders.amount_cents and the columns carrying
  the PII tag of raw_customers.email are highlighted.
Deterministic: no randomness, no timestamps. The edges are the DIRECT edges that the note's
lineage extractor prints for these models, written out here.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = Path(__file__).resolve().parent

tables = {  # table: (layer, vertical slot, columns)
    "raw_orders": (0, 0, ["order_id", "customer_id", "amount_cents", "status", "created_at"]),
    "raw_customers": (0, 1, ["customer_id", "email", "country"]),
    "stg_orders": (1, 0, ["order_id", "customer_id", "amount_usd", "status", "order_date"]),
    "stg_customers": (1, 1, ["customer_id", "email", "country"]),
    "fct_orders": (2, 0, ["order_id", "order_date", "amount_usd", "country"]),
    "marketing_emails": (2, 1, ["email", "country"]),
    "revenue_by_country": (3, 0, ["country", "order_date", "revenue", "n_orders"]),
}
direct = [
    ("raw_orders.order_id", "stg_orders.order_id"), ("raw_orders.customer_id", "stg_orders.customer_id"),
    ("raw_orders.amount_cents", "stg_orders.amount_usd"), ("raw_orders.status", "stg_orders.status"),
    ("raw_orders.created_at", "stg_orders.order_date"),
    ("raw_customers.customer_id", "stg_customers.customer_id"), ("raw_customers.email", "stg_customers.email"),
    ("raw_customers.country", "stg_customers.country"),
    ("stg_orders.order_id", "fct_orders.order_id"), ("stg_orders.order_date", "fct_orders.order_date"),
    ("stg_orders.amount_usd", "fct_orders.amount_usd"), ("stg_customers.country", "fct_orders.country"),
    ("fct_orders.country", "revenue_by_country.country"), ("fct_orders.order_date", "revenue_by_country.order_date"),
    ("fct_orders.amount_usd", "revenue_by_country.revenue"), ("fct_orders.order_id", "revenue_by_country.n_orders"),
    ("stg_customers.email", "marketing_emails.email"), ("stg_customers.country", "marketing_emails.country"),
]
impacted = {"raw_orders.amount_cents", "stg_orders.amount_usd", "fct_orders.amount_usd", "revenue_by_country.revenue"}
pii = {"raw_customers.email", "stg_customers.email", "marketing_emails.email"}

pos, row_h, box_w = {}, 0.42, 2.3
fig, ax = plt.subplots(figsize=(11, 5.6))
for t, (layer, slot, cols) in tables.items():
    x = layer * 3.3
    top = 4.6 if slot == 0 else 1.5
    ax.add_patch(plt.Rectangle((x - 0.1, top - row_h * len(cols) - 0.05), box_w + 0.2, row_h * len(cols) + 0.5,
                               facecolor="#f6f6f6", edgecolor="#999999"))
    ax.text(x + box_w / 2, top + 0.2, t, ha="center", va="center", fontsize=9, weight="bold")
    for i, c in enumerate(cols):
        y = top - row_h * (i + 0.5)
        key = f"{t}.{c}"
        pos[key] = (x, y)
        color = "#fbe3e3" if key in impacted else "#ece3f7" if key in pii else "white"
        edge = "#c44e52" if key in impacted else "#8172b3" if key in pii else "#4c72b0"
        ax.add_patch(plt.Rectangle((x, y - row_h * 0.42), box_w, row_h * 0.84, facecolor=color, edgecolor=edge))
        ax.text(x + box_w / 2, y, c, ha="center", va="center", fontsize=8)
for src, dst in direct:
    (x0, y0), (x1, y1) = pos[src], pos[dst]
    hot = src in impacted and dst in impacted
    tag = src in pii and dst in pii
    ax.annotate("", xy=(x1, y1), xytext=(x0 + box_w, y0),
                arrowprops=dict(arrowstyle="-|>", lw=1.8 if hot or tag else 0.8, shrinkA=0, shrinkB=0,
                                color="#c44e52" if hot else "#8172b3" if tag else "#9aa9c4"))
ax.set_xlim(-0.4, 3 * 3.3 + box_w + 0.4)
ax.set_ylim(-0.2, 5.3)
ax.axis("off")
ax.set_title("Column-level lineage (value-carrying edges). Red: impact of changing raw_orders.amount_cents; "
             "purple: where the PII tag of raw_customers.email flows", fontsize=9.5)
fig.tight_layout()
fig.savefig(HERE / "lineage-governance-contracts-column-lineage.png", dpi=110, metadata={"Software": None})
plt.close(fig)
