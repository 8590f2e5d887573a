// Writing an output file so that readers see either the old file or the whole new one, never a
// half-written one (a CI job publishing badges, an exporter interrupted mid-write).
#pragma once

#include <string>
#include <string_view>

namespace np {

// Writes `contents` to DIR/.NAME.tmp-XXXXXX beside `path`, flushes it to disk, then renames it over
// `path`. On failure the temporary file is removed, `path` is left as it was, and the result is
// false with `error` saying what failed ("cannot create 'out/.notes.json.tmp-1a2b3c': ...").
// The folder must exist. The file gets mode 0644.
bool write_file_atomic(const std::string& path, std::string_view contents, std::string& error);

}  // namespace np
