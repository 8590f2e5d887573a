"""Figures for the note tokenization-bpe: byte-level BPE compression on training and held-out
text, and the token cost of one sentence in several languages under an English-trained tokenizer.
Run: python3 tokenization-bpe.py (writes tokenization-bpe-compression.png next to this file)."""
import re
from collections import Counter
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

HERE = Path(__file__).resolve().parent

TRAIN = """
The town sits where the river bends toward the hills, and most of its streets lead down to
the water. Every morning the market opens on the square in front of the old station. Farmers
bring apples, pears, cheese and bread, and the people of the town come early to find the best
of it. The station has not seen a passenger train for many years, but the clock above the door
still keeps good time. Children wait under it for the school bus, and their parents stand near
the bakery with cups of coffee. In the summer the square is loud and bright until late in the
evening. Musicians play near the fountain, and the cafes put their tables out on the stones.
In the winter the square is quiet. Snow covers the roofs, the river freezes near the banks, and
the market moves inside the station hall. The farmers bring fewer apples and more potatoes, and
the bakery sells hot soup at noon. The people of the town say that the winter market is the
better one, because everyone knows everyone and nobody is in a hurry. On the hills above the
town there are orchards and small farms. The roads that climb to them are narrow and steep, and
in the spring the rain turns them to mud. The farmers drive slowly, and the children who live
there walk down to the bus when the roads are bad. A new bridge was built across the river
last year. Before the bridge, the people on the far bank had to drive around through the next
town to reach the market. Now they can walk across in ten minutes. The bridge is made of steel
and wood, and at night small lamps light the path along it. The town council argued about the
bridge for a long time. Some said it was too expensive, and some said the old ferry was good
enough. In the end the council voted for the bridge, and the ferry was sold to a museum. The
museum keeps it in a garden near the river, and children climb on it in the afternoon. The
school stands at the top of the main street. It has eight classrooms, a library and a small
garden where the students grow beans and tomatoes. The teachers take the students down to the
market once a month to sell what they have grown. The money pays for books for the library.
""".split()

HELD_OUT = """
The farmers on the hills say that the spring rain was heavier this year than last year. The
new school garden grew more beans than the students could sell, so the teachers gave the rest
to the bakery. In the evening the lamps on the bridge came on, and people walked across to the
square to hear the musicians play near the fountain. The museum garden was closed for the
winter, and the old ferry stood under the snow.
""".split()

PRE = re.compile(r" ?[^\W\d_]+| ?\d| ?[^\s\w]+|\s+")


def pretokens(text):
    return [tuple(bytes([b]) for b in t.encode("utf-8")) for t in PRE.findall(text)]


def merge_pair(sym, a, b):
    out, i = [], 0
    while i < len(sym):
        if i + 1 < len(sym) and sym[i] == a and sym[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(sym[i])
            i += 1
    return tuple(out)


def train(text, n_merges):
    words = Counter(pretokens(text))
    ranks = {}
    for r in range(n_merges):
        pairs = Counter()
        for sym, f in words.items():
            for p in zip(sym, sym[1:]):
                pairs[p] += f
        if not pairs:
            break
        best = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        ranks[best] = r
        words = Counter({merge_pair(s, *best): f for s, f in words.items()})
    return ranks


def encode(text, ranks):
    out = []
    for sym in pretokens(text):
        while len(sym) > 1:
            rank, p = min((ranks.get(p, 10**9), p) for p in zip(sym, sym[1:]))
            if rank == 10**9:
                break
            sym = merge_pair(sym, *p)
        out.extend(sym)
    return out


train_text, held_text = " ".join(TRAIN), " ".join(HELD_OUT)
n_train, n_held = len(TRAIN), len(HELD_OUT)
full = train(train_text, 700)
steps = list(range(0, len(full) + 1, 25))
tr, he = [], []
for k in steps:
    ranks = dict(list(full.items())[:k])
    tr.append(len(encode(train_text, ranks)) / n_train)
    he.append(len(encode(held_text, ranks)) / n_held)

SENTENCES = {
    "English": "The cat sleeps on the warm mat.",
    "Spanish": "El gato duerme en la alfombra caliente.",
    "German": "Die Katze schläft auf der warmen Matte.",
    "Greek": "Η γάτα κοιμάται στο ζεστό χαλί.",
    "Russian": "Кошка спит на тёплом коврике.",
    "Chinese": "\u732b\u7761\u5728\u6e29\u6696\u7684\u57ab\u5b50\u4e0a\u3002",
}
ranks400 = dict(list(full.items())[:400])
langs = list(SENTENCES)
n_tok = [len(encode(SENTENCES[l], ranks400)) for l in langs]
n_byte = [len(SENTENCES[l].encode("utf-8")) for l in langs]

fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.8))
ax1.plot(steps, tr, label="training text", color="#1f77b4")
ax1.plot(steps, he, label="held-out text", color="#d62728", linestyle="--")
ax1.set_xlabel("number of merges")
ax1.set_ylabel("tokens per word")
ax1.set_title("Byte-level BPE compression")
ax1.set_ylim(0, None)
ax1.grid(alpha=0.3)
ax1.legend()

x = range(len(langs))
ax2.bar([i - 0.2 for i in x], n_byte, width=0.4, label="UTF-8 bytes", color="#bbbbbb")
ax2.bar([i + 0.2 for i in x], n_tok, width=0.4, label="tokens (400 merges)", color="#1f77b4")
ax2.set_xticks(list(x))
ax2.set_xticklabels(langs, rotation=30)
ax2.set_ylabel("count for one sentence")
ax2.set_title("Same sentence, English-trained tokenizer")
ax2.legend()
ax2.grid(axis="y", alpha=0.3)

fig.tight_layout()
fig.savefig(HERE / "tokenization-bpe-compression.png", dpi=110, metadata={"Software": None})
print("merges learned:", len(full))
print("tokens/word at 0, 400, last:", f"{tr[0]:.2f} {tr[16]:.2f} {tr[-1]:.2f} | held-out "
      f"{he[0]:.2f} {he[16]:.2f} {he[-1]:.2f}")
print(dict(zip(langs, zip(n_byte, n_tok))))
