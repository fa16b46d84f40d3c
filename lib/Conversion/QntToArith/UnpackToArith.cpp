//===- UnpackToArith.cpp - lower qnt.unpack ------------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// Element k of the result: byte ⌊k / (8/B)⌋ shifted right by B·(k mod 8/B),
// truncated to iB (the low bits, two's complement).
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct LowerUnpack : OpRewritePattern<UnpackOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(UnpackOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto resultType = cast<RankedTensorType>(op.getType());
    Type element = resultType.getElementType();
    unsigned bits = element.getIntOrFloatBitWidth();
    int64_t perByte = 8 / bits;
    int64_t rank = resultType.getRank();
    SmallVector<int64_t> strides(rank, 1);
    for (int64_t d = rank - 2; d >= 0; --d)
      strides[d] = strides[d + 1] * resultType.getDimSize(d + 1);
    Value packed = op.getPacked();
    Value init = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                         element);
    SmallVector<AffineMap> maps{rewriter.getMultiDimIdentityMap(rank)};
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, resultType, ValueRange{}, init, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange) {
          Value k = arith::ConstantIndexOp::create(b, l, 0);
          for (int64_t d = 0; d < rank; ++d) {
            Value index = linalg::IndexOp::create(b, l, d);
            Value scaled = arith::MulIOp::create(
                b, l, index, arith::ConstantIndexOp::create(b, l, strides[d]));
            k = arith::AddIOp::create(b, l, k, scaled);
          }
          Value per = arith::ConstantIndexOp::create(b, l, perByte);
          Value byteIndex = arith::DivUIOp::create(b, l, k, per);
          Value slot = arith::RemUIOp::create(b, l, k, per);
          Value byte = tensor::ExtractOp::create(b, l, packed, byteIndex);
          Value shift = arith::IndexCastOp::create(
              b, l, b.getI8Type(),
              arith::MulIOp::create(b, l, slot,
                                    arith::ConstantIndexOp::create(b, l, bits)));
          Value shifted = arith::ShRUIOp::create(b, l, byte, shift);
          Value value = arith::TruncIOp::create(b, l, element, shifted);
          linalg::YieldOp::create(b, l, value);
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntUnpackToArithPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerUnpack>(patterns.getContext());
}
