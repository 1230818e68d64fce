#pragma once
// Pippenger buckets for one or more windows: window w's bucket b (at index
// w 2^(c-1) + b) collects the points whose digit has magnitude b + 1, and
// reduce() returns sum_b (b + 1) * bucket_b for one window by the running sum
//   running = bucket_{count-1} + ... + bucket_b,   total = sum_b running,
// which costs two additions per bucket instead of a scalar multiplication.
//
// JacobianBuckets: one mixed addition (7M + 4S) per point.
// AffineBuckets: buckets kept affine; additions are queued and done in batches
// that share one inversion (Montgomery's trick), about 6M per point. A point
// whose bucket already has a queued addition goes to a Jacobian overflow
// bucket instead, so repeated digits never stall the batch; so does a point
// with the bucket's x (doubling or cancellation), so a batch holds only
// generic additions. On G1 with AVX-512 IFMA the batch runs on eight lanes
// (msm_batch_add.hpp), else on the scalar field.
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

  // sum_b (b + 1 - first) * bucket_b over b in [first, first + count).
  Jacobian reduce(std::size_t first, std::size_t count) {
    const Affine none;
    return running_sum<Jacobian>(
        first, count, [&](std::size_t b) { return std::pair<const Jacobian&, const Affine&>(buckets_[b], none); });
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
    inverses_.resize(batch);
    prefix_.resize(batch);
  }

  // Empties buckets [0, count) (in O(1): a bucket is empty unless it was
  // filled since the last reset).
  void reset(std::size_t) {
    queue_bucket_.clear();
    queue_point_.clear();
    overflow_.clear();
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
    // An addition into b already queued, or the same x (a doubling or
    // P + (-P), which the batched formula cannot take): the overflow bucket.
    if (st.queued == flush_epoch_ || (st.filled == reset_epoch_ && same_value(buckets_[b].x, q.x))) {
      OverflowRef& ref = overflow_ref_[b];
      if (ref.epoch != reset_epoch_) {
        ref.epoch = reset_epoch_;
        ref.slot = static_cast<uint32_t>(overflow_.size());
        overflow_.push_back(Jacobian::identity());
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

  // sum_b (b + 1 - first) * bucket_b over b in [first, first + count).
  Jacobian reduce(std::size_t first, std::size_t count) {
    flush();
    const Jacobian none = Jacobian::identity();
    return running_sum<Jacobian>(first, count, [&](std::size_t b) {
      const OverflowRef& ref = overflow_ref_[b];
      const Jacobian& o = ref.epoch == reset_epoch_ ? overflow_[ref.slot] : none;
      Affine a = state_[b].filled == reset_epoch_ ? Affine(buckets_[b].x, buckets_[b].y) : Affine();
      return std::pair<const Jacobian&, Affine>(o, a);
    });
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

  // Performs the queued additions bucket_b = bucket_b + q with one inversion:
  // on eight IFMA lanes for G1 (rows of 8 words: XY is x then y, 64 bytes),
  // else on the scalar field.
  void flush() {
#if ZKEVM_FF_HAVE_IFMA
    if constexpr (std::is_same_v<Base, ff::Fq>) {
      static_assert(sizeof(XY) == 64 && offsetof(XY, y) == 32);
      if (simd_) {
        batch_add_ifma(reinterpret_cast<uint64_t*>(buckets_.data()), queue_bucket_.data(),
                       reinterpret_cast<const uint64_t*>(queue_point_.data()), queue_bucket_.size(), scratch_);
        queue_bucket_.clear();
        queue_point_.clear();
        ++flush_epoch_;
        return;
      }
    }
#endif
    flush_scalar();
  }

  // Both are finite affine points; lambda is (y_q - y_b) / (x_q - x_b), or
  // 3 x^2 / 2y when they are equal (add() keeps equal x out of the batch, but
  // this path stays complete); they sum to infinity when x_q = x_b and
  // y_q = -y_b (y = 0 cannot occur: the curves have no point of order 2).
  [[gnu::noinline, gnu::flatten]] void flush_scalar() {
    const std::size_t m = queue_bucket_.size();
    if (m == 0) return;
    // Montgomery's batch inversion on kLanes interleaved chains (element j on
    // lane j % kLanes): one long chain of products is bound by the latency of
    // a multiplication, independent chains overlap. inverses_[j] holds the
    // denominator, prefix_[j] the product of the earlier ones of its lane.
    Base acc[kLanes];
    for (Base& a : acc) a = Base::one();
    for (std::size_t j = 0; j < m; ++j) {
      if (j + kFlushLookahead < m) __builtin_prefetch(&buckets_[queue_bucket_[j + kFlushLookahead]]);
      const XY& a = buckets_[queue_bucket_[j]];
      const XY& q = queue_point_[j];
      Base den = !same_value(a.x, q.x) ? q.x - a.x : (same_value(a.y, q.y) ? a.y.dbl() : Base::one());
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
      Base den = inverses_[j];
      inverses_[j] = inv[j % kLanes] * prefix_[j];
      inv[j % kLanes] *= den;
    }
    for (std::size_t j = 0; j < m; ++j) {
      if (j + kFlushLookahead < m) __builtin_prefetch(&buckets_[queue_bucket_[j + kFlushLookahead]], 1);
      XY& a = buckets_[queue_bucket_[j]];
      const XY& q = queue_point_[j];
      Base lambda;
      if (!same_value(a.x, q.x)) {
        lambda = (q.y - a.y) * inverses_[j];
      } else if (same_value(a.y, q.y)) {
        Base xx = a.x.square();
        lambda = (xx.dbl() + xx) * inverses_[j];
      } else {
        state_[queue_bucket_[j]].filled = 0;  // P + (-P): the bucket is empty again
        continue;
      }
      Base x3 = lambda.square() - a.x - q.x;
      a.y = lambda * (a.x - x3) - a.y;
      a.x = x3;
    }
    queue_bucket_.clear();
    queue_point_.clear();
    ++flush_epoch_;
  }

  static constexpr std::size_t kLanes = 4;  // the lane inverses above are written for 4
  // Buckets prefetched ahead in flush(): at 2^20 points a window's 2^15
  // buckets (2 MiB) outgrow L2, and the batch visits them in random order.
  static constexpr std::size_t kFlushLookahead = 8;

  std::vector<XY> buckets_;
  std::vector<State> state_;
  std::vector<OverflowRef> overflow_ref_;
  std::vector<Jacobian> overflow_;
  uint32_t reset_epoch_ = 1, flush_epoch_ = 1;
  std::size_t batch_;
  bool simd_;
#if ZKEVM_FF_HAVE_IFMA
  BatchAddScratch scratch_;
#endif
  std::vector<uint32_t> queue_bucket_;
  std::vector<XY> queue_point_;
  std::vector<Base> inverses_, prefix_;
};

}  // namespace zkevm::ec::msm_detail
