#include "export/zip_writer.h"

#include <zip.h>

#include <ctime>
#include <memory>

namespace np {

std::optional<std::string> ZipWriter::finish(long long timestamp, std::string& error) const {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &zerr);
  if (!buffer) {
    error = std::string("cannot create a ZIP buffer: ") + zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  zip_source_keep(buffer);  // read it back after zip_close
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerr);
  if (!archive) {
    error = std::string("cannot open a ZIP archive: ") + zip_error_strerror(&zerr);
    zip_source_free(buffer);
    zip_error_fini(&zerr);
    return std::nullopt;
  }
  // DOS timestamps start in 1980; clamp so that an epoch of 0 stays a valid date.
  const time_t mtime = static_cast<time_t>(std::max<long long>(timestamp, 315532800));
  for (const Entry& e : entries_) {
    zip_source_t* data = zip_source_buffer(archive, e.data.data(), e.data.size(), 0);
    const zip_int64_t index = data ? zip_file_add(archive, e.name.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) : -1;
    if (index < 0) {
      if (data) zip_source_free(data);
      error = "cannot add '" + e.name + "' to the archive: " + zip_strerror(archive);
      zip_discard(archive);
      zip_source_free(buffer);
      return std::nullopt;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), mtime, 0);
  }
  if (zip_close(archive) != 0) {
    error = std::string("cannot write the archive: ") + zip_strerror(archive);
    zip_discard(archive);
    zip_source_free(buffer);
    return std::nullopt;
  }
  std::string out;
  if (zip_source_open(buffer) == 0) {
    char chunk[65536];
    zip_int64_t n;
    while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) out.append(chunk, static_cast<std::size_t>(n));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  if (out.empty()) {
    error = "the archive came out empty";
    return std::nullopt;
  }
  return out;
}

}  // namespace np
