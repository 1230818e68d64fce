#pragma once
// Template body of parallel_for_chunks (OpenMP); include parallel.hpp instead.
#include <exception>
#include <mutex>

namespace zkevm {

template <class Body>
void parallel_for_chunks(std::size_t n, Body&& body, std::size_t min_chunk) {
  if (n == 0) return;
  min_chunk = std::max<std::size_t>(min_chunk, 1);
  const std::size_t max_threads = static_cast<std::size_t>(thread_count());
  const std::size_t threads = std::min(max_threads, (n + min_chunk - 1) / min_chunk);
  if (threads <= 1) {
    body(std::size_t{0}, n);
    return;
  }
  std::exception_ptr first_error;
  std::mutex error_mutex;
  const std::size_t chunk = (n + threads - 1) / threads;
#pragma omp parallel for num_threads(static_cast<int>(threads)) schedule(static, 1)
  for (std::size_t t = 0; t < threads; ++t) {
    const std::size_t begin = t * chunk;
    const std::size_t end = std::min(n, begin + chunk);
    if (begin >= end) continue;
    try {
      body(begin, end);
    } catch (...) {
      std::lock_guard<std::mutex> lock(error_mutex);
      if (!first_error) first_error = std::current_exception();
    }
  }
  if (first_error) std::rethrow_exception(first_error);
}

}  // namespace zkevm
