// The state-test runner on real GeneralStateTests fixtures: the subset in
// tests/data always, the whole developer set in ../shared when present (slow).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cpp/evm/state_test.hpp"
#include "cpp/util/error.hpp"
#include "evm/fixtures.hpp"

namespace zkevm::evm {
namespace {

namespace fs = std::filesystem;

struct Tally {
  int passed = 0, failed = 0, unsupported = 0;
  std::vector<std::string> failures;
};

Tally run_all(const fs::path& root) {
  Tally t;
  for (const auto& file : fixture_files(root)) {
    for (const auto& c : load_state_test(file)) {
      CaseResult r = run_state_test_case(c);
      if (r.verdict == Verdict::Pass) {
        ++t.passed;
      } else if (r.verdict == Verdict::Unsupported) {
        ++t.unsupported;
        EXPECT_NE(r.reason.find("unsupported: precompile 0x"), std::string::npos) << c.id() << ": " << r.reason;
      } else {
        ++t.failed;
        t.failures.push_back(c.id() + ": " + r.reason);
      }
    }
  }
  return t;
}

TEST(StateTest, every_bundled_fixture_case_passes_or_needs_a_precompile) {
  Tally t = run_all(test_data() / "ethtests");
  for (const auto& f : t.failures) ADD_FAILURE() << f;
  EXPECT_GT(t.passed, 100);
  EXPECT_EQ(t.failed, 0);
}

TEST(StateTest, a_wrong_expected_root_is_reported_as_failure) {
  auto cases = load_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string());
  ASSERT_FALSE(cases.empty());
  StateTestCase c = cases[0];
  EXPECT_EQ(run_state_test_case(c).verdict, Verdict::Pass);
  c.expected_root[0] ^= 1;
  CaseResult r = run_state_test_case(c);
  EXPECT_EQ(r.verdict, Verdict::Fail);
  EXPECT_NE(r.reason.find("state root"), std::string::npos);
}

TEST(StateTest, txbytes_decode_to_the_template_transaction_and_sender) {
  int checked = 0;
  for (const auto& file : fixture_files(test_data() / "ethtests")) {
    for (const auto& c : load_state_test(file)) {
      if (!c.expect_exception.empty() || c.txbytes.empty()) continue;
      Transaction expected = c.transaction();
      Transaction decoded = decode_transaction(c.txbytes, c.id());
      EXPECT_EQ(decoded.sender, expected.sender) << c.id();
      EXPECT_EQ(decoded.type, expected.type) << c.id();
      EXPECT_EQ(decoded.nonce, expected.nonce) << c.id();
      EXPECT_EQ(decoded.gas_limit, expected.gas_limit) << c.id();
      EXPECT_EQ(decoded.value, expected.value) << c.id();
      EXPECT_EQ(decoded.data, expected.data) << c.id();
      EXPECT_EQ(decoded.to, expected.to) << c.id();
      ++checked;
    }
  }
  EXPECT_GT(checked, 50);
}

class StateTestBadInput : public ::testing::Test {
 protected:
  fs::path dir = fs::temp_directory_path() / ("zkevm_st_" + std::to_string(::getpid()));
  void SetUp() override { fs::create_directories(dir); }
  void TearDown() override { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) {
    fs::path p = dir / name;
    std::ofstream(p) << text;
    return p.string();
  }
  std::string fixture() {
    std::ifstream in(test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json");
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
  template <class E>
  std::string error_of(const std::string& path, std::optional<std::string> fork = {}) {
    try {
      load_state_test(path, fork);
    } catch (const E& e) {
      return e.what();
    }
    ADD_FAILURE() << "no error for " << path;
    return "";
  }
};

TEST_F(StateTestBadInput, malformed_json_names_the_file_and_position) {
  std::string p = write("broken.json", "{\"add11\": {\"env\": ");
  EXPECT_NE(error_of<ParseError>(p).find("broken.json: line 1"), std::string::npos);
}

TEST_F(StateTestBadInput, unknown_fork_is_an_input_error) {
  std::string p = write("add11.json", fixture());
  EXPECT_NE(error_of<InputError>(p, "Atlantis").find("unknown fork 'Atlantis'"), std::string::npos);
  std::string text = fixture();
  text.replace(text.find("\"Cancun\""), 8, "\"Atlantis\"");
  std::string q = write("add11b.json", text);
  EXPECT_NE(error_of<InputError>(q).find("post.Atlantis: unknown fork"), std::string::npos);
}

TEST_F(StateTestBadInput, bad_fields_name_their_path) {
  std::string text = fixture();
  text.replace(text.find("\"hash\""), 6, "\"hsh\"");
  std::string p = write("add11.json", text);
  std::string msg = error_of<InputError>(p);
  EXPECT_NE(msg.find("add11.json: add11_yml.post.Cancun[0]: unexpected key 'hsh'"), std::string::npos) << msg;

  text = fixture();
  std::size_t at = text.find("\"currentGasLimit\" : \"");
  ASSERT_NE(at, std::string::npos);
  text.insert(at + 21, "zz");
  p = write("add11c.json", text);
  msg = error_of<ParseError>(p);
  EXPECT_NE(msg.find("env.currentGasLimit"), std::string::npos) << msg;
}

TEST(StateTestSlow, whole_developer_set_passes) {
  fs::path shared = test_data() / "../../../shared/ethtests/GeneralStateTests";
  if (!fs::exists(shared)) GTEST_SKIP() << "../shared/ethtests is not present";
  Tally t = run_all(shared);
  int total = t.passed + t.failed + t.unsupported;
  for (const auto& f : t.failures) std::printf("FAIL %s\n", f.c_str());
  std::printf("%d passed, %d failed, %d unsupported\n", t.passed, t.failed, t.unsupported);
  EXPECT_EQ(total, 6870);
  EXPECT_LE(t.failed * 100, total);  // at least 99% of the cases
}

}  // namespace
}  // namespace zkevm::evm
