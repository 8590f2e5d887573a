"""Figure for the note data-modeling.

Writes data-modeling-scd2.png next to this script: the type 2 slowly changing dimension built in
the note's second code block (same seed, same daily snapshots, same merge), drawn as validity
intervals for the six customers with the most versions and the first
two customers who left, colored by region and labeled by plan,
with the as-of date 2026-02-15 marked: the versions the line crosses are what an as-of query returns.
Deterministic: fixed seed, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

HERE = Path(__file__).resolve().parent

import sqlite3
from datetime import date, timedelta
import numpy as np

rng = np.random.default_rng(0)
DAYS, N = 90, 500
day = [(date(2026, 1, 1) + timedelta(d)).isoformat() for d in range(DAYS)]
HIGH = "9999-12-31"                                   # valid_to of the current version
db = sqlite3.connect(":memory:")
db.execute("CREATE TABLE snapshot (day, customer_id, region, plan)")   # the source, day by day
state = {c: [str(rng.choice(["north", "south", "east", "west"])), "free"] for c in range(N)}
live = []                                             # customer ids present on each day
for d in range(DAYS):
    for c in rng.choice(N, 8, replace=False):                          # a few changes per day
        c = int(c)
        if c not in state:
            state[c] = ["north", "free"]                               # a customer returns
        elif rng.random() < 0.5:
            state[c][0] = str(rng.choice(["north", "south", "east", "west"]))
        elif rng.random() < 0.8:
            state[c][1] = str(rng.choice(["free", "pro", "team"]))
        else:
            del state[c]                                               # a customer leaves
    db.executemany("INSERT INTO snapshot VALUES (?, ?, ?, ?)",
                   [(day[d], c, r, p) for c, (r, p) in state.items()])
    live.append(sorted(state))

db.execute("""CREATE TABLE dim_customer (customer_key INTEGER PRIMARY KEY, customer_id, region, plan,
              valid_from, valid_to, is_current)""")
for d in day:                                         # one SCD type 2 merge per daily snapshot
    db.execute("CREATE TEMP TABLE s AS SELECT customer_id, region, plan FROM snapshot WHERE day = ?", (d,))
    # 1. close current versions whose attributes changed or whose customer disappeared
    db.execute("""UPDATE dim_customer SET valid_to = ?, is_current = 0
                  WHERE is_current = 1 AND NOT EXISTS (
                    SELECT 1 FROM s WHERE s.customer_id = dim_customer.customer_id
                    AND s.region = dim_customer.region AND s.plan = dim_customer.plan)""", (d,))
    # 2. open a version for every customer without a current one (new or just closed)
    db.execute("""INSERT INTO dim_customer (customer_id, region, plan, valid_from, valid_to, is_current)
                  SELECT customer_id, region, plan, ?, ?, 1 FROM s WHERE customer_id NOT IN
                    (SELECT customer_id FROM dim_customer WHERE is_current = 1)""", (d, HIGH))
    db.execute("DROP TABLE s")

top = [c for (c,) in db.execute("""SELECT customer_id FROM dim_customer GROUP BY 1
                                  ORDER BY COUNT(*) DESC, customer_id LIMIT 6""")]
gaps = [c for (c,) in db.execute("""SELECT DISTINCT a.customer_id FROM dim_customer a
                                   WHERE a.valid_to != ? AND NOT EXISTS (SELECT 1 FROM dim_customer b
                                     WHERE b.customer_id = a.customer_id AND b.valid_from = a.valid_to)
                                   ORDER BY 1 LIMIT 2""", (HIGH,))]
top += gaps                                           # two customers who left (one may return)
colors = {"north": "#1f77b4", "south": "#ff7f0e", "east": "#2ca02c", "west": "#d62728"}
d0 = date(2026, 1, 1)
end = (d0 + timedelta(DAYS)).isoformat()
fig, ax = plt.subplots(figsize=(10, 5.0))
for y, c in enumerate(top):
    for region, plan, vf, vt in db.execute("""SELECT region, plan, valid_from, valid_to FROM dim_customer
                                               WHERE customer_id = ? ORDER BY valid_from""", (c,)):
        a = (date.fromisoformat(vf) - d0).days
        b = (date.fromisoformat(min(vt, end)) - d0).days
        ax.barh(y, b - a, left=a, height=0.6, color=colors[region], edgecolor="white")
        if b - a >= 6:
            ax.text((a + b) / 2, y, plan, ha="center", va="center", fontsize=7, color="white")
        if vt == HIGH:
            ax.annotate("", xy=(DAYS + 2, y), xytext=(b, y),
                        arrowprops={"arrowstyle": "->", "color": colors[region]})
asof = (date(2026, 2, 15) - d0).days
ax.axvline(asof, color="black", ls="--", lw=1)
ax.text(asof + 0.5, len(top) - 0.4, "as of 2026-02-15", fontsize=8)
ax.set_yticks(range(len(top)))
ax.set_yticklabels([f"customer {c}" for c in top], fontsize=8)
ticks = [0, 31, 59, 89]
ax.set_xticks(ticks)
ax.set_xticklabels([(d0 + timedelta(t)).isoformat() for t in ticks], fontsize=8)
ax.set_xlim(0, DAYS + 3)
ax.invert_yaxis()
ax.set_xlabel("validity interval [valid_from, valid_to) of each version; a gap is a period without the customer,"
              " an arrow marks the current version", fontsize=8)
ax.legend(handles=[Patch(color=v, label=k) for k, v in colors.items()], fontsize=8, ncol=4,
          loc="upper center", bbox_to_anchor=(0.5, -0.13), title="region", title_fontsize=8)
ax.set_title("A type 2 dimension: one row per version, labeled by plan", fontsize=10)
fig.tight_layout()
fig.savefig(HERE / "data-modeling-scd2.png", dpi=110, metadata={"Software": None})
plt.close(fig)
