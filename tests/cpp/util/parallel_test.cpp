#include "cpp/util/parallel.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace zkevm {
namespace {

TEST(Parallel, parallel_for_visits_every_index_exactly_once) {
  for (std::size_t n : {0u, 1u, 7u, 1000u, 100003u}) {
    std::vector<std::atomic<int>> visits(n);
    parallel_for(n, [&](std::size_t i) { visits[i].fetch_add(1); });
    for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(visits[i].load(), 1) << "n=" << n << " i=" << i;
  }
}

TEST(Parallel, chunks_cover_the_range_without_overlap) {
  const std::size_t n = 12345;
  std::vector<int> covered(n, 0);
  parallel_for_chunks(n, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) covered[i] += 1;
  }, 100);
  for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(covered[i], 1);
}

TEST(Parallel, set_thread_count_overrides_and_restores) {
  const int original = thread_count();
  set_thread_count(3);
  EXPECT_EQ(thread_count(), 3);
  set_thread_count(0);
  EXPECT_EQ(thread_count(), original);
  EXPECT_GE(original, 1);
}

TEST(Parallel, exception_in_a_worker_is_rethrown_on_the_caller) {
  set_thread_count(2);
  EXPECT_THROW(parallel_for(1000, [](std::size_t i) {
                 if (i == 999) throw std::runtime_error("worker failed");
               }),
               std::runtime_error);
  set_thread_count(0);
}

}  // namespace
}  // namespace zkevm
