#pragma once
// What this binary was built with, for `zkevm info` and bug reports.
#include <string>
#include <utility>
#include <vector>

namespace zkevm {

// Ordered (key, value) pairs: version, compiler, build type, field arithmetic
// backend, sanitizers, library versions.
std::vector<std::pair<std::string, std::string>> build_info();

}  // namespace zkevm
