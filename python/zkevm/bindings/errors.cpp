// Maps the zkevm::Error hierarchy onto the exception classes in zkevm/errors.py,
// so a C++ failure surfaces as a typed Python exception, never a crash.
#include <exception>
#include <new>

#include "cpp/util/error.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

void bind_errors(py::module_& m) {
  py::module_ errors = py::module_::import("zkevm.errors");
  // Keep the classes alive for the translator (module state lives forever).
  static py::object zkevm_error = errors.attr("ZkevmError");
  static py::object input_error = errors.attr("InputError");
  static py::object parse_error = errors.attr("ParseError");
  static py::object encoding_error = errors.attr("EncodingError");
  static py::object verification_error = errors.attr("VerificationError");
  static py::object unsupported_error = errors.attr("UnsupportedError");
  static py::object internal_error = errors.attr("InternalError");

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const ParseError& e) {
      PyErr_SetString(parse_error.ptr(), e.what());
    } catch (const EncodingError& e) {
      PyErr_SetString(encoding_error.ptr(), e.what());
    } catch (const InputError& e) {
      PyErr_SetString(input_error.ptr(), e.what());
    } catch (const VerificationError& e) {
      PyErr_SetString(verification_error.ptr(), e.what());
    } catch (const UnsupportedError& e) {
      PyErr_SetString(unsupported_error.ptr(), e.what());
    } catch (const InternalError& e) {
      PyErr_SetString(internal_error.ptr(), e.what());
    } catch (const Error& e) {
      PyErr_SetString(zkevm_error.ptr(), e.what());
    }
    // Anything else (std::bad_alloc, std::out_of_range, ...) falls through to
    // pybind11's own translators, which raise MemoryError, IndexError, ...
  });

  // Lets tests check the mapping end to end.
  m.def(
      "_raise_error",
      [](const std::string& kind, const std::string& message) {
        if (kind == "Error") throw Error(message);
        if (kind == "InputError") throw InputError(message);
        if (kind == "ParseError") throw ParseError(message);
        if (kind == "EncodingError") throw EncodingError(message);
        if (kind == "VerificationError") throw VerificationError(message);
        if (kind == "UnsupportedError") throw UnsupportedError(message);
        if (kind == "InternalError") throw InternalError(message);
        if (kind == "std::runtime_error") throw std::runtime_error(message);
        throw InputError("_raise_error: unknown kind '" + kind + "'");
      },
      py::arg("kind"), py::arg("message"));
}

}  // namespace zkevm::bindings
