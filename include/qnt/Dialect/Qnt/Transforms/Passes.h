//===- Passes.h - qnt graph transformations ---------------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_TRANSFORMS_PASSES_H
#define QNT_DIALECT_QNT_TRANSFORMS_PASSES_H

#include "mlir/Pass/Pass.h"

namespace mlir::qnt {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"

} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_TRANSFORMS_PASSES_H
