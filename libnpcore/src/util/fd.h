// A file descriptor closed once, whatever path a function takes out (the process runners).
#pragma once

#include <unistd.h>

namespace np {

struct Fd {
  int fd = -1;
  ~Fd() { reset(); }
  void reset() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

}  // namespace np
