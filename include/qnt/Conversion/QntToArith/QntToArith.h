//===- QntToArith.h - reference lowering of qnt ops -------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_CONVERSION_QNTTOARITH_QNTTOARITH_H
#define QNT_CONVERSION_QNTTOARITH_QNTTOARITH_H

#include "mlir/IR/PatternMatch.h"

namespace mlir::qnt {

/// Patterns lowering `qnt.fake_quant` (every scheme) to `linalg.generic`.
void populateQntFakeQuantToArithPatterns(RewritePatternSet &patterns);
/// Patterns lowering `qnt.requantize` to 64-bit integer `linalg.generic`.
void populateQntRequantizeToArithPatterns(RewritePatternSet &patterns);
/// Patterns lowering `qnt.threshold` to a counting `linalg.generic`.
void populateQntThresholdToArithPatterns(RewritePatternSet &patterns);
/// Patterns lowering `qnt.batch_norm` and `qnt.observe`.
void populateQntBatchNormToArithPatterns(RewritePatternSet &patterns);
/// Patterns lowering upstream `quant.qcast` / `quant.dcast` with
/// round-half-to-even quantization.
void populateQuantCastToArithPatterns(RewritePatternSet &patterns);

/// qnt.unpack: sub-byte integers from their packed bytes.
void populateQntUnpackToArithPatterns(RewritePatternSet &patterns);

/// qnt.signed_accumulate: select and add, no multiplication.
void populateQntSignedAccumulateToArithPatterns(RewritePatternSet &patterns);

/// qnt.pack_bits and qnt.xnor_popcount to linalg.generic on arith and math
/// (xor, popcount, shifts).
void populateQntBinaryToArithPatterns(RewritePatternSet &patterns);

/// All of the above.
void populateQntToArithPatterns(RewritePatternSet &patterns);

} // namespace mlir::qnt

#endif // QNT_CONVERSION_QNTTOARITH_QNTTOARITH_H
