//===- VectorizeWindows.h - vector loops for sliding-window generics -*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_LIB_CONVERSION_QNTTOLOOPS_VECTORIZEWINDOWS_H
#define QNT_LIB_CONVERSION_QNTTOLOOPS_VECTORIZEWINDOWS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::qnt {

/// The vector length for a loop of `size`: the whole loop up to 64
/// elements, else its largest divisor up to 64 that is a multiple of 8, else
/// its largest divisor up to 64 (so no vector is partial).
int64_t chooseVectorLength(int64_t size);

/// Rewrites a linalg.generic whose inputs are read through sliding windows
/// (`oh·s + kh`: depthwise convolutions, max and average pooling, what
/// upstream's vectorizer rejects) into loops over vectors along the loop
/// of the output's last dimension: each input is read as a vector
/// (contiguous, or with a constant stride in its row-major elements;
/// strided constants are made contiguous first) or a
/// broadcast scalar (when it does not depend on that loop), the body runs
/// on vectors, reductions accumulate in registers. Fails, leaving the op
/// alone, when the op is not on static tensors, when that loop is a
/// reduction or enters an input's indices more than once, not linearly or
/// with lanes over 64 bytes apart (where per-lane loads lose to scalar
/// code), or when the body holds anything but arith and math ops on its
/// arguments.
LogicalResult vectorizeWindowedGeneric(RewriterBase &rewriter,
                                       linalg::GenericOp op);

/// Rewrites the constant inputs of `op` that the window kernel would read
/// with a stride (a depthwise weight tensor (c, kh, kw) read along c) with
/// that dimension last, at compile time, so the reads are contiguous; and
/// applies the body's extension and zero point of a constant input to the
/// constant (`ext(w) − z_w` becomes an i32 constant).
/// vectorizeWindowedGeneric does this itself; qnt-lower-to-loops does it
/// for the depthwise layers it leaves, while their weights are still
/// constants (the JIT then passes large constants as arguments).
void packWindowConstants(RewriterBase &rewriter, linalg::GenericOp op);

} // namespace mlir::qnt

#endif // QNT_LIB_CONVERSION_QNTTOLOOPS_VECTORIZEWINDOWS_H
