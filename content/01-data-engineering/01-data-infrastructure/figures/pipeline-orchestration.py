"""Figures for the note pipeline-orchestration.

Writes next to this script:
- pipeline-orchestration-dag.png: the ten-task example DAG in layers, with task durations and the
  critical path highlighted.
- pipeline-orchestration-gantt.png: greedy list schedules of that DAG on two workers, with tasks
  taken in declaration order and with critical-path-first priority.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path
import heapq

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

HERE = Path(__file__).resolve().parent

dag = {
    "extract_orders": (10, []),
    "extract_customers": (5, []),
    "extract_events": (20, []),
    "stg_orders": (5, ["extract_orders"]),
    "stg_customers": (3, ["extract_customers"]),
    "stg_events": (15, ["extract_events"]),
    "fct_orders": (8, ["stg_orders", "stg_customers"]),
    "user_features": (12, ["stg_events", "stg_customers"]),
    "revenue_dashboard": (2, ["fct_orders"]),
    "train_model": (30, ["fct_orders", "user_features"]),
}
critical = ["extract_events", "stg_events", "user_features", "train_model"]

# ---- DAG drawing ------------------------------------------------------------------------------
depth = {}
for v in dag:                                   # dict order is already topological here
    depth[v] = 1 + max((depth[u] for u in dag[v][1]), default=-1)
layers = {}
for v in dag:
    layers.setdefault(depth[v], []).append(v)
pos = {}
for d, vs in layers.items():
    for i, v in enumerate(vs):
        pos[v] = (d * 3.2, -(i - (len(vs) - 1) / 2) * 1.4)
fig, ax = plt.subplots(figsize=(9.5, 4.6))
for v, (dur, deps) in dag.items():
    for u in deps:
        on_path = u in critical and v in critical and critical.index(v) == critical.index(u) + 1
        ax.annotate("", xy=(pos[v][0] - 1.15, pos[v][1]), xytext=(pos[u][0] + 1.15, pos[u][1]),
                    arrowprops=dict(arrowstyle="-|>", color="#c44e52" if on_path else "#777777",
                                    lw=2.2 if on_path else 1.0, shrinkA=0, shrinkB=0))
for v, (dur, _) in dag.items():
    x, y = pos[v]
    hot = v in critical
    ax.add_patch(plt.Rectangle((x - 1.15, y - 0.42), 2.3, 0.84, facecolor="#fbe3e3" if hot else "#e8eef7",
                               edgecolor="#c44e52" if hot else "#4c72b0", lw=1.6 if hot else 1.0))
    ax.text(x, y + 0.1, v, ha="center", va="center", fontsize=8.5)
    ax.text(x, y - 0.22, f"{dur} min", ha="center", va="center", fontsize=8, color="#444444")
ax.set_xlim(-1.5, 3 * 3.2 + 1.5)
ax.set_ylim(-2.4, 2.4)
ax.axis("off")
ax.set_title("Critical path (red): 20 + 15 + 12 + 30 = 77 min of the 110 min of work", fontsize=10)
fig.tight_layout()
fig.savefig(HERE / "pipeline-orchestration-dag.png", dpi=110, metadata={"Software": None})
plt.close(fig)


# ---- Gantt charts -----------------------------------------------------------------------------
def list_schedule(m, priority):
    done, running, t, spans = {}, [], 0, []
    waiting = set(dag)
    free = list(range(m))
    while waiting or running:
        ready = sorted((v for v in waiting if all(u in done and done[u] <= t for u in dag[v][1])), key=priority)
        while ready and free:
            v = ready.pop(0)
            waiting.discard(v)
            w = free.pop(0)
            heapq.heappush(running, (t + dag[v][0], v, w))
            spans.append((w, t, dag[v][0], v))
        t_next, v, w = heapq.heappop(running)
        done[v], t = t_next, t_next
        free.append(w)
        while running and running[0][0] == t:
            _, v2, w2 = heapq.heappop(running)
            done[v2] = t
            free.append(w2)
        free.sort()
    return max(done.values()), spans


order = list(dag)
tail = {}
for v in reversed(order):
    tail[v] = dag[v][0] + max((tail[c] for c in dag if v in dag[c][1]), default=0)
short = {"extract_orders": "extract_orders", "extract_customers": "ext_cust", "extract_events": "extract_events",
         "stg_orders": "stg_ord", "stg_customers": "stg_cust", "stg_events": "stg_events",
         "fct_orders": "fct_orders", "user_features": "user_features", "revenue_dashboard": "dash",
         "train_model": "train_model"}
schedules = [("declaration order", lambda v: order.index(v)), ("critical path first", lambda v: (-tail[v], v))]
fig, axes = plt.subplots(2, 1, figsize=(9.5, 4.4), sharex=True)
for ax, (name, prio) in zip(axes, schedules):
    T, spans = list_schedule(2, prio)
    for w, s, d, v in spans:
        ax.barh(w, d, left=s, height=0.7, color="#fbe3e3" if v in critical else "#e8eef7",
                edgecolor="#c44e52" if v in critical else "#4c72b0")
        ax.text(s + d / 2, w, short[v], ha="center", va="center", fontsize=7, rotation=90 if d < 6 else 0)
    ax.axvline(T, color="#333333", ls="--", lw=1)
    ax.set_yticks([0, 1])
    ax.set_yticklabels(["worker 1", "worker 2"], fontsize=8)
    ax.invert_yaxis()
    ax.set_title(f"{name}: makespan {T} min", fontsize=10, loc="left")
axes[-1].set_xlabel("minutes (red = critical-path tasks; dashed line = end of the run)")
fig.tight_layout()
fig.savefig(HERE / "pipeline-orchestration-gantt.png", dpi=110, metadata={"Software": None})
plt.close(fig)
