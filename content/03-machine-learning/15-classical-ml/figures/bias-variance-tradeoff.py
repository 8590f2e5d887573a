"""Figures for the note bias-variance-tradeoff: the U-curve of polynomial fits, learning curves,
and the bias-variance split of double descent. Writes PNGs next to this script."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import ShuffleSplit, learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

OUT = Path(__file__).resolve().parent
plt.rcParams.update({"font.size": 10, "svg.hashsalt": "np"})


def f(x):
    return np.sin(3 * x) + 0.5 * np.cos(6 * x)


def save(fig, name):
    fig.savefig(OUT / name, dpi=110, metadata={"Software": None})
    plt.close(fig)


# 1. The U-curve: polynomial fits on a fixed design of n = 20 points, noise sigma = 0.5.
rng = np.random.default_rng(0)
n, sigma, reps = 20, 0.5, 20000
x = np.linspace(-1, 1, n)
xt = np.linspace(-1, 1, 301)
degrees = np.arange(0, 14)
bias2, var = [], []
Y = f(x) + sigma * rng.normal(size=(reps, n))
for d in degrees:
    coef = Y @ np.linalg.pinv(np.polynomial.legendre.legvander(x, d)).T
    preds = coef @ np.polynomial.legendre.legvander(xt, d).T
    mean = preds.mean(axis=0)
    v = np.mean(preds.var(axis=0))
    bias2.append(np.mean((mean - f(xt)) ** 2) - v / (reps - 1))  # remove the Monte Carlo bias
    var.append(v)
bias2, var = np.array(bias2), np.array(var)
total = bias2 + var + sigma**2

fig, axes = plt.subplots(1, 2, figsize=(10, 4))
ax = axes[0]
for d, color in [(1, "tab:blue"), (6, "tab:green"), (13, "tab:red")]:
    V = np.polynomial.legendre.legvander(x, d)
    Vt = np.polynomial.legendre.legvander(xt, d)
    for r in range(8):
        ax.plot(xt, Vt @ np.linalg.lstsq(V, Y[r], rcond=None)[0], color=color, lw=0.8, alpha=0.6,
                label=f"degree {d}" if r == 0 else None)
ax.plot(xt, f(xt), "k", lw=2, label="true f")
ax.set_ylim(-3, 3)
ax.set_xlabel("x")
ax.set_title("Fits to 8 training sets (noise only differs)")
ax.legend(loc="lower left", fontsize=8)
ax = axes[1]
ax.plot(degrees, bias2, "o-", label="bias$^2$")
ax.plot(degrees, var, "s-", label="variance")
ax.plot(degrees, total, "k^-", label="expected test error")
ax.axhline(sigma**2, color="gray", ls="--", lw=1, label=r"noise $\sigma^2$")
ax.set_ylim(0, 1)
ax.set_xlabel("polynomial degree")
ax.set_title("Error averaged over x in [-1, 1]")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "bias-variance-tradeoff-u-curve.png")

# 2. Learning curves of a degree-1 and a degree-9 polynomial, with scikit-learn's learning_curve.
rng = np.random.default_rng(0)
xs = rng.uniform(-1, 1, 2000)
ys = f(xs) + sigma * rng.normal(size=xs.size)
cv = ShuffleSplit(n_splits=50, test_size=0.5, random_state=0)
sizes = [50, 70, 100, 140, 200, 300, 400, 600, 1000]
fig, ax = plt.subplots(figsize=(6.5, 4))
for d, color in [(1, "tab:blue"), (9, "tab:red")]:
    model = make_pipeline(PolynomialFeatures(d), LinearRegression())
    s, tr, te = learning_curve(model, xs[:, None], ys, train_sizes=sizes, cv=cv,
                               scoring="neg_mean_squared_error")
    ax.plot(s, -tr.mean(axis=1), "o--", color=color, label=f"degree {d}: training")
    ax.plot(s, -np.median(te, axis=1), "o-", color=color, label=f"degree {d}: validation (median)")
ax.axhline(sigma**2, color="gray", ls=":", lw=1, label=r"noise $\sigma^2$")
ax.set_xscale("log")
ax.set_xlabel("training set size")
ax.set_ylabel("mean squared error")
ax.set_ylim(0.1, 0.7)
ax.set_title("Learning curves: high bias (blue) vs high variance (red)")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "bias-variance-tradeoff-learning-curves.png")

# 3. Double descent: min-norm least squares on the first p of D = 400 features, n = 40.
rng = np.random.default_rng(0)
n, D, sigma_dd, reps = 40, 400, 0.25, 200
beta = np.arange(1, D + 1) ** -0.5
beta /= np.linalg.norm(beta)
ps = [1, 2, 4, 6, 10, 15, 20, 25, 30, 34, 37, 38, 42, 43, 46, 50, 60, 80, 100, 140, 200, 280, 400]
b2s, vs = [], []
for p in ps:
    B = np.zeros((reps, D))
    for r in range(reps):
        X = rng.normal(size=(n, D))
        y = X @ beta + sigma_dd * rng.normal(size=n)
        B[r, :p] = np.linalg.pinv(X[:, :p]) @ y
    m = B.mean(axis=0)
    v = np.mean(np.sum((B - m) ** 2, axis=1))
    b2s.append(np.sum((m - beta) ** 2) - v / (reps - 1))  # remove the Monte Carlo bias
    vs.append(v)
b2s, vs = np.array(b2s), np.array(vs)
fig, ax = plt.subplots(figsize=(6.5, 4))
ax.plot(ps, b2s, "o-", ms=3, label="bias$^2$")
ax.plot(ps, vs, "s-", ms=3, label="variance")
ax.plot(ps, b2s + vs + sigma_dd**2, "k^-", ms=3, label="expected test error")
ax.axvline(n, color="gray", ls="--", lw=1, label="p = n (interpolation threshold)")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_ylim(0.02, 20)
ax.set_xlabel("number of features used, p")
ax.set_title("Min-norm least squares, n = 40: the decomposition still holds")
ax.legend(fontsize=8)
fig.tight_layout()
save(fig, "bias-variance-tradeoff-double-descent.png")
