//===- Passes.cpp - C API of the qnt passes ------------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt-c/Passes.h"

#include "qnt/Conversion/Passes.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/CAPI/Pass.h"
#include "mlir/Pass/Pass.h"

using namespace mlir;
using namespace mlir::qnt;

#ifdef __cplusplus
extern "C" {
#endif

#include "qnt/Conversion/Passes.capi.cpp.inc"
#include "qnt/Dialect/Qnt/Transforms/Passes.capi.cpp.inc"

#ifdef __cplusplus
}
#endif
