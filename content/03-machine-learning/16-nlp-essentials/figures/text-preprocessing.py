"""Figure for the note text-preprocessing: test accuracy of logistic regression on synthetic
documents under three preprocessing pipelines, against the training-set size, with the Bayes
accuracy of each representation as a dashed line.
Run: python3 text-preprocessing.py (writes text-preprocessing-tradeoff.png next to this file)."""
from collections import defaultdict
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent

# ---- a generative model of short reviews --------------------------------------------------
STOP = ["the", "a", "is", "it", "and", "of", "to", "was", "this"]   # drawn as filler
SUFFIX = ["", "s", "ed", "ing", "er"]
P_SUFFIX = {1: np.array([0.30, 0.25, 0.05, 0.25, 0.15]),   # "ed" is a weak signal of y = 0
            0: np.array([0.20, 0.15, 0.40, 0.10, 0.15])}
P_NOT = {1: 0.1, 0: 0.5}                                   # "not" is a signal of y = 0
P_STOPWORD, P_POLAR, P_CAP = 0.4, 0.35, 0.2

rng0 = np.random.default_rng(0)
stems = []
while len(stems) < 60:
    s = "".join(rng0.choice(list("bcdfghklmnprstvw")) + rng0.choice(list("aeiou")) for _ in range(2))
    s += rng0.choice(list("bcdfghklmnprstvw"))
    if s not in stems:
        stems.append(s)
POLAR = {1: stems[:12], 0: stems[12:24]}
NEUTRAL = stems[24:]


def make_doc(y, r):
    toks = []
    for _ in range(r.integers(6, 14)):
        if r.random() < P_STOPWORD:
            toks.append(str(r.choice(STOP)))
            continue
        w = r.choice(POLAR[y]) if r.random() < P_POLAR else r.choice(NEUTRAL)
        w = w + SUFFIX[r.choice(5, p=P_SUFFIX[y])]
        toks.append(w.capitalize() if r.random() < P_CAP else w)
    if r.random() < P_NOT[y]:
        toks.insert(r.integers(0, len(toks) + 1), "not")
    return " ".join(toks)


def stem(w):
    for suf in ("ing", "ed", "er", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


STEMMED_STOP = {stem(s) for s in STOP + ["not"]}
PIPES = {
    "raw tokens": lambda t: t,
    "lowercase + stem": lambda t: stem(t.lower()),
    "lowercase + stem + stop words removed": lambda t: None if stem(t.lower()) in STEMMED_STOP else stem(t.lower()),
}


def apply(pipe, doc):
    return " ".join(x for x in (pipe(t) for t in doc.split()) if x is not None)


# ---- exact per-token distributions, pushed through each pipeline (for the Bayes rule) --------
def raw_token_probs(y):
    p = defaultdict(float)
    for s in STOP:
        p[s] += P_STOPWORD / len(STOP)
    for group, share in ((POLAR[y], P_POLAR), (NEUTRAL, 1 - P_POLAR)):
        for s in group:
            for k, suf in enumerate(SUFFIX):
                base = (1 - P_STOPWORD) * share / len(group) * P_SUFFIX[y][k]
                p[s + suf] += base * (1 - P_CAP)
                p[(s + suf).capitalize()] += base * P_CAP
    return p


def bayes_llr(pipe):
    tables = {}
    for y in (0, 1):
        q = defaultdict(float)
        for tok, pr in raw_token_probs(y).items():
            q[pipe(tok)] += pr                       # None collects the removed tokens
        tables[y] = q
    keep_not = pipe("not") is not None

    def llr(doc):
        toks = doc.split()
        has_not = "not" in toks
        if has_not:
            toks.remove("not")
        with np.errstate(divide="ignore"):     # a class-exclusive token gives an infinite LLR
            s = sum(np.log(tables[1][pipe(t)]) - np.log(tables[0][pipe(t)])
                    for t in toks if pipe(t) is not None)
        if keep_not:
            s += np.log(P_NOT[1] / P_NOT[0]) if has_not else np.log((1 - P_NOT[1]) / (1 - P_NOT[0]))
        return s
    return llr


def dataset(n, r):
    y = r.integers(0, 2, size=n)
    return [make_doc(v, r) for v in y], y


X_test, y_test = dataset(4000, np.random.default_rng(123))
sizes = [25, 50, 100, 200, 400, 800, 1600, 3200, 6400, 12800]
curves = {k: [] for k in PIPES}
for n in sizes:
    accs = defaultdict(list)
    for rep in range(3):
        X_tr, y_tr = dataset(n, np.random.default_rng(1000 * n + rep))
        for name, pipe in PIPES.items():
            vec = CountVectorizer(lowercase=False, token_pattern=r"\S+")
            A = vec.fit_transform([apply(pipe, d) for d in X_tr])
            B = vec.transform([apply(pipe, d) for d in X_test])
            clf = LogisticRegression(C=1.0, max_iter=3000).fit(A, y_tr)
            accs[name].append((clf.predict(B) == y_test).mean())
    for name in PIPES:
        curves[name].append(float(np.mean(accs[name])))

X_big, y_big = dataset(50000, np.random.default_rng(7))   # a large sample for the Bayes rule
bayes = {}
for name, pipe in PIPES.items():
    llr = bayes_llr(pipe)
    bayes[name] = float(np.mean([(llr(d) > 0) == bool(y) for d, y in zip(X_big, y_big)]))

colors = ["#1f77b4", "#2ca02c", "#d62728"]
fig, ax = plt.subplots(figsize=(7.5, 4.2))
for (name, acc), c in zip(curves.items(), colors):
    ax.plot(sizes, acc, marker="o", color=c, label=name)
    ax.axhline(bayes[name], color=c, linestyle="--", linewidth=1)
ax.plot([], [], color="gray", linestyle="--", linewidth=1, label="Bayes accuracy of each (dashed)")
ax.set_xscale("log")
ax.set_xlabel("training documents")
ax.set_ylabel("test accuracy")
ax.set_title("Normalization trades information for fewer parameters")
ax.grid(alpha=0.3)
ax.legend(loc="lower right")
fig.tight_layout()
fig.savefig(HERE / "text-preprocessing-tradeoff.png", dpi=110, metadata={"Software": None})

for name in PIPES:
    print(f"{name:<40} " + " ".join(f"{a:.3f}" for a in curves[name]) + f" | Bayes {bayes[name]:.3f}")
