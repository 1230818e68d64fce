// Every precompile against ethereumjs (an independent implementation) on the
// inputs the GeneralStateTests pass to 0x01..0x0a plus seeded random valid and
// malformed inputs: tests/data/precompiles/ethereumjs_vectors.txt, made by
// make_vectors.mjs beside it. Status, output and gas must all agree, and a
// successful call must fail with one gas less.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "evm/precompile_test_util.hpp"

namespace zkevm::evm {
namespace {

using test::from_hex;
using test::to_hex;

struct Vector {
  std::string source;
  unsigned address = 0;
  uint64_t gas_limit = 0;
  bool ok = false;
  uint64_t gas_used = 0;
  std::vector<uint8_t> input;
  std::vector<uint8_t> output;
};

std::vector<uint8_t> field_bytes(const std::string& field) { return field == "-" ? std::vector<uint8_t>{} : from_hex(field); }

std::vector<Vector> load_vectors() {
  const char* data = std::getenv("ZKEVM_TEST_DATA");
  const std::string path = std::string(data ? data : "tests/data") + "/precompiles/ethereumjs_vectors.txt";
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot open " + path);
  std::vector<Vector> vectors;
  std::string line;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Vector v;
    std::string status, input, output;
    fields >> v.source >> v.address >> v.gas_limit >> status >> v.gas_used >> input >> output;
    if (!fields || (status != "ok" && status != "fail")) throw std::runtime_error(path + ": malformed line: " + line.substr(0, 120));
    v.ok = status == "ok";
    v.input = field_bytes(input);
    v.output = field_bytes(output);
    vectors.push_back(std::move(v));
  }
  return vectors;
}

TEST(PrecompileCrosscheck, agrees_with_ethereumjs_on_state_test_and_random_inputs) {
  const auto vectors = load_vectors();
  ASSERT_GT(vectors.size(), 300u);
  std::map<unsigned, int> checked, unsupported;
  for (const auto& v : vectors) {
    char address[8];
    std::snprintf(address, sizeof address, "0x%02x", v.address);
    const std::string where = v.source + " @" + address + " input " + to_hex(v.input).substr(0, 80);
    const auto result = run_precompile(v.address, v.input, v.gas_limit);
    if (result.status == PrecompileStatus::Unsupported) {
      ++unsupported[v.address];
      continue;
    }
    ++checked[v.address];
    ASSERT_EQ(result.status, v.ok ? PrecompileStatus::Success : PrecompileStatus::Failure) << where << ": " << result.reason;
    EXPECT_EQ(result.gas_used, v.gas_used) << where;
    EXPECT_EQ(to_hex(result.output), to_hex(v.output)) << where;
    if (v.ok && v.gas_used > 0) {
      const auto short_result = run_precompile(v.address, v.input, v.gas_used - 1);
      EXPECT_EQ(short_result.status, PrecompileStatus::Failure) << where;
      EXPECT_EQ(short_result.gas_used, v.gas_used - 1) << where;
    }
  }
  // Every contract but point evaluation (whose backend is installed by Python) is checked, on many inputs each.
  for (unsigned address : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 9u}) {
    EXPECT_GE(checked[address], 10) << "address " << address;
    EXPECT_EQ(unsupported[address], 0) << "address " << address;
  }
  for (const auto& [address, count] : unsupported) {
    if (count > 0) std::cout << "  address " << address << ": " << count << " vectors skipped (unsupported in this build)\n";
  }
}

}  // namespace
}  // namespace zkevm::evm
