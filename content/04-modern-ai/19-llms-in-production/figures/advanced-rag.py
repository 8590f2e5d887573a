"""Figure for the note advanced-rag: recall@k against k for the retrievers of the note's worked
example (BM25, BM25 fused with a rewritten query, toy dense retrieval, hybrid reciprocal rank
fusion, and hybrid followed by reranking of the top 10), on 30 one-sentence chunks and 14
queries. Writes advanced-rag-recall.png next to itself."""
import re
import zlib
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent


DOCS = {
 "Resetting your password": "Open the sign-in page and choose Forgot password. We email you a reset link. "
    "The reset link expires after 30 minutes, so use it right away. If the link has expired, request a new one. "
    "After three failed attempts your account is locked for 15 minutes.",
 "Connecting to the VPN": "Install the Northgate client from the software portal and sign in with your company account. "
    "Error E-1042 means your device certificate has expired; renew it in the portal under Certificates. "
    "Error E-1043 means the server is unreachable; check your internet connection first.",
 "Expense reports": "Submit each report within 30 days of the purchase. Attach a receipt for every item above 25 EUR. "
    "Your manager approves the report, and the reimbursement is paid with the next payroll, "
    "at the latest within 10 business days of approval.",
 "Parental leave": "Employees who become parents receive 16 weeks of fully paid leave. "
    "Tell the HR team at least 8 weeks before the leave starts. The leave can be split into two blocks "
    "within the first year after the birth or adoption.",
 "Laptop replacement": "Laptops are replaced every four years. If your device is damaged, open a ticket with the "
    "service desk and bring the device to the IT room; a loaner is available the same day. "
    "Lost devices must be reported within 24 hours.",
 "Business travel": "Book trips through the travel portal. Flights under six hours are booked in economy class; "
    "longer flights may be booked in premium economy. Hotel costs above 150 EUR per night need approval.",
 "Annual leave": "Full-time employees have 28 days of annual leave per year. Up to five unused days can be "
    "carried over into the next year and must be taken before March 31. Book leave in the HR system.",
 "Security incidents": "If you receive a suspicious message asking for your credentials, do not click any link. "
    "Forward it to the security team and delete it. Report a lost laptop or phone to security within 24 hours.",
 "Remote work": "You may work from home up to three days per week after agreeing on the days with your team. "
    "The company pays a one-time equipment stipend of 300 EUR for a desk chair or monitor.",
 "Code review": "Every pull request needs two approvals before it can be merged. "
    "The continuous integration checks must pass, and the author merges the change, not the reviewer.",
}
QUERIES = [  # (question, evidence phrase the right chunk contains)
 ("How long is the password reset link valid?", "expires after 30 minutes"),
 ("What does error E-1042 mean?", "E-1042 means your device certificate"),
 ("What does error E-1043 mean?", "E-1043 means the server is unreachable"),
 ("When do I get my money back for a business dinner?", "within 10 business days of approval"),
 ("How many weeks off do I get after having a baby?", "16 weeks of fully paid leave"),
 ("My computer is broken, what should I do?", "open a ticket with the service desk"),
 ("Can I fly business class on a long trip?", "longer flights may be booked in premium economy"),
 ("How many vacation days can I keep for next year?", "Up to five unused days can be carried over"),
 ("I got a weird email asking for my login", "do not click any link"),
 ("How many days a week can I work from home?", "up to three days per week"),
 ("How many approvals does a pull request need?", "two approvals"),
 ("Is there money for furniture when working from home?", "equipment stipend of 300 EUR"),
 ("How soon do I get a replacement laptop if mine breaks?", "a loaner is available the same day"),
 ("Can I split my parental leave?", "split into two blocks"),
]
STOP = set("a an the and or of to in on for is are be it its your you i my me do does what how when can "
           "with by at as from after before any every each this that we us our so if not no must may has have "
           "get should per up into than then there their they who which above under about mine".split())
CONCEPTS = {"money": "money reimbursement reimbursed refund paid pays payroll pay stipend",
            "parent": "baby birth parents parental adoption child",
            "leave": "off leave vacation holiday",
            "computer": "computer laptop laptops device devices pc",
            "damaged": "broken damaged broke breaks",
            "flight": "fly flight flights",
            "credentials": "login credentials password sign",
            "remote": "home remote",
            "code": "pull code merge merged change",
            "expense": "dinner meal purchase expense expenses",
            "furniture": "furniture chair desk monitor equipment",
            "split": "split blocks divide"}
LEX = {w: c for c, ws in CONCEPTS.items() for w in ws.split()}

def tokens(text):
    return [w for w in re.findall(r"[a-z0-9]+(?:-[0-9]+)?", text.lower()) if w not in STOP]

def key(tok):
    return "errorcode" if re.fullmatch(r"e-\d+", tok) else LEX.get(tok, tok)

def word_vector(tok):
    """Toy embedding of a word: a shared concept part plus a word-specific part, so synonyms
    are close (cosine about 0.64) but not identical; all error codes share one concept."""
    shared = np.random.default_rng(zlib.crc32(key(tok).encode())).normal(size=64)
    if key(tok) == "errorcode":                 # identifiers: no word-specific part at all
        return shared
    own = np.random.default_rng(zlib.crc32(("w:" + tok).encode())).normal(size=64)
    return 0.8 * shared + 0.6 * own

def embed(text):
    v = np.sum([word_vector(t) for t in tokens(text)], axis=0)
    return v / np.linalg.norm(v)

def bm25_scores(query, docs, k1=1.2, b=0.75):
    toks = [tokens(d) for d in docs]
    avg, N = np.mean([len(t) for t in toks]), len(docs)
    out = np.zeros(N)
    for t in set(tokens(query)):
        n = sum(t in d for d in toks)
        idf = np.log((N - n + 0.5) / (n + 0.5) + 1)
        for j, d in enumerate(toks):
            f = d.count(t)
            out[j] += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * len(d) / avg)) if f else 0.0
    return out

def rrf(rankings, k=60):
    fused = {}
    for ranking in rankings:
        for r, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + r)
    return sorted(fused, key=lambda i: -fused[i])

def rerank(query, candidates, texts):
    """Stand-in for a cross-encoder: reads query and chunk together. Scores the share of the
    query's concepts found in the chunk, plus a bonus for an exact identifier match."""
    q = {key(t) for t in tokens(query)}
    ids = {t for t in tokens(query) if re.fullmatch(r"e-\d+", t)}
    def score(i):
        c_toks = tokens(texts[i])
        cover = len(q & {key(t) for t in c_toks}) / len(q)
        return cover + (1.0 if ids & set(c_toks) else 0.0)
    return sorted(candidates, key=lambda i: -score(i))      # stable: ties keep the fused order

REWRITES = {  # canned rewrites, standing in for an LLM asked to restate each question in document language
 0: "password reset link expires", 1: "error E-1042 meaning", 2: "error E-1043 meaning",
 3: "expense report reimbursement paid payroll", 4: "parental leave weeks paid",
 5: "laptop device damaged ticket service desk", 6: "flights premium economy long trip",
 7: "unused annual leave days carried over next year", 8: "suspicious message credentials link",
 9: "remote work from home days per week", 10: "pull request approvals merged",
 11: "remote work equipment stipend desk chair monitor", 12: "laptop replacement loaner device damaged",
 13: "parental leave split blocks"}

chunks = [s for body in DOCS.values() for s in re.split(r"(?<=[.])\s+", body)]
E = np.array([embed(c) for c in chunks])

def rank_of_evidence(order, evidence):
    return next(r for r, j in enumerate(order, 1) if evidence.lower() in chunks[j].lower())



def main():
    ranks = {m: [] for m in ["bm25", "bm25 + rewrite", "dense", "hybrid (RRF)", "hybrid + rerank"]}
    for i, (q, ev) in enumerate(QUERIES):
        sparse = list(np.argsort(-bm25_scores(q, chunks), kind="stable"))
        sparse_rw = list(np.argsort(-bm25_scores(REWRITES[i], chunks), kind="stable"))
        dense = list(np.argsort(-(E @ embed(q)), kind="stable"))
        fused = rrf([sparse, dense])
        orders = {"bm25": sparse, "bm25 + rewrite": rrf([sparse, sparse_rw]), "dense": dense,
                  "hybrid (RRF)": fused, "hybrid + rerank": rerank(q, fused[:10], chunks) + fused[10:]}
        for m, order in orders.items():
            ranks[m].append(rank_of_evidence(order, ev))
    ks = np.arange(1, 11)
    fig, ax = plt.subplots(figsize=(7, 4.2))
    styles = {"bm25": ("#c0461f", "o"), "bm25 + rewrite": ("#e39b6b", "v"), "dense": ("#1f5fa8", "s"),
              "hybrid (RRF)": ("#7a3fa0", "D"), "hybrid + rerank": ("#2a8a3e", "^")}
    for m, r in ranks.items():
        r = np.array(r)
        color, marker = styles[m]
        ax.plot(ks, [np.mean(r <= k) for k in ks], marker=marker, color=color, ms=4, label=m)
    ax.set_xlabel("k (chunks placed in the prompt)")
    ax.set_ylabel("recall@k (share of 14 queries)")
    ax.set_title("Toy help-center corpus: recall@k by retrieval method")
    ax.set_xticks(ks)
    ax.set_ylim(0.4, 1.03)
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "advanced-rag-recall.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
