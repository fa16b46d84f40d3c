/*===- Dialects.h - C API of the qnt dialect and its types --------*- C -*-===*\
|*                                                                            *|
|* Part of the quant-opt project.                                             *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef QNT_C_DIALECTS_H
#define QNT_C_DIALECTS_H

#include "mlir-c/IR.h"

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// mlirGetDialectHandle__qnt__(): register or load the qnt dialect.
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Qnt, qnt);

//===----------------------------------------------------------------------===//
// !qnt.ternary and !qnt.binary: per-tensor (axis -1, one scale) or per-axis.
// The getters return a null type (and report through the context's
// diagnostic handler) when the parameters are invalid.
//===----------------------------------------------------------------------===//

MLIR_CAPI_EXPORTED bool qntTypeIsATernary(MlirType type);
MLIR_CAPI_EXPORTED MlirType qntTernaryTypeGet(MlirContext ctx,
                                              MlirType expressedType,
                                              int32_t axis, intptr_t numScales,
                                              const double *scales);

MLIR_CAPI_EXPORTED bool qntTypeIsABinary(MlirType type);
MLIR_CAPI_EXPORTED MlirType qntBinaryTypeGet(MlirContext ctx,
                                             MlirType expressedType,
                                             int32_t axis, intptr_t numScales,
                                             const double *scales);

/// Accessors shared by ternary and binary types.
MLIR_CAPI_EXPORTED MlirType qntScaledLevelsTypeGetExpressedType(MlirType type);
MLIR_CAPI_EXPORTED int32_t qntScaledLevelsTypeGetAxis(MlirType type);
MLIR_CAPI_EXPORTED intptr_t qntScaledLevelsTypeGetNumScales(MlirType type);
MLIR_CAPI_EXPORTED double qntScaledLevelsTypeGetScale(MlirType type,
                                                      intptr_t channel);

//===----------------------------------------------------------------------===//
// !qnt.threshold: `numChannels` rows of `numThresholds` sorted thresholds
// (row-major in `thresholds`), output levels scale · (q − zeroPoint).
//===----------------------------------------------------------------------===//

MLIR_CAPI_EXPORTED bool qntTypeIsAThreshold(MlirType type);
MLIR_CAPI_EXPORTED MlirType qntThresholdTypeGet(
    MlirContext ctx, MlirType storageType, MlirType expressedType, int32_t axis,
    intptr_t numChannels, intptr_t numThresholds, const double *thresholds,
    double scale, int64_t zeroPoint);
MLIR_CAPI_EXPORTED intptr_t qntThresholdTypeGetNumChannels(MlirType type);
MLIR_CAPI_EXPORTED intptr_t qntThresholdTypeGetNumThresholds(MlirType type);
MLIR_CAPI_EXPORTED double
qntThresholdTypeGetThreshold(MlirType type, intptr_t channel, intptr_t index);
MLIR_CAPI_EXPORTED double qntThresholdTypeGetScale(MlirType type);
MLIR_CAPI_EXPORTED int64_t qntThresholdTypeGetZeroPoint(MlirType type);

#ifdef __cplusplus
}
#endif

#endif // QNT_C_DIALECTS_H
