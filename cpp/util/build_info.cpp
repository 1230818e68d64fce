#include "cpp/util/build_info.hpp"

#include <gmp.h>

#include "cpp/util/parallel.hpp"

#ifndef ZKEVM_VERSION
#define ZKEVM_VERSION "unknown"
#endif
#ifndef ZKEVM_BUILD_TYPE
#define ZKEVM_BUILD_TYPE "unknown"
#endif

namespace zkevm {

std::vector<std::pair<std::string, std::string>> build_info() {
  std::vector<std::pair<std::string, std::string>> info;
  info.emplace_back("version", ZKEVM_VERSION);
  info.emplace_back("compiler", std::string("g++ ") + __VERSION__);
  info.emplace_back("build_type", ZKEVM_BUILD_TYPE);
#if defined(ZKEVM_PORTABLE_ARITH)
  info.emplace_back("field_arithmetic", "portable (unsigned __int128)");
#elif defined(__BMI2__) && defined(__ADX__)
  info.emplace_back("field_arithmetic", "x86-64 mulx/adx");
#else
  info.emplace_back("field_arithmetic", "portable (unsigned __int128, CPU lacks mulx/adx)");
#endif
#if defined(__SANITIZE_ADDRESS__)
  info.emplace_back("sanitizers", "address,undefined");
#else
  info.emplace_back("sanitizers", "none");
#endif
  info.emplace_back("gmp", gmp_version);
  info.emplace_back("threads", std::to_string(thread_count()));
  return info;
}

}  // namespace zkevm
