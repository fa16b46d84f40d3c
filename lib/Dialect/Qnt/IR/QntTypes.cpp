//===- QntTypes.cpp - ternary, binary and threshold types ----------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"
#include "qnt/Dialect/Qnt/Utils/Numerics.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlir;
using namespace mlir::qnt;

#define GET_TYPEDEF_CLASSES
#include "qnt/Dialect/Qnt/IR/QntOpsTypes.cpp.inc"

void QntDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "qnt/Dialect/Qnt/IR/QntOpsTypes.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// Shared syntax pieces
//===----------------------------------------------------------------------===//

/// Prints the shortest decimal that parses back to exactly `value`, always
/// with a '.' or exponent so that it lexes as a float.
static void printExactDouble(AsmPrinter &printer, double value) {
  char buffer[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value)
      break;
  }
  // MLIR's lexer needs a '.' in the mantissa of a float literal: "1e-05"
  // must be printed as "1.0e-05".
  std::string text(buffer);
  if (std::isfinite(value) && text.find('.') == std::string::npos) {
    size_t exponent = text.find_first_of("eE");
    text.insert(exponent == std::string::npos ? text.size() : exponent, ".0");
  }
  printer << text;
}

static void printDoubleList(AsmPrinter &printer, ArrayRef<double> values) {
  printer << '{';
  llvm::interleaveComma(values, printer,
                        [&](double v) { printExactDouble(printer, v); });
  printer << '}';
}

static ParseResult parseDoubleList(AsmParser &parser,
                                   SmallVectorImpl<double> &values) {
  return parser.parseCommaSeparatedList(AsmParser::Delimiter::Braces,
                                        [&]() -> ParseResult {
                                          double value;
                                          if (parser.parseFloat(value))
                                            return failure();
                                          values.push_back(value);
                                          return success();
                                        });
}

/// Parses `<float-type>` optionally followed by `:axis`.
static ParseResult parseExpressedTypeAndAxis(AsmParser &parser,
                                             FloatType &expressedType,
                                             int32_t &axis) {
  Type type;
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseType(type))
    return failure();
  expressedType = dyn_cast<FloatType>(type);
  if (!expressedType)
    return parser.emitError(loc, "expected a float expressed type, got ")
           << type;
  axis = -1;
  if (succeeded(parser.parseOptionalColon())) {
    loc = parser.getCurrentLocation();
    if (parser.parseInteger(axis))
      return failure();
    if (axis < 0)
      return parser.emitError(loc, "quantized axis must be non-negative");
  }
  return success();
}

static void printExpressedTypeAndAxis(AsmPrinter &printer, Type expressedType,
                                      int32_t axis) {
  printer << expressedType;
  if (axis >= 0)
    printer << ':' << axis;
}

//===----------------------------------------------------------------------===//
// Ternary and binary types
//===----------------------------------------------------------------------===//

/// `<f32, 0.5>` or `<f32:0, {0.5, 0.25}>`.
template <typename ConcreteType>
static Type parseScaledLevelsType(AsmParser &parser) {
  FloatType expressedType;
  int32_t axis;
  SmallVector<double> scales;
  if (parser.parseLess() ||
      parseExpressedTypeAndAxis(parser, expressedType, axis) ||
      parser.parseComma())
    return {};
  if (axis >= 0) {
    if (parseDoubleList(parser, scales))
      return {};
  } else {
    double scale;
    if (parser.parseFloat(scale))
      return {};
    scales.push_back(scale);
  }
  if (parser.parseGreater())
    return {};
  MLIRContext *ctx = parser.getContext();
  return ConcreteType::getChecked(
      [&] { return parser.emitError(parser.getNameLoc()); }, ctx, expressedType,
      axis, DenseF64ArrayAttr::get(ctx, scales));
}

template <typename ConcreteType>
static void printScaledLevelsType(ConcreteType type, AsmPrinter &printer) {
  printer << '<';
  printExpressedTypeAndAxis(printer, type.getExpressedType(), type.getAxis());
  printer << ", ";
  if (type.isPerAxis())
    printDoubleList(printer, type.getScales().asArrayRef());
  else
    printExactDouble(printer, type.getScale(0));
  printer << '>';
}

static LogicalResult verifyScales(function_ref<InFlightDiagnostic()> emitError,
                                  int32_t axis, DenseF64ArrayAttr scales) {
  if (!scales || scales.empty())
    return emitError() << "expected at least one scale";
  if (axis < 0 && scales.size() != 1)
    return emitError() << "a per-tensor type has exactly one scale, got "
                       << scales.size();
  for (auto [i, scale] : llvm::enumerate(scales.asArrayRef()))
    if (!std::isfinite(scale) || scale <= 0.0)
      return emitError() << "scale #" << i
                         << " must be positive and finite, got " << scale;
  return success();
}

Type TernaryType::parse(AsmParser &parser) {
  return parseScaledLevelsType<TernaryType>(parser);
}
void TernaryType::print(AsmPrinter &printer) const {
  printScaledLevelsType(*this, printer);
}
LogicalResult TernaryType::verify(function_ref<InFlightDiagnostic()> emitError,
                                  FloatType, int32_t axis,
                                  DenseF64ArrayAttr scales) {
  return verifyScales(emitError, axis, scales);
}

Type BinaryType::parse(AsmParser &parser) {
  return parseScaledLevelsType<BinaryType>(parser);
}
void BinaryType::print(AsmPrinter &printer) const {
  printScaledLevelsType(*this, printer);
}
LogicalResult BinaryType::verify(function_ref<InFlightDiagnostic()> emitError,
                                 FloatType, int32_t axis,
                                 DenseF64ArrayAttr scales) {
  return verifyScales(emitError, axis, scales);
}

//===----------------------------------------------------------------------===//
// Threshold type
//===----------------------------------------------------------------------===//

/// `<ui2:f32, {t...}, scale:zp>` or `<ui2:f32:1, {{t...}, {t...}}, scale:zp>`.
Type ThresholdType::parse(AsmParser &parser) {
  MLIRContext *ctx = parser.getContext();
  IntegerType storageType;
  FloatType expressedType;
  int32_t axis;
  SmallVector<double> thresholds;
  int64_t numChannels = 0;
  double scale;
  int64_t zeroPoint = 0;
  if (parser.parseLess() || parser.parseType(storageType) ||
      parser.parseColon() ||
      parseExpressedTypeAndAxis(parser, expressedType, axis) ||
      parser.parseComma())
    return {};
  if (axis >= 0) {
    int64_t perChannel = -1;
    SMLoc loc = parser.getCurrentLocation();
    if (parser.parseCommaSeparatedList(
            AsmParser::Delimiter::Braces, [&]() -> ParseResult {
              size_t before = thresholds.size();
              if (parseDoubleList(parser, thresholds))
                return failure();
              int64_t count = thresholds.size() - before;
              if (perChannel >= 0 && count != perChannel)
                return parser.emitError(loc, "every channel needs the same "
                                             "number of thresholds");
              perChannel = count;
              ++numChannels;
              return success();
            }))
      return {};
  } else {
    if (parseDoubleList(parser, thresholds))
      return {};
    numChannels = 1;
  }
  if (parser.parseComma() || parser.parseFloat(scale) || parser.parseColon() ||
      parser.parseInteger(zeroPoint) || parser.parseGreater())
    return {};
  return ThresholdType::getChecked(
      [&] { return parser.emitError(parser.getNameLoc()); }, ctx, storageType,
      expressedType, axis, DenseF64ArrayAttr::get(ctx, thresholds), numChannels,
      APFloat(scale), zeroPoint);
}

void ThresholdType::print(AsmPrinter &printer) const {
  printer << '<' << getStorageType() << ':';
  printExpressedTypeAndAxis(printer, getExpressedType(), getAxis());
  printer << ", ";
  if (isPerAxis()) {
    printer << '{';
    for (int64_t c = 0, e = getNumChannels(); c < e; ++c) {
      if (c)
        printer << ", ";
      printDoubleList(printer, getChannelThresholds(c));
    }
    printer << '}';
  } else {
    printDoubleList(printer, getThresholds().asArrayRef());
  }
  printer << ", ";
  printExactDouble(printer, getScaleValue());
  printer << ':' << getZeroPoint() << '>';
}

LogicalResult
ThresholdType::verify(function_ref<InFlightDiagnostic()> emitError,
                      IntegerType storageType, FloatType, int32_t axis,
                      DenseF64ArrayAttr thresholds, int64_t numChannels,
                      APFloat scale, int64_t zeroPoint) {
  unsigned width = storageType.getWidth();
  if (width < 1 || width > 16)
    return emitError() << "storage width must be in 1..16, got " << width;
  if (numChannels < 1 || (axis < 0 && numChannels != 1))
    return emitError() << "expected one row of thresholds per channel";
  if (!thresholds || thresholds.empty() || thresholds.size() % numChannels != 0)
    return emitError() << "expected a non-empty, equal number of thresholds "
                          "per channel";
  int64_t perChannel = thresholds.size() / numChannels;
  ArrayRef<double> values = thresholds.asArrayRef();
  for (int64_t c = 0; c < numChannels; ++c) {
    ArrayRef<double> row = values.slice(c * perChannel, perChannel);
    for (int64_t i = 0; i < perChannel; ++i) {
      if (!std::isfinite(row[i]))
        return emitError() << "threshold " << i << " of channel " << c
                           << " is not finite";
      if (i > 0 && row[i] < row[i - 1])
        return emitError() << "thresholds of channel " << c
                           << " must be sorted ascending, but threshold " << i
                           << " (" << row[i] << ") < threshold " << i - 1
                           << " (" << row[i - 1] << ")";
    }
  }
  double s = scale.convertToDouble();
  if (!std::isfinite(s) || s <= 0.0)
    return emitError() << "scale must be positive and finite, got " << s;
  IntRange range = storageRange(width, !storageType.isUnsigned());
  if (perChannel > range.max)
    return emitError() << "threshold counts 0.." << perChannel
                       << " do not fit the " << storageType << " storage type";
  if (zeroPoint < range.min || zeroPoint > range.max)
    return emitError() << "zero point " << zeroPoint
                       << " is outside the storage range [" << range.min << ", "
                       << range.max << "]";
  return success();
}
