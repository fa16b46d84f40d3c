/*===- Passes.h - C API of the qnt passes --------------------------*- C
-*-===*\
|*                                                                            *|
|* Part of the quant-opt project.                                             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/
/* Generated from the passes' ODS: for each pass P,
 *   MlirPass mlirCreateQnt<P>(void);       (graph passes)
 *   MlirPass mlirCreateQntConversion<P>(void);  (lowerings)
 * and registration functions mlirRegisterQntPasses() /
 * mlirRegisterQntConversionPasses(). */

#ifndef QNT_C_PASSES_H
#define QNT_C_PASSES_H

#include "mlir-c/Pass.h"

#include "qnt/Conversion/Passes.capi.h.inc"
#include "qnt/Dialect/Qnt/Transforms/Passes.capi.h.inc"

#endif // QNT_C_PASSES_H
