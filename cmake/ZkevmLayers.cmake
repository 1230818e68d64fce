# zkevm_layer(NAME DIR dir DEPS ...) declares the library zkevm_NAME from every
# .cpp under dir. A layer with no sources yet is an INTERFACE library, so the
# dependency graph is fixed before every layer exists.
function(zkevm_layer name)
  cmake_parse_arguments(L "" "DIR" "DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/${L_DIR}/*.cpp)
  set(target zkevm_${name})
  if(sources)
    add_library(${target} STATIC ${sources})
    target_include_directories(${target} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(${target} PUBLIC ${L_DEPS})
    if(ZKEVM_PORTABLE_ARITH)
      target_compile_definitions(${target} PUBLIC ZKEVM_PORTABLE_ARITH=1)
    endif()
  else()
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE ${PROJECT_SOURCE_DIR})
    target_link_libraries(${target} INTERFACE ${L_DEPS})
    if(ZKEVM_PORTABLE_ARITH)
      target_compile_definitions(${target} INTERFACE ZKEVM_PORTABLE_ARITH=1)
    endif()
  endif()
endfunction()

# zkevm_test(LAYER) builds tests/cpp/LAYER/*.cpp into test_LAYER (a LAYER of
# circuits/keccak gives test_circuits_keccak) and registers
# each GoogleTest case with CTest. Suites or cases whose name contains "Slow"
# get the CTest label `slow` and are left out of the default run.
function(zkevm_test layer)
  cmake_parse_arguments(T "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${layer}/*.cpp)
  if(NOT sources)
    return()
  endif()
  string(REPLACE "/" "_" target "test_${layer}")
  add_executable(${target} ${sources})
  target_link_libraries(${target} PRIVATE ${T_DEPS} GTest::gtest GTest::gtest_main)
  target_include_directories(${target} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  string(REPLACE "/" ";" label "${layer}")
  include(GoogleTest)
  gtest_discover_tests(${target} TEST_FILTER "-*Slow*" DISCOVERY_MODE PRE_TEST
                       PROPERTIES LABELS "${label}" ENVIRONMENT "ZKEVM_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
  gtest_discover_tests(${target} TEST_FILTER "*Slow*" DISCOVERY_MODE PRE_TEST
                       PROPERTIES LABELS "${label};slow" ENVIRONMENT "ZKEVM_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
