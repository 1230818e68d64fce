#pragma once
// The zkevm::Error hierarchy. Every failure caused by input a user can hand us
// (a file, bytes, a proof, a trace) throws one of these with a message that
// names the input and the reason; the Python bindings map each class to the
// zkevm.ZkevmError subclass of the same name.
#include <stdexcept>
#include <string>

namespace zkevm {

// Base of every error zkevm throws on purpose.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what) : std::runtime_error(what) {}
};

// Input that is well-formed in its container but wrong: out of range, wrong
// length, not on the curve, unknown fork. Python: zkevm.InputError (a ValueError).
class InputError : public Error {
 public:
  using Error::Error;
};

// Input that cannot be parsed at all: malformed JSON, hex, RLP, EIP-3155 lines.
class ParseError : public InputError {
 public:
  using InputError::InputError;
};

// A byte encoding that is not canonical: a field element >= p, a compressed
// point with a bad flag, a proof of the wrong length.
class EncodingError : public InputError {
 public:
  using InputError::InputError;
};

// A proof, opening or constraint check that does not hold.
class VerificationError : public Error {
 public:
  using Error::Error;
};

// A feature this build does not provide for the given input (an opcode, a
// precompile, a fork), reported instead of a silently wrong answer.
class UnsupportedError : public Error {
 public:
  using Error::Error;
};

// A broken invariant inside zkevm: a bug, never the user's fault.
class InternalError : public Error {
 public:
  using Error::Error;
};

}  // namespace zkevm
