"""Figure for the note sequence-labeling: posterior tag marginals P(y_t = k | x) of a linear-chain
CRF for one test sentence, with the CRF's Viterbi path and a per-token logistic regression's
predictions marked. The data, features and models are those of the note's CRF code block.
Run: python3 sequence-labeling.py (writes sequence-labeling-marginals.png next to this file)."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from scipy.special import logsumexp
from sklearn.linear_model import LogisticRegression

# ---- synthetic sentences with PER and LOC entities in BIO tags ------------------------------
FIRST = ["anna", "boris", "carla", "dmitri", "elena", "felix", "greta", "hugo", "ingrid", "jonas",
         "karin", "luca", "marta", "nils", "olga", "pavel", "rosa", "stefan", "tilda", "viktor"]
LAST = ["berg", "costa", "dahl", "engel", "fischer", "gruber", "holm", "ivanova", "janssen", "keller",
        "lindqvist", "moreau", "novak", "olsen", "petrov", "quist", "richter", "sorensen", "toth", "weber"]
PLACE = ["arden", "belmont", "calder", "dunmore", "elston", "farrow", "glenby", "harlow", "ilford", "kelby",
         "lorton", "marston", "norwick", "oakham", "penrith", "redcar", "selby", "thorne", "upton", "wexley"]
BOTH = ["jordan", "florence", "chester", "austin", "sydney", "georgia", "lincoln", "preston"]  # PER or LOC
NOUN = ["report", "train", "market", "bridge", "meeting", "school", "festival", "museum", "harbor", "council"]
FILLER = ["also", "really", "then", "today", "again", "still", "soon", "once"]
ADJ = ["busy", "quiet", "late", "new", "closed", "crowded", "open", "famous"]
TEMPLATES = ["PER said the NOUN in LOC was ADJ .", "PER visited LOC last week .",
             "the NOUN near LOC met PER on friday .", "mr LAST moved to LOC .",
             "PER and PER opened a NOUN in LOC .", "we drove from LOC to LOC .",
             "LOC is ADJ in winter .", "people in LOC like PER .", "PER works at the NOUN ."]

def sentence(r, first, last, places):
    words, tags = [], []
    for slot in r.choice(TEMPLATES).split():
        if slot == "PER":
            u = r.random()
            ent = ([r.choice(first), r.choice(last)] if u < 0.45 else [r.choice(first)] if u < 0.75
                   else [r.choice(BOTH)] + ([r.choice(last)] if r.random() < 0.5 else []))
        elif slot == "LOC":
            u = r.random()
            ent = ([r.choice(BOTH)] if u < 0.25 else
                   [r.choice(["port", "new", "north", "east"]), r.choice(places)] if u < 0.45 else [r.choice(places)])
        elif slot == "LAST":
            words.append(r.choice(last)); tags.append("B-PER"); continue
        else:
            words.append(r.choice(NOUN) if slot == "NOUN" else r.choice(ADJ) if slot == "ADJ" else slot)
            tags.append("O"); continue
        words += ent
        tags += ["B-" + slot] + ["I-" + slot] * (len(ent) - 1)
    for i in range(len(words) - 1, 0, -1):                 # filler words break up the templates
        if r.random() < 0.15 and tags[i] != "I-" + tags[i - 1][2:]:
            words.insert(i, r.choice(FILLER)); tags.insert(i, "O")
    words = [w.capitalize() if t != "O" else w for w, t in zip(words, tags)]
    words[0] = words[0].capitalize()
    if r.random() < 0.3:                                   # informal text: no capitals at all
        words = [w.lower() for w in words]
    return words, tags

rng = np.random.default_rng(0)
train = [sentence(rng, FIRST[:12], LAST[:12], PLACE[:12]) for _ in range(300)]
test = [sentence(rng, FIRST[12:], LAST[12:], PLACE[12:]) for _ in range(300)]   # unseen names
valid = [sentence(rng, FIRST[12:], LAST[12:], PLACE[12:]) for _ in range(150)]

# ---- features shared by both models --------------------------------------------------------
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
K = len(TAGS)

def token_features(words, t):
    w = words[t]
    return ["bias", "w=" + w.lower(), "cap=" + str(w[0].isupper()), "first=" + str(t == 0),
            "suf3=" + w.lower()[-3:], "prev=" + (words[t - 1].lower() if t > 0 else "<s>"),
            "next=" + (words[t + 1].lower() if t + 1 < len(words) else "</s>")]

fidx = {}
for words, _ in train:
    for t in range(len(words)):
        for f in token_features(words, t):
            fidx.setdefault(f, len(fidx))
D = len(fidx)

def featurize(data):
    rows, cols, ys, lens = [], [], [], []
    for words, tags in data:
        for t in range(len(words)):
            for f in token_features(words, t):
                if f in fidx:
                    rows.append(len(ys)); cols.append(fidx[f])
            ys.append(TAGS.index(tags[t]))
        lens.append(len(words))
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(ys), D)), np.array(ys), np.array(lens)

# ---- linear-chain CRF: forward-backward on a padded batch, in log space ---------------------
def unpack(theta):
    return (theta[:K * D].reshape(K, D), theta[K * D:K * D + K * K].reshape(K, K),
            theta[-2 * K:-K], theta[-K:])

def pad(flat, lens):
    mask = np.arange(lens.max())[None, :] < lens[:, None]
    out = np.zeros(mask.shape + flat.shape[1:], dtype=flat.dtype)
    out[mask] = flat
    return out, mask

def forward_backward(U, mask, A, start, end):
    B, T, _ = U.shape
    alpha, beta = np.zeros((B, T, K)), np.zeros((B, T, K))
    alpha[:, 0] = start + U[:, 0]
    for t in range(1, T):                                  # finished sentences carry alpha forward
        alpha[:, t] = np.where(mask[:, t, None], U[:, t] + logsumexp(alpha[:, t - 1, :, None] + A, axis=1),
                               alpha[:, t - 1])
    logZ = logsumexp(alpha[:, -1] + end, axis=1)
    beta[:, -1] = end
    for t in range(T - 2, -1, -1):
        beta[:, t] = np.where(mask[:, t + 1, None],
                              logsumexp(A + (U[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2), end)
    return alpha, beta, logZ

def nll_and_grad(theta, Phi, y, lens, lam):
    W, A, start, end = unpack(theta)
    U, mask = pad(np.asarray(Phi @ W.T), lens)             # emission scores, sentences x T x K
    Y, _ = pad(y, lens)
    alpha, beta, logZ = forward_backward(U, mask, A, start, end)
    gamma = np.exp(alpha + beta - logZ[:, None, None]) * mask[..., None]       # P(y_t = k | x)
    xi = np.exp(alpha[:, :-1, :, None] + A + (U[:, 1:] + beta[:, 1:])[:, :, None, :]
                - logZ[:, None, None, None]) * mask[:, 1:, None, None]         # P(y_t-1, y_t | x)
    b, last, m2 = np.arange(len(lens)), lens - 1, mask[:, 1:]
    score = (start[Y[:, 0]] + (np.take_along_axis(U, Y[..., None], 2)[..., 0] * mask).sum(1)
             + (A[Y[:, :-1], Y[:, 1:]] * m2).sum(1) + end[Y[b, last]])
    pairs = np.zeros((K, K))
    np.add.at(pairs, (Y[:, :-1][m2], Y[:, 1:][m2]), 1)
    grad = np.concatenate([
        np.asarray((gamma[mask] - np.eye(K)[y]).T @ Phi).ravel(),   # expected minus observed
        (xi.sum(axis=(0, 1)) - pairs).ravel(),
        gamma[:, 0].sum(0) - np.eye(K)[Y[:, 0]].sum(0),
        gamma[b, last].sum(0) - np.eye(K)[Y[b, last]].sum(0)]) + lam * theta
    return float((logZ - score).sum() + 0.5 * lam * theta @ theta), grad

def viterbi(U, A, start, end):
    delta, back = start + U[0], []
    for t in range(1, len(U)):
        cand = delta[:, None] + A
        back.append(cand.argmax(0))
        delta = cand.max(0) + U[t]
    path = [int((delta + end).argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1]

def spans(tags):
    out, cur = set(), None
    for i, tag in enumerate(tags + ["O"]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur[0]):
            out.add((cur[0], cur[1], i)); cur = None
        if tag.startswith("B-") or (tag.startswith("I-") and cur is None):
            cur = (tag[2:], i)
    return out

Phi_tr, y_tr, len_tr = featurize(train)
Phi_te, y_te, len_te = featurize(test)
n_params = K * D + K * K + 2 * K
res = minimize(nll_and_grad, np.zeros(n_params), args=(Phi_tr, y_tr, len_tr, 0.01), jac=True,
               method="L-BFGS-B")                    # lambda = 1 / C with C = 100, as in the note
W, A, start, end = unpack(res.x)
logreg = LogisticRegression(C=100, max_iter=5000).fit(Phi_tr, y_tr)

offs = np.concatenate([[0], np.cumsum(len_te)])
U_all = np.asarray(Phi_te @ W.T)
lr_all = logreg.predict(Phi_te)
chosen = None
for i, (words, tags) in enumerate(test):             # first lowercase sentence the two models disagree on
    U = U_all[offs[i]:offs[i + 1]]
    crf_tags = [TAGS[k] for k in viterbi(U, A, start, end)]
    lr_tags = [TAGS[k] for k in lr_all[offs[i]:offs[i + 1]]]
    if words[0].islower() and spans(crf_tags) == spans(tags) != spans(lr_tags) and 8 <= len(words) <= 11:
        chosen = (words, tags, U, crf_tags, lr_tags)
        break
words, tags, U, crf_tags, lr_tags = chosen
alpha, beta, logZ = forward_backward(U[None], np.ones((1, len(words)), bool), A, start, end)
marg = np.exp(alpha[0] + beta[0] - logZ[0])

fig, ax = plt.subplots(figsize=(9, 3.6))
im = ax.imshow(marg.T, cmap="Blues", vmin=0, vmax=1, aspect="auto")
T = len(words)
ax.scatter(range(T), [TAGS.index(t) for t in crf_tags], s=110, facecolors="none", edgecolors="#d62728",
           linewidths=2, label="CRF Viterbi path (= gold here)")
ax.scatter(range(T), [TAGS.index(t) for t in lr_tags], marker="x", s=45, color="#ff7f0e", linewidths=2,
           label="per-token logistic regression")
ax.set_xticks(range(T))
ax.set_xticklabels(words)
ax.set_yticks(range(K))
ax.set_yticklabels(TAGS)
ax.set_ylim(K - 0.5, -0.5)
for t in range(T):
    for k in range(K):
        if marg[t, k] >= 0.005:
            ax.text(t, k - 0.3, f"{marg[t, k]:.2f}", ha="center", va="center", fontsize=7,
                    color="white" if marg[t, k] > 0.6 else "black")
ax.set_title("CRF posterior marginals P(tag | sentence) for a test sentence")
fig.colorbar(im, ax=ax, fraction=0.03, pad=0.02)
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=8, frameon=False)
fig.tight_layout()
fig.savefig(Path(__file__).resolve().parent / "sequence-labeling-marginals.png", dpi=110,
            metadata={"Software": None})
print(" ".join(words))
print("gold/CRF:", crf_tags)
print("logreg  :", lr_tags)
