"""Figures for the note `object-detection-segmentation`.
object-detection-segmentation-losses.png: 1 - IoU and 1 - GIoU as one box slides past another, and
the focal loss against the probability of the true class for several gamma.
object-detection-segmentation-nms-matching.png: greedy NMS on the note's crowded example at two
thresholds, and DETR's Hungarian matching against greedy matching on the note's example.
object-detection-segmentation-pr.png: precision-recall curves of the note's toy detector at IoU
thresholds 0.5 and 0.75 with their interpolated envelopes. Deterministic (no randomness)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Rectangle
from scipy.optimize import linear_sum_assignment

OUT = Path(__file__).resolve().parent


def iou_giou(a, b):
    lt, rb = np.maximum(a[..., :2], b[..., :2]), np.minimum(a[..., 2:], b[..., 2:])
    inter = np.prod(np.clip(rb - lt, 0, None), axis=-1)
    ar = lambda x: np.prod(x[..., 2:] - x[..., :2], axis=-1)
    union = ar(a) + ar(b) - inter
    C = np.prod(np.maximum(a[..., 2:], b[..., 2:]) - np.minimum(a[..., :2], b[..., :2]), axis=-1)
    return inter / union, inter / union - (C - union) / C


# ---------- figure 1: box losses and focal loss ----------
A = np.array([0.0, 0.0, 4.0, 4.0])
xs = np.linspace(-14, 14, 561)
B = np.stack([xs, np.zeros_like(xs), xs + 4, np.full_like(xs, 4.0)], 1)
iou, giou = iou_giou(A[None], B)
pt = np.linspace(0.001, 1, 500)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
ax1.plot(xs, 1 - iou, label="1 - IoU")
ax1.plot(xs, 1 - giou, label="1 - GIoU")
ax1.axvspan(-4, 4, color="0.9", zorder=0)
ax1.set_xlabel("horizontal offset of box B from box A (A is 4 x 4)")
ax1.set_ylabel("loss")
ax1.set_title("Box losses: IoU is flat once the boxes separate")
ax1.legend(fontsize=8)
for g in [0, 0.5, 1, 2, 5]:
    ax2.plot(pt, -(1 - pt) ** g * np.log(pt), label=f"gamma = {g}")
ax2.set_ylim(0, 5)
ax2.set_xlabel("probability of the true class, p_t")
ax2.set_ylabel("loss")
ax2.set_title("Focal loss -(1 - p_t)^gamma log p_t")
ax2.legend(fontsize=8)
fig.tight_layout()
fig.savefig(OUT / "object-detection-segmentation-losses.png", dpi=110, metadata={"Software": None})
plt.close(fig)


# ---------- figure 2: NMS and matching ----------
def iou_one(b, Bx):
    return iou_giou(b[None], Bx)[0]


def nms(boxes, scores, thresh):
    order = np.argsort(-scores)
    keep = []
    while order.size:
        i = order[0]
        keep.append(int(i))
        order = order[1:][iou_one(boxes[i], boxes[order[1:]]) <= thresh]
    return keep


boxes = np.array([[10, 10, 50, 90], [12, 8, 52, 88], [6, 14, 46, 92],
                  [22, 10, 62, 90], [24, 12, 64, 88], [100, 20, 140, 100]], float)
scores = np.array([0.95, 0.90, 0.70, 0.85, 0.60, 0.80])

gt_cls = np.array([0, 1, 0])
gt_box = np.array([[0.10, 0.10, 0.40, 0.50], [0.50, 0.20, 0.90, 0.80], [0.60, 0.60, 0.80, 0.95]])
prob = np.array([[0.70, 0.20, 0.10], [0.30, 0.40, 0.30], [0.45, 0.50, 0.05],
                 [0.05, 0.05, 0.90], [0.40, 0.40, 0.20]])
pred_box = np.array([[0.12, 0.08, 0.42, 0.52], [0.45, 0.10, 0.95, 0.70], [0.56, 0.30, 0.86, 0.86],
                     [0.00, 0.00, 0.20, 0.20], [0.20, 0.20, 0.70, 0.70]])
G = np.array([[iou_giou(p, g)[1] for g in gt_box] for p in pred_box])
cost = -prob[:, gt_cls] + 5 * np.abs(pred_box[:, None] - gt_box[None]).sum(2) - 2 * G
rows, cols = linear_sum_assignment(cost)
C, greedy = cost.copy(), []
for _ in range(3):
    i, j = np.unravel_index(np.argmin(C), C.shape)
    greedy.append((int(i), int(j)))
    C[i, :] = np.inf
    C[:, j] = np.inf

fig, axes = plt.subplots(1, 3, figsize=(14, 4.6))
for ax, t in zip(axes[:2], [0.5, 0.6]):
    keep = nms(boxes, scores, t)
    for k, (b, s) in enumerate(zip(boxes, scores)):
        kept = k in keep
        ax.add_patch(Rectangle((b[0], b[1]), b[2] - b[0], b[3] - b[1], fill=False,
                               ec=f"C{k}" if kept else "0.6", lw=2.2 if kept else 0.8,
                               ls="-" if kept else "--"))
        ax.text(68, 14 + 12 * k, f"box {k}: {s:.2f}" + (" kept" if kept else ""),
                fontsize=8, color=f"C{k}" if kept else "0.5")
    ax.set_xlim(0, 150); ax.set_ylim(100, 0)
    ax.set_aspect("equal")
    ax.set_title(f"NMS at IoU {t}: kept {keep}", fontsize=10)
    ax.set_xticks([]); ax.set_yticks([])
ax = axes[2]
ax.imshow(cost, cmap="viridis_r", aspect="auto")
for i in range(cost.shape[0]):
    for j in range(cost.shape[1]):
        ax.text(j, i, f"{cost[i, j]:.2f}", ha="center", va="center", fontsize=9,
                color="w" if cost[i, j] > 6 else "k")
for pairs, col, inset, lab in [(list(zip(rows.tolist(), cols.tolist())), "lime", 0.42, "Hungarian, total -0.38"),
                               (greedy, "red", 0.34, "greedy, total 2.98")]:
    for n, (p, g) in enumerate(pairs):
        ax.add_patch(Rectangle((g - inset, p - inset), 2 * inset, 2 * inset, fill=False, ec=col, lw=2.5,
                               label=lab if n == 0 else None))
ax.set_xticks(range(3)); ax.set_xticklabels(["cat 0", "dog 1", "cat 2"])
ax.set_yticks(range(5)); ax.set_yticklabels([f"query {i}" for i in range(5)])
ax.set_title("DETR matching cost (lower is better)", fontsize=10)
ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2)
fig.tight_layout()
fig.savefig(OUT / "object-detection-segmentation-nms-matching.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---------- figure 3: precision-recall ----------
gts = {1: [[10, 10, 50, 50], [60, 60, 100, 100]], 2: [[20, 20, 60, 70]], 3: [[0, 0, 40, 40], [50, 10, 90, 50]]}
dets = [(1, [12, 12, 50, 52], 0.95), (2, [22, 18, 62, 68], 0.90), (1, [11, 9, 49, 51], 0.85),
        (3, [48, 12, 88, 52], 0.80), (3, [100, 100, 130, 130], 0.70), (1, [65, 62, 105, 98], 0.60),
        (2, [0, 0, 30, 30], 0.50), (3, [4, 6, 36, 44], 0.40)]


def pr_curve(thresh):
    used = {k: [False] * len(v) for k, v in gts.items()}
    tp = []
    for img, box, _ in sorted(dets, key=lambda d: -d[2]):
        ious = [iou_giou(np.array(box, float), np.array(g, float))[0] if not used[img][j] else -1
                for j, g in enumerate(gts[img])]
        j = int(np.argmax(ious))
        hit = ious[j] >= thresh
        if hit:
            used[img][j] = True
        tp.append(hit)
    tp = np.array(tp)
    return np.cumsum(tp) / np.arange(1, len(tp) + 1), np.cumsum(tp) / 5


fig, ax = plt.subplots(figsize=(6.4, 4.4))
for t, col in [(0.5, "C0"), (0.75, "C1")]:
    prec, rec = pr_curve(t)
    env = np.maximum.accumulate(prec[::-1])[::-1]
    ax.plot(rec, prec, "o", color=col, ms=5, label=f"IoU {t}: (recall, precision) at each rank")
    r, e = np.concatenate([[0], rec]), np.concatenate([[env[0]], env])
    ax.step(r, e, where="pre", color=col, lw=1.5, label=f"IoU {t}: interpolated envelope")
    ax.fill_between(r, e, step="pre", color=col, alpha=0.12)
ax.set_xlim(0, 1.02); ax.set_ylim(0, 1.05)
ax.set_xlabel("recall")
ax.set_ylabel("precision")
ax.set_title("Toy detector: AP is the shaded area")
ax.legend(fontsize=7, loc="lower left")
fig.tight_layout()
fig.savefig(OUT / "object-detection-segmentation-pr.png", dpi=110, metadata={"Software": None})
plt.close(fig)
