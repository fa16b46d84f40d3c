//===- QntToLoops.h - integer layers to vector micro-kernels ----*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_CONVERSION_QNTTOLOOPS_QNTTOLOOPS_H
#define QNT_CONVERSION_QNTTOLOOPS_QNTTOLOOPS_H

#include "mlir/Pass/PassManager.h"

#include <string>

namespace mlir::qnt {

/// The lowering from integer tensors to the LLVM dialect:
/// qnt-lower-to-loops{target} (skipped for target "reference"),
/// qnt-lower-to-arith, qnt-vectorize-elementwise (not for "reference"),
/// bufferization (results become out-parameters when
/// `resultsAsOutParams`), loops, vector and LLVM conversion.
void buildQntLowerPipeline(OpPassManager &pm, const std::string &target,
                           bool resultsAsOutParams = false);

/// The two halves of buildQntLowerPipeline: the tensor-level kernel
/// selection (which packs constant weights), and everything after it.
void addQntKernelPasses(OpPassManager &pm, const std::string &target);
/// `vectorize` adds qnt-vectorize-elementwise (not for `reference`).
void addQntBufferizeToLLVMPasses(OpPassManager &pm, bool resultsAsOutParams,
                                 bool vectorize);

/// Registers `qnt-lower-pipeline`.
void registerQntLowerPipeline();

} // namespace mlir::qnt

#endif // QNT_CONVERSION_QNTTOLOOPS_QNTTOLOOPS_H
