//===- CalibrationData.cpp - calibration inputs from .npy files ----------===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//

#include "qnt/Execution/CalibrationData.h"

#include "qnt/Support/Npy.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>

using namespace mlir;
using namespace mlir::qnt;

FailureOr<SmallVector<SmallVector<HostTensor>>>
mlir::qnt::readCalibrationSamples(FunctionOpInterface function,
                                  ArrayRef<std::string> files,
                                  std::string &error) {
  StringRef name = function.getName();
  if (files.size() != function.getNumArguments()) {
    error = llvm::formatv("calibration: '{0}' takes {1} inputs, {2} files "
                          "given",
                          name, function.getNumArguments(), files.size())
                .str();
    return failure();
  }
  SmallVector<SmallVector<HostTensor>> perArgument;
  for (auto [file, type] : llvm::zip(files, function.getArgumentTypes())) {
    auto tensor = dyn_cast<RankedTensorType>(type);
    if (!tensor || !tensor.hasStaticShape() ||
        !tensor.getElementType().isF32()) {
      error = ("calibration: '" + name +
               "' must take statically shaped f32 tensors")
                  .str();
      return failure();
    }
    llvm::Expected<NpyArray> array = readNpyFile(file);
    if (!array) {
      error = "calibration: " + llvm::toString(array.takeError());
      return failure();
    }
    if (array->type != NpyType::F32) {
      error = "calibration: '" + file + "' must hold float32 data";
      return failure();
    }
    ArrayRef<float> values = array->values<float>();
    for (float v : values)
      if (!std::isfinite(v)) {
        error = "calibration: '" + file + "' contains NaN or Inf";
        return failure();
      }
    HostTensor host{array->shape, std::vector<float>(values.begin(),
                                                     values.end())};
    std::string why;
    FailureOr<SmallVector<HostTensor>> samples =
        splitSamples(host, tensor.getShape(), why);
    if (failed(samples)) {
      error = "calibration: '" + file + "': " + why;
      return failure();
    }
    perArgument.push_back(std::move(*samples));
  }
  if (perArgument.empty()) {
    error = ("calibration: '" + name + "' takes no inputs").str();
    return failure();
  }
  size_t count = perArgument.front().size();
  for (auto [index, samples] : llvm::enumerate(perArgument))
    if (samples.size() != count) {
      error = llvm::formatv("calibration: '{0}' holds {1} samples, '{2}' "
                            "holds {3}",
                            files[0], count, files[index], samples.size())
                  .str();
      return failure();
    }
  SmallVector<SmallVector<HostTensor>> samples(count);
  for (size_t s = 0; s < count; ++s)
    for (SmallVector<HostTensor> &argument : perArgument)
      samples[s].push_back(std::move(argument[s]));
  return samples;
}
