#include "cpp/pcs/ptau.hpp"

#include <array>
#include <fstream>
#include <map>
#include <vector>

#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::pcs {

namespace {

using ff::Fq;
using ff::Limbs;

constexpr std::size_t kG1Bytes = 64;
constexpr std::size_t kG2Bytes = 128;

struct Section {
  uint64_t offset = 0, size = 0;
};

class Reader {
 public:
  Reader(std::istream& in, const std::string& what) : in_(in), what_(what) {
    in_.seekg(0, std::ios::end);
    const auto end = in_.tellg();
    if (!in_ || end < 0) throw ParseError(what_ + ": cannot read the file");
    length_ = static_cast<uint64_t>(end);
    in_.seekg(0);
  }

  uint64_t length() const { return length_; }
  uint64_t position() { return static_cast<uint64_t>(in_.tellg()); }

  void seek(uint64_t offset) {
    in_.clear();
    in_.seekg(static_cast<std::streamoff>(offset));
  }

  void read(uint8_t* out, std::size_t n, const char* field) {
    in_.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(n));
    if (static_cast<std::size_t>(in_.gcount()) != n) {
      throw ParseError(what_ + ": truncated while reading " + field);
    }
  }

  uint32_t u32(const char* field) {
    std::array<uint8_t, 4> b{};
    read(b.data(), 4, field);
    return static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 | static_cast<uint32_t>(b[2]) << 16 |
           static_cast<uint32_t>(b[3]) << 24;
  }

  uint64_t u64(const char* field) {
    const uint64_t lo = u32(field);
    return lo | static_cast<uint64_t>(u32(field)) << 32;
  }

 private:
  std::istream& in_;
  const std::string& what_;
  uint64_t length_ = 0;
};

Limbs limbs_le(const uint8_t* bytes) {
  Limbs out{};
  for (int i = 0; i < 32; ++i) out[i / 8] |= static_cast<uint64_t>(bytes[i]) << (8 * (i % 8));
  return out;
}

bool all_zero(const uint8_t* bytes, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (bytes[i] != 0) return false;
  }
  return true;
}

// A base-field coordinate in Montgomery form; EncodingError when >= q. `where`
// builds the point's name only when there is an error to report.
template <class Where>
Fq montgomery_coordinate(const uint8_t* bytes, const Where& where) {
  const Limbs mont = limbs_le(bytes);
  if (ff::detail::geq(mont, Fq::modulus)) {
    throw EncodingError(where() + ": coordinate is not canonical (Montgomery value >= q)");
  }
  return Fq::from_montgomery(mont);
}

template <class Where>
ec::G1Affine decode_g1(const uint8_t* bytes, const Where& where) {
  if (all_zero(bytes, kG1Bytes)) return ec::G1Affine::identity();
  return {montgomery_coordinate(bytes, where), montgomery_coordinate(bytes + 32, where)};
}

template <class Where>
ec::G2Affine decode_g2(const uint8_t* bytes, const Where& where) {
  if (all_zero(bytes, kG2Bytes)) return ec::G2Affine::identity();
  ff::Fq2 x{montgomery_coordinate(bytes, where), montgomery_coordinate(bytes + 32, where)};
  ff::Fq2 y{montgomery_coordinate(bytes + 64, where), montgomery_coordinate(bytes + 96, where)};
  ec::G2Affine p(x, y);
  if (!p.is_on_curve() || !p.is_in_subgroup()) throw EncodingError(where() + ": not a point of G2");
  return p;
}

}  // namespace

Srs read_ptau(std::istream& in, std::size_t max_powers, const std::string& what) {
  Reader reader(in, what);
  std::array<uint8_t, 4> magic{};
  reader.read(magic.data(), 4, "the magic bytes");
  if (magic != std::array<uint8_t, 4>{'p', 't', 'a', 'u'}) {
    throw ParseError(what + ": not a .ptau file (the first 4 bytes are not \"ptau\")");
  }
  const uint32_t version = reader.u32("the version");
  if (version != 1) throw ParseError(what + ": unsupported .ptau version " + std::to_string(version) + " (expected 1)");
  const uint32_t n_sections = reader.u32("the section count");

  std::map<uint32_t, Section> sections;
  for (uint32_t s = 0; s < n_sections; ++s) {
    const uint32_t type = reader.u32("a section header");
    Section section;
    section.size = reader.u64("a section header");
    section.offset = reader.position();
    if (section.size > reader.length() - section.offset) {
      throw ParseError(what + ": section " + std::to_string(type) + " claims " + std::to_string(section.size) +
                       " bytes but the file ends after " + std::to_string(reader.length() - section.offset));
    }
    if (!sections.emplace(type, section).second) {
      throw ParseError(what + ": section " + std::to_string(type) + " appears twice");
    }
    reader.seek(section.offset + section.size);
  }
  for (uint32_t required : {1u, 2u, 3u}) {
    if (!sections.count(required)) {
      static const char* names[] = {"", "header", "tauG1", "tauG2"};
      throw ParseError(what + ": missing section " + std::to_string(required) + " (" + names[required] + ")");
    }
  }

  // Header: field size, base-field modulus, power.
  const Section& header = sections[1];
  reader.seek(header.offset);
  const uint32_t n8 = reader.u32("the header");
  if (n8 != 32) throw ParseError(what + ": field elements of " + std::to_string(n8) + " bytes; BN254 needs 32");
  std::array<uint8_t, 32> q{};
  reader.read(q.data(), 32, "the header");
  if (limbs_le(q.data()) != Fq::modulus) {
    throw ParseError(what + ": the curve is not BN254 (header modulus differs from BN254's base field)");
  }
  const uint32_t power = reader.u32("the header");
  reader.u32("the header");  // ceremony power: the size of the original ceremony, not needed here
  if (header.size != 4 + 32 + 4 + 4) throw ParseError(what + ": header section has the wrong size");
  if (power == 0 || power > 28) {
    throw ParseError(what + ": power " + std::to_string(power) + " is outside 1..28");
  }

  const uint64_t g1_count = (uint64_t{2} << power) - 1;
  if (sections[2].size != g1_count * kG1Bytes) {
    throw ParseError(what + ": tauG1 section holds " + std::to_string(sections[2].size) + " bytes, expected " +
                     std::to_string(g1_count * kG1Bytes) + " for power " + std::to_string(power));
  }
  if (sections[3].size != (uint64_t{1} << power) * kG2Bytes) {
    throw ParseError(what + ": tauG2 section has the wrong size for power " + std::to_string(power));
  }
  const std::size_t n = max_powers == 0 ? std::size_t{1} << power : max_powers;
  if (n > g1_count) {
    throw InputError(what + ": " + std::to_string(n) + " powers requested but the file holds " +
                     std::to_string(g1_count));
  }

  std::vector<uint8_t> g1_bytes(n * kG1Bytes);
  reader.seek(sections[2].offset);
  reader.read(g1_bytes.data(), g1_bytes.size(), "tauG1");
  std::vector<G1Affine> g1_powers(n);
  parallel_for_chunks(
      n,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
          g1_powers[i] = decode_g1(&g1_bytes[i * kG1Bytes], [&] { return what + ": tauG1[" + std::to_string(i) + "]"; });
        }
      },
      4096);

  std::array<uint8_t, 2 * kG2Bytes> g2_bytes{};
  reader.seek(sections[3].offset);
  reader.read(g2_bytes.data(), g2_bytes.size(), "tauG2");
  const G2Affine g2 = decode_g2(g2_bytes.data(), [&] { return what + ": tauG2[0]"; });
  const G2Affine g2_tau = decode_g2(g2_bytes.data() + kG2Bytes, [&] { return what + ": tauG2[1]"; });
  return Srs(std::move(g1_powers), g2, g2_tau, what);
}

Srs load_ptau(const std::string& path, std::size_t max_powers) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ParseError(path + ": cannot open the file");
  return read_ptau(in, max_powers, path);
}

}  // namespace zkevm::pcs
