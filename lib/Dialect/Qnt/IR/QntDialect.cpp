//===- QntDialect.cpp - qnt dialect registration -------------------------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Dialect/Qnt/IR/Qnt.h"

#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::qnt;

#include "qnt/Dialect/Qnt/IR/QntOpsDialect.cpp.inc"

#include "qnt/Dialect/Qnt/IR/QntEnums.cpp.inc"

void QntDialect::initialize() {
  registerTypes();
  addOperations<
#define GET_OP_LIST
#include "qnt/Dialect/Qnt/IR/QntOps.cpp.inc"
      >();
}
