"""Figure for the note rag-systems: the data flow of a retrieval-augmented generation system.
Top lane: offline indexing. Bottom lane: query-time retrieval and generation. Dashed boxes mark
where each stage is evaluated. Writes rag-systems-pipeline.png next to itself."""
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

HERE = Path(__file__).resolve().parent
BLUE, ORANGE, GREEN, GREY = "#dbe7f5", "#f7e0d4", "#dcefdc", "#eeeeee"


def box(ax, x, y, w, h, text, color, style="round,pad=0.02", ls="-", fs=8.5):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle=style, fc=color, ec="0.25", lw=1.0, ls=ls))
    ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=fs, wrap=True)


def arrow(ax, x0, y0, x1, y1, text=None, rad=0.0):
    ax.add_patch(FancyArrowPatch((x0, y0), (x1, y1), arrowstyle="-|>", mutation_scale=11,
                                 lw=1.1, color="0.2", connectionstyle=f"arc3,rad={rad}"))
    if text:
        ax.text((x0 + x1) / 2, (y0 + y1) / 2 + 0.12, text, ha="center", fontsize=7.5, color="0.25")


def main():
    fig, ax = plt.subplots(figsize=(11, 5.2))
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.2)
    ax.axis("off")

    ax.text(0.1, 4.95, "Indexing (offline, when documents change)", fontsize=10, weight="bold")
    h = 0.75
    y1 = 3.95
    box(ax, 0.1, y1, 1.4, h, "documents\n(PDF, HTML, wiki)", GREY)
    box(ax, 1.9, y1, 1.5, h, "clean + split\ninto chunks", BLUE)
    box(ax, 3.8, y1, 1.5, h, "chunks + metadata\n(source, title, ACL)", BLUE)
    box(ax, 5.7, y1, 1.4, h, "embed\neach chunk", BLUE)
    box(ax, 7.5, y1, 1.7, h, "vector index\n(ANN search)", GREEN)
    box(ax, 5.7, 2.9, 1.4, 0.6, "keyword index\n(BM25)", GREEN)
    arrow(ax, 1.5, y1 + h / 2, 1.9, y1 + h / 2)
    arrow(ax, 3.4, y1 + h / 2, 3.8, y1 + h / 2)
    arrow(ax, 5.3, y1 + h / 2, 5.7, y1 + h / 2)
    arrow(ax, 7.1, y1 + h / 2, 7.5, y1 + h / 2)
    arrow(ax, 4.55, y1, 5.7, 3.2, rad=0.25)

    ax.text(0.1, 2.6, "Query time (online, every request)", fontsize=10, weight="bold")
    y2 = 1.45
    box(ax, 0.1, y2, 1.3, h, "user\nquestion", GREY)
    box(ax, 1.75, y2, 1.4, h, "embed query\n(+ keywords)", BLUE)
    box(ax, 3.5, y2, 1.5, h, "retrieve top-k\nchunks", GREEN)
    box(ax, 5.35, y2, 1.4, h, "rerank, keep\nbest few", GREEN)
    box(ax, 7.1, y2, 1.75, h, "prompt: rules +\nsources with ids +\nthe question", ORANGE)
    box(ax, 9.2, y2, 1.65, h, "LLM answer\nwith citations", ORANGE)
    arrow(ax, 1.4, y2 + h / 2, 1.75, y2 + h / 2)
    arrow(ax, 3.15, y2 + h / 2, 3.5, y2 + h / 2)
    arrow(ax, 5.0, y2 + h / 2, 5.35, y2 + h / 2)
    arrow(ax, 6.75, y2 + h / 2, 7.1, y2 + h / 2)
    arrow(ax, 8.85, y2 + h / 2, 9.2, y2 + h / 2)
    arrow(ax, 8.1, y1, 4.75, y2 + h, rad=-0.22)
    arrow(ax, 6.4, 2.9, 4.3, y2 + h, rad=-0.1)
    ax.text(6.95, 2.5, "search both indexes", fontsize=7.5, color="0.25")

    box(ax, 3.0, 0.15, 3.9, 0.75, "retrieval metrics: recall@k, MRR, nDCG\n(needs labeled relevant chunks per query)",
        "white", ls="--", fs=8)
    box(ax, 7.2, 0.15, 3.65, 0.75, "answer metrics: correctness, faithfulness,\ncitation validity, abstention when unanswerable",
        "white", ls="--", fs=8)
    arrow(ax, 4.95, 0.9, 4.6, y2, rad=0.0)
    arrow(ax, 9.6, 0.9, 10.0, y2, rad=0.0)
    fig.tight_layout()
    fig.savefig(HERE / "rag-systems-pipeline.png", dpi=110, metadata={"Software": None})


if __name__ == "__main__":
    main()
