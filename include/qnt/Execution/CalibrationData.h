//===- CalibrationData.h - calibration inputs from .npy files ---*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#ifndef QNT_EXECUTION_CALIBRATIONDATA_H
#define QNT_EXECUTION_CALIBRATIONDATA_H

#include "qnt/Execution/JitFunction.h"

namespace mlir::qnt {

/// Reads one `.npy` file per argument of `function` (float32, finite, one
/// sample or a leading batch of them, see splitSamples) and returns the
/// samples, each a list of arguments. Errors name the file and the reason.
FailureOr<SmallVector<SmallVector<HostTensor>>>
readCalibrationSamples(FunctionOpInterface function,
                       ArrayRef<std::string> files, std::string &error);

} // namespace mlir::qnt

#endif // QNT_EXECUTION_CALIBRATIONDATA_H
