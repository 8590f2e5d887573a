"""Figure for the note `tool-use-mcp`: the MCP architecture (one host, one client per server,
stdio and Streamable HTTP transports) and the message sequence of a legacy (initialize
handshake, revisions up to 2025-11-25) and a modern (stateless, revision 2026-07-28) session.
Writes tool-use-mcp-architecture.png next to this script. Deterministic (no randomness)."""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

OUT = Path(__file__).resolve().parent


def box(ax, x, y, w, h, text, fc, fs=9):
    ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.02", fc=fc, ec="0.3"))
    ax.text(x + w / 2, y + h / 2, text, ha="center", va="center", fontsize=fs)


def arrow(ax, x0, y0, x1, y1, text="", color="0.2", fs=8, style="-|>", ls="-"):
    ax.annotate("", xy=(x1, y1), xytext=(x0, y0),
                arrowprops=dict(arrowstyle=style, color=color, lw=1.2, ls=ls))
    if text:
        ax.text((x0 + x1) / 2, (y0 + y1) / 2 + 0.012, text, ha="center", va="bottom",
                fontsize=fs, color=color)


fig, axes = plt.subplots(1, 2, figsize=(12, 5.2), gridspec_kw={"width_ratios": [1, 1.15]})

# ---- left: architecture ----
ax = axes[0]
ax.set_xlim(0, 1)
ax.set_ylim(0, 1)
ax.axis("off")
ax.set_title("Architecture: one host, one client per server", fontsize=10)
ax.add_patch(FancyBboxPatch((0.02, 0.08), 0.40, 0.84, boxstyle="round,pad=0.01", fc="#eef3fb", ec="0.3"))
ax.text(0.22, 0.88, "Host application\n(chat app, IDE, agent runtime)", ha="center", va="top", fontsize=9)
box(ax, 0.07, 0.62, 0.30, 0.10, "model (LLM)", "#ffe9c7")
ys = [0.44, 0.28, 0.12]
ax.plot([0.075, 0.075], [0.62, ys[-1] + 0.045], color="0.5", lw=1.2)
for y in ys:
    box(ax, 0.11, y, 0.23, 0.09, "MCP client", "#d9e8ff")
    arrow(ax, 0.075, y + 0.045, 0.11, y + 0.045, style="-|>", color="0.5")
servers = [("MCP server: files", "stdio (subprocess)", "local disk"),
           ("MCP server: git", "stdio (subprocess)", "repository"),
           ("MCP server: tickets", "Streamable HTTP + OAuth", "SaaS API")]
for y, (name, transport, system) in zip(ys, servers):
    box(ax, 0.60, y, 0.22, 0.09, name, "#dff2df", fs=8)
    box(ax, 0.86, y + 0.005, 0.13, 0.08, system, "0.93", fs=8)
    arrow(ax, 0.34, y + 0.045, 0.60, y + 0.045, transport, style="<|-|>")
    arrow(ax, 0.82, y + 0.045, 0.86, y + 0.045, style="-|>", color="0.5")
ax.text(0.22, 0.755, "tools, resources, prompts\nfrom all servers", ha="center", va="bottom", fontsize=7.5)

# ---- right: message sequences ----
ax = axes[1]
ax.set_xlim(0, 1)
ax.set_ylim(0, 1)
ax.axis("off")
ax.set_title("Sessions: legacy handshake vs stateless (2026-07-28)", fontsize=10)
cols = [(0.03, 0.44, "legacy (up to 2025-11-25)"), (0.56, 0.97, "modern (2026-07-28)")]
legacy = [("initialize {protocolVersion, capabilities, clientInfo}", True),
          ("result {protocolVersion, capabilities, serverInfo}", False),
          ("notifications/initialized (no reply)", True),
          ("tools/list", True),
          ("result {tools}", False),
          ("tools/call {name, arguments}", True),
          ("result {content, isError}", False)]
modern = [("server/discover + _meta (optional)", True),
          ("result {resultType, supportedVersions, ...}", False),
          ("tools/list + _meta {version, capabilities}", True),
          ("result {resultType, tools, ttlMs, cacheScope}", False),
          ("tools/call + _meta", True),
          ("result {resultType, content, isError}", False),
          ("any request may go to any replica", None)]
for (x0, x1, label), msgs in zip(cols, [legacy, modern]):
    ax.text(x0, 0.93, "client", ha="center", fontsize=9, weight="bold")
    ax.text(x1, 0.93, "server", ha="center", fontsize=9, weight="bold")
    ax.text((x0 + x1) / 2, 0.98, label, ha="center", fontsize=9)
    for x in (x0, x1):
        ax.plot([x, x], [0.05, 0.91], color="0.6", lw=1, ls="--")
    for i, (text, to_server) in enumerate(msgs):
        y = 0.86 - i * 0.115
        if to_server is None:
            ax.text((x0 + x1) / 2, y - 0.02, text, ha="center", fontsize=7.5, style="italic")
            continue
        a, b = (x0, x1) if to_server else (x1, x0)
        color = "tab:blue" if to_server else "tab:green"
        arrow(ax, a, y, b, y - 0.03, text, color=color, fs=6.8,
              ls=":" if text.startswith("notifications") else "-")
    if msgs is legacy:
        ax.text((x0 + x1) / 2, 0.045, "state per connection: version, capabilities", ha="center",
                fontsize=7.5, style="italic")
fig.tight_layout()
fig.savefig(OUT / "tool-use-mcp-architecture.png", dpi=110, metadata={"Software": None})
