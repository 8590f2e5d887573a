"""Figure for the note classical-text-classification: reliability diagrams and histograms of
predicted probabilities for naive Bayes, calibrated naive Bayes and two logistic regressions on a
synthetic corpus with bursty word counts (the corpus of the note's second code block).
Run: python3 classical-text-classification.py (writes classical-text-classification-calibration.png)."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import MultinomialNB

HERE = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
V = 2000
zipf = 1.0 / np.arange(1, V + 1)
phi = zipf * np.exp(0.3 * rng.standard_normal((2, V)))
phi /= phi.sum(axis=1, keepdims=True)


def corpus(n, prior, seed, burst=100.0):
    r = np.random.default_rng(seed)
    y = (r.random(n) < prior).astype(int)
    g = r.gamma(burst * phi[y])
    theta = g / g.sum(axis=1, keepdims=True)
    X = np.vstack([r.multinomial(m, t) for m, t in zip(r.integers(40, 160, size=n), theta)])
    return X.astype(float), y


Xtr, ytr = corpus(2000, 0.5, seed=1)
Xte, yte = corpus(4000, 0.5, seed=2)
tfidf = TfidfTransformer(sublinear_tf=True).fit(Xtr)
A, B = tfidf.transform(Xtr), tfidf.transform(Xte)
models = {
    "naive Bayes": MultinomialNB().fit(Xtr, ytr).predict_proba(Xte)[:, 1],
    "NB + sigmoid calibration": CalibratedClassifierCV(MultinomialNB(), method="sigmoid", cv=5)
    .fit(Xtr, ytr).predict_proba(Xte)[:, 1],
    "logistic, C = 1": LogisticRegression(C=1.0, max_iter=3000).fit(A, ytr).predict_proba(B)[:, 1],
    "logistic, C = 10": LogisticRegression(C=10.0, max_iter=3000).fit(A, ytr).predict_proba(B)[:, 1],
}
colors = ["#d62728", "#ff9896", "#1f77b4", "#2ca02c"]

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10.5, 4.2))
bins = np.linspace(0, 1, 11)
for (name, p), c in zip(models.items(), colors):
    idx = np.minimum((p * 10).astype(int), 9)
    conf = [p[idx == k].mean() for k in range(10) if np.any(idx == k)]
    freq = [yte[idx == k].mean() for k in range(10) if np.any(idx == k)]
    ax1.plot(conf, freq, marker="o", color=c, label=name)
    ax2.hist(p, bins=bins, histtype="step", linewidth=1.8, color=c, label=name)
ax1.plot([0, 1], [0, 1], color="k", linestyle="--", linewidth=1, label="perfect calibration")
ax1.set_xlabel("mean predicted P(y = 1) in bin")
ax1.set_ylabel("observed fraction with y = 1")
ax1.set_title("Reliability diagram (10 bins)")
ax1.grid(alpha=0.3)
ax1.legend(fontsize=8)
ax2.set_xlabel("predicted P(y = 1)")
ax2.set_ylabel("test documents")
ax2.set_title("Where the predictions fall")
ax2.set_yscale("log")
ax2.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "classical-text-classification-calibration.png", dpi=110, metadata={"Software": None})
for name, p in models.items():
    print(f"{name:<26} share below 0.1 or above 0.9: {np.mean((p < 0.1) | (p > 0.9)):.3f}")
