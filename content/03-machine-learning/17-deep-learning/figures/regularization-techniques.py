"""Figure for the note regularization-techniques: a 200-unit ReLU network fitted to 20 noisy
samples of sin(pi x) with AdamW, without regularization, with decoupled weight decay, with
dropout, and stopped early. Writes regularization-techniques-overfitting.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent

rng = np.random.default_rng(0)
n = 20
x = np.sort(rng.uniform(-1, 1, n)); y = np.sin(np.pi * x) + rng.normal(scale=0.3, size=n)
x_val = rng.uniform(-1, 1, 500); y_val = np.sin(np.pi * x_val) + rng.normal(scale=0.3, size=500)


def predict(P, x):
    return np.maximum(x[:, None] @ P["W1"] + P["b1"], 0) @ P["W2"] + P["b2"]


def fit(weight_decay=0.0, drop=0.0, steps=6000, lr=0.01, m=200, seed=1):
    r = np.random.default_rng(seed)
    P = {"W1": r.normal(scale=3.0, size=(1, m)), "b1": r.uniform(-3, 3, m),
         "W2": r.normal(scale=np.sqrt(1 / m), size=(m, 1)), "b2": np.zeros(1)}
    M = {k: np.zeros_like(v) for k, v in P.items()}
    V = {k: np.zeros_like(v) for k, v in P.items()}
    history = []
    for t in range(1, steps + 1):
        Z1 = x[:, None] @ P["W1"] + P["b1"]
        mask = (r.uniform(size=Z1.shape) > drop) / (1 - drop)
        H = np.maximum(Z1, 0) * mask
        G2 = (H @ P["W2"] + P["b2"] - y[:, None]) / n
        G1 = (G2 @ P["W2"].T) * mask * (Z1 > 0)
        g = {"W1": x[:, None].T @ G1, "b1": G1.sum(0), "W2": H.T @ G2, "b2": G2.sum(0)}
        for k in P:
            M[k] = 0.9 * M[k] + 0.1 * g[k]
            V[k] = 0.999 * V[k] + 0.001 * g[k] ** 2
            if k[0] == "W":
                P[k] -= lr * weight_decay * P[k]
            P[k] -= lr * (M[k] / (1 - 0.9**t)) / (np.sqrt(V[k] / (1 - 0.999**t)) + 1e-8)
        if t % 50 == 0:
            history.append((t, 0.5 * np.mean((predict(P, x_val)[:, 0] - y_val) ** 2)))
    return P, np.array(history)


def main():
    runs = {"no regularization": fit(), "weight decay 0.3": fit(weight_decay=0.3),
            "dropout 0.2": fit(drop=0.2)}
    h = runs["no regularization"][1]
    t_stop = int(h[h[:, 1].argmin(), 0])
    early, _ = fit(steps=t_stop)

    colors = {"no regularization": "#c0461f", "weight decay 0.3": "#1f5fa8", "dropout 0.2": "#2a8a3e"}
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(10, 4))
    grid = np.linspace(-1, 1, 400)
    ax0.plot(grid, np.sin(np.pi * grid), color="0.6", lw=3, label="true function")
    for name, (P, _) in runs.items():
        ax0.plot(grid, predict(P, grid)[:, 0], color=colors[name], lw=1.3, label=name)
    ax0.plot(grid, predict(early, grid)[:, 0], color="k", ls="--", lw=1.3,
             label=f"stopped early (step {t_stop})")
    ax0.scatter(x, y, color="k", s=18, zorder=5, label="20 training points")
    ax0.set_ylim(-1.9, 1.9)
    ax0.set_title("Fitted functions after 6000 AdamW steps")
    ax0.legend(fontsize=7, loc="lower right")
    for name, (_, hist) in runs.items():
        ax1.plot(hist[:, 0], hist[:, 1], color=colors[name], label=name)
    ax1.axhline(0.5 * 0.3**2, color="0.5", ls=":", label="noise floor")
    ax1.axvline(t_stop, color="k", ls="--", lw=0.8, label="early-stopping point")
    ax1.set_xscale("log")
    ax1.set_xlabel("step (log scale)")
    ax1.set_ylabel("validation loss, mean of squared error / 2")
    ax1.set_ylim(0.03, 0.15)
    ax1.set_title("Validation loss during training")
    ax1.legend(fontsize=7)
    ax1.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(HERE / "regularization-techniques-overfitting.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
