#include "cpp/util/parallel.hpp"

#include <omp.h>

#include <atomic>
#include <cstdlib>
#include <string>

namespace zkevm {
namespace {

std::atomic<int> overridden_threads{0};

int default_thread_count() {
  static const int value = [] {
    if (const char* env = std::getenv("ZKEVM_THREADS")) {
      char* end = nullptr;
      const long n = std::strtol(env, &end, 10);
      if (end != env && *end == '\0' && n > 0 && n <= 4096) return static_cast<int>(n);
    }
    return omp_get_num_procs();
  }();
  return value;
}

}  // namespace

int thread_count() {
  const int n = overridden_threads.load(std::memory_order_relaxed);
  return n > 0 ? n : default_thread_count();
}

void set_thread_count(int n) { overridden_threads.store(n > 0 ? n : 0, std::memory_order_relaxed); }

}  // namespace zkevm
