// Block files: transactions signed by a secretKey or carrying v, r, s run as
// one block and meet the file's expectations; malformed files are typed
// errors naming the field.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "cpp/evm/block.hpp"
#include "cpp/util/error.hpp"
#include "evm/fixtures.hpp"

namespace zkevm::evm {
namespace {

namespace fs = std::filesystem;

const fs::path kBlock = test_data() / "blocks/add11_then_transfer.json";

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The block file with the first occurrence of `from` replaced by `to`,
// written to a temporary file named after the test.
std::string variant(const std::string& from, const std::string& to) {
  std::string text = read(kBlock);
  std::size_t at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("no '" + from + "' in the block file");
  text.replace(at, from.size(), to);
  fs::path p = fs::temp_directory_path() /
               (std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".json");
  std::ofstream(p) << text;
  return p.string();
}

// The message of the InputError that loading (and running) path raises.
std::string error_of(const std::string& path) {
  try {
    run_block(load_block(path));
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(BlockFile, runs_its_transactions_and_meets_its_expectations) {
  Block block = load_block(kBlock.string());
  ASSERT_EQ(block.txs.size(), 3u);
  ASSERT_TRUE(block.expected_root && block.expected_logs_hash);
  // The first transaction is add11's, with the fixture's signature.
  auto cases = load_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string());
  EXPECT_EQ(block.txs[0].signed_bytes, cases[0].txbytes);
  EXPECT_EQ(block.txs[1].tx.type, 2);
  EXPECT_EQ(block.txs[2].tx.chain_id, U256(1));  // EIP-155 legacy
  for (const BlockTx& t : block.txs) {
    EXPECT_EQ(t.tx.sender, block.txs[0].tx.sender);
    EXPECT_EQ(decode_transaction(t.signed_bytes, t.name).sender, t.tx.sender);
  }
  BlockResult r = run_block(block);
  EXPECT_EQ(r.verdict, Verdict::Pass) << r.reason;
  EXPECT_EQ(r.txs[0].state_root, cases[0].expected_root);
}

TEST(BlockFile, a_wrong_expectation_fails_the_block) {
  Block block = load_block(kBlock.string());
  block.expected_root = Hash256{};
  BlockResult r = run_block(block);
  EXPECT_EQ(r.verdict, Verdict::Fail);
  EXPECT_NE(r.reason.find("state root"), std::string::npos) << r.reason;
  block = load_block(kBlock.string());
  block.expected_logs_hash = Hash256{};
  EXPECT_EQ(run_block(block).verdict, Verdict::Fail);
}

TEST(BlockFile, bad_input_is_a_typed_error_naming_the_field) {
  EXPECT_NE(error_of(variant("\"nonce\": \"0x02\"", "\"nonce\": \"0x01\"")).find("transactions[2]: invalid transaction: "
                                                                                  "TransactionException.NONCE_MISMATCH"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"v\": \"0x1b\",", "")).find("transactions[0]: expected either 'secretKey' or"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"v\": \"0x1b\"", "\"v\": \"0x1d\"")).find("transactions[0].v: invalid legacy v"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"sender\": \"0xa94f", "\"sender\": \"0xb94f")).find("transactions[0].sender: does not "
                                                                                    "match the signer"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"secretKey\": \"0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8\"",
                             "\"secretKey\": \"0x" + std::string(64, '0') + "\""))
                .find("transactions[1].secretKey: secret key: not a valid secp256k1 secret key"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"gasLimit\": \"0x5208\"", "\"gasLimit\": \"0x5208\", \"gasLimt\": \"0x1\""))
                .find("transactions[2]: unexpected key 'gasLimt'"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"fork\": \"Cancun\"", "\"fork\": \"Prague\"")).find("fork: unknown fork 'Prague'"),
            std::string::npos);
  EXPECT_NE(error_of(variant("\"currentGasLimit\": \"0xff112233445566\"", "\"currentGasLimit\": \"0x064000\""))
                .find("transactions[1]: invalid transaction: TransactionException.GAS_ALLOWANCE_EXCEEDED"),
            std::string::npos);
  EXPECT_THROW(load_block((test_data() / "blocks/missing.json").string()), InputError);
}

}  // namespace
}  // namespace zkevm::evm
