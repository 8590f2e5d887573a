"""Figure for random-graphs: connectivity threshold and giant component of G(n, p)."""
from pathlib import Path
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.optimize import brentq

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(0)
PAIRS = {}

def gnp(n, p):
    if n not in PAIRS:
        PAIRS[n] = np.triu_indices(n, 1)
    iu, ju = PAIRS[n]
    keep = rng.random(iu.size) < p
    return coo_matrix((np.ones(keep.sum()), (iu[keep], ju[keep])), shape=(n, n))

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9.5, 3.6))
cs = np.arange(0.4, 2.01, 0.1)
for n, mk in ((100, "o-"), (1000, "s-")):
    probs = [np.mean([connected_components(gnp(n, c * np.log(n) / n), directed=False)[0] == 1
                      for _ in range(40)]) for c in cs]
    ax1.plot(cs, probs, mk, ms=4, label=f"n = {n}")
ax1.axvline(1.0, color="gray", ls="--", lw=1)
ax1.set_xlabel("c, where p = c log(n) / n")
ax1.set_ylabel("P(connected), 40 samples")
ax1.set_title("connectivity threshold")
ax1.legend()

cg = np.arange(0.2, 3.01, 0.1)
n = 2000
frac = [np.mean([np.bincount(connected_components(gnp(n, c / n), directed=False)[1]).max() / n
                 for _ in range(3)]) for c in cg]
fine = np.linspace(0.2, 3.0, 200)
theory = [brentq(lambda s: 1 - s - np.exp(-c * s), 1e-12, 1) if c > 1 else 0.0 for c in fine]
ax2.plot(cg, frac, "o", ms=4, label="simulation, n = 2000")
ax2.plot(fine, theory, "-", label="s = 1 - exp(-c s)")
ax2.set_xlabel("average degree c, where p = c / n")
ax2.set_ylabel("largest component / n")
ax2.set_title("giant component")
ax2.legend()
fig.tight_layout()
fig.savefig(HERE / "random-graphs-thresholds.png", dpi=110, metadata={"Software": None})
