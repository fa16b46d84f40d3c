//===- ConstantIntegers.cpp - the values of constant integer tensors ------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Analysis/ConstantIntegers.h"

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Matchers.h"

#include <cstring>

using namespace mlir;
using namespace mlir::qnt;

/// Sign-extends the low `bits` of `raw` (i1 stays 0/1).
static int64_t signExtend(uint64_t raw, unsigned bits) {
  if (bits >= 64)
    return static_cast<int64_t>(raw);
  raw &= (uint64_t(1) << bits) - 1;
  if (bits > 1 && raw >> (bits - 1))
    return static_cast<int64_t>(raw) - (int64_t(1) << bits);
  return static_cast<int64_t>(raw);
}

static std::optional<std::vector<int64_t>> readAttr(Attribute attr) {
  auto elements = dyn_cast_or_null<ElementsAttr>(attr);
  if (!elements)
    return std::nullopt;
  auto type = dyn_cast<ShapedType>(elements.getType());
  if (!type || !type.hasStaticShape())
    return std::nullopt;
  auto intType = dyn_cast<IntegerType>(type.getElementType());
  if (!intType || intType.getWidth() > 64)
    return std::nullopt;
  unsigned bits = intType.getWidth();
  int64_t n = type.getNumElements();
  std::vector<int64_t> values;
  values.reserve(n);
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    // Little-endian elements of a whole number of bytes each.
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    unsigned bytes = (bits + 7) / 8;
    if (!blob || bits % 8 != 0 ||
        static_cast<int64_t>(blob->getData().size()) != n * bytes)
      return std::nullopt;
    const char *data = blob->getData().data();
    for (int64_t i = 0; i < n; ++i) {
      uint64_t raw = 0;
      std::memcpy(&raw, data + i * bytes, bytes);
      values.push_back(signExtend(raw, bits));
    }
    return values;
  }
  auto dense = dyn_cast<DenseIntElementsAttr>(attr);
  if (!dense)
    return std::nullopt;
  if (dense.isSplat()) {
    values.assign(n, signExtend(dense.getSplatValue<APInt>().getZExtValue(),
                                bits));
    return values;
  }
  for (const APInt &v : dense.getValues<APInt>())
    values.push_back(signExtend(v.getZExtValue(), bits));
  return values;
}

std::optional<std::vector<int64_t>>
mlir::qnt::readConstantIntegers(Value value) {
  // Reshapes keep the row-major order.
  while (isa_and_nonnull<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(
      value.getDefiningOp()))
    value = value.getDefiningOp()->getOperand(0);
  if (auto transpose = value.getDefiningOp<linalg::TransposeOp>()) {
    // result[i] = input[j] with j[perm[d]] = i[d].
    std::optional<std::vector<int64_t>> input =
        readConstantIntegers(transpose.getInput());
    auto inType = cast<ShapedType>(transpose.getInput().getType());
    if (!input || !inType.hasStaticShape())
      return std::nullopt;
    ArrayRef<int64_t> inShape = inType.getShape();
    ArrayRef<int64_t> perm = transpose.getPermutation();
    size_t rank = perm.size();
    SmallVector<int64_t> inStrides(rank, 1), outShape(rank);
    for (int64_t d = int64_t(rank) - 2; d >= 0; --d)
      inStrides[d] = inStrides[d + 1] * inShape[d + 1];
    for (size_t d = 0; d < rank; ++d)
      outShape[d] = inShape[perm[d]];
    std::vector<int64_t> values(input->size());
    SmallVector<int64_t> index(rank, 0);
    for (size_t linear = 0; linear < values.size(); ++linear) {
      int64_t offset = 0;
      for (size_t d = 0; d < rank; ++d)
        offset += index[d] * inStrides[perm[d]];
      values[linear] = (*input)[offset];
      for (int64_t d = int64_t(rank) - 1; d >= 0; --d) {
        if (++index[d] < outShape[d])
          break;
        index[d] = 0;
      }
    }
    return values;
  }
  if (auto slice = value.getDefiningOp<tensor::ExtractSliceOp>()) {
    // Static offsets, sizes and strides (a rank-reduced result keeps the
    // row-major order of the slice).
    std::optional<std::vector<int64_t>> input =
        readConstantIntegers(slice.getSource());
    auto inType = cast<RankedTensorType>(slice.getSourceType());
    ArrayRef<int64_t> offsets = slice.getStaticOffsets();
    ArrayRef<int64_t> sizes = slice.getStaticSizes();
    ArrayRef<int64_t> strides = slice.getStaticStrides();
    if (!input || !inType.hasStaticShape() ||
        llvm::any_of(llvm::concat<const int64_t>(offsets, sizes, strides),
                     ShapedType::isDynamic))
      return std::nullopt;
    size_t rank = sizes.size();
    SmallVector<int64_t> inStrides(rank, 1);
    for (int64_t d = int64_t(rank) - 2; d >= 0; --d)
      inStrides[d] = inStrides[d + 1] * inType.getDimSize(d + 1);
    int64_t count = 1;
    for (int64_t size : sizes)
      count *= size;
    std::vector<int64_t> values;
    values.reserve(count);
    SmallVector<int64_t> index(rank, 0);
    for (int64_t linear = 0; linear < count; ++linear) {
      int64_t offset = 0;
      for (size_t d = 0; d < rank; ++d)
        offset += (offsets[d] + index[d] * strides[d]) * inStrides[d];
      values.push_back((*input)[offset]);
      for (int64_t d = int64_t(rank) - 1; d >= 0; --d) {
        if (++index[d] < sizes[d])
          break;
        index[d] = 0;
      }
    }
    return values;
  }
  if (auto unpack = value.getDefiningOp<UnpackOp>()) {
    // B-bit two's complement fields, low bits first (i1: 0/1).
    std::optional<std::vector<int64_t>> bytes =
        readConstantIntegers(unpack.getPacked());
    auto out = dyn_cast<RankedTensorType>(unpack.getType());
    if (!bytes || !out || !out.hasStaticShape())
      return std::nullopt;
    unsigned bits = out.getElementType().getIntOrFloatBitWidth();
    int64_t count = out.getNumElements(), perByte = 8 / bits;
    if (static_cast<int64_t>(bytes->size()) * perByte < count)
      return std::nullopt;
    std::vector<int64_t> values;
    values.reserve(count);
    for (int64_t k = 0; k < count; ++k) {
      uint64_t byte = static_cast<uint8_t>((*bytes)[k / perByte]);
      values.push_back(signExtend(byte >> (bits * (k % perByte)), bits));
    }
    return values;
  }
  Attribute attr;
  if (!matchPattern(value, m_Constant(&attr)))
    return std::nullopt;
  return readAttr(attr);
}
