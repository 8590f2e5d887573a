# np export --list shows built-in exporters and np-export-* programs on PATH.
$ PATH=$ROOT_PLUGINS:$PATH np export --list
--- stdout
epub        An EPUB 3 book: parts, modules and notes, working links, MathML math
json        A JSON manifest: metadata, structure, figures, resolved links, HTML bodies with TeX math
latex       A LaTeX book project (LuaLaTeX, latexmk): parts, modules and notes, cross-references, checked math
site        A static website: home, note, module and part pages, tags, the prerequisite graph, offline search
crash       external: np-export-crash
fail        external: np-export-fail
files       external: np-export-files
flaky       external: np-export-flaky
flood       external: np-export-flood
future      external: np-export-future
garbage     external: np-export-garbage
hang        external: np-export-hang
linger      external: np-export-linger
noisy       external: np-export-noisy
--- exit 0
