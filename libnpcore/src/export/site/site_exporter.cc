// np export site: the curriculum as a static website. A home page (the book's front page with
// its figures and every note), a page per note (MathML math, no script needed to read it), per
// module and per part, a tags index, the prerequisite graph (SVG from graphviz's dot), and an
// offline search (an index np writes and a small script). One stylesheet, light and dark. Written
// as a folder, atomically, byte-identical for the same input.
#include <algorithm>
#include <map>
#include <set>

#include "export/exporters.h"
#include "export/folder_output.h"
#include "export/site/site_assets.h"
#include "lint/rules/rules.h"
#include "np/html.h"
#include "np/math/parser.h"
#include "np/mathml.h"
#include "np/stats.h"
#include "util/subprocess.h"
#include "util/text.h"

namespace np {

namespace {

std::string esc(std::string_view s) { return escape_html(s, true); }

std::string folder_name(const std::string& dir) { return dir.substr(dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/') + 1); }
std::string note_url(const Note& n) { return "notes/" + n.id + ".html"; }
std::string module_url(const Module& m) { return "modules/" + folder_name(m.dir) + ".html"; }
std::string part_url(const Part& p) { return "parts/" + folder_name(p.dir) + ".html"; }

// A root-relative asset path as a URL path: every byte but unreserved ones and '/' escaped.
std::string url_path(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : path) {
    if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~' || ch == '/')
      out += static_cast<char>(ch);
    else
      out += std::string("%") + hex[ch >> 4] + hex[ch & 15];
  }
  return out;
}

// The plain text of rendered HTML for the search index: formulas and tags dropped, entities decoded.
std::string plain_text(const std::string& html, std::size_t limit) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < html.size() && out.size() < limit;) {
    if (html.compare(i, 5, "<math") == 0) {
      const auto end = html.find("</math>", i);
      i = end == std::string::npos ? html.size() : end + 7;
      space = true;
      continue;
    }
    if (html[i] == '<') {
      const auto end = html.find('>', i);
      i = end == std::string::npos ? html.size() : end + 1;
      space = true;
      continue;
    }
    char ch = html[i];
    std::size_t step = 1;
    if (ch == '&') {
      for (const auto& [entity, text] : std::initializer_list<std::pair<std::string_view, char>>{
               {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}})
        if (html.compare(i, entity.size(), entity) == 0) {
          ch = text;
          step = entity.size();
        }
    }
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += ch;
    }
    i += step;
  }
  return out;
}

// "## Solutions" folded: the section from its heading to the next <h2> (or the footnotes) in a
// <details> element, so that a reader tries the exercises first.
std::string fold_solutions(std::string html) {
  const std::string heading = "<h2 id=\"solutions\">";
  const auto at = html.find(heading);
  if (at == std::string::npos) return html;
  const auto heading_end = html.find("</h2>", at);
  if (heading_end == std::string::npos) return html;
  auto end = html.find("<h2", heading_end);
  const auto footnotes = html.find("<section class=\"footnotes\"", heading_end);
  if (end == std::string::npos || (footnotes != std::string::npos && footnotes < end)) end = footnotes;
  if (end == std::string::npos) end = html.size();
  const std::string inside = html.substr(heading_end + 5, end - heading_end - 5);
  return html.substr(0, at) + "<details class=\"solutions\" id=\"solutions\">\n<summary>Solutions</summary>" + inside + "</details>\n" +
         html.substr(end);
}

// Code blocks show their language (pre[data-lang] in the stylesheet), and, since a long line
// scrolls, can be focused and scrolled with the keyboard.
std::string label_code(std::string html) {
  const std::string open = "<pre><code class=\"language-";
  for (auto at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    const auto quote = html.find('"', at + open.size());
    if (quote == std::string::npos) break;
    const std::string lang = html.substr(at + open.size(), quote - at - open.size());
    html.replace(at, 5, "<pre data-lang=\"" + lang + "\" tabindex=\"0\">");
  }
  for (auto at = html.find("<pre>"); at != std::string::npos; at = html.find("<pre>", at + 1)) html.replace(at, 5, "<pre tabindex=\"0\">");
  return html;
}

}  // namespace

struct SiteCache::Entries {
  // A note page as the last build made it, with what making it added to the site: its search
  // index entry, the assets it links to and its diagnostics.
  struct NotePage {
    std::string key;  // Site::note_key: everything the page is made from
    std::string html;
    std::string search_entry;
    std::set<std::string> assets;
    std::vector<Diagnostic> diagnostics;
  };
  std::string facts;                      // Site::curriculum_facts of the last build
  std::map<std::string, NotePage> notes;  // by the note's path
  std::string dot, svg;                   // the graph's last dot input and what dot drew
  std::size_t rendered = 0, reused = 0;
};

SiteCache::SiteCache() : entries(std::make_unique<Entries>()) {}
SiteCache::~SiteCache() = default;
std::size_t SiteCache::pages_rendered() const { return entries->rendered; }
std::size_t SiteCache::pages_reused() const { return entries->reused; }

namespace {

// Appends a field to a cache key, its length first, so that no two different lists of fields make
// the same key.
void key_field(std::string& key, std::string_view field) {
  key += std::to_string(field.size());
  key += ':';
  key += field;
}

class Site {
 public:
  Site(const ExportContext& context, std::vector<Diagnostic>& diagnostics, SiteCache::Entries* cache = nullptr)
      : ctx_(context), c_(context.analysis.curriculum), diagnostics_(diagnostics), cache_(cache) {}

  bool build() {
    language_ = c_.config.book.language.empty() ? "en" : c_.config.book.language;
    for (std::size_t n = 0; n < c_.notes.size(); ++n)
      if (ctx_.selection.contains(n)) order_.push_back(n);
    used_by_.assign(c_.notes.size(), {});
    for (std::size_t n : order_) {
      std::set<std::size_t> targets;
      for (std::size_t i = 0; i < c_.notes[n].body.links.size(); ++i) {
        const LinkDestination d = link_destination(ctx_, n, i);
        if (d.kind == LinkDestination::Kind::note && d.note != n) targets.insert(d.note);
      }
      for (const auto& p : c_.notes[n].prerequisites)
        if (const auto it = c_.note_by_id.find(p.id); it != c_.note_by_id.end() && ctx_.selection.contains(it->second))
          targets.insert(it->second);
      for (std::size_t t : targets) used_by_[t].push_back(n);
    }
    files_[".np-export-site"] = "This folder is replaced by each `np export site`.\n";
    files_["style.css"] = site::kStylesheet;
    files_["search.js"] = site::kSearchScript;
    if (cache_) {
      cache_->rendered = cache_->reused = 0;
      std::string facts = curriculum_facts();
      if (facts != cache_->facts) {
        cache_->notes.clear();
        cache_->facts = std::move(facts);
      }
      std::set<std::string> in_book;
      for (std::size_t k = 0; k < order_.size(); ++k) {
        files_[note_url(c_.notes[order_[k]])] = cached_note_page(k);
        in_book.insert(c_.notes[order_[k]].source.path());
      }
      std::erase_if(cache_->notes, [&](const auto& entry) { return in_book.count(entry.first) == 0; });
    } else {
      for (std::size_t k = 0; k < order_.size(); ++k) files_[note_url(c_.notes[order_[k]])] = note_page(k);
    }
    for (const Module& m : c_.modules)
      if (module_in_book(m)) files_[module_url(m)] = module_page(m);
    for (const Part& p : c_.parts)
      if (part_in_book(p)) files_[part_url(p)] = part_page(p);
    files_["index.html"] = home_page();
    files_["tags.html"] = tags_page();
    files_["graph.html"] = graph_page();
    // The index as one JSON array, written from each note's entry (as json::dump writes an array).
    std::string index = "window.NP_SEARCH = [";
    for (std::size_t i = 0; i < search_index_.size(); ++i) index += (i ? "," : "") + search_index_[i];
    files_["search-index.js"] = index + "];\n";
    for (const auto& path : assets_) {
      const ReadResult r = read_asset(ctx_, path, 64u << 20);
      if (!r.ok) {
        report(path, "cannot read '" + path + "': " + r.error);
        continue;
      }
      files_["assets/" + path] = r.text;
    }
    return !failed_;
  }

  std::map<std::string, std::string> take_files() { return std::move(files_); }

 private:
  bool module_in_book(const Module& m) const {
    return std::any_of(m.notes.begin(), m.notes.end(), [&](std::size_t n) { return ctx_.selection.contains(n); });
  }
  bool part_in_book(const Part& p) const {
    return std::any_of(p.modules.begin(), p.modules.end(), [&](std::size_t m) { return module_in_book(c_.modules[m]); });
  }
  std::size_t notes_in_book(const Module& m) const {
    return static_cast<std::size_t>(
        std::count_if(m.notes.begin(), m.notes.end(), [&](std::size_t n) { return ctx_.selection.contains(n); }));
  }

  void report(const std::string& file, std::string message, int line = 0, int column = 0, Severity severity = Severity::error) {
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.rule = rules::export_site.id;
    d.message = std::move(message);
    diagnostics_.push_back(std::move(d));
    if (severity == Severity::error) failed_ = true;
  }

  // The whole page around `body`; `up` is the path back to the site's root ("" or "../").
  std::string page(const std::string& up, const std::string& title, const std::string& body, const std::string& main_class = "") const {
    const BookMetadata& b = c_.config.book;
    const std::string book = b.title.empty() ? "Curriculum" : b.title;
    return "<!DOCTYPE html>\n<html lang=\"" + esc(language_) + "\" data-root=\"" + up +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
           esc(title == book ? book : title + " · " + book) + "</title>\n" +
           (b.description.empty() ? "" : "<meta name=\"description\" content=\"" + esc(b.description) + "\">\n") +
           "<link rel=\"stylesheet\" href=\"" + up + "style.css\">\n<script src=\"" + up +
           "search.js\" defer></script>\n</head>\n<body>\n"
           "<header class=\"site\">\n<a class=\"brand\" href=\"" +
           up + "index.html\">" + esc(book) + "</a>\n<nav aria-label=\"Site\"><a href=\"" + up + "graph.html\">Graph</a><a href=\"" + up +
           "tags.html\">Tags</a></nav>\n"
           "<div class=\"search\" role=\"search\"><input id=\"np-search\" type=\"search\" placeholder=\"Search the notes (press /)\" "
           "aria-label=\"Search the notes\" autocomplete=\"off\"><ol id=\"np-results\"></ol></div>\n</header>\n<main" +
           (main_class.empty() ? "" : " class=\"" + main_class + "\"") + ">\n" + body + "</main>\n<footer class=\"site\">" + esc(book) +
           (b.license.empty() ? "" : " · " + esc(b.license)) + "</footer>\n</body>\n</html>\n";
  }

  std::string status_badge(const Note& n) const {
    if (n.status == "published") return "";
    return " <span class=\"badge\">" + std::string(n.status == "draft" ? "draft" : "summary only") + "</span>";
  }

  std::string href_for(std::size_t note, std::size_t link, const Link& written) {
    const LinkDestination d = link_destination(ctx_, note, link);
    switch (d.kind) {
      case LinkDestination::Kind::note:
        if (d.note == note) return d.anchor.empty() ? "#np-title" : "#" + d.anchor;
        return c_.notes[d.note].id + ".html" + (d.anchor.empty() ? "" : "#" + d.anchor);
      case LinkDestination::Kind::url:
        return d.url;
      case LinkDestination::Kind::asset:
        assets_.insert(d.asset);
        return "../assets/" + url_path(d.asset);
      case LinkDestination::Kind::none:
        break;
    }
    (void)written;
    return std::string();
  }

  // What every note page may show of the curriculum besides its own note: np.yaml, the parts and
  // modules, and each note's path, id, title, status, module and place in the book.
  std::string curriculum_facts() const {
    std::string facts;
    key_field(facts, c_.root);
    key_field(facts, c_.config.raw.dump());
    for (const auto& [name, body] : c_.config.katex_macros) {
      key_field(facts, name);
      key_field(facts, body);
    }
    key_field(facts, c_.config.note_url);
    for (const Part& p : c_.parts) {
      key_field(facts, p.dir);
      key_field(facts, p.title);
    }
    for (const Module& m : c_.modules) {
      key_field(facts, m.dir);
      key_field(facts, m.title);
      key_field(facts, std::to_string(m.number) + "/" + std::to_string(m.part));
    }
    for (std::size_t n = 0; n < c_.notes.size(); ++n) {
      const Note& note = c_.notes[n];
      for (const std::string* field : {&note.source.path(), &note.id, &note.title, &note.status}) key_field(facts, *field);
      key_field(facts, std::to_string(note.module) + (ctx_.selection.contains(n) ? "+" : "-"));
    }
    return facts;
  }

  // Everything note page k is made from that curriculum_facts leaves out: the note's text and
  // front matter, where its links go, and the notes that use it.
  std::string note_key(std::size_t k) const {
    const std::size_t index = order_[k];
    const Note& n = c_.notes[index];
    std::string key;
    key_field(key, n.source.text());
    key_field(key, std::to_string(n.body_begin) + "/" + std::to_string(note_reading_minutes(n)));
    for (const std::string* field : {&n.summary, &n.updated, &n.kind}) key_field(key, *field);
    for (const auto& t : n.tags) key_field(key, t);
    key += '|';
    for (const auto& p : n.prerequisites) key_field(key, p.id);
    key += '|';
    for (std::size_t i = 0; i < n.body.links.size(); ++i) {
      const LinkDestination d = link_destination(ctx_, index, i);
      key_field(key, std::to_string(static_cast<int>(d.kind)) + "/" + std::to_string(d.note));
      for (const std::string* field : {&d.anchor, &d.url, &d.asset}) key_field(key, *field);
    }
    key += '|';
    for (std::size_t u : used_by_[index]) key_field(key, std::to_string(u));
    return key;
  }

  // Note page k, reused from the cache when note_key is the same as when it was made (and the
  // curriculum facts too: build() empties the cache when they change); else made and kept.
  std::string cached_note_page(std::size_t k) {
    const Note& n = c_.notes[order_[k]];
    std::string key = note_key(k);
    SiteCache::Entries::NotePage& entry = cache_->notes[n.source.path()];
    if (entry.key != key) {
      std::set<std::string> assets;
      std::swap(assets, assets_);
      const std::size_t before = diagnostics_.size();
      entry.html = note_page(k);
      entry.search_entry = search_index_.back();
      entry.assets = assets_;
      entry.diagnostics.assign(diagnostics_.begin() + static_cast<std::ptrdiff_t>(before), diagnostics_.end());
      entry.key = std::move(key);
      assets_.insert(assets.begin(), assets.end());
      ++cache_->rendered;
      return entry.html;
    }
    search_index_.push_back(entry.search_entry);
    assets_.insert(entry.assets.begin(), entry.assets.end());
    for (const Diagnostic& d : entry.diagnostics) {
      diagnostics_.push_back(d);
      if (d.severity == Severity::error) failed_ = true;
    }
    ++cache_->reused;
    return entry.html;
  }

  std::string note_page(std::size_t k) {
    const std::size_t index = order_[k];
    const Note& n = c_.notes[index];
    const Module* module = n.module == kNone ? nullptr : &c_.modules[n.module];
    const Part* part = module && module->part != kNone ? &c_.parts[module->part] : nullptr;
    std::string body = "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">";
    if (part) body += "<a href=\"../" + part_url(*part) + "\">" + esc(part->title) + "</a> › ";
    if (module)
      body += "<a href=\"../" + module_url(*module) + "\">Module " + two_digits(module->number) + " · " + esc(module->title) + "</a>";
    body += "</nav>\n<h1 id=\"np-title\">" + esc(n.title) + "</h1>\n";
    if (n.status != "published")
      body += "<p class=\"status\">" +
              std::string(n.status == "draft" ? "A draft: this note is being written and may change or be wrong."
                                              : "Summary only: this note is an abstract under review; the full note is not written yet.") +
              "</p>\n";
    if (!n.summary.empty()) body += "<p class=\"summary\">" + esc(n.summary) + "</p>\n";
    body += "<p class=\"meta\">" + std::to_string(note_reading_minutes(n)) + " min read" +
            (n.updated.empty() ? "" : " · updated " + esc(n.updated));
    if (!n.tags.empty()) {
      body += " · ";
      for (std::size_t i = 0; i < n.tags.size(); ++i)
        body += (i ? ", " : "") + std::string("<a href=\"../tags.html#tag-") + esc(n.tags[i]) + "\">" + esc(n.tags[i]) + "</a>";
    }
    body += "</p>\n";
    if (!n.prerequisites.empty()) {
      body += "<p class=\"meta\">Before this note: ";
      for (std::size_t i = 0; i < n.prerequisites.size(); ++i) {
        const auto it = c_.note_by_id.find(n.prerequisites[i].id);
        body += i ? ", " : "";
        if (it != c_.note_by_id.end() && ctx_.selection.contains(it->second))
          body += "<a href=\"" + c_.notes[it->second].id + ".html\">" + esc(c_.notes[it->second].title) + "</a>";
        else
          body += esc(it != c_.note_by_id.end() ? c_.notes[it->second].title : n.prerequisites[i].id);
      }
      body += "</p>\n";
    }
    HtmlOptions options;
    options.xhtml = true;  // raw HTML is dropped (lint reports it), so a note cannot inject script
    options.link_target = [&](std::size_t i, const Link& l) { return href_for(index, i, l); };
    options.math = [&](std::size_t, const MathSpan& m) {
      const MathmlResult r = tex_to_mathml(m.tex, m.display, &macros_);
      // A display formula wider than the page scrolls in a box the keyboard can reach.
      if (r.ok) return m.display ? "<span class=\"math-scroll\" tabindex=\"0\">" + r.mathml + "</span>" : r.mathml;
      const Position p = n.source.position(m.begin + std::min(r.error_offset, m.tex.size()));
      report(n.source.path(), "cannot convert this formula to MathML: " + r.error, p.line, p.column);
      return std::string("<code class=\"math-error\">") + esc(m.tex) + "</code>";
    };
    options.warn = [&](std::size_t offset, const std::string& what) {
      const Position p = n.source.position(offset);
      report(n.source.path(), what, p.line, p.column, Severity::warning);
    };
    const std::string html = render_html(n.source, n.body, options);
    body += "<div class=\"note-body\">\n" + fold_solutions(label_code(html)) + "</div>\n";
    if (!used_by_[index].empty()) {
      body += "<section class=\"used-by\">\n<h2>Used by</h2>\n<ul>\n";
      for (std::size_t u : used_by_[index]) body += "<li><a href=\"" + c_.notes[u].id + ".html\">" + esc(c_.notes[u].title) + "</a></li>\n";
      body += "</ul>\n</section>\n";
    }
    body += "<nav class=\"pager\" aria-label=\"Previous and next note\">";
    if (k > 0) body += "<a rel=\"prev\" href=\"" + c_.notes[order_[k - 1]].id + ".html\">← " + esc(c_.notes[order_[k - 1]].title) + "</a>";
    if (k > 0 && k + 1 < order_.size()) body += " · ";
    if (k + 1 < order_.size())
      body += "<a rel=\"next\" href=\"" + c_.notes[order_[k + 1]].id + ".html\">" + esc(c_.notes[order_[k + 1]].title) + " →</a>";
    body += "</nav>\n";

    nlohmann::json headings = nlohmann::json::array();
    for (const auto& h : n.body.headings) headings.push_back({h.text, h.anchor});
    search_index_.push_back(nlohmann::json{
        {"t", n.title},
        {"u", note_url(n)},
        {"m", module ? "Module " + two_digits(module->number) + " · " + module->title : std::string()},
        {"h", headings},
        {"x", plain_text(
                  html, 60000)}}.dump());
    return page("../", n.title, body);
  }

  std::string requires_flags(const Module& m) const {
    std::string out;
    for (const auto& r : m.requires_env) out += " <span class=\"badge requires\">requires " + esc(r) + "</span>";
    return out;
  }

  std::string note_list(const Module& m, const std::string& up, bool summaries) const {
    std::string out = "<ol>\n";
    for (std::size_t n : m.notes) {
      if (!ctx_.selection.contains(n)) continue;
      const Note& note = c_.notes[n];
      out += std::string("<li") + (note.status == "published" ? "" : " class=\"unwritten\"") + "><a href=\"" + up + note_url(note) + "\">" +
             esc(note.title) + "</a>" + status_badge(note) + (summaries && !note.summary.empty() ? "<br>" + esc(note.summary) : "") +
             "</li>\n";
    }
    return out + "</ol>\n";
  }

  std::string module_page(const Module& m) const {
    std::string body = "<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">";
    if (m.part != kNone) body += "<a href=\"../" + part_url(c_.parts[m.part]) + "\">" + esc(c_.parts[m.part].title) + "</a>";
    body += "</nav>\n<h1>Module " + two_digits(m.number) + " · " + esc(m.title) + "</h1>\n";
    if (!m.summary.empty()) body += "<p class=\"summary\">" + esc(m.summary) + "</p>\n";
    if (!m.requires_env.empty()) body += "<p>" + requires_flags(m) + ": its code needs these environment variables to run.</p>\n";
    return page("../", "Module " + two_digits(m.number) + " · " + m.title, body + note_list(m, "../", true));
  }

  std::string part_page(const Part& p) const {
    std::string body = "<h1>" + esc(p.title) + "</h1>\n";
    if (!p.summary.empty()) body += "<p class=\"summary\">" + esc(p.summary) + "</p>\n";
    body += "<ol>\n";
    for (std::size_t mi : p.modules) {
      const Module& m = c_.modules[mi];
      if (!module_in_book(m)) continue;
      body += "<li><a href=\"../" + module_url(m) + "\">Module " + two_digits(m.number) + " · " + esc(m.title) + "</a> (" +
              std::to_string(notes_in_book(m)) + " notes)" + requires_flags(m) + "</li>\n";
    }
    return page("../", p.title, body + "</ol>\n");
  }

  std::string home_page() const {
    const BookMetadata& b = c_.config.book;
    CountOptions scope;
    scope.include_drafts = std::any_of(order_.begin(), order_.end(), [&](std::size_t n) { return c_.notes[n].status == "draft"; });
    const Stats stats = compute_stats(c_, scope);
    const std::size_t published = stats.total.notes_by_status.count("published") ? stats.total.notes_by_status.at("published") : 0;
    std::string body = "<h1>" + esc(b.title.empty() ? "Curriculum" : b.title) + "</h1>\n";
    if (!b.subtitle.empty()) body += "<p class=\"summary\">" + esc(b.subtitle) + "</p>\n";
    if (!b.description.empty()) body += "<p>" + esc(b.description) + "</p>\n";
    body += "<div class=\"counts\"><div><strong>" + std::to_string(stats.total.notes) + "</strong>notes</div><div><strong>" +
            std::to_string(stats.total.modules) + "</strong>modules</div><div><strong>" + std::to_string(stats.total.parts) +
            "</strong>parts</div><div><strong>" + std::to_string(published) + "</strong>written in full</div></div>\n";
    body += "<p>" + std::to_string(stats.total.notes) + " notes. " + std::to_string(stats.total.modules) + " modules. " +
            std::to_string(stats.total.parts) + " parts." +
            (published < stats.total.notes
                 ? " Notes marked <span class=\"badge\">summary only</span> are abstracts whose full text is not written yet."
                 : "") +
            "</p>\n";
    for (const Part& p : c_.parts) {
      if (!part_in_book(p)) continue;
      std::size_t count = 0;
      for (std::size_t mi : p.modules) count += notes_in_book(c_.modules[mi]);
      body += "<section class=\"part\">\n<h2><a href=\"" + part_url(p) + "\">" + esc(p.title) + "</a></h2>\n<p class=\"meta\">" +
              std::to_string(count) + " notes</p>\n";
      for (std::size_t mi : p.modules) {
        const Module& m = c_.modules[mi];
        if (!module_in_book(m)) continue;
        body += "<div class=\"module\">\n<h3><a href=\"" + module_url(m) + "\">Module " + two_digits(m.number) + " · " + esc(m.title) +
                "</a>" + requires_flags(m) + "</h3>\n<p class=\"meta\">" + std::to_string(notes_in_book(m)) + " notes</p>\n" +
                note_list(m, "", false) + "</div>\n";
      }
      body += "</section>\n";
    }
    if (const auto& about = c_.config.book.about) {
      body += "<section class=\"about part\">\n<h2>About</h2>\n";
      if (!about->tagline.empty()) body += "<p class=\"summary\">" + esc(about->tagline) + "</p>\n";
      if (!b.author.empty())
        body += "<p><strong>" + esc(b.author) + "</strong>" + (about->role.empty() ? "" : ", " + esc(about->role)) + "</p>\n";
      if (!about->text.empty()) body += "<p>" + esc(about->text) + "</p>\n";
      if (!about->quote.empty()) body += "<blockquote><p>" + esc(about->quote) + "</p></blockquote>\n";
      body += "</section>\n";
    }
    return page("", b.title.empty() ? "Curriculum" : b.title, body);
  }

  std::string tags_page() const {
    std::map<std::string, std::vector<std::size_t>> tags;
    for (std::size_t n : order_)
      for (const auto& t : c_.notes[n].tags) tags[t].push_back(n);
    std::string body = "<h1>Tags</h1>\n<p class=\"tags\">";
    for (const auto& [tag, notes] : tags)
      body += "<a href=\"#tag-" + esc(tag) + "\">" + esc(tag) + "</a> (" + std::to_string(notes.size()) + ") ";
    body += "</p>\n";
    for (const auto& [tag, notes] : tags) {
      body += "<h2 id=\"tag-" + esc(tag) + "\">" + esc(tag) + "</h2>\n<ul>\n";
      for (std::size_t n : notes)
        body += "<li><a href=\"" + note_url(c_.notes[n]) + "\">" + esc(c_.notes[n].title) + "</a>" + status_badge(c_.notes[n]) + "</li>\n";
      body += "</ul>\n";
    }
    return page("", "Tags", body);
  }

  // The prerequisite graph drawn by graphviz's dot: a cluster per module, an arrow from each
  // prerequisite to the note that needs it, each node a link to its note.
  std::string graph_page() {
    // dot's layout grows faster than linearly; past a few hundred boxes the picture is unreadable
    // anyway, and the module pages list every note.
    constexpr std::size_t kMaxGraphNotes = 500;
    if (order_.size() > kMaxGraphNotes)
      return page("", "Prerequisite graph",
                  "<h1>Prerequisite graph</h1>\n<p class=\"status\">The book has " + std::to_string(order_.size()) +
                      " notes, more than the " + std::to_string(kMaxGraphNotes) +
                      " a readable graph can show; the module pages list the notes and their prerequisites.</p>\n",
                  "wide");
    const auto quote = [](const std::string& s) {
      std::string out = "\"";
      for (char ch : s) {
        if (ch == '"' || ch == '\\') out += '\\';
        if (ch != '\n' && ch != '\r') out += ch;
      }
      return out + "\"";
    };
    std::string dot =
        "digraph prerequisites {\ngraph [rankdir=LR, fontname=\"sans-serif\", fontsize=12];\nnode [shape=box, style=rounded, "
        "fontname=\"sans-serif\", fontsize=10];\n";
    for (const Module& m : c_.modules) {
      if (!module_in_book(m)) continue;
      dot += "subgraph " + quote("cluster_" + folder_name(m.dir)) + " {\nlabel=" + quote(two_digits(m.number) + " " + m.title) + ";\n";
      for (std::size_t n : m.notes)
        if (ctx_.selection.contains(n))
          dot += quote(c_.notes[n].id) + " [label=" + quote(c_.notes[n].title) + ", URL=" + quote(note_url(c_.notes[n])) +
                 ", tooltip=" + quote(c_.notes[n].title) + "];\n";
      dot += "}\n";
    }
    for (std::size_t n : order_)
      for (const auto& p : c_.notes[n].prerequisites)
        if (const auto it = c_.note_by_id.find(p.id); it != c_.note_by_id.end() && ctx_.selection.contains(it->second))
          dot += quote(p.id) + " -> " + quote(c_.notes[n].id) + ";\n";
    dot += "}\n";
    CommandResult r;
    if (cache_ && !cache_->dot.empty() && cache_->dot == dot) {
      r.started = true;
      r.exit_code = 0;
      r.out = cache_->svg;
    } else {
      r = run_command({"dot", "-Tsvg"}, dot, 60000);
      if (cache_) {
        const bool drawn = r.started && r.exit_code == 0 && r.out.find("<svg") != std::string::npos;
        cache_->dot = drawn ? dot : std::string();
        cache_->svg = drawn ? r.out : std::string();
      }
    }
    std::string body =
        "<h1>Prerequisite graph</h1>\n<p>An arrow goes from a note to a note that builds on it. Each box links to its note.</p>\n";
    const auto svg = r.out.find("<svg");
    if (!r.started || r.exit_code != 0 || svg == std::string::npos) {
      report("graph.html", "graphviz's dot did not draw the prerequisite graph (is graphviz installed?); the page says so", 0, 0,
             Severity::warning);
      body +=
          "<p class=\"status\">The graph could not be drawn: graphviz's <code>dot</code> was not available when this site was built.</p>\n";
      return page("", "Prerequisite graph", body, "wide");
    }
    std::string drawing = r.out.substr(svg);
    for (auto at = drawing.find("<!--"); at != std::string::npos; at = drawing.find("<!--", at)) {
      const auto end = drawing.find("-->", at);
      drawing.erase(at, end == std::string::npos ? std::string::npos : end + 3 - at);
    }
    // dot names the SVG after the graph; the page has its own title.
    if (const auto title = drawing.find("<title>prerequisites</title>"); title != std::string::npos) drawing.erase(title, 28);
    return page("", "Prerequisite graph", body + "<div class=\"graph\">\n" + drawing + "</div>\n", "wide");
  }

  const ExportContext& ctx_;
  const Curriculum& c_;
  const math::MacroTable macros_{c_.config.katex_macros};
  std::vector<Diagnostic>& diagnostics_;
  SiteCache::Entries* cache_;  // nullptr: everything is made
  std::string language_;
  std::vector<std::size_t> order_;                 // the notes in the book, in curriculum order
  std::vector<std::vector<std::size_t>> used_by_;  // per note: the notes that link to it or need it
  std::map<std::string, std::string> files_;
  std::set<std::string> assets_;
  std::vector<std::string> search_index_;  // per note in the book, its entry as JSON
  bool failed_ = false;
};

}  // namespace

bool build_site(const ExportContext& context, std::map<std::string, std::string>& files, std::vector<Diagnostic>& diagnostics,
                SiteCache* cache) {
  Site site(context, diagnostics, cache ? cache->entries.get() : nullptr);
  const bool ok = site.build();
  files = site.take_files();
  return ok;
}

namespace {

class SiteExporter final : public Exporter {
 public:
  std::string_view name() const override { return "site"; }
  std::string_view description() const override {
    return "A static website: home, note, module and part pages, tags, the prerequisite graph, offline search";
  }
  std::string default_destination(const Curriculum& c) const override { return "build/" + book_slug(c) + "-site"; }
  ExportOutcome run(const ExportContext& context, std::vector<Diagnostic>& diagnostics) const override {
    std::map<std::string, std::string> files;
    if (!build_site(context, files, diagnostics)) return export_stopped(diagnostics);
    std::string error;
    if (write_export_folder(context.destination, files, ".np-export-site", error)) return ExportOutcome::written;
    return output_failed(context, std::move(error), diagnostics);
  }
};

}  // namespace

const Exporter& site_exporter() {
  static const SiteExporter exporter;
  return exporter;
}

}  // namespace np
