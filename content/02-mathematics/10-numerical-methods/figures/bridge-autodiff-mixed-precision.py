"""Figure for the note bridge-autodiff-mixed-precision: the toy mixed-precision training loop.
Left: true training loss of full-batch gradient descent on a linear least-squares problem whose
forward and backward passes are simulated in fp32, fp16 and bf16 (with and without fp32 master
weights and loss scaling). Right: histogram of log2 |dL/dout| for the fp32 run at step 20, with
fp16's subnormal and normal ranges shaded, unscaled and multiplied by a loss scale of 2^24.
Writes bridge-autodiff-mixed-precision-training.png next to this script."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

HERE = Path(__file__).resolve().parent


def to_bf16(x):
    b = np.atleast_1d(np.asarray(x, dtype=np.float32)).view(np.uint32).astype(np.uint64)
    b = (b + np.uint64(0x7FFF) + ((b >> np.uint64(16)) & np.uint64(1))) & np.uint64(0xFFFF0000)
    return b.astype(np.uint32).view(np.float32)


def to_fp16(x):
    with np.errstate(over="ignore"):
        return np.asarray(x, dtype=np.float32).astype(np.float16).astype(np.float32)


def to_fp32(x):
    return np.asarray(x, dtype=np.float32)


def problem():
    rng = np.random.default_rng(0)
    N, d = 8192, 20
    X = rng.normal(size=(N, d)).astype(np.float32)
    w_star = (rng.normal(size=d) * 0.01 / np.sqrt(d)).astype(np.float32)
    return X, w_star, X @ w_star


def train(X, y, rnd, master, dynamic_scaling, steps=300, lr=0.1, record_at=None):
    N, d = X.shape
    w = np.zeros(d, dtype=np.float32)
    S, good = (2.0**24 if dynamic_scaling else 1.0), 0
    Xl = rnd(X)
    losses, recorded = [], None
    for t in range(steps):
        out = rnd(Xl @ rnd(w))
        r = out - y
        losses.append(np.mean((X.astype(np.float64) @ w - y) ** 2))
        G = rnd((2.0 * S / N) * r)
        if t == record_at:
            recorded = G.copy()
        g = rnd(Xl.T @ G)
        if dynamic_scaling:
            if not np.all(np.isfinite(g)):
                S, good = S / 2, 0
                continue
            good += 1
            if good == 50:
                S, good = S * 2, 0
        g = g / np.float32(S)
        w = w - np.float32(lr) * g if master else rnd(w - rnd(np.float32(lr) * g))
    return np.array(losses), recorded


def main():
    X, w_star, y = problem()
    configs = [("fp32 throughout", to_fp32, True, False, "k"),
               ("fp16 weights and updates", to_fp16, False, False, "#e59866"),
               ("fp16 + fp32 master", to_fp16, True, False, "#c0392b"),
               ("fp16 + master + loss scaling", to_fp16, True, True, "#2471a3"),
               ("bf16 + fp32 master", to_bf16, True, False, "#117a65"),
               ("bf16 weights and updates", to_bf16, False, False, "#76d7c4")]
    fig, (ax0, ax1) = plt.subplots(1, 2, figsize=(11, 4.3))
    for name, rnd, master, scaling, color in configs:
        losses, _ = train(X, y, rnd, master, scaling)
        ax0.semilogy(losses, color=color, lw=1.6, label=name)
    ax0.set_xlabel("step")
    ax0.set_ylabel("training loss (exact, of the stored weights)")
    ax0.set_title("Toy regression trained with simulated low precision")
    ax0.set_ylim(1e-19, 1e-3)
    ax0.legend(fontsize=7.5, loc="upper right")

    _, G = train(X, y, to_fp32, True, False, record_at=20)
    lg = np.log2(np.abs(G[G != 0]))
    bins = np.arange(-50, 20, 1.0)
    ax1.axvspan(-25, -14, color="#f9e79f", alpha=0.6, label="fp16 subnormal range")
    ax1.axvspan(-14, 16, color="#d6eaf8", alpha=0.8, label="fp16 normal range")
    ax1.axvspan(-50, -25, color="#f5b7b1", alpha=0.5, label="flushed to zero in fp16")
    ax1.hist(lg, bins=bins, color="#c0392b", alpha=0.8, label="|dL/dout|, unscaled")
    ax1.hist(lg + 24, bins=bins, color="#2471a3", alpha=0.8, label="× loss scale 2²⁴")
    ax1.set_xlim(-50, 19)
    ax1.set_xlabel("log₂ |dL/dout|  (fp32 run, step 20)")
    ax1.set_ylabel("count of the 8192 entries")
    ax1.set_title("Loss scaling shifts gradients into fp16's range")
    ax1.legend(fontsize=7.5, loc="upper left")
    fig.tight_layout()
    fig.savefig(HERE / "bridge-autodiff-mixed-precision-training.png", dpi=110,
                metadata={"Software": None})


if __name__ == "__main__":
    main()
