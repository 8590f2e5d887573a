"""Figure for the note data-lakes-lakehouses.

Writes data-lakes-lakehouses-log.png next to this script: which data files are live at each
version of the toy Delta-style table built in the note (the same operations: six appends, a
copy-on-write update and delete, two concurrent writers, a third writer, compaction).
The simulation code is the note's, repeated here so that the script runs on its own.
Deterministic: no randomness, no timestamps.
"""
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent

import json

class ObjectStore:
    """A toy S3: immutable objects by key, an atomic put-if-absent, and delete."""
    def __init__(self):
        self.objects = {}
    def put_if_absent(self, key, data):
        if key in self.objects:
            return False
        self.objects[key] = data
        return True
    def get(self, key):
        return self.objects[key]
    def delete(self, key):
        del self.objects[key]
    def list(self, prefix):
        return sorted(k for k in self.objects if k.startswith(prefix))

class ConflictError(Exception):
    pass

class DeltaTable:
    """Data files are immutable JSON lists of rows; the table is the ordered log of commits."""
    def __init__(self, store, root):
        self.store, self.root, self.nfiles = store, root, 0
    def _log(self, v, kind="json"):
        return f"{self.root}/_delta_log/{v:020d}.{kind}"
    def version(self):
        return sum(k.endswith(".json") for k in self.store.list(f"{self.root}/_delta_log/")) - 1
    def snapshot(self, version=None, use_checkpoints=True):
        """Live data files at `version`: start from the newest checkpoint at or before it,
        then replay the later commits in order."""
        version = self.version() if version is None else version
        live, start = {}, 0
        for v in range(version, -1, -1):
            key = self._log(v, "checkpoint")
            if use_checkpoints and key in self.store.objects:
                live, start = dict(json.loads(self.store.get(key))), v + 1
                break
        for v in range(start, version + 1):
            for action in json.loads(self.store.get(self._log(v))):
                if "add" in action:
                    live[action["add"]["path"]] = action["add"]["numRecords"]
                elif "remove" in action:
                    del live[action["remove"]["path"]]
        return live
    def read(self, version=None):
        rows = []
        for path in sorted(self.snapshot(version)):
            rows += json.loads(self.store.get(f"{self.root}/{path}"))
        return sorted(rows, key=lambda r: r["id"])
    def write_file(self, rows):
        self.nfiles += 1
        path = f"part-{self.nfiles:05d}.json"
        assert self.store.put_if_absent(f"{self.root}/{path}", json.dumps(rows))
        return {"add": {"path": path, "numRecords": len(rows)}}
    def commit(self, read_version, actions, read_files=()):
        """Optimistic concurrency: claim version read_version + 1 with put-if-absent; on a lost
        race, abort if a winning commit removed a file this transaction read, else try the next."""
        v = read_version + 1
        while not self.store.put_if_absent(self._log(v), json.dumps(actions)):
            won = json.loads(self.store.get(self._log(v)))
            removed = {a["remove"]["path"] for a in won if "remove" in a}
            if removed & set(read_files):
                raise ConflictError(f"version {v} removed {sorted(removed & set(read_files))}")
            v += 1
        return v
    def checkpoint(self):
        v = self.version()
        self.store.put_if_absent(self._log(v, "checkpoint"), json.dumps(self.snapshot(v)))
    def vacuum(self, keep_versions):
        """Delete data files that no version among the newest `keep_versions` references."""
        v = self.version()
        needed = set().union(*(self.snapshot(u) for u in range(v - keep_versions + 1, v + 1)))
        gone = [k for k in self.store.list(f"{self.root}/part-") if k.rsplit("/", 1)[1] not in needed]
        for k in gone:
            self.store.delete(k)
        return len(gone)

def rewrite(table, predicate, change):
    """Copy-on-write UPDATE/DELETE: rewrite every file holding a matching row.
    change(row) returns the new row, or None to delete it."""
    v0, actions, touched = table.version(), [], []
    for path in sorted(table.snapshot(v0)):
        rows = json.loads(table.store.get(f"{table.root}/{path}"))
        if any(predicate(r) for r in rows):
            touched.append(path)
            new = [change(dict(r)) if predicate(r) else r for r in rows]
            actions.append({"remove": {"path": path}})
            if any(r is not None for r in new):
                actions.append(table.write_file([r for r in new if r is not None]))
    return v0, actions, touched

store = ObjectStore()
t = DeltaTable(store, "s3://lake/orders")
ops = ["create table"]
t.commit(-1, [{"metaData": {"schema": ["id", "status", "amount"]}}])
for start in range(0, 60, 10):
    rows = [{"id": i, "status": "placed", "amount": 10 + i} for i in range(start, start + 10)]
    t.commit(t.version(), [t.write_file(rows)])
    ops.append("append 10 rows")
v0, acts, read = rewrite(t, lambda r: r["id"] % 7 == 0, lambda r: {**r, "status": "shipped"})
t.commit(v0, acts, read)
ops.append("UPDATE 9 rows (copy-on-write)")
v0, acts, read = rewrite(t, lambda r: r["id"] in (3, 4), lambda r: None)
t.commit(v0, acts, read)
ops.append("DELETE 2 rows")
base = t.version()
a_actions = [t.write_file([{"id": 100, "status": "placed", "amount": 5}])]
vb, b_actions, b_read = rewrite(t, lambda r: r["id"] == 15, lambda r: None)
t.commit(vb, b_actions, b_read)
ops.append("writer B: DELETE id 15")
t.commit(base, a_actions)
ops.append("writer A: append (retried)")
vc, c_actions, c_read = rewrite(t, lambda r: r["id"] == 25, lambda r: {**r, "amount": 1})
vd, d_actions, d_read = rewrite(t, lambda r: r["id"] == 25, lambda r: {**r, "amount": 2})
t.commit(vc, c_actions, c_read)
ops.append("writer C: UPDATE id 25 (D aborts)")
before = t.read()
vc, live = t.version(), sorted(t.snapshot())
t.commit(vc, [{"remove": {"path": p}} for p in live] + [t.write_file(before)], live)
ops.append("compaction")

nver, nf = t.version() + 1, t.nfiles
grid = np.zeros((nver, nf))
for v in range(nver):
    for p in t.snapshot(v):
        grid[v, int(p[5:10]) - 1] = 1
orphan = int(d_actions[-1]["add"]["path"][5:10]) - 1
fig, ax = plt.subplots(figsize=(9.5, 4.8))
ax.imshow(grid, cmap="Greens", vmin=0, vmax=1.6, aspect="auto")
ax.axvspan(orphan - 0.5, orphan + 0.5, color="#d62728", alpha=0.25)
ax.text(orphan, 1.0, "orphan:\nwritten\nby D,\nnever\ncommitted", ha="center", va="center", fontsize=6.5,
        color="#d62728")
ax.set_xticks(range(nf))
ax.set_xticklabels([f"{i + 1}" for i in range(nf)], fontsize=7)
ax.set_yticks(range(nver))
ax.set_yticklabels([f"v{v}: {op}" for v, op in enumerate(ops)], fontsize=7.5)
ax.set_xticks(np.arange(-0.5, nf, 1), minor=True)
ax.set_yticks(np.arange(-0.5, nver, 1), minor=True)
ax.grid(which="minor", color="white", lw=1)
ax.tick_params(which="minor", length=0)
ax.set_xlabel("immutable data file (part-000NN.json), in order of writing")
ax.set_title("Live files per table version: each commit adds and removes files, none is modified",
             fontsize=9.5)
fig.tight_layout()
fig.savefig(HERE / "data-lakes-lakehouses-log.png", dpi=110, metadata={"Software": None})
plt.close(fig)
