#include "np/reporter.h"

#include <cctype>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "np/rule.h"
#include "np/utf8.h"

namespace np {

bool parse_report_format(std::string_view name, ReportFormat& out) {
  if (name == "text")
    out = ReportFormat::text;
  else if (name == "json")
    out = ReportFormat::json;
  else if (name == "sarif")
    out = ReportFormat::sarif;
  else if (name == "github")
    out = ReportFormat::github;
  else
    return false;
  return true;
}

namespace {

struct Style {
  bool on;
  std::string operator()(const char* code, const std::string& text) const {
    return on ? std::string("\x1b[") + code + "m" + text + "\x1b[0m" : text;
  }
};

// Control characters from file names and file contents (a newline, an ESC that would colour the
// terminal) are shown as their Unicode control pictures: one line per diagnostic, one column each.
// The picture of c, or 0 when c is not a control character.
char32_t control_picture(char32_t c) { return c < 0x20 ? 0x2400 + c : c == 0x7F ? 0x2421 : 0; }

std::string printable(std::string_view text) {
  std::string out;
  for (const char c : text) {
    const char32_t picture = c == '\t' ? 0 : control_picture(static_cast<unsigned char>(c));
    if (picture)
      utf8::append(out, picture);
    else
      out += c;
  }
  return out;
}

std::string plural(std::size_t n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }

// The source line with tabs shown as one space (columns count a tab as one), and a caret line
// under [column, end_column).
void render_excerpt(std::string& out, const Diagnostic& d, const SourceFile& source, const Style& style) {
  if (d.line < 1 || d.line > source.line_count()) return;
  // Tabs as one space (columns count a tab as one); ill-formed UTF-8 as U+FFFD, one per byte.
  std::string line;
  const std::string_view raw = source.line_text(d.line);
  // Minified or generated lines: the position is enough (the shown line is never shorter).
  if (raw.size() > 400) return;
  for (std::size_t i = 0; i < raw.size();) {
    const std::size_t start = i;
    const char32_t cp = utf8::decode(raw, i);
    if (cp == U'\t')
      line += ' ';
    else if (cp == 0xFFFD || cp == 0)
      utf8::append(line, 0xFFFD);
    else if (const char32_t picture = control_picture(cp))
      utf8::append(line, picture);
    else
      line.append(raw.substr(start, i - start));
  }
  if (line.size() > 400) return;  // minified or generated lines: the position is enough
  const std::string number = std::to_string(d.line);
  const std::string gutter(number.size(), ' ');
  out += " " + style("2", number + " | ") + line + "\n";
  const int width = d.end_line == d.line && d.end_column > d.column ? d.end_column - d.column : 1;
  out += " " + style("2", gutter + " | ") + std::string(static_cast<std::size_t>(d.column > 0 ? d.column - 1 : 0), ' ') +
         style(d.severity == Severity::error ? "1;31" : "1;33", "^" + std::string(static_cast<std::size_t>(width - 1), '~')) + "\n";
}

std::string render_text(const std::vector<Diagnostic>& diagnostics, const ReportOptions& options, const SourceLookup& lookup) {
  const Style style{options.color};
  std::string out;
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : diagnostics) {
    (d.severity == Severity::error ? errors : warnings)++;
    std::string where = printable(options.display(d.file));
    if (d.line > 0) where += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    const std::string severity = d.severity == Severity::error ? style("1;31", "error") : style("1;33", "warning");
    out += style("1", where + ":") + " " + severity + ": " + printable(d.message) + " " + style("2", "[" + d.rule + "]") + "\n";
    if (const SourceFile* source = lookup ? lookup(d.file) : nullptr) render_excerpt(out, d, *source, style);
    if (!d.hint.empty()) out += "  " + style("36", "hint:") + " " + printable(d.hint) + "\n";
  }
  if (!diagnostics.empty()) out += "\n";
  // Where the findings are, and how much was checked: with PATHS, findings can also be in files
  // the change broke, so the two counts differ.
  const std::string checked = plural(options.files_checked, options.noun);
  if (errors || warnings) {
    std::set<std::string_view> files;
    for (const auto& d : diagnostics) files.insert(d.file);
    out += plural(errors, "error") + ", " + plural(warnings, "warning") + " in " + plural(files.size(), "file") + " (" + checked +
           " checked" + options.scope + ")\n";
  } else {
    out += "no problems in " + checked + options.scope + "\n";
  }
  return out;
}

nlohmann::json diagnostic_json(const Diagnostic& d, const ReportOptions& options) {
  nlohmann::json j = {
      {"file", options.display(d.file)},   {"line", d.line}, {"column", d.column},  {"endLine", d.end_line}, {"endColumn", d.end_column},
      {"severity", to_string(d.severity)}, {"rule", d.rule}, {"message", d.message}};
  if (!d.hint.empty()) j["hint"] = d.hint;
  return j;
}

std::string render_json(const std::vector<Diagnostic>& diagnostics, const ReportOptions& options) {
  nlohmann::json list = nlohmann::json::array();
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : diagnostics) {
    (d.severity == Severity::error ? errors : warnings)++;
    list.push_back(diagnostic_json(d, options));
  }
  const nlohmann::json doc = {
      {"version", 1}, {"diagnostics", list}, {"summary", {{"errors", errors}, {"warnings", warnings}, {"files", options.files_checked}}}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";  // a root named in bytes that are not UTF-8
}

// RFC 3986: a relative reference of a path, every byte but the unreserved ones and '/' encoded.
std::string percent_encode_path(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// 64-bit FNV-1a, as 16 hex digits: a fingerprint that survives edits elsewhere in the file (it
// holds no line number), so that code scanning keeps a finding's identity when lines move.
std::string fingerprint(const std::string& text) {
  std::uint64_t h = 14695981039346656037ull;
  for (const unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
  return out;
}

std::string render_sarif(const std::vector<Diagnostic>& diagnostics, const ReportOptions& options) {
  nlohmann::json rules = nlohmann::json::array();
  std::map<std::string, std::size_t> rule_index;
  for (const Rule* r : all_rules()) {
    if (r->scope == Scope::export_) continue;  // lint never reports them
    rule_index[std::string(r->id)] = rules.size();
    rules.push_back({{"id", r->id},
                     {"name", r->id},
                     {"shortDescription", {{"text", r->summary}}},
                     {"fullDescription", {{"text", r->description}}},
                     {"help", {{"text", std::string(r->description) + "\n\nRun `np explain " + std::string(r->id) + "` for examples."}}},
                     {"helpUri", std::string(NP_RULES_URL) + "#" + std::string(r->id)},
                     {"defaultConfiguration", {{"level", r->default_severity == Severity::warning ? "warning" : "error"}}}});
  }
  nlohmann::json results = nlohmann::json::array();
  std::map<std::string, int> occurrences;  // the same finding twice in a file: told apart by its rank
  for (const auto& d : diagnostics) {
    nlohmann::json region = {{"startLine", std::max(1, d.line)}, {"startColumn", std::max(1, d.column)}};
    if (d.end_line >= d.line && d.end_line > 0) {
      region["endLine"] = d.end_line;
      region["endColumn"] = std::max(d.end_column, d.end_line == d.line ? d.column + 1 : 1);
    }
    nlohmann::json result = {{"ruleId", d.rule},
                             {"level", d.severity == Severity::error ? "error" : "warning"},
                             {"message", {{"text", d.hint.empty() ? d.message : d.message + " (" + d.hint + ")"}}},
                             {"locations",
                              {{{"physicalLocation",
                                 {{"artifactLocation", {{"uri", percent_encode_path(options.display(d.file))}, {"uriBaseId", "%SRCROOT%"}}},
                                  {"region", region}}}}}}};
    const std::string identity = d.rule + '\0' + options.display(d.file) + '\0' + d.message;
    result["partialFingerprints"] = {{"npFinding/v1", fingerprint(identity + '\0' + std::to_string(occurrences[identity]++))}};
    if (const auto it = rule_index.find(d.rule); it != rule_index.end()) result["ruleIndex"] = it->second;
    results.push_back(std::move(result));
  }
  const nlohmann::json doc = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       {{{"tool", {{"driver", {{"name", "np"}, {"version", NP_VERSION}, {"semanticVersion", NP_VERSION}, {"rules", rules}}}}},
         {"columnKind", "unicodeCodePoints"},
         {"results", results}}}}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";  // a root named in bytes that are not UTF-8
}

// Workflow-command escaping: data escapes %, CR, LF; properties also ':' and ','.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string render_github(const std::vector<Diagnostic>& diagnostics, const ReportOptions& options) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += d.severity == Severity::error ? "::error " : "::warning ";
    out += "file=" + escape_property(options.display(d.file));
    if (d.line > 0) {
      out += ",line=" + std::to_string(d.line) + ",col=" + std::to_string(d.column);
      if (d.end_line > 0) out += ",endLine=" + std::to_string(d.end_line) + ",endColumn=" + std::to_string(d.end_column);
    }
    out += ",title=" + escape_property("np " + d.rule) + "::" + escape_data(d.hint.empty() ? d.message : d.message + " (" + d.hint + ")") +
           "\n";
  }
  return out;
}

}  // namespace

std::string render_report(const std::vector<Diagnostic>& diagnostics, ReportFormat format, const ReportOptions& options,
                          const SourceLookup& lookup) {
  switch (format) {
    case ReportFormat::text:
      return render_text(diagnostics, options, lookup);
    case ReportFormat::json:
      return render_json(diagnostics, options);
    case ReportFormat::sarif:
      return render_sarif(diagnostics, options);
    case ReportFormat::github:
      return render_github(diagnostics, options);
  }
  return "";
}

}  // namespace np
