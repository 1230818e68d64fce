#include "cpp/evm/types.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::evm {

Fork parse_fork(std::string_view name) {
  if (name == "Cancun") return Fork::Cancun;
  if (name == "Shanghai") return Fork::Shanghai;
  throw InputError("unknown fork '" + std::string(name) + "' (supported: Shanghai, Cancun)");
}

const char* fork_name(Fork fork) { return fork == Fork::Cancun ? "Cancun" : "Shanghai"; }

Address parse_address(std::string_view text, std::string_view what) {
  Bytes b = from_hex(text, what);
  if (b.size() != 20) throw ParseError(std::string(what) + ": an address has 20 bytes, found " + std::to_string(b.size()));
  Address a;
  std::copy(b.begin(), b.end(), a.begin());
  return a;
}

std::string address_hex(const Address& a) { return to_hex(a); }

}  // namespace zkevm::evm
