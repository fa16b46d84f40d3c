//===- AccumulatorWidth.cpp - the qnt-accumulator-width pass -------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Attaches qnt.accumulator (qnt/Analysis/AccumulatorWidth.h) to every
// integer contraction and rejects a graph whose i32 accumulator can
// overflow.
//
//===----------------------------------------------------------------------===//

#include "qnt/Analysis/AccumulatorWidth.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Transforms/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::qnt {
#define GEN_PASS_DEF_QNTACCUMULATORWIDTHPASS
#include "qnt/Dialect/Qnt/Transforms/Passes.h.inc"
} // namespace mlir::qnt

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct QntAccumulatorWidthPass
    : qnt::impl::QntAccumulatorWidthPassBase<QntAccumulatorWidthPass> {
  using QntAccumulatorWidthPassBase::QntAccumulatorWidthPassBase;

  void runOnOperation() override {
    bool overflow = false;
    getOperation()->walk([&](Operation *op) {
      if (!isa<linalg::GenericOp, SignedAccumulateOp, XnorPopcountOp>(op))
        return;
      std::string why;
      std::optional<AccumulatorBound> bound = analyzeAccumulator(op, why);
      if (!bound)
        return; // not an integer contraction
      Builder b(op->getContext());
      SmallVector<NamedAttribute> fields{
          b.getNamedAttr("reduction", b.getI64IntegerAttr(bound->reduction)),
          b.getNamedAttr("term",
                         b.getDenseI64ArrayAttr({bound->term.min,
                                                 bound->term.max})),
          b.getNamedAttr("sums",
                         b.getDenseI64ArrayAttr({bound->sums.min,
                                                 bound->sums.max})),
          b.getNamedAttr("bits", b.getI64IntegerAttr(bound->bits)),
          b.getNamedAttr("analytic_bits",
                         b.getI64IntegerAttr(bound->analyticBits)),
          b.getNamedAttr("i16_pairs", b.getBoolAttr(bound->i16PairsExact)),
          b.getNamedAttr("i16_run", b.getI64IntegerAttr(bound->i16Run))};
      if (bound->totalBits)
        fields.push_back(b.getNamedAttr(
            "total_bits", b.getI64IntegerAttr(*bound->totalBits)));
      op->setAttr("qnt.accumulator", b.getDictionaryAttr(fields));
      unsigned needed = bound->totalBits ? *bound->totalBits : bound->bits;
      if (needed > 32) {
        op->emitError() << "the i32 accumulator can overflow: " << bound->reduction
                        << " terms in [" << bound->term.min << ", "
                        << bound->term.max << "] need " << needed << " bits";
        overflow = true;
        return;
      }
      if (!emitRemarks)
        return;
      int64_t maxWeight =
          std::max(std::abs(bound->weight.min), std::abs(bound->weight.max));
      op->emitRemark()
          << "accumulator: K = " << bound->reduction << ", terms in ["
          << bound->term.min << ", " << bound->term.max << "], sums need "
          << bound->bits << " bits (2n + log2 K = " << bound->analyticBits
          << "); u8 x s8 pairs in i16: "
          << (bound->i16PairsExact ? "exact" : "may saturate")
          << " (max |w| = " << maxWeight
          << (bound->weightIsConstant ? ", from the constant" : ", by type")
          << "); an i16 accumulator holds " << bound->i16Run << " terms";
    });
    if (overflow)
      signalPassFailure();
  }
};

} // namespace
