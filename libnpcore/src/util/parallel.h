// Runs fn(i) for i in [0, count) on `threads` threads (0: all cores). Work is handed out one index
// at a time, so uneven files balance; callers write results into per-index slots, which keeps the
// output independent of scheduling.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace np {

inline unsigned resolve_threads(unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  return threads;
}

template <typename Fn>
void parallel_for(std::size_t count, unsigned threads, Fn&& fn) {
  threads = static_cast<unsigned>(std::min<std::size_t>(resolve_threads(threads), count));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (std::size_t i; (i = next.fetch_add(1)) < count;) fn(i);
    });
  }
  for (auto& thread : pool) thread.join();
}

}  // namespace np
