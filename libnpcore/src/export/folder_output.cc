// Writing an exporter's output folder atomically (np export latex, np export site).
#include "export/folder_output.h"

#include <filesystem>

#include "np/atomic_file.h"

namespace np {

namespace fs = std::filesystem;

bool write_export_folder(const std::string& destination, const std::map<std::string, std::string>& files, const std::string& marker,
                         std::string& error) {
  FolderReplacement output;
  if (!output.begin(destination, marker, error)) return false;
  std::error_code ec;
  // Messages name the file as the user will find it, not inside the random temporary folder.
  const auto as_destination = [&](std::string message) {
    if (const auto at = message.find(output.folder()); at != std::string::npos) message.replace(at, output.folder().size(), destination);
    return message;
  };
  for (const auto& [path, contents] : files) {
    const fs::path file = fs::path(output.folder()) / path;
    fs::create_directories(file.parent_path(), ec);
    if (ec) {
      error = as_destination("cannot write '" + destination + "': cannot create '" + file.parent_path().string() + "': " + ec.message());
      return false;
    }
    if (!write_file_atomic(file.string(), contents, error)) {
      error = as_destination(error);
      return false;
    }
  }
  return output.commit(error);
}

}  // namespace np
