#pragma once
// Where the test fixtures are: tests/data, or ZKEVM_TEST_DATA (set by ctest).
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace zkevm::evm {

inline std::filesystem::path test_data() {
  const char* dir = std::getenv("ZKEVM_TEST_DATA");
  return dir ? std::filesystem::path(dir) : std::filesystem::path("tests/data");
}

// The JSON files under root, sorted.
inline std::vector<std::string> fixture_files(const std::filesystem::path& root) {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace zkevm::evm
