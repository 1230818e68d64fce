# The C++ libraries come from Debian's -dev packages (scripts/setup.sh installs them).
find_package(OpenMP REQUIRED COMPONENTS CXX)

find_path(GMP_INCLUDE_DIR gmp.h REQUIRED)
find_library(GMP_LIBRARY gmp REQUIRED)
find_library(GMPXX_LIBRARY gmpxx REQUIRED)
add_library(zkevm::gmp INTERFACE IMPORTED)
target_include_directories(zkevm::gmp INTERFACE ${GMP_INCLUDE_DIR})
target_link_libraries(zkevm::gmp INTERFACE ${GMPXX_LIBRARY} ${GMP_LIBRARY})

find_path(SECP256K1_INCLUDE_DIR secp256k1_recovery.h REQUIRED)
find_library(SECP256K1_LIBRARY secp256k1 REQUIRED)
add_library(zkevm::secp256k1 INTERFACE IMPORTED)
target_include_directories(zkevm::secp256k1 INTERFACE ${SECP256K1_INCLUDE_DIR})
target_link_libraries(zkevm::secp256k1 INTERFACE ${SECP256K1_LIBRARY})

if(ZKEVM_BUILD_TESTS)
  find_package(GTest CONFIG REQUIRED)
  # NTL is a test oracle only (exact arithmetic over Fr, polynomial products).
  find_path(NTL_INCLUDE_DIR NTL/ZZ.h REQUIRED)
  find_library(NTL_LIBRARY ntl REQUIRED)
  add_library(zkevm::ntl INTERFACE IMPORTED)
  target_include_directories(zkevm::ntl INTERFACE ${NTL_INCLUDE_DIR})
  target_link_libraries(zkevm::ntl INTERFACE ${NTL_LIBRARY} zkevm::gmp)
endif()
if(ZKEVM_BUILD_BENCHMARKS)
  find_package(benchmark CONFIG REQUIRED)
endif()
