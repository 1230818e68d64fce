// Build information and the thread count.
#include <pybind11/stl.h>

#include "cpp/util/build_info.hpp"
#include "cpp/util/parallel.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

void bind_util(py::module_& m) {
  m.def("build_info", &zkevm::build_info, "Ordered (key, value) pairs describing this build.");
  m.def("thread_count", &zkevm::thread_count, "Threads used by parallel work (ZKEVM_THREADS or all cores).");
  m.def("set_thread_count", &zkevm::set_thread_count, py::arg("n"),
        "Sets the thread count for this process; n <= 0 restores the default.");
}

}  // namespace zkevm::bindings
