"""Figures for the note training-data-at-scale.

Writes next to this script:
- training-data-at-scale-shuffle.png: output position against input position for 20,000 items under
  a shuffle buffer of 500, a buffer of 5,000, a two-level shuffle (20 shards permuted, read 5 at a
  time round-robin, then a buffer of 500) and a full permutation.
- training-data-at-scale-minhash.png: left, the standard deviation of the MinHash Jaccard estimate
  against the signature length k, simulated and sqrt(J(1-J)/k); right, the LSH candidate
  probability 1-(1-J^r)^b for three banding schemes of 128 hashes, with simulated points for
  16 bands of 8 rows.
Deterministic: fixed seeds, no timestamps.
"""
import zlib
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)


def shuffle_buffer(stream, B, rng):
    buf = list(stream[:B])
    out = []
    for x in stream[B:]:
        j = rng.integers(B)
        out.append(buf[j])
        buf[j] = x
    out.extend(np.asarray(buf)[rng.permutation(len(buf))])
    return np.array(out)


# ---- shuffle scatter ---------------------------------------------------------------------------
N = 20_000
idx = np.arange(N)
shards = idx.reshape(20, 1000)[rng.permutation(20)]
interleaved = shards.reshape(4, 5, 1000).transpose(0, 2, 1).reshape(-1)
orders = [("shuffle buffer, B = 500", shuffle_buffer(idx, 500, rng)),
          ("shuffle buffer, B = 5,000", shuffle_buffer(idx, 5000, rng)),
          ("20 shards permuted, 5 interleaved,\nthen B = 500", shuffle_buffer(interleaved, 500, rng)),
          ("full permutation", rng.permutation(N))]
fig, axes = plt.subplots(1, 4, figsize=(12, 3.4), sharey=True)
show = rng.choice(N, 1500, replace=False)
for ax, (title, order) in zip(axes, orders):
    pos = np.empty(N, int)
    pos[order] = np.arange(N)
    ax.scatter(idx[show], pos[show], s=1.5, color="#4c72b0")
    ax.set_title(title, fontsize=9)
    ax.set_xlabel("input position")
    ax.set_xlim(0, N)
    ax.set_ylim(0, N)
    ax.set_aspect("equal")
axes[0].set_ylabel("output position")
fig.tight_layout()
fig.savefig(HERE / "training-data-at-scale-shuffle.png", dpi=110, metadata={"Software": None})
plt.close(fig)

# ---- MinHash -----------------------------------------------------------------------------------
vocab = [f"w{i}" for i in range(2000)]
doc = list(rng.choice(vocab, 400))


def edit(words, m):
    w = list(words)
    for i in rng.choice(len(w), m, replace=False):
        w[i] = rng.choice(vocab)
    return w


def shingles(w, n=3):
    return {zlib.crc32(" ".join(w[i:i + n]).encode()) for i in range(len(w) - n + 1)}


P = (1 << 31) - 1


def signature(S, a, b):
    x = np.fromiter(S, dtype=np.int64) % P
    return ((a[:, None] * x[None, :] + b[:, None]) % P).min(axis=1)


A = shingles(doc)
B = shingles(edit(doc, 30))
J = len(A & B) / len(A | B)
ks = np.array([8, 16, 32, 64, 128, 256, 512])
sds = []
for k in ks:
    est = []
    for _ in range(300):
        a, b = rng.integers(1, P, size=k), rng.integers(0, P, size=k)
        est.append(np.mean(signature(A, a, b) == signature(B, a, b)))
    sds.append(np.std(est, ddof=1))

sim_J, sim_rate = [], []
for m in [5, 15, 25, 35, 45, 60, 80, 110]:
    Bm = shingles(edit(doc, m))
    Jm = len(A & Bm) / len(A | Bm)
    hits = 0
    for _ in range(200):
        a, b = rng.integers(1, P, size=128), rng.integers(0, P, size=128)
        hits += (signature(A, a, b) == signature(Bm, a, b)).reshape(16, 8).all(axis=1).any()
    sim_J.append(Jm)
    sim_rate.append(hits / 200)

fig, (ax, bx) = plt.subplots(1, 2, figsize=(10, 3.8))
ax.loglog(ks, sds, "o", color="#dd8452", label="simulated, 300 draws of the hash functions")
ax.loglog(ks, np.sqrt(J * (1 - J) / ks), "-", color="#4c72b0", label=r"$\sqrt{J(1-J)/k}$")
ax.set_xlabel("signature length k")
ax.set_ylabel("sd of the Jaccard estimate")
ax.set_title(f"MinHash error, pair with J = {J:.3f}", fontsize=10, loc="left")
ax.legend(fontsize=8)
ax.grid(alpha=0.3, which="both")
Js = np.linspace(0, 1, 301)
for (bb, rr), c in zip([(32, 4), (16, 8), (8, 16)], ["#55a868", "#4c72b0", "#c44e52"]):
    bx.plot(Js, 1 - (1 - Js**rr) ** bb, color=c, label=f"b = {bb} bands of r = {rr}")
    bx.axvline((1 / bb) ** (1 / rr), color=c, ls=":", lw=0.8)
bx.plot(sim_J, sim_rate, "o", color="#4c72b0", mfc="white", label="simulated, b = 16, r = 8")
bx.set_xlabel("Jaccard similarity J")
bx.set_ylabel("probability of becoming a candidate")
bx.set_title("LSH banding with 128 hashes", fontsize=10, loc="left")
bx.legend(fontsize=8, loc="upper left")
bx.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "training-data-at-scale-minhash.png", dpi=110, metadata={"Software": None})
plt.close(fig)
print(round(J, 4), np.round(sds, 4))
