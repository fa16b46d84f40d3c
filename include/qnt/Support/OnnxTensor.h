//===- OnnxTensor.h - ONNX TensorProto files as arrays ----------*- C++ -*-===//
//
// Part of the quant-opt project.
//
//===----------------------------------------------------------------------===//
//
// The ONNX backend test suites keep inputs and expected outputs as
// serialized onnx.TensorProto messages (`input_0.pb`, `output_0.pb`).
// quant-run reads them directly. The protobuf wire format is decoded here
// (no protobuf library needed): dims, data_type, and the data from raw_data
// or the typed repeated fields (packed or not).
//
//===----------------------------------------------------------------------===//

#ifndef QNT_SUPPORT_ONNXTENSOR_H
#define QNT_SUPPORT_ONNXTENSOR_H

#include "qnt/Support/Npy.h"

namespace mlir::qnt {

/// Decodes a TensorProto of FLOAT, DOUBLE, INT8, UINT8, INT32 or INT64.
llvm::Expected<NpyArray> parseOnnxTensor(llvm::StringRef bytes);
/// Reads a `.pb` TensorProto file (errors name the file).
llvm::Expected<NpyArray> readOnnxTensorFile(llvm::StringRef path);

} // namespace mlir::qnt

#endif // QNT_SUPPORT_ONNXTENSOR_H
