"""Figures for the note feature-stores.

Writes next to this script:
- feature-stores-point-in-time.png: left, the worked example (card 7): the point-in-time value of
  past_frauds as a step function of time, the naive snapshot value, the transactions and the
  confirmations; right, offline and production AUC of the models trained on the naive and the
  point-in-time joins (the simulation of the note's second code block).
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---- the leakage simulation (same code and seed as the note) ---------------------------------
rng = np.random.default_rng(0)
n_cards, days, delay = 2000, 365, 5.0
risk = rng.normal(size=n_cards)
card = np.repeat(np.arange(n_cards), rng.poisson(8, n_cards))
fraud = rng.random(card.size) < 1 / (1 + np.exp(3.5 - 0.6 * risk[card]))
tx = pd.DataFrame({"card": card, "t": rng.uniform(0, days, card.size),
                   "amount": np.exp(rng.normal(3.5 + 0.8 * fraud, 0.8)),
                   "fraud": fraud.astype(int)}).sort_values("t", ignore_index=True)
conf = tx[tx.fraud == 1].assign(ts=lambda d: d.t + delay).sort_values("ts")
conf["past_frauds"] = conf.groupby("card").cumcount() + 1
feat = conf[["card", "ts", "past_frauds"]]
pit = pd.merge_asof(tx, feat, left_on="t", right_on="ts", by="card").fillna({"past_frauds": 0})
naive = tx.assign(past_frauds=tx.card.map(feat.groupby("card").past_frauds.last()).fillna(0))
train, test = tx.t < 270, tx.t >= 270
y = tx.fraud.to_numpy()


def X(d):
    return np.column_stack([d.past_frauds, np.log(d.amount)])


aucs = {}
for name, d in [("naive join", naive), ("point-in-time join", pit)]:
    m = LogisticRegression().fit(X(d)[train], y[train])
    aucs[name] = (roc_auc_score(y[test], m.predict_proba(X(d)[test])[:, 1]),
                  roc_auc_score(y[test], m.predict_proba(X(pit)[test])[:, 1]))

# ---- figure ------------------------------------------------------------------------------------
fig, (ax, bx) = plt.subplots(1, 2, figsize=(10.5, 3.9), gridspec_kw={"width_ratios": [1.5, 1]})
tt = [2, 9, 14, 20]
fr = [0, 1, 0, 1]
ax.step([0, 14, 25, 32], [0, 1, 2, 2], where="post", color="#4c72b0", lw=2,
        label="point-in-time value f(card 7, t)")
ax.axhline(2, color="#c44e52", ls="--", lw=1.5, label="naive join: today's snapshot (2)")
for t, f in zip(tt, fr):
    v = 0 if t < 14 else 1
    ax.plot(t, v, "o" if f == 0 else "X", ms=10, color="#dd8452" if f else "#55a868", zorder=3)
    ax.annotate("", xy=(t, 1.97), xytext=(t, v + 0.08),
                arrowprops=dict(arrowstyle="->", color="#c44e52", lw=0.8, alpha=0.6))
for c in [14, 25]:
    ax.axvline(c, color="grey", lw=0.8, ls=":")
ax.text(14.3, 0.35, "confirmation of\nday-9 fraud", fontsize=8, color="grey")
ax.text(25.3, 0.35, "confirmation of\nday-20 fraud", fontsize=8, color="grey")
ax.plot([], [], "o", color="#55a868", label="legitimate transaction")
ax.plot([], [], "X", color="#dd8452", label="fraudulent transaction")
ax.set_xlim(0, 32)
ax.set_ylim(-0.3, 3.2)
ax.set_yticks([0, 1, 2])
ax.set_xlabel("day")
ax.set_ylabel("past_frauds")
ax.set_title("Card 7: which value each transaction gets", fontsize=10, loc="left")
ax.legend(fontsize=7.5, loc="upper left", ncol=2)

names = list(aucs)
w = 0.36
xs = np.arange(len(names))
b1 = bx.bar(xs - w / 2, [aucs[n][0] for n in names], w, color="#8da0cb", label="offline test AUC")
b2 = bx.bar(xs + w / 2, [aucs[n][1] for n in names], w, color="#4c72b0", label="AUC in production")
for bars in (b1, b2):
    for r in bars:
        bx.text(r.get_x() + r.get_width() / 2, r.get_height() + 0.005, f"{r.get_height():.3f}",
                ha="center", fontsize=8)
bx.set_xticks(xs)
bx.set_xticklabels(names)
bx.set_ylim(0.5, 1.0)
bx.set_ylabel("AUC")
bx.set_title("Simulated fraud model, last 3 months", fontsize=10, loc="left")
bx.legend(fontsize=8, loc="upper right")
fig.tight_layout()
fig.savefig(HERE / "feature-stores-point-in-time.png", dpi=110, metadata={"Software": None})
plt.close(fig)
print({k: tuple(round(v, 3) for v in vals) for k, vals in aucs.items()})
