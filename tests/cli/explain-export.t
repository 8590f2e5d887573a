# np export's diagnostics are documented rules too (not lint rules: np.yaml cannot change them).
$ np explain export-output
--- stdout
export-output (error, export)

An export cannot be written to its destination.

Decided in: `libnpcore/src/export/framework.cc`.

What it does
    Every exporter writes through the shared atomic-output helper: the files go to a temporary folder or file beside the destination, which replaces the destination only once everything is written. When the destination cannot be created, written or replaced (permissions, a full disk, a file where a folder should be), np reports it under the destination's path and leaves what was there unchanged.

Example
    np export epub -o /read-only/book.epub

Use instead
    np export epub -o build/book.epub

Reported by np export, not np lint: np.yaml cannot change its severity.
--- exit 0
