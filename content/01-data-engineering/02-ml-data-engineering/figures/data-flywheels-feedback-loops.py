"""Figures for the note data-flywheels-feedback-loops.

Writes next to this script:
- data-flywheels-feedback-loops-loops.png: left, the cost of each retrained fraud model's
  decisions relative to the best possible decisions, round by round, for three ways of turning
  logged outcomes into training data (blocked payments labeled legitimate, blocked payments
  dropped, 5% exploration with inverse propensity weights); right, the distribution over 1,000
  simulated logs of the naive and the inverse-propensity-weighted estimates of the frauds a
  candidate policy would let through, with the truth.
Same simulations and seeds as the note's code. Deterministic: fixed seeds, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

HERE = Path(__file__).resolve().parent


def true_p(X):
    return 1 / (1 + np.exp(-(-3.5 + 1.5 * X[:, 0] + 1.0 * X[:, 1] + 0.6 * X[:, 0] ** 2)))


# ---- the loop (as in the note's first simulation) ---------------------------------------------
rng = np.random.default_rng(0)
N, ROUNDS, TAU, EPS = 20_000, 8, 0.2, 0.05


def cost(block, y):
    return 4 * np.sum(y[~block]) + np.sum(y[block] == 0)


Xe = rng.normal(size=(200_000, 2))
pe = true_p(Xe)
ye = (rng.random(len(Xe)) < pe).astype(int)
oracle = cost(pe > TAU, ye)


def regret(model):
    return cost(model.predict_proba(Xe)[:, 1] > TAU, ye) / oracle


X0 = rng.normal(size=(N, 2))
y0 = (rng.random(N) < true_p(X0)).astype(int)
pilot = LogisticRegression().fit(X0, y0)
curves = {}
for mode in ["blocked labeled legit", "blocked rows dropped", "explore 5% + IPW"]:
    model, row = pilot, [regret(pilot)]
    for r in range(ROUNDS):
        X = rng.normal(size=(N, 2))
        y = (rng.random(N) < true_p(X)).astype(int)
        block = model.predict_proba(X)[:, 1] > TAU
        allow_prob = np.where(block, EPS if mode.startswith("explore") else 0.0, 1.0)
        allowed = rng.random(N) < allow_prob
        if mode == "blocked labeled legit":
            model = LogisticRegression().fit(X, y * allowed)
        elif mode == "blocked rows dropped":
            model = LogisticRegression().fit(X[allowed], y[allowed])
        else:
            model = LogisticRegression().fit(X[allowed], y[allowed], sample_weight=1 / allow_prob[allowed])
        row.append(regret(model))
    curves[mode] = row

# ---- off-policy estimates (as in the note's second simulation) -------------------------------
rng = np.random.default_rng(1)
X0 = rng.normal(size=(N, 2))
y0 = (rng.random(N) < true_p(X0)).astype(int)
model = LogisticRegression().fit(X0, y0)
est = []
for _ in range(1000):
    X = rng.normal(size=(N, 2))
    y = (rng.random(N) < true_p(X)).astype(int)
    s = model.predict_proba(X)[:, 1]
    prop = np.where(s > 0.2, EPS, 1.0)
    allowed = rng.random(N) < prop
    new_allows = s <= 0.3
    w = allowed * new_allows / prop
    est.append((1000 * np.mean(allowed * y * new_allows), 1000 * np.mean(y * w), 1000 * np.mean(true_p(X) * new_allows)))
est = np.array(est)

fig, (ax, bx) = plt.subplots(1, 2, figsize=(10.5, 4.2))
styles = {"blocked labeled legit": ("o-", "#c44e52"), "blocked rows dropped": ("s-", "#dd8452"),
          "explore 5% + IPW": ("^-", "#4c72b0")}
for mode, row in curves.items():
    st, c = styles[mode]
    ax.plot(range(ROUNDS + 1), row, st, color=c, label=mode)
ax.axhline(1.0, color="grey", lw=0.8, ls=":")
ax.set_xlabel("retraining round (0 = pilot trained on all outcomes)")
ax.set_ylabel("cost of the model's decisions / best possible")
ax.set_title("A fraud model retrained on its own logs", fontsize=10)
ax.legend(fontsize=8)
ax.grid(alpha=0.3)
bins = np.linspace(25, 60, 71)
bx.hist(est[:, 0], bins=bins, color="#c44e52", alpha=0.7, label="naive: unobserved = no fraud")
bx.hist(est[:, 1], bins=bins, color="#4c72b0", alpha=0.7, label="inverse propensity weighted")
bx.axvline(est[:, 2].mean(), color="black", lw=1.5, label=f"truth, {est[:, 2].mean():.1f}")
bx.set_xlabel("estimated frauds let through per 1,000 payments")
bx.set_ylabel("number of simulated logs (of 1,000)")
bx.set_title("Evaluating a looser threshold from logged data", fontsize=10)
bx.legend(fontsize=8)
bx.grid(alpha=0.3)
fig.tight_layout()
fig.savefig(HERE / "data-flywheels-feedback-loops-loops.png", dpi=110, metadata={"Software": None})
plt.close(fig)
print({k: np.round(v, 3).tolist() for k, v in curves.items()})
print(est.mean(0))
