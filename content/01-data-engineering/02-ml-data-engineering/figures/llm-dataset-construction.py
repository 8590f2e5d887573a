"""Figures for the note llm-dataset-construction.

Writes next to this script:
- llm-dataset-construction-s-curves.png: probability that a document pair becomes an LSH
  candidate, 1 - (1 - s^r)^b, against its Jaccard similarity s, for two bandings, with the
  candidate rates measured on the pairs of the note's synthetic corpus (b = 16, r = 8).
- llm-dataset-construction-filters.png: precision and recall of heuristic quality rules and of a
  bag-of-words classifier (all thresholds) on the labeled toy corpus of the note.
Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

HERE = Path(__file__).resolve().parent

# ---- S-curves, checked on the document pairs of the note's synthetic corpus -------------------
import zlib  # noqa: E402
from collections import defaultdict  # noqa: E402

from scipy import sparse  # noqa: E402

rng = np.random.default_rng(1)
P = 2_147_483_647
V = 5000
cdf = np.cumsum(1 / np.arange(1, V + 1) ** 1.1)
cdf /= cdf[-1]


def new_doc(n=200):
    return list(np.searchsorted(cdf, rng.random(n)))


def edit(doc, n_edits):
    doc = list(doc)
    for _ in range(n_edits):
        i, op = rng.integers(len(doc)), rng.integers(3)
        if op == 0:
            doc[i] = int(rng.integers(V))
        elif op == 1:
            doc.insert(i, int(rng.integers(V)))
        else:
            del doc[i]
    return doc


docs = [new_doc() for _ in range(1500)]
for _ in range(500):
    docs.append(edit(docs[rng.integers(len(docs))], int(rng.integers(1, 30))))
n = len(docs)
S = [np.unique([zlib.crc32(str(d[i:i + 5]).encode()) % P for i in range(len(d) - 4)]) for d in docs]
col = {h: j for j, h in enumerate(np.unique(np.concatenate(S)))}
X = sparse.csr_matrix((np.ones(sum(map(len, S))),
                       (np.repeat(np.arange(n), [len(s) for s in S]), [col[h] for s in S for h in s])))
inter = (X @ X.T).toarray()
size = np.array([len(s) for s in S])
J = np.triu(inter / (size[:, None] + size[None, :] - inter), 1)


def candidates(bands, r):
    a, b = rng.integers(1, P, size=bands * r), rng.integers(0, P, size=bands * r)
    sig = np.stack([((a[:, None] * s[None, :] + b[:, None]) % P).min(axis=1) for s in S])
    buckets = defaultdict(list)
    for i in range(n):
        for band in range(bands):
            buckets[band, sig[i, band * r:(band + 1) * r].tobytes()].append(i)
    return {(x, y) for m in buckets.values() for ix, x in enumerate(m) for y in m[ix + 1:]}


pi, pj = np.nonzero(J >= 0.3)
sim = J[pi, pj]
draws = [candidates(16, 8) for _ in range(10)]
hit = np.array([[(x, y) in c for x, y in zip(pi, pj)] for c in draws]).mean(axis=0)
edges = np.arange(0.3, 1.0001, 0.05)
centers, rates = [], []
for lo, hi in zip(edges[:-1], edges[1:]):
    m = (sim >= lo) & (sim < hi + (1e-9 if hi >= 1 else 0))
    if m.sum() >= 5:
        centers.append(sim[m].mean())
        rates.append(hit[m].mean())

s = np.linspace(0, 1, 401)
fig, ax = plt.subplots(figsize=(6.8, 4.4))
for (b, r), style in zip([(16, 8), (20, 5)], ["-", "--"]):
    ax.plot(s, 1 - (1 - s**r) ** b, style, lw=1.8,
            label=f"$1-(1-s^r)^b$, b = {b}, r = {r}, threshold $b^{{-1/r}}$ = {b ** (-1 / r):.2f}")
ax.plot(centers, rates, "ko", ms=5, label="measured on corpus pairs, b = 16, r = 8 (10 hash draws)")
counts, _ = np.histogram(sim, bins=edges)
ax.bar(edges[:-1], 0.25 * counts / counts.max(), width=0.05, align="edge", color="#cccccc",
       edgecolor="white", zorder=0, label=f"pairs with Jaccard >= 0.3 ({len(sim)}), scaled counts")
ax.axvline(0.7, color="grey", lw=0.8, ls=":")
ax.text(0.71, 0.45, "target 0.7", fontsize=8, color="grey")
ax.set_xlabel("Jaccard similarity s of a pair of documents (5-word shingles)")
ax.set_ylabel("probability the pair becomes a candidate")
ax.set_title("Banding is an S-shaped filter on similarity", fontsize=10)
ax.legend(fontsize=7.5, loc="upper left")
ax.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "llm-dataset-construction-s-curves.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- quality filters: the toy corpus of the note ----------------------------------------------
rng = np.random.default_rng(0)
STOP = "the be to of and that have with a in is it for on as was by this are from".split()
WORDS = ("model data system river market garden engine music history city village paper method "
         "result water energy light season student teacher library bridge harvest signal network "
         "protein forest winter summer journey design theory practice language number measure "
         "build carry describe explain follow improve grow reduce study travel write").split()
SPAM = "cheap best free discount buy click deal offer win casino pills replica".split()


def sentence(pool=WORDS, stop_p=0.45):
    toks = [rng.choice(STOP) if rng.random() < stop_p else rng.choice(pool) for _ in range(rng.integers(8, 20))]
    return " ".join(toks).capitalize() + "."


def paragraphs(pool=WORDS):
    return "\n".join(" ".join(sentence(pool) for _ in range(rng.integers(1, 4))) for _ in range(rng.integers(3, 9)))


def good_list():
    item = lambda: f"- {rng.integers(1, 9)} {rng.choice(WORDS)} {rng.choice(STOP)} {rng.choice(WORDS)}" + ("." if rng.random() < 0.3 else "")  # noqa: E731
    return sentence() + "\n" + "\n".join(item() for _ in range(rng.integers(6, 15)))


def keyword_spam():
    return "\n".join(" ".join(rng.choice(SPAM + WORDS, size=rng.integers(5, 12))) for _ in range(rng.integers(4, 10)))


def navigation():
    menu = ["Home", "About us", "Contact", "Login", "Privacy policy", "Cart", "Search"]
    return "\n".join(" | ".join(rng.choice(menu, size=5)) for _ in range(rng.integers(2, 6)))


def garbled():
    junk = ["Ã©", "&#8217;", "{{", "}}", "x7#k", "::", "%%", "0x1F"]
    return "\n".join(" ".join(rng.choice(junk + WORDS, size=rng.integers(8, 16))) for _ in range(rng.integers(3, 8)))


def repeated():
    return "\n".join([sentence()] * int(rng.integers(8, 20)))


kinds = [("prose", paragraphs, 1, 550), ("review", lambda: paragraphs(WORDS * 4 + SPAM), 1, 100),
         ("list", good_list, 1, 100), ("keyword spam", keyword_spam, 0, 70), ("navigation", navigation, 0, 50),
         ("garbled", garbled, 0, 40), ("repeated", repeated, 0, 40),
         ("fluent spam", lambda: paragraphs(WORDS + SPAM), 0, 50)]
df = pd.DataFrame([(k, gen(), keep) for k, gen, keep, count in kinds for _ in range(count)],
                  columns=["kind", "text", "keep"])


def signals(text):
    words, lines = text.split(), [l for l in text.split("\n") if l.strip()]  # noqa: E741
    return dict(n_words=len(words),
                n_stop=len({w.lower().strip(".") for w in words} & set(STOP[:8])),
                non_alpha=np.mean([not any(c.isalpha() for c in w) for w in words]),
                dup_lines=1 - len(set(lines)) / len(lines),
                punct_end=np.mean([l.rstrip()[-1] in ".!?" for l in lines]))  # noqa: E741


F = pd.DataFrame([signals(t) for t in df.text])
rules = {"< 50 words": F.n_words < 50, "< 2 stop words": F.n_stop < 2, "> 20% non-alphabetic": F.non_alpha > 0.2,
         "> 30% repeated lines": F.dup_lines > 0.3, "< half lines end .!?": F.punct_end < 0.5}
rules["any of the five"] = np.any(np.column_stack(list(rules.values())), axis=1)
rules["stop words or repeats"] = rules["< 2 stop words"] | rules["> 30% repeated lines"]
bad = (df.keep == 0).to_numpy()
idx = rng.permutation(len(df))
tr, te = idx[:500], idx[500:]
vec = CountVectorizer(token_pattern=r"\S+")
clf = LogisticRegression(C=1.0, max_iter=2000).fit(vec.fit_transform(df.text.iloc[tr]), bad[tr])
p_bad = clf.predict_proba(vec.transform(df.text.iloc[te]))[:, 1]

fig, ax = plt.subplots(figsize=(6.8, 4.4))
ts = np.unique(p_bad)
prec = [np.mean(bad[te][p_bad >= t]) for t in ts]
rec = [np.sum(bad[te] & (p_bad >= t)) / bad[te].sum() for t in ts]
ax.plot(rec, prec, "-", color="#4c72b0", lw=1.6, label="word-count classifier, all thresholds (held-out half)")
offsets = {"< 2 stop words": (-10, -13), "stop words or repeats": (6, 4), "any of the five": (6, -4)}
for name, fire in rules.items():
    fire = np.asarray(fire)
    tp = np.sum(fire & bad)
    combined = name in ("any of the five", "stop words or repeats")
    ax.plot(tp / bad.sum(), tp / fire.sum(), "s" if combined else "o", color="#dd8452" if combined else "#c44e52",
            label=None)
    ax.annotate(name, (tp / bad.sum(), tp / fire.sum()), textcoords="offset points",
                xytext=offsets.get(name, (6, -3)), fontsize=7.5, ha="right" if name == "< 2 stop words" else "left")
ax.plot([], [], "o", color="#c44e52", label="single rules (all documents)")
ax.plot([], [], "s", color="#dd8452", label="rules combined with 'or'")
ax.set_xlabel("recall: share of low-quality documents removed")
ax.set_ylabel("precision: share of removed that are bad")
ax.set_xlim(0, 1.05)
ax.set_ylim(0.25, 1.04)
ax.set_title("Quality filters on the labeled toy corpus (250 bad of 1,000)", fontsize=10)
ax.grid(alpha=0.3)
ax.legend(fontsize=7.5, loc="lower left", bbox_to_anchor=(0.3, 0.3))
fig.tight_layout()
fig.savefig(HERE / "llm-dataset-construction-filters.png", dpi=110, metadata={"Software": None})
plt.close(fig)
