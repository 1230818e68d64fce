#pragma once
// Montgomery multiplication kernels for 4-limb moduli: out = a * b / 2^256 mod p,
// for a, b < p, result fully reduced (< p).
//
// Two families, chosen by the modulus:
//  - "no-carry" kernels need p[3] < 2^63 - 1 (at least one spare bit, as for
//    BN254): every intermediate of CIOS then fits in four words plus one carry
//    word, so the top carry can be dropped (the trick gnark-crypto documents).
//  - "full" kernels work for every odd p < 2^256, including the secp256k1
//    moduli whose top bit is set, by carrying a fifth and sixth word.
// And two implementations of the no-carry kernel: portable C++ on unsigned
// __int128, and x86-64 inline assembly on mulx/adcx/adox (two independent
// carry chains). Both always exist under distinct names (the assembly one when
// the compiler targets BMI2+ADX), so one test binary checks both against GMP;
// the Field template picks one at build time (see field.hpp).
#include <cstdint>

#include "cpp/ff/limbs.hpp"

#if defined(__x86_64__) && defined(__BMI2__) && defined(__ADX__)
#define ZKEVM_FF_HAVE_ADX 1
#else
#define ZKEVM_FF_HAVE_ADX 0
#endif

namespace zkevm::ff::detail {

// True when the no-carry kernels are valid for p.
constexpr bool no_carry_modulus(const Limbs& p) { return p[3] < 0x7fffffffffffffffULL; }

// t - p if t >= p, else t, for t < 2p < 2^256. Scalar code on purpose: a
// vectorised select costs store-forwarding stalls between GPR and vector
// accesses of the same limbs.
[[gnu::always_inline]] constexpr void subtract_if_geq(uint64_t& t0, uint64_t& t1, uint64_t& t2, uint64_t& t3,
                                                      uint64_t carry, const Limbs& p) {
  uint64_t borrow = 0;
  uint64_t d0 = subb(t0, p[0], borrow);
  uint64_t d1 = subb(t1, p[1], borrow);
  uint64_t d2 = subb(t2, p[2], borrow);
  uint64_t d3 = subb(t3, p[3], borrow);
  bool keep = borrow > carry;  // t < p exactly when the subtraction borrowed and no carry bit is set
  t0 = keep ? t0 : d0;
  t1 = keep ? t1 : d1;
  t2 = keep ? t2 : d2;
  t3 = keep ? t3 : d3;
}

[[gnu::always_inline]] inline void subtract_if_geq(Limbs& t, const Limbs& p) {
  uint64_t t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3];
  subtract_if_geq(t0, t1, t2, t3, 0, p);
  t = {t0, t1, t2, t3};
}

// Same, for carry * 2^256 + t < 2p with a carry bit (moduli with the top bit set).
[[gnu::always_inline]] inline void subtract_if_geq_with_carry(Limbs& t, uint64_t carry, const Limbs& p) {
  uint64_t t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3];
  subtract_if_geq(t0, t1, t2, t3, carry, p);
  t = {t0, t1, t2, t3};
}

// Copies of a field's modulus and -p^-1 mod 2^64 with hidden visibility, so
// that position-independent code addresses them RIP-relative. `p` is a plain
// array so that even at -O0 `p[i]` is a constant address (std::array's
// operator[] would be a call returning a pointer in a register).
template <class Params>
struct [[gnu::visibility("hidden")]] KernelConstants {
  static constexpr Limbs modulus = Params::modulus;
  static constexpr uint64_t p[4] = {Params::modulus[0], Params::modulus[1], Params::modulus[2], Params::modulus[3]};
  static constexpr uint64_t inv = neg_inverse_mod_2_64(Params::modulus[0]);
};

// Rules every inline-assembly block below follows; they keep the blocks
// correct in any inlining context and allocatable even at -O0 under ASan:
//  - operand limbs are register-or-memory inputs ("rm"), so GCC passes values
//    it holds in registers directly; only the multiplier's b, whose limbs are
//    read four times each, is read through one pointer register,
//    "r"(b.data()), and is also passed whole as an "m" input, so GCC knows
//    the asm reads all of it (eight "rm" limbs left too few registers:
//    "impossible constraints" at -O3);
//  - the modulus and inv are "m" operands on KernelConstants: RIP-relative
//    constants that need no register;
//  - results leave in registers and C++ stores them after the asm, so the asm
//    writes no memory and `out` may alias an input;
//  - every output is early-clobber: each is written before the last input is
//    read, so none may share a register with an input or an address; rdx
//    (mulx's implicit source) and the flags ("cc") are clobbers.
// At -O0 an "m" operand through a reference takes its own address register,
// so per-limb inputs are "rm", never plain "m" (eight "m" limbs ran out of
// registers there: "'asm' operand has impossible constraints").

// (a + b) mod p and (a - b) mod p for a, b < p, any odd p < 2^256, with
// K = KernelConstants<Params>. On x86-64 straight-line add/adc, sub/sbb and
// cmov (GCC turns the portable form into stack round trips and a branch). The
// operands are register-or-memory ("rm") and the result stays in registers:
// in chains of field operations the values then never round-trip through
// memory (a store-to-load forward costs more than the addition itself).
template <class K>
[[gnu::always_inline]] inline void add_mod(Limbs& out, const Limbs& a, const Limbs& b) {
#if defined(__x86_64__)
  uint64_t t0 = a[0], t1 = a[1], t2 = a[2], t3 = a[3], d0, d1, d2, d3, c;
  asm("addq %[b0], %[t0]\n\t"
      "adcq %[b1], %[t1]\n\t"
      "adcq %[b2], %[t2]\n\t"
      "adcq %[b3], %[t3]\n\t"
      "sbbq %[c], %[c]\n\t"  // minus the carry of the sum
      "movq %[t0], %[d0]\n\t"
      "movq %[t1], %[d1]\n\t"
      "movq %[t2], %[d2]\n\t"
      "movq %[t3], %[d3]\n\t"
      "subq %[p0], %[d0]\n\t"
      "sbbq %[p1], %[d1]\n\t"
      "sbbq %[p2], %[d2]\n\t"
      "sbbq %[p3], %[d3]\n\t"
      "sbbq $0, %[c]\n\t"  // borrow out of the 257-bit value: the sum is < p, keep it
      "cmovncq %[d0], %[t0]\n\t"
      "cmovncq %[d1], %[t1]\n\t"
      "cmovncq %[d2], %[t2]\n\t"
      "cmovncq %[d3], %[t3]\n\t"
      : [t0] "+&r"(t0), [t1] "+&r"(t1), [t2] "+&r"(t2), [t3] "+&r"(t3), [d0] "=&r"(d0), [d1] "=&r"(d1),
        [d2] "=&r"(d2), [d3] "=&r"(d3), [c] "=&r"(c)
      : [b0] "rm"(b[0]), [b1] "rm"(b[1]), [b2] "rm"(b[2]), [b3] "rm"(b[3]), [p0] "m"(K::p[0]),
        [p1] "m"(K::p[1]), [p2] "m"(K::p[2]), [p3] "m"(K::p[3])
      : "cc");
  out = {t0, t1, t2, t3};
#else
  uint64_t carry = 0;
  Limbs s = add(a, b, carry);
  uint64_t t0 = s[0], t1 = s[1], t2 = s[2], t3 = s[3];
  subtract_if_geq(t0, t1, t2, t3, carry, K::modulus);
  out = {t0, t1, t2, t3};
#endif
}

template <class K>
[[gnu::always_inline]] inline void sub_mod(Limbs& out, const Limbs& a, const Limbs& b) {
#if defined(__x86_64__)
  uint64_t t0 = a[0], t1 = a[1], t2 = a[2], t3 = a[3], u0, u1, u2, u3, c;
  asm("subq %[b0], %[t0]\n\t"
      "sbbq %[b1], %[t1]\n\t"
      "sbbq %[b2], %[t2]\n\t"
      "sbbq %[b3], %[t3]\n\t"
      "sbbq %[c], %[c]\n\t"  // all ones when a < b: add p back
      "movq %[p0], %[u0]\n\t"
      "movq %[p1], %[u1]\n\t"
      "movq %[p2], %[u2]\n\t"
      "movq %[p3], %[u3]\n\t"
      "andq %[c], %[u0]\n\t"
      "andq %[c], %[u1]\n\t"
      "andq %[c], %[u2]\n\t"
      "andq %[c], %[u3]\n\t"
      "addq %[u0], %[t0]\n\t"
      "adcq %[u1], %[t1]\n\t"
      "adcq %[u2], %[t2]\n\t"
      "adcq %[u3], %[t3]\n\t"
      : [t0] "+&r"(t0), [t1] "+&r"(t1), [t2] "+&r"(t2), [t3] "+&r"(t3), [u0] "=&r"(u0), [u1] "=&r"(u1),
        [u2] "=&r"(u2), [u3] "=&r"(u3), [c] "=&r"(c)
      : [b0] "rm"(b[0]), [b1] "rm"(b[1]), [b2] "rm"(b[2]), [b3] "rm"(b[3]), [p0] "m"(K::p[0]),
        [p1] "m"(K::p[1]), [p2] "m"(K::p[2]), [p3] "m"(K::p[3])
      : "cc");
  out = {t0, t1, t2, t3};
#else
  uint64_t borrow = 0;
  Limbs d = sub(a, b, borrow);
  uint64_t mask = 0 - borrow, carry = 0;
  for (int i = 0; i < 4; ++i) d[i] = addc(d[i], K::modulus[i] & mask, carry);
  out = d;
#endif
}

// CIOS Montgomery multiplication without the top carry word; requires no_carry_modulus(p).
[[gnu::always_inline]] inline void mont_mul_portable(Limbs& out, const Limbs& a, const Limbs& b,
                                                     const Limbs& p, uint64_t inv) {
  uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0;
  for (int i = 0; i < 4; ++i) {
    uint64_t bi = b[i];
    u128 acc = static_cast<u128>(a[0]) * bi + t0;
    uint64_t A = static_cast<uint64_t>(acc >> 64);
    uint64_t lo = static_cast<uint64_t>(acc);
    uint64_t m = lo * inv;
    acc = static_cast<u128>(m) * p[0] + lo;
    uint64_t C = static_cast<uint64_t>(acc >> 64);

    acc = static_cast<u128>(a[1]) * bi + t1 + A;
    A = static_cast<uint64_t>(acc >> 64);
    acc = static_cast<u128>(m) * p[1] + static_cast<uint64_t>(acc) + C;
    C = static_cast<uint64_t>(acc >> 64);
    t0 = static_cast<uint64_t>(acc);

    acc = static_cast<u128>(a[2]) * bi + t2 + A;
    A = static_cast<uint64_t>(acc >> 64);
    acc = static_cast<u128>(m) * p[2] + static_cast<uint64_t>(acc) + C;
    C = static_cast<uint64_t>(acc >> 64);
    t1 = static_cast<uint64_t>(acc);

    acc = static_cast<u128>(a[3]) * bi + t3 + A;
    A = static_cast<uint64_t>(acc >> 64);
    acc = static_cast<u128>(m) * p[3] + static_cast<uint64_t>(acc) + C;
    C = static_cast<uint64_t>(acc >> 64);
    t2 = static_cast<uint64_t>(acc);

    t3 = C + A;  // cannot overflow when no_carry_modulus(p)
  }
  subtract_if_geq(t0, t1, t2, t3, 0, p);
  out = {t0, t1, t2, t3};
}

// CIOS Montgomery multiplication for any odd p < 2^256 (carries kept in t4, t5).
// Also usable at compile time (Field derives constants such as roots of unity with it).
[[gnu::always_inline]] constexpr void mont_mul_portable_full(Limbs& out, const Limbs& a, const Limbs& b,
                                                             const Limbs& p, uint64_t inv) {
  uint64_t t[6] = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < 4; ++i) {
    uint64_t carry = 0;
    for (int j = 0; j < 4; ++j) t[j] = mac(t[j], a[j], b[i], carry);
    uint64_t c2 = 0;
    t[4] = addc(t[4], carry, c2);
    t[5] = c2;
    uint64_t m = t[0] * inv;
    carry = 0;
    mac(t[0], m, p[0], carry);
    for (int j = 1; j < 4; ++j) t[j - 1] = mac(t[j], m, p[j], carry);
    c2 = 0;
    t[3] = addc(t[4], carry, c2);
    t[4] = t[5] + c2;
  }
  subtract_if_geq(t[0], t[1], t[2], t[3], t[4], p);
  out = {t[0], t[1], t[2], t[3]};
}

#if ZKEVM_FF_HAVE_ADX
// The reduction step of one CIOS row on registers T0..T4: add m * p with
// m = T0 * inv, so that T0 becomes zero (the caller renames registers instead
// of shifting). lo chains through OF (adox), hi through CF (adcx), so the two
// carry chains run in parallel; xor clears both flags (imul sets them, so the
// xor comes after it). The last adox adds T0 = 0 plus OF into T4.
#define ZKEVM_FF_ADX_REDUCE(T0, T1, T2, T3, T4) \
  "movq %[" T0 "], %%rdx\n\t"                   \
  "imulq %[inv], %%rdx\n\t"                     \
  "xorl %k[lo], %k[lo]\n\t"                     \
  "mulxq %[p0], %[lo], %[hi]\n\t"               \
  "adoxq %[lo], %[" T0 "]\n\t"                  \
  "adcxq %[hi], %[" T1 "]\n\t"                  \
  "mulxq %[p1], %[lo], %[hi]\n\t"               \
  "adoxq %[lo], %[" T1 "]\n\t"                  \
  "adcxq %[hi], %[" T2 "]\n\t"                  \
  "mulxq %[p2], %[lo], %[hi]\n\t"               \
  "adoxq %[lo], %[" T2 "]\n\t"                  \
  "adcxq %[hi], %[" T3 "]\n\t"                  \
  "mulxq %[p3], %[lo], %[hi]\n\t"               \
  "adoxq %[lo], %[" T3 "]\n\t"                  \
  "adcxq %[hi], %[" T4 "]\n\t"                  \
  "adoxq %[" T0 "], %[" T4 "]\n\t"

// One later CIOS row: T4 = 0, T += a_i * b, then the reduction step.
#define ZKEVM_FF_ADX_ROW(AI, T0, T1, T2, T3, T4) \
  "movq %[" AI "], %%rdx\n\t"                    \
  "xorl %k[lo], %k[lo]\n\t"                      \
  "mulxq 0(%[b]), %[lo], %[hi]\n\t"              \
  "adoxq %[lo], %[" T0 "]\n\t"                   \
  "adcxq %[hi], %[" T1 "]\n\t"                   \
  "mulxq 8(%[b]), %[lo], %[hi]\n\t"              \
  "adoxq %[lo], %[" T1 "]\n\t"                   \
  "adcxq %[hi], %[" T2 "]\n\t"                   \
  "mulxq 16(%[b]), %[lo], %[hi]\n\t"             \
  "adoxq %[lo], %[" T2 "]\n\t"                   \
  "adcxq %[hi], %[" T3 "]\n\t"                   \
  "mulxq 24(%[b]), %[lo], %[hi]\n\t"             \
  "adoxq %[lo], %[" T3 "]\n\t"                   \
  "movl $0, %k[" T4 "]\n\t"                      \
  "adcxq %[hi], %[" T4 "]\n\t"                   \
  "movl $0, %k[lo]\n\t"                          \
  "adoxq %[lo], %[" T4 "]\n\t"                   \
  ZKEVM_FF_ADX_REDUCE(T0, T1, T2, T3, T4)

// CIOS Montgomery multiplication in mulx/adcx/adox assembly for the field of
// Params; requires p < 2^255 (implied by no_carry_modulus(p)): then t < 2p fits
// in four words between rows and t + a*b[i] + m*p < 2^65 p < 2^320 fits in
// five, so no carry is lost. The first row needs no additions into t (t = 0),
// so it is a plain product row. a's limbs are register-or-memory operands and
// the result leaves in registers: in a chain x = x * y nothing round-trips
// through memory (a store-to-load forward on the critical path cost ~20%).
// Rows broadcast a's limbs, so the first row waits only on a[0]. Inlined: it
// needs at most 13 registers.
template <class Params>
[[gnu::always_inline]] inline void mont_mul_adx_for(Limbs& out, const Limbs& a, const Limbs& b) {
  using K = KernelConstants<Params>;
  static_assert(no_carry_modulus(K::modulus), "the mulx/adx kernel needs a spare top bit");
  uint64_t r0, r1, r2, r3, r4, lo, hi;
  asm("movq %[a0], %%rdx\n\t"
      "mulxq 0(%[b]), %[r0], %[r1]\n\t"
      "mulxq 8(%[b]), %[lo], %[r2]\n\t"
      "addq %[lo], %[r1]\n\t"
      "mulxq 16(%[b]), %[lo], %[r3]\n\t"
      "adcq %[lo], %[r2]\n\t"
      "mulxq 24(%[b]), %[lo], %[r4]\n\t"
      "adcq %[lo], %[r3]\n\t"
      "adcq $0, %[r4]\n\t"
      ZKEVM_FF_ADX_REDUCE("r0", "r1", "r2", "r3", "r4")
      ZKEVM_FF_ADX_ROW("a1", "r1", "r2", "r3", "r4", "r0")
      ZKEVM_FF_ADX_ROW("a2", "r2", "r3", "r4", "r0", "r1")
      ZKEVM_FF_ADX_ROW("a3", "r3", "r4", "r0", "r1", "r2")
      // t = (r4, r0, r1, r2) < 2p: subtract p into (lo, hi, rdx, r3), keep the difference when no borrow.
      "movq %[r4], %[lo]\n\t"
      "movq %[r0], %[hi]\n\t"
      "movq %[r1], %%rdx\n\t"
      "movq %[r2], %[r3]\n\t"
      "subq %[p0], %[lo]\n\t"
      "sbbq %[p1], %[hi]\n\t"
      "sbbq %[p2], %%rdx\n\t"
      "sbbq %[p3], %[r3]\n\t"
      "cmovncq %[lo], %[r4]\n\t"
      "cmovncq %[hi], %[r0]\n\t"
      "cmovncq %%rdx, %[r1]\n\t"
      "cmovncq %[r3], %[r2]\n\t"
      : [r0] "=&r"(r0), [r1] "=&r"(r1), [r2] "=&r"(r2), [r3] "=&r"(r3), [r4] "=&r"(r4), [lo] "=&r"(lo),
        [hi] "=&r"(hi)
      : [a0] "rm"(a[0]), [a1] "rm"(a[1]), [a2] "rm"(a[2]), [a3] "rm"(a[3]), [b] "r"(b.data()), "m"(b),
        [p0] "m"(K::p[0]), [p1] "m"(K::p[1]), [p2] "m"(K::p[2]), [p3] "m"(K::p[3]), [inv] "m"(K::inv)
      : "rdx", "cc");
  out = {r4, r0, r1, r2};
}
// Montgomery squaring in mulx/adx assembly: the 512-bit square from 6 cross
// products (doubled) and 4 squares (10 mulx instead of 16), then the
// Montgomery reduction of its low half t0..t3 by four reduction steps on
// registers, plus its high half t4..t7. Bounds (p < 2^254): the reduced low
// half (T_low + M p) / 2^256 < 1 + p and the high half a^2 / 2^256 < p / 4,
// so their sum is < 2p < 2^256 (no carry out) and one conditional subtraction
// makes it canonical. Needs 13 registers; a is read through a pointer.
template <class Params>
[[gnu::always_inline]] inline void mont_sqr_adx_for(Limbs& out, const Limbs& a) {
  static_assert(no_carry_modulus(KernelConstants<Params>::modulus), "the mulx/adx kernel needs a spare top bit");
  using K = KernelConstants<Params>;
  uint64_t t0, t1, t2, t3, t4, t5, t6, t7, x, lo, hi;
  asm(// cross products a_i a_j (i < j) into t1..t6
      "movq 0(%[a]), %%rdx\n\t"
      "mulxq 8(%[a]), %[t1], %[t2]\n\t"
      "mulxq 16(%[a]), %[lo], %[t3]\n\t"
      "addq %[lo], %[t2]\n\t"
      "mulxq 24(%[a]), %[lo], %[t4]\n\t"
      "adcq %[lo], %[t3]\n\t"
      "movq 8(%[a]), %%rdx\n\t"
      "mulxq 16(%[a]), %[lo], %[hi]\n\t"
      "adcq $0, %[t4]\n\t"  // t1..t4 = a0 * (a1, a2, a3)
      "addq %[lo], %[t3]\n\t"
      "adcq %[hi], %[t4]\n\t"
      "mulxq 24(%[a]), %[lo], %[t5]\n\t"
      "adcq $0, %[t5]\n\t"  // fits: the high word of a product is at most 2^64 - 2
      "addq %[lo], %[t4]\n\t"
      "movq 16(%[a]), %%rdx\n\t"
      "mulxq 24(%[a]), %[lo], %[t6]\n\t"
      "adcq %[lo], %[t5]\n\t"
      "adcq $0, %[t6]\n\t"
      // double them: t1..t7 = 2 * cross
      "xorl %k[t7], %k[t7]\n\t"
      "addq %[t1], %[t1]\n\t"
      "adcq %[t2], %[t2]\n\t"
      "adcq %[t3], %[t3]\n\t"
      "adcq %[t4], %[t4]\n\t"
      "adcq %[t5], %[t5]\n\t"
      "adcq %[t6], %[t6]\n\t"
      "adcq $0, %[t7]\n\t"
      // plus the squares a_i^2 at words 2i, 2i+1
      "movq 0(%[a]), %%rdx\n\t"
      "mulxq %%rdx, %[t0], %[hi]\n\t"
      "addq %[hi], %[t1]\n\t"
      "movq 8(%[a]), %%rdx\n\t"
      "mulxq %%rdx, %[lo], %[hi]\n\t"
      "adcq %[lo], %[t2]\n\t"
      "adcq %[hi], %[t3]\n\t"
      "movq 16(%[a]), %%rdx\n\t"
      "mulxq %%rdx, %[lo], %[hi]\n\t"
      "adcq %[lo], %[t4]\n\t"
      "adcq %[hi], %[t5]\n\t"
      "movq 24(%[a]), %%rdx\n\t"
      "mulxq %%rdx, %[lo], %[hi]\n\t"
      "adcq %[lo], %[t6]\n\t"
      "adcq %[hi], %[t7]\n\t"
      // Montgomery reduction of the low half t0..t3 (x = 0 is its fifth word)
      "xorl %k[x], %k[x]\n\t"
      ZKEVM_FF_ADX_REDUCE("t0", "t1", "t2", "t3", "x")
      ZKEVM_FF_ADX_REDUCE("t1", "t2", "t3", "x", "t0")
      ZKEVM_FF_ADX_REDUCE("t2", "t3", "x", "t0", "t1")
      ZKEVM_FF_ADX_REDUCE("t3", "x", "t0", "t1", "t2")
      // plus the high half: (x, t0, t1, t2) + (t4..t7) < 2p
      "addq %[t4], %[x]\n\t"
      "adcq %[t5], %[t0]\n\t"
      "adcq %[t6], %[t1]\n\t"
      "adcq %[t7], %[t2]\n\t"
      "movq %[x], %[lo]\n\t"
      "movq %[t0], %[hi]\n\t"
      "movq %[t1], %%rdx\n\t"
      "movq %[t2], %[t3]\n\t"
      "subq %[p0], %[lo]\n\t"
      "sbbq %[p1], %[hi]\n\t"
      "sbbq %[p2], %%rdx\n\t"
      "sbbq %[p3], %[t3]\n\t"
      "cmovncq %[lo], %[x]\n\t"
      "cmovncq %[hi], %[t0]\n\t"
      "cmovncq %%rdx, %[t1]\n\t"
      "cmovncq %[t3], %[t2]\n\t"
      : [t0] "=&r"(t0), [t1] "=&r"(t1), [t2] "=&r"(t2), [t3] "=&r"(t3), [t4] "=&r"(t4), [t5] "=&r"(t5),
        [t6] "=&r"(t6), [t7] "=&r"(t7), [x] "=&r"(x), [lo] "=&r"(lo), [hi] "=&r"(hi)
      : [a] "r"(a.data()), "m"(a), [p0] "m"(K::p[0]), [p1] "m"(K::p[1]), [p2] "m"(K::p[2]), [p3] "m"(K::p[3]),
        [inv] "m"(K::inv)
      : "rdx", "cc");
  out = {x, t0, t1, t2};
}

#undef ZKEVM_FF_ADX_ROW
#undef ZKEVM_FF_ADX_REDUCE
#endif

}  // namespace zkevm::ff::detail
