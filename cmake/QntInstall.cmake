# Installs headers, libraries and a relocatable QntConfig.cmake exporting the
# libraries as Qnt::<Name> targets (see docs/Embedding.md).
include(CMakePackageConfigHelpers)

set(QNT_INSTALL_CMAKE_DIR lib/cmake/qnt)
set(QNT_EXPORTED_LIBS
  QntUtils Utils
  QntIR Dialect
  QntAnalysis Analysis
  QntTransforms Transforms
  QntToArith Conversion
  QntToLoops ConversionToLoops
  QntSupport Support
  QntExecution Execution
  QntCAPI CAPI)

set(_qnt_targets)
while(QNT_EXPORTED_LIBS)
  list(POP_FRONT QNT_EXPORTED_LIBS target name)
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${name})
  target_include_directories(${target} INTERFACE
    $<INSTALL_INTERFACE:include>)
  list(APPEND _qnt_targets ${target})
endwhile()

install(TARGETS ${_qnt_targets}
  EXPORT QntTargets
  ARCHIVE DESTINATION lib
  LIBRARY DESTINATION lib)
install(TARGETS QntPlugin LIBRARY DESTINATION lib)
install(TARGETS quant-opt quant-run RUNTIME DESTINATION bin)
install(EXPORT QntTargets
  NAMESPACE Qnt::
  DESTINATION ${QNT_INSTALL_CMAKE_DIR})

install(DIRECTORY ${QNT_SOURCE_DIR}/include/qnt ${QNT_SOURCE_DIR}/include/qnt-c
  DESTINATION include
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td"
  PATTERN "CMakeFiles" EXCLUDE)
install(DIRECTORY ${QNT_BINARY_DIR}/include/qnt
  DESTINATION include
  FILES_MATCHING PATTERN "*.inc"
  PATTERN "CMakeFiles" EXCLUDE)

configure_package_config_file(
  ${QNT_SOURCE_DIR}/cmake/QntConfig.cmake.in
  ${QNT_BINARY_DIR}/QntConfig.cmake
  INSTALL_DESTINATION ${QNT_INSTALL_CMAKE_DIR})
write_basic_package_version_file(
  ${QNT_BINARY_DIR}/QntConfigVersion.cmake
  VERSION 0.1.0
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${QNT_BINARY_DIR}/QntConfig.cmake
  ${QNT_BINARY_DIR}/QntConfigVersion.cmake
  DESTINATION ${QNT_INSTALL_CMAKE_DIR})

# The installed driver finds libMLIR.so where the MLIR package lives.
set_target_properties(quant-opt quant-run PROPERTIES
  INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
