#pragma once
// The one place that decides how many threads zkevm uses. Every parallel loop
// in the project goes through parallel_for, so ZKEVM_THREADS (or
// set_thread_count) controls all of them.
#include <cstddef>
#include <algorithm>

namespace zkevm {

// Threads used by parallel_for: set_thread_count's value if called, else
// ZKEVM_THREADS if it is a positive integer, else every core.
int thread_count();

// Overrides the thread count for the rest of the process; n <= 0 restores the
// default (ZKEVM_THREADS or all cores).
void set_thread_count(int n);

// Calls body(begin, end) on disjoint chunks that cover [0, n), in parallel.
// Chunks hold at least min_chunk items so tiny loops stay on one thread.
// body must not throw across threads: exceptions are caught and the first one
// is rethrown on the calling thread after the loop.
template <class Body>
void parallel_for_chunks(std::size_t n, Body&& body, std::size_t min_chunk = 1);

// Calls body(i) for every i in [0, n), in parallel.
template <class Body>
void parallel_for(std::size_t n, Body&& body, std::size_t min_chunk = 1) {
  parallel_for_chunks(
      n,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) body(i);
      },
      min_chunk);
}

}  // namespace zkevm

#include "cpp/util/parallel_impl.hpp"
