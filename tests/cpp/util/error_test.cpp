#include "cpp/util/error.hpp"

#include <gtest/gtest.h>

namespace zkevm {
namespace {

TEST(Error, input_errors_are_catchable_as_their_base_classes) {
  try {
    throw EncodingError("proof.bin: commitment 3 is not on the curve");
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(), "proof.bin: commitment 3 is not on the curve");
  }
  EXPECT_THROW(throw ParseError("x"), Error);
  EXPECT_THROW(throw VerificationError("x"), std::runtime_error);
}

}  // namespace
}  // namespace zkevm
