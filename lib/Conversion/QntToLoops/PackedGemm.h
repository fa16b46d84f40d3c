//===- PackedGemm.h - an integer layer as a packed GEMM ---------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOLOOPS_PACKEDGEMM_H
#define QNT_LIB_CONVERSION_QNTTOLOOPS_PACKEDGEMM_H

#include "IntegerDot.h"

#include "qnt/Conversion/QntToLoops/TargetDescription.h"

#include "mlir/IR/PatternMatch.h"

#include <string>

namespace mlir::qnt {

/// Replaces `dot.op` by: the data packed into A[Mp][Kp] (an im2col through
/// the data's indexing map, encoded for the kernel), the weights packed at
/// compile time into B[Np/nr][Kp/g][nr·g], a blocked loop nest around the
/// target's register-tile micro-kernel into C[Mp][Np], and an element-wise
/// epilogue adding C (and the compile-time zero-point correction) to the
/// op's init in the op's own output layout. A layer with groups (batch
/// loops) becomes one such GEMM per group, on slices of its operands
/// (GroupedGemm.cpp). Fails, with the reason in `why`, only if a group does
/// not match.
LogicalResult lowerToPackedGemm(RewriterBase &rewriter, const IntegerDot &dot,
                                const TargetDescription &target,
                                std::string &why);

/// The GEMM of a layer without groups (packing, loop nest, epilogue),
/// built before `dot.op`: the value that replaces it.
Value emitPackedGemm(RewriterBase &rewriter, const IntegerDot &dot,
                     const TargetDescription &target);

} // namespace mlir::qnt

#endif // QNT_LIB_CONVERSION_QNTTOLOOPS_PACKEDGEMM_H
