//===- Passes.h - qnt conversion passes -------------------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_CONVERSION_PASSES_H
#define QNT_CONVERSION_PASSES_H

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Conversion/QntToLoops/QntToLoops.h"

#include "mlir/Pass/Pass.h"

namespace mlir::qnt {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "qnt/Conversion/Passes.h.inc"

} // namespace mlir::qnt

#endif // QNT_CONVERSION_PASSES_H
