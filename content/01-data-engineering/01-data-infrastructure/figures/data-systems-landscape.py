"""Figures for the note data-systems-landscape.

Writes, next to this script:
- data-systems-landscape-map.png: the classes of data systems and the paths data takes between
  them, from operational sources through ingestion and storage to the consumers.
- data-systems-landscape-layouts.png: the same small table in a row layout and a column layout,
  cut into pages, with the pages a point lookup and a three-column scan must read.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Rectangle  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- map of the landscape
fig, ax = plt.subplots(figsize=(10, 5.4))
ax.set_xlim(0, 100)
ax.set_ylim(0, 60)
ax.axis("off")

COLORS = {"src": "#fde0c5", "move": "#d9ecf7", "store": "#dff2d8", "use": "#ece2f4"}


def box(x, y, w, h, title, body, kind):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.4,rounding_size=1.2",
                                fc=COLORS[kind], ec="#444444", lw=1))
    ax.text(x + w / 2, y + h - 2.2, title, ha="center", va="top", fontsize=8.5, weight="bold")
    ax.text(x + w / 2, y + h - 5.6, body, ha="center", va="top", fontsize=7, linespacing=1.35)


def arrow(x0, y0, x1, y1, label=None, dy=1.2):
    ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=11,
                                 lw=1.1, color="#333333"))
    if label:
        ax.text((x0 + x1) / 2, (y0 + y1) / 2 + dy, label, ha="center", fontsize=6.5,
                color="#333333")


ax.text(9, 58.5, "operational sources", ha="center", fontsize=9, style="italic")
ax.text(34, 58.5, "movement", ha="center", fontsize=9, style="italic")
ax.text(62, 58.5, "analytical storage", ha="center", fontsize=9, style="italic")
ax.text(90, 58.5, "consumers", ha="center", fontsize=9, style="italic")

box(1, 40, 16, 14, "OLTP databases", "PostgreSQL, MySQL,\nSpanner, DynamoDB\nrow stores, ms latency", "src")
box(1, 22, 16, 14, "SaaS and APIs", "CRM, billing,\nad platforms\nrate-limited pulls", "src")
box(1, 4, 16, 14, "events and files", "app telemetry,\npartner drops,\nlogs", "src")

box(26, 40, 16, 14, "batch extract", "full or incremental\nsnapshots (Fivetran,\nAirbyte, scripts)", "move")
box(26, 22, 16, 14, "CDC", "database log readers\n(Debezium), change\nevents per row", "move")
box(26, 4, 16, 14, "event log", "Kafka, Kinesis,\nPub/Sub: ordered\nper partition", "move")

box(52, 31, 20, 23, "warehouse", "Snowflake, BigQuery,\nRedshift, ClickHouse\ncolumnar, SQL,\nbilled per scan or\nper compute second", "store")
box(52, 8, 20, 19, "lake / lakehouse", "S3, GCS, ADLS +\nParquet files +\nDelta, Iceberg, Hudi\nopen formats, any\nengine (Spark, Trino)", "store")

box(82, 43, 17, 11, "BI and analysts", "dashboards, SQL", "use")
box(82, 29, 17, 11, "ML training", "large sequential\nreads of snapshots", "use")
box(82, 15, 17, 11, "online serving", "feature stores, KV,\nvector indexes, fed\nby reverse ETL", "use")
box(82, 1, 17, 11, "stream consumers", "fraud checks,\nlive metrics", "use")

arrow(17, 47, 26, 47, "queries")
arrow(17, 44, 26, 29, "WAL / binlog")
arrow(17, 29, 26, 45)
arrow(17, 11, 26, 11, "append")
arrow(34, 22, 34, 18)
arrow(42, 47, 52, 45)
arrow(42, 29, 52, 40)
arrow(42, 27, 52, 19)
arrow(42, 11, 52, 15)
ax.add_patch(FancyArrowPatch((62, 31), (62, 27), arrowstyle="<|-|>", mutation_scale=10, lw=1.1,
                             color="#333333"))
ax.text(63, 29, "external tables,\nshared formats", fontsize=6.5, va="center")
arrow(72, 47, 82, 48)
arrow(72, 40, 82, 35)
arrow(72, 16, 82, 33)
arrow(72, 36, 82, 21)
arrow(42, 5, 82, 5, "stream processing (Flink, Spark Streaming)", dy=-2.6)
fig.tight_layout()
fig.savefig(HERE / "data-systems-landscape-map.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------------------------------------------------------------- row vs column pages
cols = ["id", "cust", "qty", "price", "status", "country", "date"]
n_rows, per_page = 12, 3          # 3 records per row-layout page, 12 records in all
col_per_page = 6                  # 6 values of one column per column-layout page
lookup, scan = 7, {"qty", "price", "country"}
palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69"]

fig, axes = plt.subplots(2, 1, figsize=(10, 5.2))
for ax, title in zip(axes, ["row layout: records stored one after another",
                            "column layout: each column stored on its own"]):
    ax.set_xlim(-1, 85)
    ax.set_ylim(-4.5, 4.2)
    ax.axis("off")
    ax.set_title(title, fontsize=10, loc="left")

# row layout: the byte stream, 7 cells per record, split into pages of 3 records
ax = axes[0]
cell = 1.0
for r in range(n_rows):
    for j, c in enumerate(cols):
        x = r * len(cols) * cell + j * cell
        ax.add_patch(Rectangle((x, 0), cell, 2, fc=palette[j], ec="white", lw=0.4))
    if r == lookup:
        ax.add_patch(Rectangle((r * len(cols) * cell, 0), len(cols) * cell, 2, fill=False,
                               ec="black", lw=2))
for p in range(n_rows // per_page):
    x0 = p * per_page * len(cols) * cell
    w = per_page * len(cols) * cell
    ax.add_patch(Rectangle((x0, -0.6), w, 0.4, fc="#d62728", ec="white"))
    ax.text(x0 + w / 2, -1.6, f"page {p}", ha="center", fontsize=7)
ax.text(0, 2.6, "record 7 (outlined) lives in one page; a scan of qty, price, country reads all 4 pages",
        fontsize=8)
for j, c in enumerate(cols):
    ax.add_patch(Rectangle((j * 6, -3.9), 1, 0.9, fc=palette[j], ec="none"))
    ax.text(j * 6 + 1.3, -3.45, c, va="center", fontsize=7)
ax.text(44, -3.45, "red bar = a page read by the 3-column scan", fontsize=7, va="center",
        color="#d62728")

# column layout
ax = axes[1]
x = 0.0
for j, c in enumerate(cols):
    start = x
    for r in range(n_rows):
        ax.add_patch(Rectangle((x, 0), cell * 0.85, 2, fc=palette[j], ec="white", lw=0.3))
        if r == lookup:
            ax.add_patch(Rectangle((x, 0), cell * 0.85, 2, fill=False, ec="black", lw=1.6))
        x += cell * 0.85
    for p in range(n_rows // col_per_page):
        px = start + p * col_per_page * cell * 0.85
        w = col_per_page * cell * 0.85
        color = "#d62728" if c in scan else "#bbbbbb"
        ax.add_patch(Rectangle((px, -0.6), w, 0.4, fc=color, ec="white"))
    ax.text(start + n_rows * cell * 0.85 / 2, -1.6, c, ha="center", fontsize=7)
    x += 1.9
ax.text(0, 2.6, "record 7 is spread over 7 pages (one per column); the scan reads 6 of 14 pages "
        "(red), the grey ones are skipped", fontsize=8)
fig.tight_layout()
fig.savefig(HERE / "data-systems-landscape-layouts.png", dpi=110, metadata={"Software": None})
plt.close(fig)
