// Writing an output so that readers see either the old output or the whole new one, never a
// half-written one (a CI job publishing badges, an exporter interrupted mid-write), and so that an
// output path never makes np write somewhere else.
#pragma once

#include <string>
#include <string_view>

namespace np {

// Writes `contents` to `path`. What is at `path` decides how (an allowlist, checked without
// following a symlink):
// - nothing, or a regular file: a hidden temporary file beside it (DIR/.NAME.tmp-XXXXXX) is
//   written, flushed to disk and renamed over `path`; the file gets mode 0644;
// - a FIFO or a character device (/dev/null, a terminal): opened and written, as a shell
//   redirection would (a FIFO nobody reads is an error, not a wait);
// - anything else (a symbolic link, a folder, a block device, a socket) is refused and left as it is.
// On failure `path` is left as it was, nothing temporary is left behind, and the result is false
// with `error` naming `path` and what failed ("cannot write 'out/notes.json': No space left on
// device"). The folder must exist.
bool write_file_atomic(const std::string& path, std::string_view contents, std::string& error);

// A folder output (the LaTeX project, a plugin's files) built in a fresh hidden folder beside the
// destination and swapped in only when it is complete: a failure leaves the previous output as it was.
class FolderReplacement {
 public:
  FolderReplacement() = default;
  FolderReplacement(const FolderReplacement&) = delete;
  FolderReplacement& operator=(const FolderReplacement&) = delete;
  ~FolderReplacement();  // removes the temporary folder unless committed

  // Checks the destination: absent, an empty folder, or an earlier output (a folder holding the
  // file `marker`); np never replaces a folder it did not write, and never a symbolic link.
  // Creates the parent folders and the temporary folder (0755), and removes what killed runs left
  // beside the destination: hidden .NAME.tmp-XXXXXX files and folders of this user that no running
  // np holds (a writer keeps an flock on its temporary file or folder until it is in place).
  bool begin(const std::string& destination, const std::string& marker, std::string& error);
  // The temporary folder to fill (absolute when the destination is).
  const std::string& folder() const { return temp_; }
  // Writes the marker into the folder and swaps it in (atomically where the kernel can).
  bool commit(std::string& error);

 private:
  std::string destination_, marker_, temp_;
  int lock_fd_ = -1;  // the flock that tells remove_stale_temporaries the folder is in use
  bool existed_ = false;
};

}  // namespace np
