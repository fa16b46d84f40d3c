//===- Qnt.h - qnt dialect, types and operations ----------------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_DIALECT_QNT_IR_QNT_H
#define QNT_DIALECT_QNT_IR_QNT_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/Dialect/Quant/IR/Quant.h"
#include "mlir/Dialect/Quant/IR/QuantTypes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "qnt/Dialect/Qnt/IR/QntOpsDialect.h.inc"

#include "qnt/Dialect/Qnt/IR/QntEnums.h.inc"

#define GET_TYPEDEF_CLASSES
#include "qnt/Dialect/Qnt/IR/QntOpsTypes.h.inc"

#define GET_OP_CLASSES
#include "qnt/Dialect/Qnt/IR/QntOps.h.inc"

namespace mlir::qnt {
/// A function argument / result attribute: its i8 data is unsigned (u8).
/// The ONNX importer marks uint8 tensors so; quant-run reads and writes
/// them as u8 .npy.
constexpr llvm::StringLiteral kUnsignedAttrName = "qnt.unsigned";
} // namespace mlir::qnt

#endif // QNT_DIALECT_QNT_IR_QNT_H
