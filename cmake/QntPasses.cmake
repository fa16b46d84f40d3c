# qnt_add_passes(<group> <prefix>): TableGen for the Passes.td of the
# current directory: C++ declarations and registration (-name <prefix>),
# the generated pass doc (Qnt<group>Passes.md), and the C API
# (mlirCreate<prefix><Pass>). Targets: Qnt<group>PassIncGen and
# Qnt<group>PassCAPIIncGen.
function(qnt_add_passes group prefix)
  set(LLVM_TARGET_DEFINITIONS Passes.td)
  mlir_tablegen(Passes.h.inc -gen-pass-decls -name ${prefix})
  add_public_tablegen_target(Qnt${group}PassIncGen)
  add_mlir_doc(Passes Qnt${group}Passes Passes/ -gen-pass-doc)
  mlir_tablegen(Passes.capi.h.inc -gen-pass-capi-header --prefix ${prefix})
  mlir_tablegen(Passes.capi.cpp.inc -gen-pass-capi-impl --prefix ${prefix})
  add_public_tablegen_target(Qnt${group}PassCAPIIncGen)
endfunction()
