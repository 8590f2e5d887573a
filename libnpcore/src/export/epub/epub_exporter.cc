// np export epub: an EPUB 3.3 book (nav + NCX, title, part and module pages, one XHTML file per
// note, MathML math, images from the curriculum), written with libzip in memory and then
// atomically. Reproducible: fixed ZIP timestamps, identifier derived from the content.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "export/exporters.h"
#include "export/zip_writer.h"
#include "lint/rules/rules.h"
#include "np/atomic_file.h"
#include "np/html.h"
#include "np/math/parser.h"
#include "np/mathml.h"
#include "util/text.h"

namespace np {

namespace {

std::string xml(std::string_view s) { return escape_html(s, true); }

// Zip entry names (and the hrefs to them) come from a safe alphabet, [a-z0-9_-] and one '.' before
// an extension, whatever a note's id or an image's file is called: a name such as
// `a\..\..\evil.png` must not become a path a reader or an unzip tool resolves.
std::string safe_segment(std::string_view s) {
  std::string out;
  for (char ch : s) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out += (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : '-';
  }
  return out.empty() ? "x" : out;
}

// Names given out once each: a second name that comes out the same gets -2, -3...
class EntryNames {
 public:
  std::string take(const std::string& stem, const std::string& suffix) {
    std::string name = stem + suffix;
    for (int k = 2; !used_.insert(name).second; ++k) name = stem + "-" + std::to_string(k) + suffix;
    return name;
  }

 private:
  std::set<std::string> used_;
};

// assets/FOLDER/.../NAME.EXT from an image's root-relative path, each part in the safe alphabet.
std::string asset_entry_stem(const std::string& path) {
  std::string stem = "assets";
  std::size_t start = 0;
  const auto dot = path.rfind('.');
  const auto last = path.rfind('/');
  const std::size_t end = dot != std::string::npos && (last == std::string::npos || dot > last) ? dot : path.size();
  while (start < end) {
    const auto slash = std::min(path.find('/', start), end);
    stem += "/" + safe_segment(std::string_view(path).substr(start, slash - start));
    start = slash + 1;
  }
  return stem;
}
std::string part_file(const Part& p) { return "part-" + two_digits(p.order) + ".xhtml"; }
std::string module_file(const Module& m) { return "module-" + two_digits(m.number) + ".xhtml"; }

// FNV-1a, for an identifier derived from the content when np.yaml gives none.
std::string content_hash(const Curriculum& c) {
  std::uint64_t h = 1469598103934665603ull;
  const auto mix = [&](std::string_view s) {
    for (unsigned char ch : s) h = (h ^ ch) * 1099511628211ull;
  };
  mix(c.config.book.title);
  for (const Note& n : c.notes) {
    mix(n.id);
    mix(n.source.text());
  }
  char text[20];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
  return text;
}

const char* media_type(const std::string& path) {
  const auto dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  if (ext == "png") return "image/png";
  if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
  if (ext == "gif") return "image/gif";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "webp") return "image/webp";
  return nullptr;
}

std::string page(const std::string& language, const std::string& title, const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"" +
         xml(language) + "\" lang=\"" + xml(language) + "\">\n<head>\n<meta charset=\"UTF-8\" />\n<title>" + xml(title) +
         "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\" />\n</head>\n<body>\n" + body + "</body>\n</html>\n";
}

const char* kStylesheet = R"(body { font-family: serif; line-height: 1.45; margin: 0 5%; }
h1, h2, h3, h4 { font-family: sans-serif; line-height: 1.2; }
h1.part, h1.module { text-align: center; margin-top: 30%; }
p.summary { font-style: italic; }
p.requires { font-family: sans-serif; font-size: 0.9em; border-left: 3px solid #c60; padding-left: 0.5em; }
nav.prerequisites { font-size: 0.9em; border-bottom: 1px solid #ccc; margin-bottom: 1em; }
pre { white-space: pre-wrap; font-size: 0.85em; background: #f4f4f4; padding: 0.5em; }
code { font-family: monospace; }
table { border-collapse: collapse; margin: 1em auto; }
th, td { border: 1px solid #999; padding: 0.2em 0.5em; }
math[display="block"] { display: block; display: block math; margin: 0.8em auto; }
mtd[columnalign="left"] { text-align: left; text-align: -webkit-left; }
mtd[columnalign="right"] { text-align: right; text-align: -webkit-right; }
mtable.np-align > mtr > mtd { padding-left: 0; padding-right: 0; }
mtable.np-align > mtr > mtd:nth-child(2n+3) { padding-left: 1em; }
blockquote { margin-left: 1.5em; color: #333; }
img { max-width: 100%; }
.title-page { text-align: center; margin-top: 25%; }
)";

class Book {
 public:
  Book(const ExportContext& context, std::vector<Diagnostic>& diagnostics)
      : ctx_(context), c_(context.analysis.curriculum), diagnostics_(diagnostics) {
    for (const Note& n : c_.notes) note_stems_.push_back(names_.take("n-" + safe_segment(n.id), ""));
  }

  bool build(ZipWriter& zip) {
    language_ = c_.config.book.language.empty() ? "en" : c_.config.book.language;
    zip.add("mimetype", "application/epub+zip", false);
    zip.add(
        "META-INF/container.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" "
        "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        "<rootfiles><rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\" /></rootfiles>\n</container>\n");
    add_page(zip, "cover.xhtml", "Cover",
             "<div class=\"cover\"><img src=\"cover.svg\" alt=\"" + xml(c_.config.book.title) + "\" /></div>\n", false);
    zip.add("EPUB/cover.svg", cover_svg());
    zip.add("EPUB/style.css", kStylesheet);
    add_page(zip, "title.xhtml", c_.config.book.title, title_page(), false);
    for (const Part& part : c_.parts) {
      if (!part_selected(part)) continue;
      add_page(zip, part_file(part), part.title, part_page(part), false);
      for (std::size_t m : part.modules) {
        const Module& module = c_.modules[m];
        if (!module_selected(module)) continue;
        add_page(zip, module_file(module), module.title, module_page(module), false);
        for (std::size_t n : module.notes) {
          if (!ctx_.selection.contains(n)) continue;
          const std::string body = note_page(n);
          add_page(zip, note_file(n), c_.notes[n].title, body, body.find("<math ") != std::string::npos);
        }
      }
    }
    for (const auto& [path, asset] : assets_) {
      const ReadResult r = read_asset(ctx_, path, 64u << 20);
      if (!r.ok) {
        error(path, "cannot read image '" + path + "': " + r.error);
        continue;
      }
      zip.add("EPUB/" + asset.entry, r.text, std::string(asset.type) == "image/svg+xml");
    }
    zip.add("EPUB/nav.xhtml", nav());
    zip.add("EPUB/toc.ncx", ncx());
    zip.add("EPUB/package.opf", package());
    return !failed_;
  }

 private:
  struct Item {
    std::string href;
    bool mathml;
  };

  bool module_selected(const Module& m) const {
    return std::any_of(m.notes.begin(), m.notes.end(), [&](std::size_t n) { return ctx_.selection.contains(n); });
  }
  bool part_selected(const Part& p) const {
    return std::any_of(p.modules.begin(), p.modules.end(), [&](std::size_t m) { return module_selected(c_.modules[m]); });
  }

  void error(const std::string& file, std::string message, int line = 0, int column = 0) {
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.rule = rules::export_epub.id;
    d.message = std::move(message);
    diagnostics_.push_back(std::move(d));
    failed_ = true;
  }

  void add_page(ZipWriter& zip, const std::string& href, const std::string& title, const std::string& body, bool mathml) {
    zip.add("EPUB/" + href, page(language_, title, body));
    items_.push_back({href, mathml});
  }

  std::string title_page() const {
    const BookMetadata& b = c_.config.book;
    std::string body = "<section epub:type=\"titlepage\" class=\"title-page\">\n<h1>" + xml(b.title) + "</h1>\n";
    if (!b.subtitle.empty()) body += "<p class=\"subtitle\">" + xml(b.subtitle) + "</p>\n";
    if (!b.author.empty()) body += "<p class=\"author\">" + xml(b.author) + "</p>\n";
    if (!b.description.empty()) body += "<p class=\"description\">" + xml(b.description) + "</p>\n";
    if (!b.license.empty()) body += "<p class=\"license\">" + xml(b.license) + "</p>\n";
    if (!ctx_.selection.description.empty() && ctx_.selection.description != "the whole curriculum")
      body += "<p class=\"selection\">This book holds " + xml(ctx_.selection.description) + ".</p>\n";
    return body + "</section>\n";
  }

  std::string part_page(const Part& part) const {
    std::string body =
        "<section epub:type=\"part\">\n<h1 class=\"part\">Part " + std::to_string(part.order) + "<br />" + xml(part.title) + "</h1>\n";
    if (!part.summary.empty()) body += "<p class=\"summary\">" + xml(part.summary) + "</p>\n";
    body += "<ol>\n";
    for (std::size_t m : part.modules)
      if (module_selected(c_.modules[m]))
        body += "<li><a href=\"" + module_file(c_.modules[m]) + "\">Module " + two_digits(c_.modules[m].number) + ": " +
                xml(c_.modules[m].title) + "</a></li>\n";
    return body + "</ol>\n</section>\n";
  }

  std::string module_page(const Module& module) const {
    std::string body = "<section epub:type=\"chapter\">\n<h1 class=\"module\">Module " + two_digits(module.number) + "<br />" +
                       xml(module.title) + "</h1>\n";
    if (!module.summary.empty()) body += "<p class=\"summary\">" + xml(module.summary) + "</p>\n";
    if (!module.requires_env.empty()) {
      std::string list;
      for (const auto& r : module.requires_env) list += (list.empty() ? "" : ", ") + std::string("<code>") + xml(r) + "</code>";
      body += "<p class=\"requires\">Requires " + list + " to run the code of this module.</p>\n";
    }
    body += "<ol>\n";
    for (std::size_t n : module.notes)
      if (ctx_.selection.contains(n)) body += "<li><a href=\"" + note_file(n) + "\">" + xml(c_.notes[n].title) + "</a></li>\n";
    return body + "</ol>\n</section>\n";
  }

  std::string href_for(std::size_t note, std::size_t link, const Link& written) {
    const LinkDestination d = link_destination(ctx_, note, link);
    switch (d.kind) {
      case LinkDestination::Kind::note:
        if (d.note == note) return d.anchor.empty() ? "#np-title" : "#" + d.anchor;
        return note_file(d.note) + (d.anchor.empty() ? "" : "#" + d.anchor);
      case LinkDestination::Kind::url:
        return d.url;
      case LinkDestination::Kind::asset:
        if (const char* type = media_type(d.asset)) {
          auto it = assets_.find(d.asset);
          if (it == assets_.end()) {
            const auto dot = d.asset.rfind('.');
            it = assets_.emplace(d.asset, Asset{names_.take(asset_entry_stem(d.asset), "." + safe_segment(d.asset.substr(dot + 1))), type})
                     .first;
          }
          return it->second.entry;
        }
        if (written.kind == Link::Kind::image)
          error(c_.notes[note].source.path(), "image '" + d.asset + "' is not a type EPUB readers show (PNG, JPEG, GIF, SVG, WebP)");
        return std::string();  // a data file or PDF: the text stays, the link goes
      case LinkDestination::Kind::none:
        return std::string();
    }
    return std::string();
  }

  std::string note_page(std::size_t index) {
    const Note& n = c_.notes[index];
    std::string body = "<section epub:type=\"chapter\">\n<h1 id=\"np-title\">" + xml(n.title) + "</h1>\n";
    if (!n.summary.empty()) body += "<p class=\"summary\">" + xml(n.summary) + "</p>\n";
    if (!n.prerequisites.empty()) {
      body += "<nav class=\"prerequisites\" aria-label=\"Prerequisites\"><p>Before this note: ";
      bool first = true;
      for (const auto& p : n.prerequisites) {
        body += first ? "" : ", ";
        first = false;
        const auto it = c_.note_by_id.find(p.id);
        if (it != c_.note_by_id.end() && ctx_.selection.contains(it->second))
          body += "<a href=\"" + note_file(it->second) + "\">" + xml(c_.notes[it->second].title) + "</a>";
        else
          body += xml(it != c_.note_by_id.end() ? c_.notes[it->second].title : p.id);
      }
      body += "</p></nav>\n";
    }
    HtmlOptions options;
    options.xhtml = true;
    options.link_target = [&](std::size_t i, const Link& l) { return href_for(index, i, l); };
    options.math = [&](std::size_t, const MathSpan& m) {
      const MathmlResult r = tex_to_mathml(m.tex, m.display, &macros_);
      if (r.ok) return r.mathml;
      const Position p = n.source.position(m.begin + std::min(r.error_offset, m.tex.size()));
      error(n.source.path(), "cannot convert this formula to MathML: " + r.error, p.line, p.column);
      return std::string("<span class=\"math-error\">") + xml(m.tex) + "</span>";
    };
    options.warn = [&](std::size_t offset, const std::string& what) {
      const Position p = n.source.position(offset);
      Diagnostic d;
      d.file = n.source.path();
      d.line = p.line;
      d.column = p.column;
      d.severity = Severity::warning;
      d.rule = rules::export_epub.id;
      d.message = what;
      diagnostics_.push_back(std::move(d));
    };
    body += render_html(n.source, n.body, options);
    return body + "</section>\n";
  }

  std::string cover_svg() const {
    const BookMetadata& b = c_.config.book;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"600\" "
           "height=\"900\" viewBox=\"0 0 600 900\">\n"
           "<rect width=\"600\" height=\"900\" fill=\"#1d2b3a\" />\n<rect x=\"40\" y=\"40\" width=\"520\" height=\"820\" fill=\"none\" "
           "stroke=\"#e0a030\" stroke-width=\"4\" />\n"
           "<text x=\"300\" y=\"380\" font-family=\"sans-serif\" font-size=\"64\" font-weight=\"bold\" fill=\"#ffffff\" "
           "text-anchor=\"middle\">" +
           xml(b.title) + "</text>\n" +
           (b.subtitle.empty()
                ? ""
                : "<text x=\"300\" y=\"450\" font-family=\"sans-serif\" font-size=\"32\" fill=\"#e0a030\" text-anchor=\"middle\">" +
                      xml(b.subtitle) + "</text>\n") +
           (b.author.empty() ? ""
                             : "<text x=\"300\" y=\"780\" font-family=\"serif\" font-size=\"28\" fill=\"#ffffff\" text-anchor=\"middle\">" +
                                   xml(b.author) + "</text>\n") +
           "</svg>\n";
  }

  std::string nav() const {
    std::string toc = "<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n<li><a href=\"title.xhtml\">" +
                      xml(c_.config.book.title) + "</a></li>\n";
    std::string first_part;
    for (const Part& part : c_.parts) {
      if (!part_selected(part)) continue;
      if (first_part.empty()) first_part = part_file(part);
      toc += "<li><a href=\"" + part_file(part) + "\">Part " + std::to_string(part.order) + ": " + xml(part.title) + "</a>\n<ol>\n";
      for (std::size_t m : part.modules) {
        const Module& module = c_.modules[m];
        if (!module_selected(module)) continue;
        toc += "<li><a href=\"" + module_file(module) + "\">" + two_digits(module.number) + " " + xml(module.title) + "</a>\n<ol>\n";
        for (std::size_t n : module.notes)
          if (ctx_.selection.contains(n)) toc += "<li><a href=\"" + note_file(n) + "\">" + xml(c_.notes[n].title) + "</a></li>\n";
        toc += "</ol>\n</li>\n";
      }
      toc += "</ol>\n</li>\n";
    }
    toc += "</ol>\n</nav>\n";
    toc +=
        "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n"
        "<li><a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a></li>\n<li><a epub:type=\"titlepage\" href=\"title.xhtml\">Title "
        "page</a></li>\n"
        "<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">Contents</a></li>\n";
    if (!first_part.empty()) toc += "<li><a epub:type=\"bodymatter\" href=\"" + first_part + "\">Start of the book</a></li>\n";
    toc += "</ol>\n</nav>\n";
    return page(language_, "Contents", toc);
  }

  std::string ncx() const {
    std::string points;
    int play = 0;
    const auto point = [&](const std::string& id, const std::string& label, const std::string& src) {
      return "<navPoint id=\"" + id + "\" playOrder=\"" + std::to_string(++play) + "\"><navLabel><text>" + xml(label) +
             "</text></navLabel><content src=\"" + src + "\" />";
    };
    points += point("np-title", c_.config.book.title, "title.xhtml") + "</navPoint>\n";
    for (const Part& part : c_.parts) {
      if (!part_selected(part)) continue;
      points += point("part-" + two_digits(part.order), "Part " + std::to_string(part.order) + ": " + part.title, part_file(part)) + "\n";
      for (std::size_t m : part.modules) {
        const Module& module = c_.modules[m];
        if (!module_selected(module)) continue;
        points += point("module-" + two_digits(module.number), two_digits(module.number) + " " + module.title, module_file(module)) + "\n";
        for (std::size_t n : module.notes)
          if (ctx_.selection.contains(n)) points += point(note_stems_[n], c_.notes[n].title, note_file(n)) + "</navPoint>\n";
        points += "</navPoint>\n";
      }
      points += "</navPoint>\n";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" "
           "xml:lang=\"" +
           xml(language_) + "\">\n<head>\n<meta name=\"dtb:uid\" content=\"" + xml(identifier()) +
           "\" />\n<meta name=\"dtb:depth\" content=\"3\" />\n"
           "<meta name=\"dtb:totalPageCount\" content=\"0\" />\n<meta name=\"dtb:maxPageNumber\" content=\"0\" "
           "/>\n</head>\n<docTitle><text>" +
           xml(c_.config.book.title) + "</text></docTitle>\n<navMap>\n" + points + "</navMap>\n</ncx>\n";
  }

  std::string identifier() const { return c_.config.book.identifier.empty() ? "urn:np:" + content_hash(c_) : c_.config.book.identifier; }

  std::string package() const {
    const BookMetadata& b = c_.config.book;
    std::string meta = "<dc:identifier id=\"book-id\">" + xml(identifier()) + "</dc:identifier>\n<dc:title id=\"title\">" + xml(b.title) +
                       "</dc:title>\n<meta refines=\"#title\" property=\"title-type\">main</meta>\n";
    if (!b.subtitle.empty())
      meta += "<dc:title id=\"subtitle\">" + xml(b.subtitle) +
              "</dc:title>\n<meta refines=\"#subtitle\" property=\"title-type\">subtitle</meta>\n";
    if (!b.author.empty()) meta += "<dc:creator id=\"creator\">" + xml(b.author) + "</dc:creator>\n";
    meta += "<dc:language>" + xml(language_) + "</dc:language>\n";
    if (!b.license.empty()) meta += "<dc:rights>" + xml(b.license) + "</dc:rights>\n";
    if (!b.description.empty()) meta += "<dc:description>" + xml(b.description) + "</dc:description>\n";
    std::set<std::string> subjects;
    for (std::size_t n = 0; n < c_.notes.size(); ++n)
      if (ctx_.selection.contains(n)) subjects.insert(c_.notes[n].tags.begin(), c_.notes[n].tags.end());
    for (const auto& s : subjects) meta += "<dc:subject>" + xml(s) + "</dc:subject>\n";
    meta += "<meta property=\"dcterms:modified\">" + iso_timestamp(ctx_.timestamp) +
            "</meta>\n<meta name=\"cover\" content=\"cover-image\" />\n";

    std::string manifest =
        "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\" />\n"
        "<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\" />\n"
        "<item id=\"css\" href=\"style.css\" media-type=\"text/css\" />\n"
        "<item id=\"cover-image\" href=\"cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\" />\n";
    std::string spine;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      // The table of contents follows the title page (it is a landmark, so it must be in the spine).
      if (i == 2) spine += "<itemref idref=\"nav\" />\n";
      const std::string id = "x" + std::to_string(i);
      manifest += "<item id=\"" + id + "\" href=\"" + xml(items_[i].href) + "\" media-type=\"application/xhtml+xml\"" +
                  (items_[i].mathml ? " properties=\"mathml\"" : "") + " />\n";
      spine += "<itemref idref=\"" + id + "\" />\n";
    }
    std::size_t a = 0;
    for (const auto& [path, asset] : assets_)
      manifest += "<item id=\"asset" + std::to_string(a++) + "\" href=\"" + xml(asset.entry) + "\" media-type=\"" + asset.type + "\" />\n";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
           "unique-identifier=\"book-id\" xml:lang=\"" +
           xml(language_) + "\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n" + meta + "</metadata>\n<manifest>\n" +
           manifest + "</manifest>\n<spine toc=\"ncx\">\n" + spine + "</spine>\n</package>\n";
  }

  const ExportContext& ctx_;
  const Curriculum& c_;
  const math::MacroTable macros_{c_.config.katex_macros};
  std::vector<Diagnostic>& diagnostics_;
  std::string language_;
  std::vector<Item> items_;
  struct Asset {
    std::string entry;  // in EPUB/, from EntryNames
    const char* type;   // media type
  };
  std::string note_file(std::size_t note) const { return note_stems_[note] + ".xhtml"; }

  EntryNames names_;
  std::vector<std::string> note_stems_;  // by note index: n-ID in the safe alphabet
  std::map<std::string, Asset> assets_;  // root-relative path -> its entry, sorted by path
  bool failed_ = false;
};

class EpubExporter final : public Exporter {
 public:
  std::string_view name() const override { return "epub"; }
  std::string_view description() const override { return "An EPUB 3 book: parts, modules and notes, working links, MathML math"; }
  std::string default_destination(const Curriculum& c) const override { return "build/" + book_slug(c) + ".epub"; }
  ExportOutcome run(const ExportContext& context, std::vector<Diagnostic>& diagnostics) const override {
    ZipWriter zip;
    Book book(context, diagnostics);
    if (!book.build(zip)) return export_stopped(diagnostics);
    std::string error;
    const auto bytes = zip.finish(context.timestamp, error);
    if (bytes && write_file_atomic(context.destination, *bytes, error)) return ExportOutcome::written;
    return output_failed(context, std::move(error), diagnostics);
  }
};

}  // namespace

const Exporter& epub_exporter() {
  static const EpubExporter exporter;
  return exporter;
}

}  // namespace np
