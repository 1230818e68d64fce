#pragma once
// Pippenger buckets for one or more windows: window w's bucket b (at index
// w 2^(c-1) + b) collects the points whose digit has magnitude b + 1, and
// reduce_windows() returns sum_b (b + 1) * bucket_b for each window, by the
// running sum
//   running = bucket_{count-1} + ... + bucket_b,   total = sum_b running
// (two additions per bucket instead of a scalar multiplication), or for large
// affine windows by row and column sums (see there).
//
// JacobianBuckets: one mixed addition (7M + 4S) per point.
// AffineBuckets: buckets kept affine; additions are queued and done in batches
// that share one inversion (Montgomery's trick), about 6M per point. A point
// whose bucket already has a queued addition goes to a Jacobian overflow
// bucket instead, so repeated digits never stall the batch. On G1 with
// AVX-512 IFMA the batch runs on eight lanes (msm_batch_add.hpp), else on the
// scalar field; pairs with equal x leave the batch and are finished in
// Jacobian coordinates.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "cpp/ec/curve.hpp"
#include "cpp/ec/msm_batch_add.hpp"

namespace zkevm::ec::msm_detail {

// a == b for field elements (Fq, Fq2) by their limbs, without the library
// memcmp that std::array's == compiles to.
template <class F>
[[gnu::always_inline]] inline bool same_value(const F& a, const F& b) {
  static_assert(std::is_trivially_copyable_v<F> && sizeof(F) % 8 == 0);
  uint64_t wa[sizeof(F) / 8], wb[sizeof(F) / 8];
  std::memcpy(wa, &a, sizeof(F));
  std::memcpy(wb, &b, sizeof(F));
  uint64_t diff = 0;
  for (std::size_t i = 0; i < sizeof(F) / 8; ++i) diff |= wa[i] ^ wb[i];
  return diff == 0;
}

// sum_b (b + 1) * bucket_b over b in [first, first + count), by the running
// sum; bucket(b) gives bucket b as a Jacobian point plus an affine point.
template <class Jacobian, class BucketParts>
[[gnu::flatten]] Jacobian running_sum(std::size_t first, std::size_t count, BucketParts&& bucket) {
  Jacobian running = Jacobian::identity(), total = Jacobian::identity();
  for (std::size_t b = first + count; b-- > first;) {
    const auto [jacobian, affine] = bucket(b);
    if (!jacobian.is_identity()) running += jacobian;
    running = running.add_mixed(affine);
    total += running;
  }
  return total;
}

template <class Params>
class JacobianBuckets {
 public:
  using Affine = AffinePoint<Params>;
  using Jacobian = JacobianPoint<Params>;

  explicit JacobianBuckets(std::size_t count) : buckets_(count) {}

  // Empties buckets [0, count).
  void reset(std::size_t count) { std::fill_n(buckets_.begin(), count, Jacobian::identity()); }

  void prefetch(uint32_t b) const { __builtin_prefetch(&buckets_[b]); }

  // bucket_b += q (q finite), with q negated when negate is set.
  [[gnu::flatten]] void add(uint32_t b, const Affine& q, bool negate) {
    buckets_[b] = buckets_[b].add_mixed(negate ? -q : q);
  }

  // out[w] = sum_b (b + 1) * bucket_(w count + b) over b in [0, count), for w < windows.
  void reduce_windows(unsigned windows, std::size_t count, Jacobian* out) {
    const Affine none;
    for (unsigned w = 0; w < windows; ++w) {
      out[w] = running_sum<Jacobian>(w * count, count, [&](std::size_t b) {
        return std::pair<const Jacobian&, const Affine&>(buckets_[b], none);
      });
    }
  }

 private:
  std::vector<Jacobian> buckets_;
};

template <class Params>
class AffineBuckets {
 public:
  using Base = typename Params::Base;
  using Affine = AffinePoint<Params>;
  using Jacobian = JacobianPoint<Params>;

  // batch: additions per shared inversion; simd: use the vectorised batch
  // where the build and the curve have one (false forces the scalar path).
  AffineBuckets(std::size_t count, std::size_t batch, bool simd = true)
      : buckets_(count), state_(count), overflow_ref_(count), batch_(batch), simd_(simd) {
    queue_bucket_.reserve(batch);
    queue_point_.reserve(batch);
  }

  // Empties buckets [0, count) (in O(1): a bucket is empty unless it was
  // filled since the last reset).
  void reset(std::size_t) {
    queue_bucket_.clear();
    queue_point_.clear();
    overflow_.clear();
    overflow_bucket_.clear();
    ++reset_epoch_;
    ++flush_epoch_;
  }

  // Hints that bucket b will be added to soon.
  void prefetch(uint32_t b) const {
    __builtin_prefetch(&state_[b]);
    __builtin_prefetch(&buckets_[b]);
  }

  // bucket_b += q (q finite), with q negated when negate is set.
  [[gnu::flatten]] void add(uint32_t b, const Affine& q, bool negate) {
    State& st = state_[b];
    if (st.queued == flush_epoch_) {  // an addition into b is already queued
      OverflowRef& ref = overflow_ref_[b];
      if (ref.epoch != reset_epoch_) {
        ref.epoch = reset_epoch_;
        ref.slot = static_cast<uint32_t>(overflow_.size());
        overflow_.push_back(Jacobian::identity());
        overflow_bucket_.push_back(b);
      }
      Jacobian& o = overflow_[ref.slot];
      o = o.add_mixed(negate ? -q : q);
      return;
    }
    if (st.filled != reset_epoch_) {
      st.filled = reset_epoch_;
      buckets_[b] = {q.x, negate ? -q.y : q.y};
      return;
    }
    st.queued = flush_epoch_;
    queue_bucket_.push_back(b);
    queue_point_.push_back({q.x, negate ? -q.y : q.y});
    if (queue_bucket_.size() == batch_) flush();
  }

  // out[w] = sum_b (b + 1) * bucket_(w count + b) over b in [0, count), for
  // w < windows. Small windows use the running sum (two Jacobian additions per
  // bucket). Larger ones split b = h L + l (L ~ sqrt(count), H = count / L):
  //   sum_b (b + 1) S_b = L sum_h h R_h + sum_l (l + 1) C_l,
  // with row sums R_h = sum_l S_(h L + l) and column sums C_l = sum_h S_(h L + l).
  // R and C take 2 count affine additions, done in batches across every row,
  // column and window (one inversion per step), and leave running sums over
  // only H and L points.
  void reduce_windows(unsigned windows, std::size_t count, Jacobian* out) {
    flush();
    fold_overflow();
    if (count < kSplitFrom) {
      for (unsigned w = 0; w < windows; ++w) {
        out[w] = running_sum<Jacobian>(w * count, count, [&](std::size_t b) {
          return std::pair<Jacobian, Affine>(Jacobian::identity(), bucket(static_cast<uint32_t>(b)));
        });
      }
      return;
    }
    const unsigned log_count = static_cast<unsigned>(std::countr_zero(count));
    const std::size_t cols = std::size_t{1} << ((log_count + 1) / 2), rows = count / cols;  // L, H
    const std::size_t per_window = rows + cols;
    // Accumulators: window w's row sums at w (H + L) + h, column sums after them.
    sums_.resize(windows * per_window);
    sum_filled_.assign(windows * per_window, 0);
    for (std::size_t step = 0; step < cols; ++step) {
      for (unsigned w = 0; w < windows; ++w) {
        const std::size_t first = w * count, acc = w * per_window;
        for (std::size_t h = 0; h < rows; ++h) add_to_sum(acc + h, static_cast<uint32_t>(first + h * cols + step));
        if (step < rows) {
          for (std::size_t l = 0; l < cols; ++l) add_to_sum(acc + rows + l, static_cast<uint32_t>(first + step * cols + l));
        }
      }
      batch_add(sums_.data(), queue_bucket_, queue_point_, [&](uint32_t i) { sum_filled_[i] = 0; });
    }
    for (unsigned w = 0; w < windows; ++w) {
      const std::size_t acc = w * per_window;
      auto sum_at = [&](std::size_t i) {
        return std::pair<Jacobian, Affine>(Jacobian::identity(),
                                           sum_filled_[i] ? Affine(sums_[i].x, sums_[i].y) : Affine());
      };
      // sum_h h R_h = running sum over h >= 1 of R_h with weights h.
      Jacobian by_row = running_sum<Jacobian>(acc + 1, rows - 1, sum_at);
      const Jacobian by_col = running_sum<Jacobian>(acc + rows, cols, sum_at);
      for (std::size_t k = 1; k < cols; k <<= 1) by_row = by_row.dbl();
      out[w] = by_row + by_col;
    }
  }

 private:
  // A finite affine point, one cache line for G1.
  struct alignas(64) XY {
    Base x, y;
  };
  // filled == reset_epoch_: the bucket holds a point (else it is empty);
  // queued == flush_epoch_: an addition into it is queued. 8 bytes, so the
  // states of a window's buckets stay in cache.
  struct State {
    uint32_t filled = 0, queued = 0;
  };
  // epoch == reset_epoch_: overflow_[slot] holds more of the bucket (rare).
  struct OverflowRef {
    uint32_t epoch = 0, slot = 0;
  };

  // Windows of fewer buckets are reduced by the plain running sum.
  static constexpr std::size_t kSplitFrom = 256;

  Affine bucket(uint32_t b) const {
    return state_[b].filled == reset_epoch_ ? Affine(buckets_[b].x, buckets_[b].y) : Affine();
  }

  // Performs the queued additions into the buckets.
  void flush() {
    batch_add(buckets_.data(), queue_bucket_, queue_point_, [&](uint32_t b) { state_[b].filled = 0; });
    ++flush_epoch_;
  }

  // Adds every overflow bucket into its affine bucket (Jacobian sums, made
  // affine with one inversion), so the reduction sees affine buckets only.
  void fold_overflow() {
    if (overflow_.empty()) return;
    for (std::size_t i = 0; i < overflow_.size(); ++i) overflow_[i] = overflow_[i].add_mixed(bucket(overflow_bucket_[i]));
    const std::vector<Affine> affine = batch_to_affine<Params>(std::span<const Jacobian>(overflow_));
    for (std::size_t i = 0; i < affine.size(); ++i) {
      const uint32_t b = overflow_bucket_[i];
      state_[b].filled = affine[i].infinity ? 0 : reset_epoch_;
      if (!affine[i].infinity) buckets_[b] = {affine[i].x, affine[i].y};
    }
    for (uint32_t b : overflow_bucket_) overflow_ref_[b].epoch = 0;
    overflow_.clear();
    overflow_bucket_.clear();
  }

  // Queues sums_[i] += bucket b for the reduction (an empty side just copies or skips).
  void add_to_sum(std::size_t i, uint32_t b) {
    if (state_[b].filled != reset_epoch_) return;
    const XY& s = buckets_[b];
    if (!sum_filled_[i]) {
      sums_[i] = s;
      sum_filled_[i] = 1;
      return;
    }
    queue_bucket_.push_back(static_cast<uint32_t>(i));
    queue_point_.push_back(s);
  }

  // rows[ids[j]] += points[j] for every queued pair, then empties the queue;
  // mark_empty(row) is called for a row whose sum is the point at infinity.
  // The pairs are finite affine points and no row appears twice. Montgomery's
  // trick shares one inversion among the pairs with different x: on eight IFMA
  // lanes for G1 (rows of 8 words: XY is x then y, 64 bytes), else on the
  // scalar field with four interleaved product chains (one chain would be
  // bound by the latency of a multiplication). Pairs with equal x (doubling,
  // P + (-P); rare) are finished one at a time in Jacobian coordinates.
  template <class MarkEmpty>
  void batch_add(XY* rows, std::vector<uint32_t>& ids, std::vector<XY>& points, MarkEmpty&& mark_empty) {
    const std::size_t m = ids.size();
    if (m == 0) return;
    equal_x_.clear();
    bool done = false;
#if ZKEVM_FF_HAVE_IFMA
    if constexpr (std::is_same_v<Base, ff::Fq>) {
      static_assert(sizeof(XY) == 64 && offsetof(XY, y) == 32);
      if (simd_) {
        batch_add_ifma(reinterpret_cast<uint64_t*>(rows), ids.data(), reinterpret_cast<const uint64_t*>(points.data()),
                       m, scratch_, equal_x_);
        done = true;
      }
    }
#endif
    if (!done) batch_add_scalar(rows, ids.data(), points.data(), m);
    for (uint32_t j : equal_x_) {
      XY& a = rows[ids[j]];
      const Affine sum = Affine(a.x, a.y).to_jacobian().add_mixed(Affine(points[j].x, points[j].y)).to_affine();
      if (sum.infinity) {
        mark_empty(ids[j]);
      } else {
        a = {sum.x, sum.y};
      }
    }
    ids.clear();
    points.clear();
  }

  // The scalar batch: pairs with equal x go to equal_x_, untouched.
  [[gnu::noinline, gnu::flatten]] void batch_add_scalar(XY* rows, const uint32_t* ids, const XY* points,
                                                        std::size_t m) {
    inverses_.resize(m);
    prefix_.resize(m);
    // inverses_[j] holds the denominator x_q - x_b (one for equal x),
    // prefix_[j] the product of the earlier ones of its lane (element j on
    // lane j % kLanes).
    Base acc[kLanes];
    for (Base& a : acc) a = Base::one();
    for (std::size_t j = 0; j < m; ++j) {
      if (j + kFlushLookahead < m) __builtin_prefetch(&rows[ids[j + kFlushLookahead]]);
      Base den = points[j].x - rows[ids[j]].x;
      if (den.is_zero()) {
        equal_x_.push_back(static_cast<uint32_t>(j));
        den = Base::one();
      }
      inverses_[j] = den;
      prefix_[j] = acc[j % kLanes];
      acc[j % kLanes] *= den;
    }
    // The lanes' inverses from one inversion of their product.
    const Base a01 = acc[0] * acc[1], a23 = acc[2] * acc[3];
    const Base inv_all = (a01 * a23).inverse();
    const Base inv01 = inv_all * a23, inv23 = inv_all * a01;
    Base inv[kLanes] = {inv01 * acc[1], inv01 * acc[0], inv23 * acc[3], inv23 * acc[2]};
    for (std::size_t j = m; j-- > 0;) {
      const Base den = inverses_[j];
      inverses_[j] = inv[j % kLanes] * prefix_[j];
      inv[j % kLanes] *= den;
    }
    for (std::size_t j = 0; j < m; ++j) {
      if (j + kFlushLookahead < m) __builtin_prefetch(&rows[ids[j + kFlushLookahead]], 1);
      XY& a = rows[ids[j]];
      const XY& q = points[j];
      if (same_value(a.x, q.x)) continue;  // in equal_x_
      const Base lambda = (q.y - a.y) * inverses_[j];
      const Base x3 = lambda.square() - a.x - q.x;
      a.y = lambda * (a.x - x3) - a.y;
      a.x = x3;
    }
  }

  static constexpr std::size_t kLanes = 4;  // the lane inverses above are written for 4
  // Rows prefetched ahead in batch_add_scalar(): at 2^20 points a window's
  // 2^15 buckets (2 MiB) outgrow L2, and the batch visits them in random order.
  static constexpr std::size_t kFlushLookahead = 8;

  std::vector<XY> buckets_;
  std::vector<State> state_;
  std::vector<OverflowRef> overflow_ref_;
  std::vector<Jacobian> overflow_;
  std::vector<uint32_t> overflow_bucket_;  // the bucket of each overflow slot
  uint32_t reset_epoch_ = 1, flush_epoch_ = 1;
  std::size_t batch_;
  bool simd_;
#if ZKEVM_FF_HAVE_IFMA
  BatchAddScratch scratch_;
#endif
  std::vector<uint32_t> queue_bucket_;
  std::vector<XY> queue_point_;
  std::vector<Base> inverses_, prefix_;
  std::vector<uint32_t> equal_x_;  // the batch's pairs with equal x
  // The reduction's row and column sums and whether each holds a point.
  std::vector<XY> sums_;
  std::vector<uint8_t> sum_filled_;
};

}  // namespace zkevm::ec::msm_detail
