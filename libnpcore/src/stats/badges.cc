// shields.io endpoint files for the headline figures (https://shields.io/badges/endpoint-badge):
// {"schemaVersion": 1, "label": ..., "message": ..., "color": ...}.
#include <nlohmann/json.hpp>

#include "np/stats.h"

namespace np {

namespace {

// Badges are small: 412k words reads better than 412,345.
std::string short_count(std::size_t n) {
  if (n < 10000) {
    std::string digits = std::to_string(n);
    return n < 1000 ? digits : digits.substr(0, digits.size() - 3) + "," + digits.substr(digits.size() - 3);
  }
  if (n < 999500) return std::to_string((n + 500) / 1000) + "k";
  const std::size_t tenths = (n + 50000) / 100000;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "M";
}

Badge badge(const std::string& file_name, const std::string& label, const std::string& message, const std::string& color) {
  nlohmann::ordered_json j;
  j["schemaVersion"] = 1;
  j["label"] = label;
  j["message"] = message;
  j["color"] = color;
  return {file_name, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"};
}

Badge lint_badge(const LintResult& lint) {
  if (lint.errors > 0) return badge("lint.json", "lint", std::to_string(lint.errors) + (lint.errors == 1 ? " error" : " errors"), "red");
  if (lint.warnings > 0)
    return badge("lint.json", "lint", std::to_string(lint.warnings) + (lint.warnings == 1 ? " warning" : " warnings"), "yellow");
  return badge("lint.json", "lint", "passing", "brightgreen");
}

}  // namespace

std::vector<Badge> make_badges(const Stats& s, const LintResult& lint) {
  const Figures& t = s.total;
  return {
      badge("notes.json", "notes", short_count(t.notes), "blue"),
      badge("modules.json", "modules", short_count(t.modules), "blue"),
      badge("parts.json", "parts", short_count(t.parts), "blue"),
      badge("words.json", "words", short_count(t.words), "blue"),
      badge("reading-time.json", "reading time", format_reading_time(t.reading_minutes), "blue"),
      lint_badge(lint),
  };
}

}  // namespace np
