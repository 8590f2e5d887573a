// export-*: what np export reports while writing an export. These are not lint rules: np lint never
// reports them, np.yaml's lint.rules cannot change their severity (configured_severity), and there
// is no check; each exporter sets Diagnostic::rule from the rule object below (decided_in names
// where). They are registered so that `np explain export-output` and docs/rules.md document them.
#include "lint/rules/rules.h"

namespace np::rules {

const Rule export_epub{
    .id = "export-epub",
    .default_severity = Severity::error,
    .scope = Scope::export_,
    .summary = "The EPUB exporter cannot write part of the book",
    .description =
        "np export epub renders every note's body to XHTML and every formula to MathML. An image it cannot read or that "
        "EPUB readers do not show (anything but PNG, JPEG, GIF, SVG and WebP), and a formula it cannot convert to MathML, are "
        "errors: the book would show a broken image or the formula's source. What the XHTML renderer leaves out is a warning.",
    .bad_example = "![The loss curve](figures/loss.bmp)",
    .good_example = "![The loss curve](figures/loss.png)",
    .decided_in = "libnpcore/src/export/epub/epub_exporter.cc",
};

const Rule export_latex{
    .id = "export-latex",
    .default_severity = Severity::error,
    .scope = Scope::export_,
    .summary = "The LaTeX exporter cannot write part of the book",
    .description =
        "np export latex writes a LaTeX book that latexmk compiles. Settings it cannot use (an export.latex class or paper "
        "in np.yaml that is not a class name or a paper size) are errors. What the book cannot show as written is a warning "
        "that says what it shows instead: a formula LaTeX would refuse is written as its TeX source, an image it cannot "
        "include becomes its alt text, a link that cannot be a link keeps its text, raw HTML is left out.",
    .bad_example = "# np.yaml\nexport:\n  latex:\n    paper: a4",
    .good_example = "# np.yaml\nexport:\n  latex:\n    paper: a4paper",
    .decided_in = "libnpcore/src/export/latex/latex_exporter.cc",
};

const Rule export_output{
    .id = "export-output",
    .default_severity = Severity::error,
    .scope = Scope::export_,
    .summary = "An export cannot be written to its destination",
    .description =
        "Every exporter writes through the shared atomic-output helper: the files go to a temporary folder or file beside "
        "the destination, which replaces the destination only once everything is written. When the destination cannot be "
        "created, written or replaced (permissions, a full disk, a file where a folder should be), np reports it under the "
        "destination's path and leaves what was there unchanged.",
    .bad_example = "np export epub -o /read-only/book.epub",
    .good_example = "np export epub -o build/book.epub",
    .decided_in = "libnpcore/src/export/framework.cc",
};

const Rule export_plugin{
    .id = "export-plugin",
    .default_severity = Severity::error,
    .scope = Scope::export_,
    .summary = "An external np-export-NAME plugin failed or broke the protocol",
    .description =
        "np export NAME runs the np-export-NAME program found on PATH (or named in np.yaml) with the curriculum as JSON. "
        "A plugin that cannot be started, does not describe itself, speaks another protocol version, times out, exits "
        "with an error or prints malformed messages is reported under the plugin's name; its own diagnostics keep their "
        "file and line, and what it prints to stderr is a warning.",
    .bad_example = "np export pdf  # np-export-pdf exits with status 1",
    .good_example = "np export pdf  # np-export-pdf writes the book and exits with status 0",
    .decided_in = "libnpcore/src/export/plugin/plugin.cc",
};

const Rule export_site{
    .id = "export-site",
    .default_severity = Severity::error,
    .scope = Scope::export_,
    .summary = "The site exporter cannot write part of the site",
    .description =
        "np export site writes one HTML page per note, with formulas as MathML and the prerequisite graph drawn by "
        "graphviz. A formula that cannot be converted or a file it cannot read is an error at the note's line; what the "
        "renderer leaves out, and a graph graphviz could not draw, are warnings.",
    .bad_example = "$$\\begin{tabular}{ll} a & b \\end{tabular}$$",
    .good_example = "$$\\begin{array}{ll} a & b \\end{array}$$",
    .decided_in = "libnpcore/src/export/site/site_exporter.cc",
};

}  // namespace np::rules
