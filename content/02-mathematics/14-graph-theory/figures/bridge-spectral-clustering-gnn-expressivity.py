"""Figure for the bridge note: k-means vs spectral clustering on two noisy circles."""
from pathlib import Path
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.datasets import make_circles
from sklearn.cluster import KMeans

HERE = Path(__file__).resolve().parent
X, y = make_circles(n_samples=300, factor=0.4, noise=0.1, random_state=0)
k = 10
D2 = ((X[:, None, :] - X[None, :, :]) ** 2).sum(-1)
sigma2 = np.median(np.sort(D2, axis=1)[:, k])
W = np.exp(-D2 / sigma2)
nn = np.argsort(D2, axis=1)[:, 1:k + 1]
M = np.zeros_like(W, dtype=bool)
M[np.repeat(np.arange(len(X)), k), nn.ravel()] = True
W = np.where(M | M.T, W, 0.0)
np.fill_diagonal(W, 0.0)
d = W.sum(1)
vals, vecs = np.linalg.eigh(np.eye(len(W)) - W / np.sqrt(np.outer(d, d)))
T = vecs[:, :2] / np.linalg.norm(vecs[:, :2], axis=1, keepdims=True)
lab_sc = KMeans(2, n_init=10, random_state=0).fit_predict(T)
lab_km = KMeans(2, n_init=10, random_state=0).fit_predict(X)

fig, axes = plt.subplots(1, 3, figsize=(11, 3.6))
axes[0].scatter(X[:, 0], X[:, 1], c=lab_km, cmap="coolwarm", s=10)
axes[0].set_title("k-means on the points")
axes[1].scatter(X[:, 0], X[:, 1], c=lab_sc, cmap="coolwarm", s=10)
axes[1].set_title("spectral clustering (kNN graph, L_sym)")
axes[2].scatter(T[:, 0], T[:, 1], c=y, cmap="viridis", s=10)
axes[2].set_title("rows of the spectral embedding")
axes[2].set_xlabel("eigenvector 1 (row-normalized)")
axes[2].set_ylabel("eigenvector 2 (row-normalized)")
for ax in axes[:2]:
    ax.set_aspect("equal")
fig.tight_layout()
fig.savefig(HERE / "bridge-spectral-clustering-gnn-expressivity-circles.png", dpi=110, metadata={"Software": None})
