//===- BinaryToArith.cpp - lower qnt.pack_bits and qnt.xnor_popcount -----===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// qnt.pack_bits: the input padded with 0 to whole words and its axis split
// into (word, bit); a linalg.generic or-s each sign bit shifted into place.
// qnt.xnor_popcount: init + num_bits, then a linalg.generic over the op's
// iteration space subtracting 2·popcount(x ⊕ w): no multiplication.
//
//===----------------------------------------------------------------------===//

#include "qnt/Conversion/QntToArith/QntToArith.h"
#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;
using namespace mlir::qnt;

namespace {

struct LowerPackBits : OpRewritePattern<PackBitsOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PackBitsOp op,
                                PatternRewriter &rewriter) const override {
    auto inputType = cast<RankedTensorType>(op.getInput().getType());
    auto outputType = cast<RankedTensorType>(op.getType());
    if (!inputType.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shape");
    Location loc = op.getLoc();
    auto word = cast<IntegerType>(outputType.getElementType());
    unsigned bits = word.getWidth();
    int64_t rank = inputType.getRank(), axis = op.getAxis();
    Value input = op.getInput();
    auto isPositive = [&](OpBuilder &b, Location l, Value x) {
      Value zero = arith::ConstantOp::create(b, l, IntegerAttr::get(x.getType(), 0));
      return arith::CmpIOp::create(b, l, arith::CmpIPredicate::sgt, x, zero)
          .getResult();
    };
    SmallVector<utils::IteratorType> iterators(rank,
                                               utils::IteratorType::parallel);
    if (bits == 1) {
      Value init = tensor::EmptyOp::create(rewriter, loc,
                                           outputType.getShape(), word);
      SmallVector<AffineMap> maps(2, rewriter.getMultiDimIdentityMap(rank));
      auto generic = linalg::GenericOp::create(
          rewriter, loc, outputType, input, init, maps, iterators,
          [&](OpBuilder &b, Location l, ValueRange args) {
            linalg::YieldOp::create(b, l, isPositive(b, l, args[0]));
          });
      rewriter.replaceOp(op, generic.getResult(0));
      return success();
    }
    // Whole words: pad the axis with 0 (a non-positive value: bit 0).
    int64_t padded = outputType.getDimSize(axis) * bits;
    if (padded != inputType.getDimSize(axis)) {
      SmallVector<int64_t> shape(inputType.getShape());
      shape[axis] = padded;
      SmallVector<OpFoldResult> low(rank, rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> high = low;
      high[axis] = rewriter.getIndexAttr(padded - inputType.getDimSize(axis));
      Value zero = arith::ConstantOp::create(
          rewriter, loc, IntegerAttr::get(inputType.getElementType(), 0));
      input = tensor::PadOp::create(
          rewriter, loc,
          RankedTensorType::get(shape, inputType.getElementType()), input, low,
          high, zero);
    }
    // Split the axis into (word, bit): the loops are the result's
    // dimensions, then the bit j within the word.
    SmallVector<int64_t> split(outputType.getShape());
    split.insert(split.begin() + axis + 1, bits);
    SmallVector<ReassociationIndices> groups;
    for (int64_t d = 0; d < rank; ++d)
      groups.push_back(d < axis    ? ReassociationIndices{d}
                       : d == axis ? ReassociationIndices{d, d + 1}
                                   : ReassociationIndices{d + 1});
    input = tensor::ExpandShapeOp::create(
        rewriter, loc, RankedTensorType::get(split, inputType.getElementType()),
        input, groups);
    MLIRContext *ctx = rewriter.getContext();
    SmallVector<AffineExpr> inputExprs;
    for (int64_t d = 0; d < rank; ++d) {
      inputExprs.push_back(getAffineDimExpr(d, ctx));
      if (d == axis)
        inputExprs.push_back(getAffineDimExpr(rank, ctx));
    }
    SmallVector<AffineMap> maps{
        AffineMap::get(rank + 1, 0, inputExprs, ctx),
        AffineMap::getMultiDimIdentityMap(rank + 1, ctx).getMajorSubMap(rank)};
    iterators.push_back(utils::IteratorType::reduction);
    Value zeroWord = arith::ConstantOp::create(rewriter, loc,
                                               IntegerAttr::get(word, 0));
    Value empty =
        tensor::EmptyOp::create(rewriter, loc, outputType.getShape(), word);
    Value init =
        linalg::FillOp::create(rewriter, loc, zeroWord, empty).getResult(0);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, outputType, input, init, maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value bit = arith::ExtUIOp::create(b, l, word,
                                             isPositive(b, l, args[0]));
          Value j = arith::IndexCastUIOp::create(
              b, l, word, linalg::IndexOp::create(b, l, rank));
          Value shifted = arith::ShLIOp::create(b, l, bit, j);
          linalg::YieldOp::create(b, l,
                                  arith::OrIOp::create(b, l, args[1], shifted)
                                      .getResult());
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

struct LowerXnorPopcount : OpRewritePattern<XnorPopcountOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(XnorPopcountOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto initType = cast<RankedTensorType>(op.getInit().getType());
    IntegerType i32 = rewriter.getI32Type();
    // init + num_bits: every bit counted as a match first.
    int64_t rank = initType.getRank();
    SmallVector<AffineMap> identity(2, rewriter.getMultiDimIdentityMap(rank));
    SmallVector<utils::IteratorType> parallel(rank,
                                              utils::IteratorType::parallel);
    Value empty =
        tensor::EmptyOp::create(rewriter, loc, initType.getShape(), i32);
    auto start = linalg::GenericOp::create(
        rewriter, loc, initType, op.getInit(), empty, identity, parallel,
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value k = arith::ConstantOp::create(
              b, l, b.getI32IntegerAttr(static_cast<int32_t>(op.getNumBits())));
          linalg::YieldOp::create(
              b, l, arith::AddIOp::create(b, l, args[0], k).getResult());
        });

    SmallVector<AffineMap> maps = llvm::to_vector(
        op.getIndexingMaps().getAsValueRange<AffineMapAttr>());
    SmallVector<utils::IteratorType> iterators;
    for (StringRef kind : op.getIteratorTypes().getAsValueRange<StringAttr>())
      iterators.push_back(kind == "parallel" ? utils::IteratorType::parallel
                                             : utils::IteratorType::reduction);
    auto generic = linalg::GenericOp::create(
        rewriter, loc, op.getType(), ValueRange{op.getInput(), op.getWeight()},
        start.getResult(0), maps, iterators,
        [&](OpBuilder &b, Location l, ValueRange args) {
          // Each differing bit turns a +1 into a −1.
          Value differ = arith::XOrIOp::create(b, l, args[0], args[1]);
          auto word = cast<IntegerType>(differ.getType());
          Value count = word.getWidth() == 1
                            ? differ
                            : math::CtPopOp::create(b, l, differ).getResult();
          if (word.getWidth() < 32)
            count = arith::ExtUIOp::create(b, l, i32, count);
          else if (word.getWidth() > 32)
            count = arith::TruncIOp::create(b, l, i32, count);
          Value one = arith::ConstantOp::create(b, l, b.getI32IntegerAttr(1));
          Value twice = arith::ShLIOp::create(b, l, count, one);
          linalg::YieldOp::create(
              b, l, arith::SubIOp::create(b, l, args[2], twice).getResult());
        });
    rewriter.replaceOp(op, generic.getResult(0));
    return success();
  }
};

} // namespace

void mlir::qnt::populateQntBinaryToArithPatterns(RewritePatternSet &patterns) {
  patterns.add<LowerPackBits, LowerXnorPopcount>(patterns.getContext());
}
