// An exporter's output folder, written into a hidden folder beside the destination and then
// swapped in: readers see the old output or the new one, never a half-written one.
#pragma once

#include <map>
#include <string>

namespace np {

// Writes `files` (relative path -> contents; it must include `marker`, a file naming the
// exporter) as the folder `destination`. A destination that exists must be an earlier export of
// the same exporter (it holds `marker`) or an empty folder: np never replaces a folder it did not
// write. Parent folders are created. On failure `error` says why and the destination is unchanged.
bool write_export_folder(const std::string& destination, const std::map<std::string, std::string>& files, const std::string& marker,
                         std::string& error);

}  // namespace np
